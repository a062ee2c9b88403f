import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDocument } from './index.ts';

const fixture = (path: string) => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));
type Loaded = Awaited<ReturnType<typeof loadDocument>>;
const blocks = (r: Loaded) => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value.blocks.map((b) => [b.text, b.heading ?? null, b.title ?? false, b.origin ?? null]);
};

/** A MIME message of related parts, as a single-file web page is, its page quoted-printable or not. */
const message = (page: string, header = 'Content-Type: text/html; charset="utf-8"') =>
  Buffer.from(
    ['MIME-Version: 1.0', 'Content-Type: multipart/related; boundary="b1"', '', '--b1', header, '', page, '--b1', 'Content-Type: image/png', 'Content-Transfer-Encoding: base64', '', 'iVBORw0KGgo=', '--b1--', ''].join('\r\n'),
  );

describe('a single-file web page (MHTML)', () => {
  it('Word’s 单个文件网页 named .doc (GB2312, quoted-printable) and a browser’s .mhtml (UTF-8) read as the .docx the page came from', async () => {
    const original = await loadDocument(fixture('corpus/holdout563/reports/01_hongya_district_2023.docx'));
    for (const [name, encoding] of [
      ['test/fixtures/web/word-single-file-page.doc', 'gb2312'],
      ['test/fixtures/web/chrome-saved.mhtml', 'utf-8'],
    ]) {
      const page = await loadDocument(fixture(name));
      expect(page.ok && [page.value.format, page.value.encoding]).toEqual(['mhtml', encoding]);
      expect(blocks(page)).toEqual(blocks(original));
    }
  });

  it('leaves the pictures out', async () => {
    const page = await loadDocument({ name: '正文.doc', bytes: message('<html><body><p>石塘乡党委书记述职报告</p><p>全年到乡武装部办公12次。</p></body></html>') });
    expect(blocks(page).map((b) => b[0])).toEqual(['石塘乡党委书记述职报告', '全年到乡武装部办公12次。']);
  });

  it('reads a page whose part names no charset by its bytes, as a text file is read, and names a page not in the charset its part names', async () => {
    const gbk = (header: string) =>
      Buffer.concat([Buffer.from(`MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b1"\r\n\r\n--b1\r\n${header}\r\n\r\n<p>`), Buffer.from([0xce, 0xe4, 0xd7, 0xb0, 0xb2, 0xbf]), Buffer.from('</p>\r\n--b1--\r\n')]);
    const unnamed = await loadDocument({ name: 'a.mht', bytes: gbk('Content-Type: text/html') });
    expect(unnamed.ok && [unnamed.value.encoding, unnamed.value.text]).toEqual(['gb18030', '武装部']);
    const misnamed = await loadDocument({ name: 'a.mht', bytes: gbk('Content-Type: text/html; charset="utf-8"') });
    expect(!misnamed.ok && [misnamed.error.code, misnamed.error.message]).toEqual(['BAD_ENCODING', '单个文件网页（MHTML）中的网页不是其注明的 utf-8 编码，无法读出文字']);
  });

  it('names a message that holds no page', async () => {
    const none = await loadDocument({ name: 'a.mht', bytes: message('iVBORw0KGgo=', 'Content-Type: image/png\r\nContent-Transfer-Encoding: base64') });
    expect(!none.ok && none.error.code).toBe('NO_TEXT');
  });

  it('text that only opens with a header-like line is text', async () => {
    const text = await loadDocument({ name: 'a.txt', bytes: Buffer.from('Subject: 述职报告\n\n镇党委书记2023年述职报告\n') });
    expect(text.ok && text.value.format).toBe('txt');
  });
});
