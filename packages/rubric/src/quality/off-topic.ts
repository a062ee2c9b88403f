import { normalizeText } from '@shuzhi/text';
import type { QualityCheck } from './index.ts';
import { reportFinding } from './locate.ts';

/**
 * None of the words every report of the genre uses (a 党管武装 report always
 * names 武装, 民兵 or 人武部): most likely the wrong file was submitted, and
 * its zero points should not pass for a very weak report.
 */
export const offTopic: QualityCheck = (view, options) => {
  const terms = options.terms as string[];
  const title = normalizeText(view.report.title ?? '');
  // Stops at the first sentence that names one, usually near the top.
  if (terms.some((t) => title.includes(t)) || view.units.some((u) => terms.some((t) => u.text.includes(t)))) return [];
  const shown = terms.slice(0, 3).map((t) => `“${t}”`).join('');
  return [reportFinding(`全文没有${shown}等本类报告必有的词语，可能提交错了文件，请核对`)];
};
