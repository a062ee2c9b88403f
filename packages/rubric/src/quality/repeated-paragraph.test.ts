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

  it('flags a shorter paragraph of twenty characters or more given twice word for word, not a near copy of it', async () => {
    const visits = '八一期间，街道走访慰问辖区军属和退役军人共60户，发放慰问品价值1.2万元。';
    const found = await repeated(['党管武装工作述职报告', '一、主要工作', visits, OTHER, visits, ''].join('\n'));
    expect(found.map((f) => [f.line, f.message])).toEqual([[5, '本段与第3行的段落完全相同，请删去重复的内容']]);
    expect(await repeated(['党管武装工作述职报告', '一、主要工作', visits, OTHER, visits.replace('60户', '58户'), ''].join('\n'))).toEqual([]);
  });

  it('flags a long passage pasted again with another ending, but not a stock phrase shared by two paragraphs', async () => {
    const passage = '我们坚持把征兵宣传作为征兵工作的第一道关口，在各村张贴征兵公告，在镇中学和高考考点开展宣传，通过微信群把征兵政策推送到每一户适龄青年家庭，做到应征青年底数清、政策明、意愿准。';
    const found = await repeated(['党管武装工作述职报告', '一、2020年', `${passage}全年送兵8名，其中大学生3名，体检合格率比上年提高了十个百分点，没有出现一例退兵，镇里为每名新兵家庭送去了光荣牌和慰问金。`, '二、2021年', `${passage}2021年首次实行一年两次征兵，上半年送兵3名、下半年送兵5名，我两次到县体检站看望体检青年，协调解决了2名青年的复学手续问题。`, ''].join('\n'));
    expect(found.map((f) => [f.line, f.message])).toEqual([[5, '本段有一大段文字与第3行的段落相同，请删去重复的内容']]);
    const stock = '坚持党管武装根本原则，认真履行第一责任人职责，';
    expect(await repeated(['党管武装工作述职报告', '一、主要工作', stock + OTHER, stock + LONG, ''].join('\n'))).toEqual([]);
  });
});

