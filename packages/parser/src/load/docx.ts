import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { Result } from '@shuzhi/types';
import { fail, ok } from '@shuzhi/types';
import { typeNumberingLabels } from '../docx/numbering.ts';
import { joinBlocks, NOTES_HEADING, unsupported, type BlockDraft, type LoadedDocument } from './document.ts';
import { readZip } from './zip.ts';

type DocxError = { code: 'CORRUPT_FILE' | 'UNSAFE_ARCHIVE' | 'ENCRYPTED' | 'NOT_A_WORD_DOCUMENT' | 'UNSUPPORTED_FORMAT'; message: string };

/**
 * The style map for one document: its heading and title styles as Word and
 * WPS name them in English and Chinese installs ("Heading 1", "标题 1",
 * "标题1", "Title", "标题"). mammoth parses its style map on every call, so
 * only the styles the document defines are mapped, and mammoth's default
 * map (bold, lists, footnote styles: nothing the text needs) is left out.
 */
function styleMapFor(stylesXml: string | undefined): string[] {
  const map: string[] = [];
  for (const m of (stylesXml ?? '').matchAll(/<w:name\s+w:val="([^"]+)"/g)) {
    const name = m[1];
    const quoted = name.replace(/'/g, "\\'");
    const heading = /^(?:heading|标题)\s*([1-6])$/i.exec(name);
    if (heading) map.push(`p[style-name='${quoted}'] => h${heading[1]}:fresh`);
    else if (/^(?:title|标题)$/i.test(name)) map.push(`p[style-name='${quoted}'] => h1.title:fresh`);
  }
  return map;
}

const OTHER_ZIPS: [RegExp, string, advice?: string][] = [
  [/^content\.xml$/, 'OpenDocument 文档，如 .odt 或新版 .wps', '请另存为 .docx'],
  [/^xl\//, 'Excel 表格'],
  [/^ppt\//, 'PowerPoint 演示文稿'],
];

export async function loadDocx(buffer: Buffer): Promise<Result<LoadedDocument, DocxError>> {
  // Only the parts this loader reads itself are inflated here; mammoth reads the rest.
  const zip = await readZip(buffer, (name) => /^(_rels\/\.rels|word\/(document\d*|numbering|styles)\.xml)$/i.test(name));
  if (!zip.ok) return zip;
  const { entries, files } = zip.value;

  const main = mainDocumentPath(files.get('_rels/.rels')) ?? 'word/document.xml';
  const documentXml = files.get(main);
  if (documentXml === undefined) {
    const other = OTHER_ZIPS.find(([re]) => entries.some((e) => re.test(e.name)));
    if (other) return fail({ code: 'UNSUPPORTED_FORMAT', message: unsupported(other[1], other[2]) });
    return fail({ code: 'NOT_A_WORD_DOCUMENT', message: `压缩包中没有 Word 正文（缺少 ${main}），不是有效的 .docx 文档` });
  }

  let input = buffer;
  const dir = main.slice(0, main.lastIndexOf('/') + 1);
  const labelled = typeNumberingLabels(documentXml, files.get(`${dir}numbering.xml`) ?? null, files.get(`${dir}styles.xml`) ?? null);
  if (labelled !== documentXml) {
    // mammoth only reads a zip; give it one whose document has the labels typed in.
    const rezip = await JSZip.loadAsync(buffer);
    rezip.file(main, labelled);
    input = await rezip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } });
  }

  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: input },
      {
        styleMap: styleMapFor(files.get(`${dir}styles.xml`)),
        includeDefaultStyleMap: false,
        ignoreEmptyParagraphs: true,
        // Images are never read, so their bytes are never inflated.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
    html = result.value;
  } catch {
    return fail({ code: 'CORRUPT_FILE', message: 'Word 文档已损坏，无法读取；请用 Word 或 WPS 打开后另存为 .docx 再提交' });
  }
  const { text, blocks } = joinBlocks(htmlBlocks(html));
  return ok({ format: 'docx', encoding: 'docx', text, blocks });
}

