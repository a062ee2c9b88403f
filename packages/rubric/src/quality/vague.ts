import type { CriterionScore } from '@shuzhi/types';
import { allMatches, quantityPattern } from '../matchers/index.ts';
import type { Unit } from '../view.ts';
import type { QualityCheck } from './index.ts';
import { findingAt, reportFinding } from './locate.ts';

// Redactions (**) stand for figures that were there: not vagueness. Blanks left to fill (X次, XX万元) are figures nobody
// gave: a draft of them is vague as well as unfinished, as blind labellers read it. A difference from last year ("比去年前进了两名")
// is concrete, though no figure of the year's own. (Compiled once, not per report.)
const FIGURES = quantityPattern('any', { placeholders: 'redactions', differences: true });
/** A month or a day named is as concrete as a figure ("3月", "6月12日"); a festival ("八一前夕") is not. */
const DATE = /[0-9一二三四五六七八九十]{1,2}月|[0-9]{1,2}日/;
/** Shorter lines are labels and list stubs ("一是", "征兵：") rather than claims. */
const MIN_SENTENCE = 8;
const BOLD_MARKS = /\*\*|__/g;
/** The rubric's stock claims, compiled once per source. */
const stockPatterns = new Map<string, RegExp>();

/**
 * Claims with no figures: too few stated amounts, counts or percentages for the report's length, too few of its sentences
 * giving a figure or a date — a report of slogans with a few numbers in one paragraph is still vague —, most of the criteria
 * only partly shown (minPartialShare), or too many stock claims with nothing counted ("按要求完成", "保障有力", "取得明显成效"),
 * found at the first of them; fewer of them (thinStock) where few sentences give a figure.
 */
export const vague: QualityCheck = (view, options, criteria) => {
  const min = options.minQuantitiesPer1000 as number;
  const minShare = options.minConcreteShare as number | undefined;
  const stockSource = options.stock as string | undefined;
  let stock: RegExp | null = null;
  if (stockSource) {
    stock = stockPatterns.get(stockSource) ?? new RegExp(stockSource);
    stockPatterns.set(stockSource, stock);
  }
  // No account of the work at all (see off-topic): how concrete it is does not arise.
  if (view.notTheReport) return [];
  let chars = 0;
  let quantities = 0;
  let sentences = 0;
  let concrete = 0;
  const bare: Unit[] = [];
  for (const unit of view.units) {
    chars += unit.text.length;
    const found = allMatches(FIGURES, unit.text).length;
    quantities += found;
    // (Measured without bold marks: a run-in label kept whole, "**征兵工作。**", is still a label.)
    if (unit.isHeading || unit.text.replace(BOLD_MARKS, '').length < MIN_SENTENCE) continue;
    sentences++;
    const figured = found > 0 || DATE.test(unit.text);
    if (figured) concrete++;
    else if (stock?.test(unit.text)) bare.push(unit);
  }
  if (chars === 0) return [];
  const per1000 = (quantities * 1000) / chars;
  if (per1000 < min) {
    return [reportFinding(`全文仅有 ${quantities} 处具体数据（每千字 ${per1000.toFixed(1)} 处，要求至少 ${min} 处），成绩多为定性描述，建议补充次数、人数、金额等数据`)];
  }
  if (minShare && sentences > 0 && concrete / sentences < minShare) {
    const percent = Math.round((100 * concrete) / sentences);
    return [reportFinding(`全文 ${sentences} 句中只有 ${concrete} 句写了数字或日期（${percent}%，要求至少 ${Math.round(minShare * 100)}%），成绩多为定性描述，建议补充次数、人数、金额、时间等`)];
  }
  const partly = partlyShown(criteria, options.minPartialShare as number | undefined, (options.minPartialCriteria as number | undefined) ?? 1);
  if (partly) return [reportFinding(partly)];
  if (!stock || !sentences) return [];
  const stockShare = bare.length / sentences;
  const minStockShare = options.minStockShare as number | undefined;
  const first = bare[0];
  if (minStockShare !== undefined && bare.length >= (options.minStockSentences as number) && stockShare >= minStockShare) {
    return [findingAt(view, first.start, first.end, `全文 ${sentences} 句中有 ${bare.length} 句是没有数字的套话（${Math.round(100 * stockShare)}%，如这一句），建议写明做了什么、多少次、多少人、多少钱`)];
  }
  const thin = options.thinStock as ThinStock | undefined;
  if (thin && concrete / sentences < thin.maxConcreteShare && bare.length >= thin.minStockSentences && stockShare >= thin.minStockShare) {
    const percent = Math.round((100 * concrete) / sentences);
    return [findingAt(view, first.start, first.end, `全文 ${sentences} 句中只有 ${concrete} 句写了数字或日期（${percent}%），另有 ${bare.length} 句是没有数字的套话（如这一句），建议写明做了什么、多少次、多少人、多少钱`)];
  }
  return [];
};

/**
 * Most of the work the report names, named and not shown (`partial`: "征兵工作圆满完成", "经费保障有力", a vow for a plan): figures in a few
 * places do not make the rest concrete. The share is of the criteria the report names at all (met or partial), so that a short report
 * of stock lines is vague however many criteria it leaves out; and at least `minCount` of them, so that two stock lines are not.
 */
function partlyShown(criteria: readonly CriterionScore[] | undefined, minShare: number | undefined, minCount: number): string | null {
  if (minShare === undefined || !criteria?.length) return null;
  const partial = criteria.filter((c) => c.status === 'partial');
  const named = criteria.filter((c) => c.status !== 'missing').length;
  if (partial.length < minCount || partial.length / named < minShare) return null;
  return `写到的 ${named} 项评分内容中有 ${partial.length} 项只写了提法、缺少实据（${partial.map((c) => c.name).join('、')}），成绩多为定性描述，建议补充次数、人数、金额、时间等`;
}

/** Fewer stock claims than minStockSentences are still vague where few sentences give a figure or a date. */
interface ThinStock {
  maxConcreteShare: number;
  minStockSentences: number;
  minStockShare: number;
}
