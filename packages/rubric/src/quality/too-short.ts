import type { QualityCheck } from './index.ts';
import { reportFinding } from './locate.ts';

/** Text below the title (headings and body, spaces not counted) shorter than the rubric's minimum. */
export const tooShort: QualityCheck = (view, options) => {
  const min = options.minChars as number;
  const { text, titleAt, title } = view.report;
  const below = titleAt && title ? text.slice(0, titleAt.start) + text.slice(titleAt.start + title.length) : text;
  const chars = below.replace(/\s/g, '').length;
  return chars < min ? [reportFinding(`正文仅 ${chars} 字，少于 ${min} 字，内容过于单薄`)] : [];
};
