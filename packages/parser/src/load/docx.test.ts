import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { htmlBlocks } from './html.ts';
import { loadDocument } from './index.ts';

describe('htmlBlocks', () => {
  it('turns mammoth HTML into blocks: headings, title, table rows, footnote links dropped', () => {
    const html =
      '<h1 class="title">述职报告</h1><h1>一、主要工作</h1><p>列支经费<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>&amp;保障&lt;到位&gt;。</p>' +
      '<table><tr><td><p>项目</p></td><td><p>金额</p></td></tr><tr><td><p>民兵训练</p></td><td><p>120万元</p></td></tr></table>' +
      '<ol><li>每月办公一次</li></ol><p>第一行<br />第二行</p>';
    expect(htmlBlocks(html)).toEqual([
      { title: true, text: '述职报告' },
      { heading: 1, text: '一、主要工作' },
      { text: '列支经费&保障<到位>。' },
      { origin: 'table', text: '项目\t金额' },
      { origin: 'table', text: '民兵训练\t120万元' },
      { origin: 'list', text: '每月办公一次' },
      { text: '第一行' },
      { text: '第二行' },
    ]);
  });
});

describe('a cell merged down over rows', () => {
  it('stands in each row it spans, so the cells after it stay under their columns', () => {
    const html =
      '<table><tr><td><p>类别</p></td><td><p>事项</p></td><td><p>完成情况</p></td></tr>' +
      '<tr><td rowspan="2"><p>第一书记履职</p></td><td><p>到区人武部办公</p></td><td><p>10次</p></td></tr>' +
      '<tr><td><p>常委会议军</p></td><td><p>4次</p></td></tr>' +
      '<tr><td><p>征兵</p></td><td rowspan="2"><p>已完成</p></td><td><p>388名</p></td></tr><tr><td><p>双拥</p></td><td><p>11个单位</p></td></tr></table>';
    expect(htmlBlocks(html).map((b) => b.text)).toEqual(['类别\t事项\t完成情况', '第一书记履职\t到区人武部办公\t10次', '第一书记履职\t常委会议军\t4次', '征兵\t已完成\t388名', '双拥\t已完成\t11个单位']);
  });

  it('in a Word file saved by LibreOffice (holdout224/09): the routine’s rows under 第一书记履职 keep their 完成情况', async () => {
    const file = fileURLToPath(new URL('../../../../corpus/holdout224/reports/09_tongque_district_2026.docx', import.meta.url));
    const loaded = await loadDocument(file);
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.value.blocks.map((b) => b.text)).toContain('第一书记履职\t常委会议军、听取人武部汇报\t4次（2月、4月、8月、11月）');
  });
});

describe('a table in a cell', () => {
  it('in a Word file saved by LibreOffice: the row’s cells before it, its rows, then the rest of the cell (the row’s cells were lost)', async () => {
    const loaded = await loadDocument(fileURLToPath(new URL('../../../../test/fixtures/tables/nested-table.docx', import.meta.url)));
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.value.blocks.slice(1, 7).map((b) => [b.text, b.origin])).toEqual([
      ['事项\t完成情况', 'table'],
      ['经费保障\t全年安排武装工作经费如下：', 'table'],
      ['民兵训练\t12.5万元', 'table'],
      ['征兵宣传\t3万元', 'table'],
      ['均已拨付到位。', 'table'],
      ['议军会\t召开4次', 'table'],
    ]);
  });
});

describe('a line break', () => {
  it('parts the lines of a paragraph, not those of a title or a heading set over two lines', () => {
    const html = '<h1 class="title">丰禾县委书记<br />2021年度党管武装工作述职报告</h1><h1>一、履行<br />第一书记职责</h1><p>第一行<br />第二行</p>';
    expect(htmlBlocks(html)).toEqual([{ title: true, text: '丰禾县委书记2021年度党管武装工作述职报告' }, { heading: 1, text: '一、履行第一书记职责' }, { text: '第一行' }, { text: '第二行' }]);
  });
});

describe('footnotes and endnotes', () => {
  it('are read under a heading of their own (注释), not under the last heading of the text', () => {
    const html =
      '<h1>五、下步打算</h1><p>明年将经费增加到300万元。</p><ol><li id="footnote-1"><p> 2021年县财政安排武装工作经费268万元。 <a href="#footnote-ref-1">↑</a></p></li>' +
      '<li id="footnote-2"><p>数据来源：县财政局。</p></li></ol>';
    expect(htmlBlocks(html)).toEqual([
      { heading: 1, text: '五、下步打算' },
      { text: '明年将经费增加到300万元。' },
      { heading: 1, text: '注释' },
      { text: ' 2021年县财政安排武装工作经费268万元。 ' },
      { text: '数据来源：县财政局。' },
    ]);
  });

  it('in a Word file saved by LibreOffice (holdout20/10): the funding figures its footnote gives are work done, not plans', async () => {
    const { parseReport } = await import('../index.ts');
    const parsed = await parseReport(new URL('../../../../corpus/holdout20/reports/10_fenghe_county_2021.docx', import.meta.url).pathname);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const notes = parsed.value.sections.find((s) => s.heading === '注释');
    expect(notes?.paragraphs.map((p) => p.text)).toEqual(['2021年县财政安排武装工作经费268万元，另安排民兵训练基地建设专项资金150万元，均已拨付到位。']);
  });
});

describe('a PDF converted to Word, one paragraph a printed line', () => {
  it('reads the paragraphs it was printed from, without the page numbers and the running header, the short headings kept apart', async () => {
    const file = fileURLToPath(new URL('../../../../corpus/holdout71/reports/06_zhenhe_city_2023.docx', import.meta.url));
    const loaded = await loadDocument(file);
    if (!loaded.ok) throw new Error(loaded.error.message);
    const texts = loaded.value.blocks.map((b) => b.text);
    expect(texts).toContain(
      '主持市委常委会专题议军4次，出台《溱河市党委议军会议制度》，明确每次议军会必须有决定事项、有责任单位、有完成时限，全年议定的19项事项已办结17项。将党管武装工作纳入镇（街道）党（工）委书记抓基层党建述职评议考核和年度综合考核，分值5分，考核结果与干部评先评优、提拔使用挂钩。',
    );
    // Each keeps the number of the Word paragraph it starts in (the file's eighth, after the letterhead, title, author and
    // three lines of the opening and the heading).
    expect(loaded.value.blocks.find((b) => b.text.startsWith('坚持每月到市人武部办公'))?.ordinal).toBe(8);
    // The sentence cut by a page break, its page number and the header between its halves.
    expect(texts.some((t) => t.includes('年内已完工。拥军优属工作扎实开展。'))).toBe(true);
    // (The header's first appearance is the letterhead above the title.)
    expect(texts.filter((t) => /^— \d —$/.test(t))).toEqual([]);
    expect(texts.filter((t) => t === '中共溱河市委办公室文件')).toHaveLength(1);
    for (const heading of ['一、制度落实方面', '二、保障支持方面', '三、主要任务完成方面', '四、存在问题', '五、下步打算']) expect(texts).toContain(heading);
  });

  // (One of the real Word documents from other projects' tests, beside the repository when present.)
  const english = fileURLToPath(new URL('../../../../../shared/fixtures/word/morungos-test15.docx', import.meta.url));
  it.runIf(existsSync(english))('leaves a Word file in another script as it is: its short lines are no wrapped Chinese', async () => {
    const loaded = await loadDocument(english);
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.value.blocks.map((b) => b.text)).toContain('More random text');
  });
});
