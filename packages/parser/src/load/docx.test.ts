import { describe, expect, it } from 'vitest';
import { htmlBlocks } from './docx.ts';

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
