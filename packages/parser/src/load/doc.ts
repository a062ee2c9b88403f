import * as CFB from 'cfb';
import WordExtractor from 'word-extractor';
import type { Result } from '@shuzhi/types';
import { fail, ok } from '@shuzhi/types';
import { joinBlocks, unsupported, type LoadedDocument } from './document.ts';

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
  try {
    const document = await new WordExtractor().extract(buffer);
    // The typings omit getBody's options; filterUnicode would turn “ ” into ".
    body = (document.getBody as (options: { filterUnicode: boolean }) => string)({ filterUnicode: false });
  } catch {
    return fail({ code: 'CORRUPT_FILE', message: '.doc 文档已损坏，无法读取；请用 Word 或 WPS 打开后另存为 .docx 再提交' });
  }
  // word-extractor separates paragraphs by \n and table cells by \t.
  const { text, blocks } = joinBlocks(
    body.split('\n').map((line) => (line.includes('\t') ? { text: line.split('\t').map((c) => c.trim()).filter(Boolean).join('\t'), origin: 'table' as const } : { text: line })),
  );
  return ok({ format: 'doc', encoding: 'doc', text, blocks });
}
