import { normalizeText } from '@shuzhi/text';
import type { QualityCheck, RawFinding } from './index.ts';
import { findingAt } from './locate.ts';

interface OutdatedTerm {
  term: string;
  after: number;
  unless?: string;
  replacement?: string;
}

/** Slogans superseded before the report's year; needs the year the report covers. */
export const outdatedTerm: QualityCheck = (view, options) => {
  const year = view.report.meta.year;
  if (!year) return [];
  const findings: RawFinding[] = [];
  for (const t of options.terms as OutdatedTerm[]) {
    if (year <= t.after) continue;
    const term = normalizeText(t.term);
    const unless = t.unless ? new RegExp(t.unless) : null;
    for (const unit of view.units) {
      const at = unit.text.indexOf(term);
      if (at < 0 || unless?.test(unit.text)) continue;
      const advice = t.replacement ? `，可改为“${t.replacement}”` : '';
      findings.push(findingAt(view, unit.start + at, unit.start + at + term.length, `“${t.term}”是 ${t.after} 年前的提法，${year} 年的报告不宜再用${advice}`));
    }
  }
  return findings;
};
