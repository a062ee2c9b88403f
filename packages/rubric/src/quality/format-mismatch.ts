import { extname } from 'node:path';
import type { QualityCheck } from './index.ts';

/** What a name's extension promises: a Word 2007 file is a zip, a text file is text, not markup. (A .doc may be HTML or RTF that Word reads.) */
const PROMISED: Record<string, { formats: string[]; name: string }> = {
  '.docx': { formats: ['docx'], name: 'Word 文档' },
  '.txt': { formats: ['txt', 'md'], name: '纯文本' },
  '.md': { formats: ['txt', 'md'], name: '纯文本' },
};
const FOUND: Record<string, string> = { docx: 'Word 文档（.docx）', doc: 'Word 97 文档（.doc）', txt: '纯文本', md: '纯文本', html: '网页（HTML）', wordml: 'Word 2003 XML 文档', mhtml: '单个文件网页（MHTML）' };

/**
 * A file whose content is not what its name says (a text file named .docx, a Word file named .txt): the loader reads the
 * content whatever the name, and the reviewer is told, since a wrong file may have been sent or renamed by hand.
 */
export const formatMismatch: QualityCheck = (view) => {
  const { file, format } = view.report;
  const ext = extname(file).toLowerCase();
  const promised = PROMISED[ext];
  if (!promised || promised.formats.includes(format)) return [];
  return [{ message: `文件扩展名是 ${ext}（${promised.name}），内容却是${FOUND[format] ?? format}，已按内容读取；请核对提交的是否为正确的文件`, text: '', paragraph: null, line: null, start: 0, end: 0 }];
};
