import { describe, expect, it } from 'vitest';
import { blankHtml, markdownBlocks } from './markdown.ts';

describe('markdownBlocks', () => {
  it('keeps ** redactions literal and slices text from the source', () => {
    const source = '# 述职报告\n\n在**市委、市政府和**军分区的领导下，由**同志负责，**区政府配合。\n';
    const blocks = markdownBlocks(source);
    expect(blocks.map((b) => b.text)).toEqual(['述职报告', '在**市委、市政府和**军分区的领导下，由**同志负责，**区政府配合。']);
    for (const b of blocks) expect(source.slice(b.start, b.end)).toBe(b.text);
    expect(blocks[0].heading).toBe(1);
    expect(blocks[1].line).toBe(3);
  });

  it('cuts the markers off a line that is bold as a whole (a heading typed as emphasis), not off redactions inside a line', () => {
    const source = '**北塘县委书记2024年述职报告**\n\n**二、存在的问题**\n\n## **三、下步打算**\n\n**市委**和**军分区\n';
    const blocks = markdownBlocks(source);
    expect(blocks.map((b) => b.text)).toEqual(['北塘县委书记2024年述职报告', '二、存在的问题', '三、下步打算', '**市委**和**军分区']);
    for (const b of blocks) expect(source.slice(b.start, b.end)).toBe(b.text);
  });

  it('puts a bold label opening a line on a line of its own (a run-in heading), but not a redaction at a line’s start', () => {
    const source = '**（一）落实“四个一”制度。** 这方面工作主要由分管领导负责。\n\n**县人武部在**市委领导下开展工作。\n';
    const blocks = markdownBlocks(source);
    expect(blocks.map((b) => b.text)).toEqual(['（一）落实“四个一”制度。', '这方面工作主要由分管领导负责。', '**县人武部在**市委领导下开展工作。']);
    for (const b of blocks) expect(source.slice(b.start, b.end)).toBe(b.text);
  });

  it('gives each line of a paragraph its own block, with its line number', () => {
    const blocks = markdownBlocks('一、加强领导\n全年召开议军会4次。\n\n二、存在不足\n');
    expect(blocks.map((b) => [b.text, b.line])).toEqual([
      ['一、加强领导', 1],
      ['全年召开议军会4次。', 2],
      ['二、存在不足', 4],
    ]);
  });

  it('keeps ordered list numbers, drops quote marks, and keeps indented text', () => {
    const source = '## 一、主要工作\n\n1. 每月办公一次\n2. 每季度议军一次\n\n> 引用的讲话。\n\n    缩进的段落。\n';
    const blocks = markdownBlocks(source);
    expect(blocks.map((b) => b.text)).toEqual(['一、主要工作', '1. 每月办公一次', '2. 每季度议军一次', '引用的讲话。', '缩进的段落。']);
    expect(blocks[1].origin).toBe('list');
    for (const b of blocks) expect(source.slice(b.start, b.end)).toBe(b.text);
  });
});

describe('blankHtml', () => {
  it('blanks an online editor’s tags and character references to spaces of their length; offsets and lines hold', () => {
    const source = '全年安排473万元。<br>\n| 合计 | 473 | &nbsp; |\n<p style="text-align:right">中共汀湾区委书记　赵启航</p>\n民兵<10人的连队，A&B';
    const plain = blankHtml(source);
    expect(plain).toHaveLength(source.length);
    expect(plain.split('\n').map((l) => l.trimEnd())).toEqual(['全年安排473万元。', '| 合计 | 473 |        |', `${' '.repeat('<p style="text-align:right">'.length)}中共汀湾区委书记　赵启航`, '民兵<10人的连队，A&B']);
    expect(markdownBlocks(plain).map((b) => b.text)).toContain('中共汀湾区委书记　赵启航');
  });
});
