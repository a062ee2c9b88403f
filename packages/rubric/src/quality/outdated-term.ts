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

/**
 * Slogans superseded before the report's year; needs the year the report covers. (A term's report is judged by its first
 * year: a slogan of 2020 in a report on 2020 to 2021 may be said of 2020.)
 */
export const outdatedTerm: QualityCheck = (view, options) => {
  const year = view.report.meta.since ?? view.report.meta.year;
  if (!year) return [];
  const found: { start: number; end: number; t: OutdatedTerm }[] = [];
  for (const { t, term, unless } of termsOf(options)) {
    if (year <= t.after) continue;
    for (const unit of view.units) {
      const at = unit.text.indexOf(term);
      if (at < 0 || unless?.test(unit.text)) continue;
      found.push({ start: unit.start + at, end: unit.start + at + term.length, t });
    }
  }
  // One slogan, one finding: a term inside a longer one found at the same place ("全面建成小康社会" in "决胜全面建成小康社会") is
  // said by the longer, more specific one, not deducted twice.
  const within = (a: (typeof found)[number], b: (typeof found)[number]) => a !== b && a.start >= b.start && a.end <= b.end && a.end - a.start < b.end - b.start;
  return found
    .filter((f) => !found.some((g) => within(f, g)))
    .map(({ start, end, t }): RawFinding => {
      const advice = t.replacement ? `，可改为“${t.replacement}”` : '';
      return findingAt(view, start, end, `“${t.term}”是 ${t.after} 年前的提法，${year} 年的报告不宜再用${advice}`);
    });
};