function mainDocumentPath(rels: string | undefined): string | null {
  if (!rels) return null;
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const type = /\bType="([^"]*)"/.exec(m[0])?.[1] ?? '';
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (target && /\/officeDocument$/.test(type)) return target.replace(/^\//, '');
  }
  return null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00a0' };
const decodeEntities = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+|#39);/gi, (all, name: string) => {
    if (name[0] === '#' && name !== '#39') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? all;
  });

/**
 * mammoth's HTML is small and regular: p, h1–h6, li, table/tr/td, inline
 * tags and footnote links. A table row becomes one block with its cells
 * separated by tabs, so a row like "经费保障 | 财政列支410万元" stays one
 * piece of evidence.
 */
export function htmlBlocks(html: string): BlockDraft[] {
  const drafts: BlockDraft[] = [];
  let buffer = '';
  let current: Omit<BlockDraft, 'text'> = {};
  let row: string[] | null = null;
  // A cell merged down over rows (rowspan) stands in each row it spans, so a row's cells stay under their columns ("第一书记履职"
  // over four rows: "常委会议军｜4次（2月、4月……）" is still 事项｜完成情况, not 类别｜事项).
  let merged = new Map<number, { text: string; rows: number }>();
  let rowspan = 1;
  const carryMerged = () => {
    for (let held = merged.get(row!.length); held; held = merged.get(row!.length)) {
      row!.push(held.text);
      if (--held.rows === 0) merged.delete(row!.length - 1);
    }
  };
  let skipAnchor = 0;
  let notes = false;
  const flush = () => {
    if (row) return;
    if (buffer.trim()) drafts.push({ ...current, text: buffer });
    buffer = '';
    current = {};
  };
  for (const m of html.matchAll(/<(\/?)([a-z0-9]+)([^>]*)>|([^<]+)/gi)) {
    const [, closing, rawTag, attrs, textRun] = m;
    if (textRun !== undefined) {
      if (!skipAnchor) buffer += decodeEntities(textRun);
      continue;
    }
    const tag = rawTag.toLowerCase();
    if (tag === 'a') {
      // Footnote references and back-links ("[1]", "↑") are not report text.
      if (!closing && /href="#(footnote|endnote|comment)/.test(attrs)) skipAnchor++;
      else if (closing && skipAnchor) skipAnchor--;
      continue;
    }
    if (tag === 'table') {
      merged = new Map();
      continue;
    }
    if (tag === 'tr') {
      if (!closing) {
        flush();
        row = [];
      } else if (row) {
        carryMerged();
        const cells = row.map((c) => c.trim()).filter(Boolean);
        row = null;
        buffer = cells.join('\t');
        current = { origin: 'table' };
        flush();
      }
      continue;
    }
    if (row && (tag === 'td' || tag === 'th')) {
      if (!closing) {
        carryMerged();
        buffer = '';
        rowspan = Number(/rowspan="(\d+)"/.exec(attrs)?.[1] ?? 1);
      } else {
        const text = buffer.replace(/\s+/g, ' ');
        if (rowspan > 1) merged.set(row.length, { text, rows: rowspan - 1 });
        row.push(text);
      }
      continue;
    }
    if (row && tag === 'p') {
      if (closing) buffer += ' ';
      continue;
    }
    if (tag === 'br') {
      // A title or heading broken over two lines ("丰河县委书记" / "2021年度党管武装工作述职报告") is one.
      if (current.title || current.heading) continue;
      const keep = current;
      flush();
      current = keep;
      continue;
    }
    // mammoth sets the footnotes and endnotes after the text, where they would fall under its last heading (the plans):
    // they are the report's text, under a heading of their own.
    if (tag === 'li' && !closing && !notes && /id="(footnote|endnote)-/.test(attrs)) {
      flush();
      drafts.push({ text: NOTES_HEADING, heading: 1 });
      notes = true;
    }
    const heading = /^h([1-6])$/.exec(tag);
    if (tag === 'p' || tag === 'li' || heading) {
      flush();
      if (!closing) {
        if (heading) current = /class="title"/.test(attrs) ? { title: true } : { heading: Number(heading[1]) };
        else if (tag === 'li') current = { origin: 'list' };
      }
    }
  }
  flush();
  return drafts;
}
