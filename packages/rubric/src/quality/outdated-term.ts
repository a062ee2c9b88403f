import { normalizeText } from '@shuzhi/text';
import type { QualityCheck, RawFinding } from './index.ts';
import { findingAt } from './locate.ts';

interface OutdatedTerm {
  term: string;
  after: number;
  unless?: string;
  replacement?: string;
}

const compiled = new WeakMap<object, { t: OutdatedTerm; term: string; unless: RegExp | null }[]>();

/** The terms normalized as report text is, and their exceptions compiled, once per rubric. */
function termsOf(options: Record<string, unknown>) {
  let terms = compiled.get(options);
  if (!terms) {
    terms = (options.terms as OutdatedTerm[]).map((t) => ({ t, term: normalizeText(t.term), unless: t.unless ? new RegExp(t.unless) : null }));
    compiled.set(options, terms);
  }
  return terms;
}

/** Slogans superseded before the report's year; needs the year the report covers. */
export const outdatedTerm: QualityCheck = (view, options) => {
  const year = view.report.meta.year;
  if (!year) return [];
  const findings: RawFinding[] = [];
  for (const { t, term, unless } of termsOf(options)) {
    if (year <= t.after) continue;
    for (const unit of view.units) {
      const at = unit.text.indexOf(term);
      if (at < 0 || unless?.test(unit.text)) continue;
      const advice = t.replacement ? `，可改为“${t.replacement}”` : '';
      findings.push(findingAt(view, unit.start + at, unit.start + at + term.length, `“${t.term}”是 ${t.after} 年前的提法，${year} 年的报告不宜再用${advice}`));
    }
  }
  return findings;
};
