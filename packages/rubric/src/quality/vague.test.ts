import { describe, expect, it } from 'vitest';
import { parseText } from '../../../parser/src/testing.ts';
import { DEFAULT_CUES } from '../cues.ts';
import { buildView } from '../view.ts';
import { vague } from './vague.ts';

const FIGURE = '组织民兵集中训练12次。'; // 12 characters, one quantity
const FILLER = '我们高度重视武装工作。'; // 11 characters, none

async function check(body: string, min: number, minConcreteShare?: number, stock?: { stock: string; minStockSentences: number; minStockShare: number; thinStock?: object }) {
  const report = await parseText(['2022年党管武装工作述职报告', '一、主要工作', body].join('\n'));
  return vague(buildView(report, DEFAULT_CUES), { minQuantitiesPer1000: min, minConcreteShare, ...stock });
}

describe('vague', () => {
  // 12 + 8 × 11 = 100 characters with one quantity: 10 per 1000.
  const body = FIGURE + FILLER.repeat(8);

  it('counts body characters and quantities: 10 per 1000 meets a minimum of 10', async () => {
    expect(body.length).toBe(100);
    expect(await check(body, 10)).toEqual([]);
  });

  it('fires just above the threshold, with the counts in the message and no location', async () => {
    const findings = await check(body, 10.5);
    expect(findings).toEqual([
      {
        message: '全文仅有 1 处具体数据（每千字 10.0 处，要求至少 10.5 处），成绩多为定性描述，建议补充次数、人数、金额等数据',
        text: '',
        paragraph: null,
        line: null,
        start: null,
        end: null,
      },
    ]);
  });

  it('a text without any figure fires at any positive minimum', async () => {
    const findings = await check(FILLER.repeat(3), 0.1);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatch(/^全文仅有 0 处具体数据（每千字 0\.0 处/);
  });

  it('counts redacted figures (**多万元) as figures', async () => {
    expect(await check('慰问金达**多万元。' + FILLER.repeat(5), 10)).toEqual([]);
  });

  it('does not count blanks left to fill (X次, XX万元) as figures: nobody gave them', async () => {
    expect(await check('慰问金达XX万元。' + FILLER.repeat(5), 10)).toHaveLength(1);
  });

  it('fires when too few sentences give a figure or a date, however many figures one of them holds', async () => {
    const crowded = '全年征兵12名、整组民兵300名、训练15天、投入经费20万元、慰问军属60户。';
    const body = crowded + FILLER.repeat(4);
    // 5 figures in 100-odd characters pass the density check; 1 sentence of 5 does not pass a share of 25 %.
    expect(await check(body, 10)).toEqual([]);
    const [finding] = await check(body, 10, 0.25);
    expect(finding.message).toBe('全文 5 句中只有 1 句写了数字或日期（20%，要求至少 25%），成绩多为定性描述，建议补充次数、人数、金额、时间等');
    // A date is as concrete as a figure.
    expect(await check(crowded + '6月12日，我到人武部现场办公。' + FILLER.repeat(3), 10, 0.25)).toEqual([]);
  });

  it('fires on stock claims with nothing counted, at the first of them, when there are enough of them and they are a large enough share', async () => {
    const STOCK = { stock: '按要求|保障有力|圆满完成', minStockSentences: 3, minStockShare: 0.3 };
    const counted = '全年征兵12名，整组民兵300名。6月组织民兵训练15天。投入经费20万元。慰问军属60户。';
    const claims = '征兵工作按要求完成。民兵训练保障有力。双拥工作圆满完成。';
    // 3 of 7 sentences are stock claims without a figure: 43 %.
    const [finding] = await check(counted + claims, 1, 0.25, STOCK);
    expect(finding.message).toBe('全文 7 句中有 3 句是没有数字的套话（43%，如这一句），建议写明做了什么、多少次、多少人、多少钱');
    expect(finding.text).toBe('征兵工作按要求完成。');
    // Two are not enough, nor is a stock claim that gives its figure.
    expect(await check(counted + '征兵工作按要求完成。民兵训练保障有力。', 1, 0.25, STOCK)).toEqual([]);
    expect(await check(counted + '征兵工作按要求完成，输送新兵12名。民兵训练保障有力。双拥工作圆满完成。', 1, 0.25, STOCK)).toEqual([]);
  });

  it('fires on fewer stock claims (thinStock) only where few sentences give a figure or a date', async () => {
    const STOCK = { stock: '按要求|保障有力|圆满完成', minStockSentences: 3, minStockShare: 0.3, thinStock: { maxConcreteShare: 0.4, minStockSentences: 2, minStockShare: 0.2 } };
    const claims = '征兵工作按要求完成。民兵训练保障有力。';
    // 3 of 10 sentences give a figure (30 %), 2 are stock claims (20 %).
    const thin = '全年征兵12名。6月组织民兵训练15天。投入经费20万元。' + claims + FILLER.repeat(5);
    const [finding] = await check(thin, 1, 0.25, STOCK);
    expect(finding.message).toBe('全文 10 句中只有 3 句写了数字或日期（30%），另有 2 句是没有数字的套话（如这一句），建议写明做了什么、多少次、多少人、多少钱');
    expect(finding.text).toBe('征兵工作按要求完成。');
    // Four of ten with a figure is concrete enough; one stock claim is not enough.
    expect(await check('慰问军属60户。' + thin.replace(FILLER, ''), 1, 0.25, STOCK)).toEqual([]);
    expect(await check(thin.replace('民兵训练保障有力。', FILLER), 1, 0.25, STOCK)).toEqual([]);
  });
  it('fires when most criteria the report names are only partly shown (minPartialShare, minPartialCriteria), naming them, whatever figures the rest hold', async () => {
    const report = await parseText(['2022年党管武装工作述职报告', '一、主要工作', '全年征兵12名。6月组织民兵训练15天。投入经费20万元。'].join('\n'));
    const outcome = (status: 'met' | 'partial' | 'missing', name: string) => ({ id: name, name, required: false, status, score: 0, max: 10, evidence: [], suggestion: null });
    const criteria = [outcome('partial', '四个一'), outcome('partial', '激励机制'), outcome('met', '征兵'), outcome('missing', '国防教育'), outcome('partial', '下步打算'), outcome('missing', '专武干部')];
    const options = { minQuantitiesPer1000: 1, minPartialShare: 0.7, minPartialCriteria: 3 };
    const [finding] = vague(buildView(report, DEFAULT_CUES), options, criteria);
    // Three of the four named: the two left out do not count against it.
    expect(finding.message).toBe('写到的 4 项评分内容中有 3 项只写了提法、缺少实据（四个一、激励机制、下步打算），成绩多为定性描述，建议补充次数、人数、金额、时间等');
    // Two partial are fewer than minPartialCriteria, whatever their share; two of three named is under the share; without the
    // option nothing is counted.
    expect(vague(buildView(report, DEFAULT_CUES), options, criteria.slice(1))).toEqual([]);
    expect(vague(buildView(report, DEFAULT_CUES), { ...options, minPartialCriteria: 2 }, criteria.slice(1))).toEqual([]);
    expect(vague(buildView(report, DEFAULT_CUES), { minQuantitiesPer1000: 1 }, criteria)).toEqual([]);
  });
});
