import { allMatches, quantityPattern } from '../matchers/index.ts';
import type { QualityCheck } from './index.ts';
import { reportFinding } from './locate.ts';

// Redactions (**) stand for figures that were there: not vagueness. Blanks left to fill (X次, XX万元) are figures nobody
// gave: a draft of them is vague as well as unfinished, as blind labellers read it. A difference from last year ("比去年前进了两名")
// is concrete, though no figure of the year's own. (Compiled once, not per report.)
const FIGURES = quantityPattern('any', { placeholders: 'redactions', differences: true });
/** A month or a day named is as concrete as a figure ("3月", "6月12日"); a festival ("八一前夕") is not. */
const DATE = /[0-9一二三四五六七八九十]{1,2}月|[0-9]{1,2}日/;
/** Shorter lines are labels and list stubs ("一是", "征兵：") rather than claims. */
const MIN_SENTENCE = 8;

/**
 * Claims with no figures: too few stated amounts, counts or percentages for the report's length, or too few of its
 * sentences giving a figure or a date — a report of slogans with a few numbers in one paragraph is still vague.
 */
export const vague: QualityCheck = (view, options) => {
  const min = options.minQuantitiesPer1000 as number;
  const minShare = options.minConcreteShare as number | undefined;
  // No account of the work at all (see off-topic): how concrete it is does not arise.
  if (view.notTheReport) return [];
  let chars = 0;
  let quantities = 0;
  let sentences = 0;
  let concrete = 0;
  for (const unit of view.units) {
    chars += unit.text.length;
    const found = allMatches(FIGURES, unit.text).length;
    quantities += found;
    if (unit.isHeading || unit.text.length < MIN_SENTENCE) continue;
    sentences++;
    if (found || DATE.test(unit.text)) concrete++;
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
  return [];
};
