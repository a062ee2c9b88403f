import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { htmlBlocks } from './html.ts';
import { loadDocument } from './index.ts';

const fixture = (path: string) => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));

/** A page loaded as an OA system's 正文.doc: its blocks' text and origin. */
async function readPage(html: string) {
  const page = await loadDocument({ name: '正文.doc', bytes: Buffer.from(html) });
  if (!page.ok) throw new Error(page.error.message);
  return page.value.blocks.map((b) => [b.text, b.origin ?? null]);
}

describe('a web page', () => {
  it('is read as the page shows it: no head, style or script; divs part blocks; a source line break between Chinese characters is none', () => {
    const html = [
      '<!DOCTYPE html><html><head><title>标签页标题</title><style>p { color: red }</style><script>var a = "<p>不是正文</p>";</script></head>',
      '<body><div class="wrap"><h2 style="text-align:center">望江街道党工委书记2023年度<br>党管武装工作述职报告</h2>',
      '<div>一、落实“四个一”。全年到街道武装部办公12次，',
      '    解决问题5件&nbsp;&mdash;&nbsp;均已办结。</div>',
      '<p>第一行<br/>第二行</p><!-- 注释 <p>也不是正文</p> -->',
      '<table border="1"><tr><th>项目</th><th>金额（万元）</th></tr><tr><td>民兵训练<br>补助</td><td>12.5</td></tr></table></div></body></html>',
    ].join('\n');
    expect(htmlBlocks(html).map((b) => b.text.trim())).toEqual([
      '望江街道党工委书记2023年度党管武装工作述职报告',
      '一、落实“四个一”。全年到街道武装部办公12次，解决问题5件\u00a0—\u00a0均已办结。',
      '第一行',
      '第二行',
      '项目\t金额（万元）',
      '民兵训练补助\t12.5',
    ]);
  });
});

describe('a page laid out in a table', () => {
  it('reads a row whose only cell holds paragraphs as those paragraphs, and keeps a row of cells, or of one line, a row', async () => {
    const html =
      '<html><body><table width="100%"><tr><td><p>石塘乡党委书记2025年度党管武装工作述职报告</p><p>一、履职情况</p><p>全年到乡武装部办公12次。</p></td></tr>' +
      '<tr><td>项目</td><td>金额（万元）</td></tr><tr><td><p>备注：以上数据截至12月20日。</p></td></tr></table></body></html>';
    expect(await readPage(html)).toEqual([
      ['石塘乡党委书记2025年度党管武装工作述职报告', null],
      ['一、履职情况', null],
      ['全年到乡武装部办公12次。', null],
      ['项目\t金额（万元）', 'table'],
      ['备注：以上数据截至12月20日。', 'table'],
    ]);
    // (Word's HTML keeps its one-cell tables as rows: a .docx reads as it always has.)
    expect(htmlBlocks('<table><tr><td><p>甲</p><p>乙</p></td></tr></table>')).toEqual([{ origin: 'table', text: '甲 乙' }]);
  });
});

describe('a table in a cell', () => {
  it('reads what the cell held before it, its rows, then the rest of the cell, in the order the page shows them', async () => {
    const html =
      '<html><body><table width="100%"><tr><td><p>石塘乡党委书记2025年度党管武装工作述职报告</p><p>三、经费保障</p><p>全年安排武装工作经费如下：</p>' +
      '<table border="1"><tr><td>项目</td><td>金额（万元）</td></tr><tr><td>民兵训练</td><td>12.5</td></tr></table>' +
      '<p>四、存在不足</p><p>到乡武装部办公次数偏少。</p></td></tr></table></body></html>';
    expect(await readPage(html)).toEqual([
      ['石塘乡党委书记2025年度党管武装工作述职报告', null],
      ['三、经费保障', null],
      ['全年安排武装工作经费如下：', null],
      ['项目\t金额（万元）', 'table'],
      ['民兵训练\t12.5', 'table'],
      ['四、存在不足', null],
      ['到乡武装部办公次数偏少。', null],
    ]);
    // (Word's HTML, a table in a row's second cell: the row's cells before it stay one row.)
    expect(htmlBlocks('<table><tr><td>经费保障</td><td>财政列支<table><tr><td>训练</td><td>12万元</td></tr></table>已拨付</td></tr><tr><td>甲</td><td>乙</td></tr></table>')).toEqual([
      { text: '经费保障\t财政列支', origin: 'table' },
      { text: '训练\t12万元', origin: 'table' },
      { text: '已拨付', origin: 'table' },
      { text: '甲\t乙', origin: 'table' },
    ]);
  });
});

describe('an HTML file whatever its name', () => {
  it('a Word file exported as a web page by LibreOffice and named .doc (an OA system’s “正文.doc”) reads as the .docx it came from, in UTF-8 or GBK', async () => {
    const original = await loadDocument(fixture('corpus/holdout563/reports/01_hongya_district_2023.docx'));
    const blocks = (r: Awaited<ReturnType<typeof loadDocument>>) => {
      if (!r.ok) throw new Error(r.error.message);
      return r.value.blocks.map((b) => [b.text, b.heading ?? null, b.title ?? false, b.origin ?? null]);
    };
    for (const name of ['test/fixtures/web/libreoffice-export.doc', 'test/fixtures/web/libreoffice-export-gbk.doc']) {
      const page = await loadDocument(fixture(name));
      expect(page.ok && page.value.format).toBe('html');
      expect(blocks(page)).toEqual(blocks(original));
    }
  });

  it('a page saved as .txt (holdout567/12) is read as a page, its headings found', async () => {
    const page = await loadDocument(fixture('corpus/holdout567/reports/12_wangjiang_subdistrict_2023.txt'));
    if (!page.ok) throw new Error(page.error.message);
    expect(page.value.format).toBe('html');
    expect(page.value.text).not.toMatch(/<\/?(p|h3|html|body)\b/);
    expect(page.value.blocks[0].text).toBe('望江街道党工委书记2023年度党管武装工作述职报告');
  });

  it('reads a site editor’s fragment saved as .txt as a page (holdout618/11)', async () => {
    const page = await loadDocument({ name: 'a.txt', bytes: Buffer.from('<div class="TRS_Editor"><div class="Custom_UnionStyle">\n<p style="text-align:center"><strong>湖滨街道党工委书记2022年度党管武装工作述职报告</strong></p>\n<p>全年到街道武装部办公8次。</p></div></div>') });
    expect(page.ok && page.value.format).toBe('html');
  });

  it('plain text that only mentions markup is still text', async () => {
    const text = await loadDocument({ name: 'a.txt', bytes: Buffer.from('镇党委书记2023年述职报告\n网页上的<html>标签不算网页。\n') });
    expect(text.ok && text.value.format).toBe('txt');
  });
});
