import * as CFB from 'cfb';
import WordExtractor from 'word-extractor';
import type { Result } from '@shuzhi/types';
import { fail, ok } from '@shuzhi/types';
import { matchNumbering } from '../headings.ts';
import { joinBlocks, NOTES_HEADING, unsupported, type BlockDraft, type LoadedDocument } from './document.ts';

type DocError = { code: 'CORRUPT_FILE' | 'ENCRYPTED' | 'UNSUPPORTED_FORMAT'; message: string };

/**
 * An OLE compound file: a Word 97–2003 .doc, or something wearing its
 * container — a password-protected .docx (EncryptedPackage), a .doc with
 * the FIB's fEncrypted flag, an old Kingsoft/Works .wps, an .xls.
 */
export async function loadDoc(buffer: Buffer): Promise<Result<LoadedDocument, DocError>> {
  let container: CFB.CFB$Container;
  try {
    container = CFB.read(buffer, { type: 'buffer' });
  } catch {
    return fail({ code: 'CORRUPT_FILE', message: '文档已损坏，无法读取；请用 Word 或 WPS 打开后另存为 .docx 再提交' });
  }
  const names = new Set(container.FileIndex.map((e) => e.name));
  if (names.has('EncryptedPackage') || names.has('EncryptionInfo')) {
    return fail({ code: 'ENCRYPTED', message: 'Word 文档已加密（设有打开密码），请去掉密码后再提交' });
  }
  const wordDocument = container.FileIndex.find((e) => e.name === 'WordDocument');
  if (!wordDocument) {
    const what = names.has('Workbook') || names.has('Book') ? 'Excel 表格' : names.has('PowerPoint Document') ? 'PowerPoint 演示文稿' : null;
    return fail({ code: 'UNSUPPORTED_FORMAT', message: what ? unsupported(what) : unsupported('不是 Word 文档的 OLE 文件，如旧版 WPS/Works 格式', '请另存为 .docx') });
  }
  const fib = wordDocument.content as Uint8Array | undefined;
  // FIB base: wIdent at 0, flags word at 0x0A; bit 8 is fEncrypted.
  if (fib && fib.length > 0x0b && (fib[0x0b] & 0x01) === 0x01) {
    return fail({ code: 'ENCRYPTED', message: 'Word 文档已加密（设有打开密码），请去掉密码后再提交' });
  }

  let body: string;
  let document: Awaited<ReturnType<WordExtractor['extract']>>;
  try {
    document = await new WordExtractor().extract(buffer);
    // The typings omit getBody's options; filterUnicode would turn “ ” into ".
    body = (document.getBody as (options: { filterUnicode: boolean }) => string)({ filterUnicode: false });
  } catch {
    return fail({ code: 'CORRUPT_FILE', message: '.doc 文档已损坏，无法读取；请用 Word 或 WPS 打开后另存为 .docx 再提交' });
  }
  // word-extractor separates paragraphs by \n and table cells by \t.
  const drafts: BlockDraft[] = body
    .split('\n')
    .map((line) => (line.includes('\t') ? { text: line.split('\t').map((c) => c.trim()).filter(Boolean).join('\t'), origin: 'table' as const } : { text: line }));
  // Footnotes and endnotes under a heading of their own, as for a .docx.
  const notes = [document.getFootnotes, document.getEndnotes].map((get) => (get as (options: { filterUnicode: boolean }) => string).call(document, { filterUnicode: false })).join('\n');
  const noteLines = notes.split('\n').filter((l) => l.trim());
  const { text, blocks } = joinBlocks([...headingsByShape(drafts), ...(noteLines.length ? [{ text: NOTES_HEADING, heading: 1 }, ...noteLines.map((t) => ({ text: t }))] : [])]);
  return ok({ format: 'doc', encoding: 'doc', text, blocks });
}

/**
 * A Word 97 file keeps its automatic heading numbers ("一、") in list tables word-extractor does not read, so its
 * headings come out as bare short lines ("认真落实第一书记工作制度"). When no line carries a number of its own, a short
 * line without end punctuation that a longer paragraph follows is a heading. (Not the title, a date or a signature.)
 */
function headingsByShape(drafts: BlockDraft[]): BlockDraft[] {
  const lines = drafts.map((d) => d.text.trim());
  if (lines.some((l) => matchNumbering(l) !== null)) return drafts;
  const first = lines.findIndex((l) => l !== '');
  return drafts.map((d, k) => {
    const line = lines[k];
    const next = lines.slice(k + 1).find((l) => l !== '');
    const heading =
      k > first && !d.origin && line.length >= 4 && line.length <= 24 && !/[。；;！!？?，,：:]$/.test(line) && !NOT_A_HEADING.test(line) && next !== undefined && next.length > line.length * 2;
    return heading ? { ...d, heading: 1 } : d;
  });
}

/** Dates, signatures, titles and addressees: short unpunctuated lines that are no heading. */
const NOT_A_HEADING = /^(19|20)\d\d|^[〇○零一二三四五六七八九]{4}年|年[^，。]{0,4}月|述职人|报告人|书记[\s\u3000]|报告$|汇报$|同志们|^尊敬的/;
