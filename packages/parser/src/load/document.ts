import type { ReportFormat, Result } from '@shuzhi/types';
import { ok } from '@shuzhi/types';
import { decodeText, type DecodeError } from './decode.ts';
import { joinWrapped, wrappedParagraphs } from './unwrap.ts';

/**
 * What a loader hands to sectioning: the original text and its blocks
 * (paragraphs, headings, table rows) in reading order. Structure that the
 * markup states (a Word heading style, a Markdown `#`) is kept as `heading`;
 * structure only the words state ("一、") is found later, for every format alike.
 */
export interface Block {
  text: string;
  start: number;
  end: number;
  line: number | null;
  /** Heading depth from markup (1–6). */
  heading?: number;
  /** Marked as the document title by markup (Word's Title style). */
  title?: boolean;
  origin?: 'table' | 'list';
  /** The block's paragraph number in the file, when it differs from its place among the blocks (Word paragraphs joined). */
  ordinal?: number;
}

export interface LoadedDocument {
  format: ReportFormat;
  encoding: string;
  text: string;
  blocks: Block[];
}

export type BlockDraft = Omit<Block, 'start' | 'end' | 'line'>;

/** Word's heading and title styles by name, as Word and WPS name them in English and Chinese installs ("Heading 1", "标题 1", "Title"). */
export const HEADING_STYLE = /^(?:heading|标题)\s*([1-6])$/i;
export const TITLE_STYLE = /^(?:title|标题)$/i;

/** A markup file (an HTML page, a Word 2003 XML document): its text decoded as any text file is, then read as blocks. */
export function loadMarkup(bytes: Uint8Array, format: ReportFormat, blocksOf: (text: string) => BlockDraft[]): Result<LoadedDocument, DecodeError> {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  return ok({ format, encoding: decoded.value.encoding, ...joinBlocks(blocksOf(decoded.value.text)) });
}

const EDGE_SPACE = /^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0\ufeff]+$/g;

/** Joins drafted blocks (from Word) into one text, one block per line. */
export function joinBlocks(drafts: BlockDraft[]): { text: string; blocks: Block[] } {
  const blocks: Block[] = [];
  const parts: string[] = [];
  let at = 0;
  for (const { text, ...draft } of unwrapDrafts(drafts)) {
    blocks.push({ ...draft, text, start: at, end: at + text.length, line: null });
    parts.push(text);
    at += text.length + 1;
  }
  return { text: parts.join('\n'), blocks };
}

/**
 * The drafts with their edge spaces trimmed and the empty ones dropped; a PDF
 * converted to Word, which keeps each printed line as a paragraph of its own,
 * read as the paragraphs it was printed from (headings and table rows stay as they are).
 */
function unwrapDrafts(drafts: BlockDraft[]): BlockDraft[] {
  const kept = drafts.map((d) => ({ ...d, text: d.text.replace(/\n+/g, ' ').replace(EDGE_SPACE, '') })).filter((d) => d.text);
  const texts = kept.map((d) => d.text);
  const groups = wrappedParagraphs(texts, (k) => Boolean(kept[k].heading || kept[k].title || kept[k].origin));
  // (Each keeps the number of its first paragraph: evidence points at the file the user opens.)
  return groups ? groups.map((g) => ({ ...kept[g[0]], text: joinWrapped(texts, g), ordinal: g[0] + 1 })) : kept;
}

/** The mark of a list item typed in plain text: "- ", "* ", "• ". */
const LIST_MARK = /^(?:[-+*][ \t\u3000]|[•●▪◆])/;

/** Every non-blank line of a plain text is a block; offsets and 1-based lines point into it. */
export function lineBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let line = 0;
  for (const m of text.matchAll(re)) {
    if (m[0] === '' && m.index >= text.length) break;
    line++;
    const raw = m[0].replace(/[\r\n]+$/, '');
    const lead = raw.length - raw.replace(/^[\s\u3000\u00a0\ufeff]+/, '').length;
    const trimmed = raw.replace(EDGE_SPACE, '');
    if (!trimmed) continue;
    const start = m.index + lead;
    // Tab-separated cells (a table pasted as text) or a Markdown table row.
    const table = /\S\t+\S/.test(trimmed) || /^\|.*\|$/.test(trimmed);
    // (A list item typed in plain text, "- **县退役军人事务局：** 走访慰问……", keeps its mark; its bold label is read as Markdown's is.)
    const origin = table ? 'table' : LIST_MARK.test(trimmed) ? 'list' : undefined;
    blocks.push({ text: trimmed, start, end: start + trimmed.length, line, ...(origin ? { origin } : {}) });
  }
  return blocks;
}

/** The heading a Word file's footnotes and endnotes are read under, after its text (its last heading is often the plans). */
export const NOTES_HEADING = '注释';

export const SUPPORTED = '支持 .docx、.doc、.md、.txt，以及存为网页的 .mht、.mhtml';

/** The message of UNSUPPORTED_FORMAT: `不支持的格式（PDF 文件；支持 …）`, what the file is and what is supported. */
export const unsupported = (what: string, advice = SUPPORTED) => `不支持的格式（${what}；${advice}）`;
