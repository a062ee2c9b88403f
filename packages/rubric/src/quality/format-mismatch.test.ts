import { describe, expect, it } from 'vitest';
import { parseReport } from '@shuzhi/parser';
import { DEFAULT_CUES } from '../cues.ts';
import { buildView } from '../view.ts';
import { formatMismatch } from './format-mismatch.ts';

const TEXT = Buffer.from('石塘乡党委书记2025年度党管武装工作述职报告\n全年到乡武装部办公12次。\n');

async function check(name: string, bytes: Uint8Array) {
  const parsed = await parseReport({ name, bytes });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return formatMismatch(buildView(parsed.value, DEFAULT_CUES), {});
}

describe('format-mismatch', () => {
  it('tells a text file named .docx, read as text', async () => {
    const [f] = await check('石塘乡述职.docx', TEXT);
    expect(f.message).toBe('文件扩展名是 .docx（Word 文档），内容却是纯文本，已按内容读取；请核对提交的是否为正确的文件');
  });

  it('tells a Word file named .txt, and nothing of a file that is what its name says (or a .doc, which may be HTML)', async () => {
    const docx = new Uint8Array(await import('node:fs').then((fs) => fs.readFileSync(new URL('../../../../corpus/reports/10-same-report.docx', import.meta.url))));
    expect((await check('报告.txt', docx)).map((f) => f.message)).toEqual(['文件扩展名是 .txt（纯文本），内容却是Word 文档（.docx），已按内容读取；请核对提交的是否为正确的文件']);
    expect(await check('报告.docx', docx)).toEqual([]);
    expect(await check('报告.txt', TEXT)).toEqual([]);
    expect(await check('报告.md', TEXT)).toEqual([]);
    expect(await check('报告.doc', TEXT)).toEqual([]);
  });

  it('tells a web page named .txt, and nothing of one named .doc, which Word opens as a page', async () => {
    const page = Buffer.from('<!DOCTYPE html><html><body><h3>石塘乡党委书记2025年度党管武装工作述职报告</h3><p>全年到乡武装部办公12次。</p></body></html>');
    expect((await check('报告.txt', page)).map((f) => f.message)).toEqual(['文件扩展名是 .txt（纯文本），内容却是网页（HTML），已按内容读取；请核对提交的是否为正确的文件']);
    expect(await check('报告.doc', page)).toEqual([]);
    // (So is a Word 2003 XML document, which Word opens under either name.)
    const wordml = Buffer.from('<?xml version="1.0"?><w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body><w:p><w:r><w:t>石塘乡党委书记2025年度党管武装工作述职报告</w:t></w:r></w:p></w:body></w:wordDocument>');
    expect((await check('报告.txt', wordml)).map((f) => f.message)).toEqual(['文件扩展名是 .txt（纯文本），内容却是Word 2003 XML 文档，已按内容读取；请核对提交的是否为正确的文件']);
    expect(await check('报告.doc', wordml)).toEqual([]);
    // (And a single-file web page, an OA system's "导出 Word".)
    const mhtml = Buffer.from('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: text/html; charset="utf-8"\r\n\r\n<p>石塘乡党委书记2025年度党管武装工作述职报告</p>\r\n--b--\r\n');
    expect((await check('报告.txt', mhtml)).map((f) => f.message)).toEqual(['文件扩展名是 .txt（纯文本），内容却是单个文件网页（MHTML），已按内容读取；请核对提交的是否为正确的文件']);
    expect(await check('报告.doc', mhtml)).toEqual([]);
  });
});
