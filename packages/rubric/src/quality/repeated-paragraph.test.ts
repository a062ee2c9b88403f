import { describe, expect, it } from 'vitest';
import { findingsOf } from '../testing.ts';

const repeated = (text: string) => findingsOf('repeated-paragraph', text);

const LONG = '全年组织民兵应急分队开展集中训练3次，参训人员420人次，完成森林防火、抗洪抢险等任务5项，受到县委、县政府表彰。';
const OTHER = '全县共征集新兵126名，其中大学生91名，占72.2%，连续三年圆满完成征兵任务，没有出现退兵情况。';

describe('repeated-paragraph', () => {
  it('flags a paragraph that stands again word for word, once, at its first repetition, with where it first stood and how often', async () => {
    const found = await repeated(['党管武装工作述职报告', '一、主要工作', LONG, OTHER, LONG, LONG, ''].join('\n'));
    expect(found).toHaveLength(1);
    expect(found[0].line).toBe(5);
    expect(found[0].message).toBe('本段与第3行的段落完全相同，同一段落共出现 3 次，请删去重复的内容');
    expect(found[0]).toMatchObject({ severity: 'warning', deduction: 2 });
  });

  it('flags a paragraph repeated with a few words put before or after it, as nearly the same', async () => {
    const found = await repeated(['党管武装工作述职报告', '一、主要工作', LONG, OTHER, `在这一方面，${LONG.slice(0, -1)}，效果明显。`, ''].join('\n'));
    expect(found.map((f) => [f.line, f.message])).toEqual([[5, '本段与第3行的段落基本相同，请删去重复的内容']]);
  });

  it('leaves alone short lines that may recur, and paragraphs of one template with other figures', async () => {
    const sameTemplate = '全年组织民兵应急分队开展集中训练5次，参训人员386人次，完成森林防火、抗洪抢险等任务7项，受到县委、县政府表彰。';
    expect(await repeated(['党管武装工作述职报告', '一是抓训练。', OTHER, '一是抓训练。', sameTemplate, LONG, ''].join('\n'))).toEqual([]);
  });
});
