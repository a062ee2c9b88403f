import type { QualityCheck } from './index.ts';
import { reportFinding } from './locate.ts';

/** Body text (title and headings excluded) shorter than the rubric's minimum. */
export const tooShort: QualityCheck = (view, options) => {
  const min = options.minChars as number;
  const seen = new Set<unknown>();
  let chars = 0;
  for (const unit of view.units) {
    if (unit.isHeading || seen.has(unit.paragraph)) continue;
    seen.add(unit.paragraph);
    chars += unit.paragraph.text.replace(/\s/g, '').length;
  }
  return chars < min ? [reportFinding(`正文仅 ${chars} 字，少于 ${min} 字，内容过于单薄`)] : [];
};
