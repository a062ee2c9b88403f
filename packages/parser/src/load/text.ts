import type { ReportFormat, Result } from '@shuzhi/types';
import { ok } from '@shuzhi/types';
import { tabulateAligned, tabulateBarred } from './aligned.ts';
import { decodeText } from './decode.ts';
import { lineBlocks, type Block, type LoadedDocument } from './document.ts';
import { blankHtml, markdownBlocks } from './markdown.ts';
import { unwrapLines } from './unwrap.ts';

/** A line Markdown gives a meaning of its own: a heading, a list item, a quote, a table row, a fence. */
const MARKDOWN_LINE = /^\s*(#{1,6}\s|[-*+>]\s|\||```|~~~)/;

/** Blocks of an unwrapped text, each at the line of the file its paragraph starts on (evidence points at the file the user opens). */
const atFileLines = (blocks: Block[], lines: number[]): Block[] => blocks.map((b) => (b.line === null ? b : { ...b, line: lines[b.line - 1] }));

export function loadText(bytes: Uint8Array, format: Extract<ReportFormat, 'txt' | 'md'>): Result<LoadedDocument, { code: 'BINARY_FILE' | 'BAD_ENCODING'; message: string }> {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const { encoding } = decoded.value;
  if (format === 'md') {
    const plain = blankHtml(decoded.value.text);
    // (Markdown hard-wrapped as a PDF's text is, "我镇坚持以习近\n平新时代……", is read as its paragraphs too; its own marks stand alone.)
    const unwrapped = unwrapLines(plain, (line) => MARKDOWN_LINE.test(line));
    if (!unwrapped) return ok({ format, encoding, text: plain, blocks: markdownBlocks(plain) });
    return ok({ format, encoding, text: unwrapped.text, blocks: atFileLines(markdownBlocks(unwrapped.text), unwrapped.lines) });
  }
  // (A table lined up with spaces or typed with bars has its cells parted by tabs, as one pasted from Word: see tabulateAligned.)
  const text = tabulateAligned(tabulateBarred(decoded.value.text));
  // A hard-wrapped file is read as its paragraphs; each keeps the line it starts on in the file.
  const unwrapped = unwrapLines(text);
  if (!unwrapped) return ok({ format, encoding, text, blocks: lineBlocks(text) });
  return ok({ format, encoding, text: unwrapped.text, blocks: atFileLines(lineBlocks(unwrapped.text), unwrapped.lines) });
}
