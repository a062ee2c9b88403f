import { allMatches, quantityPattern } from '../matchers/index.ts';
import type { QualityCheck } from './index.ts';
import { reportFinding } from './locate.ts';

// Redactions (**) stand for figures that were there: a placeholder, not vagueness. (Compiled once, not per report.)
const FIGURES = quantityPattern('any', { placeholders: true });

/** Claims with no figures: too few stated amounts, counts or percentages for the report's length. */
export const vague: QualityCheck = (view, options) => {
  const min = options.minQuantitiesPer1000 as number;
  let chars = 0;
  let quantities = 0;
  for (const unit of view.units) {
    chars += unit.text.length;
    quantities += allMatches(FIGURES, unit.text).length;
  }
  if (chars === 0) return [];
  const per1000 = (quantities * 1000) / chars;
  if (per1000 >= min) return [];
  return [reportFinding(`全文仅有 ${quantities} 处具体数据（每千字 ${per1000.toFixed(1)} 处，要求至少 ${min} 处），成绩多为定性描述，建议补充次数、人数、金额等数据`)];
};
