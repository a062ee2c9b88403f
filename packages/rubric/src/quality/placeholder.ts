import { normalizeText } from '@shuzhi/text';
import type { QualityCheck, RawFinding } from './index.ts';
import { allMatches } from '../matchers/index.ts';
import { markdownBold } from './bold.ts';
import { findingAt } from './locate.ts';

/**
 * Placeholders left in the text (XX, ××, **, x万元, 20XX): one finding per
 * sentence, naming what was left, so thirty ** in one report read as a list
 * of places to fill in rather than thirty identical lines.
 */
const compiled = new WeakMap<Record<string, unknown>, { re: RegExp; redactions: RegExp | null }>();
const anyOf = (patterns: string[]) => new RegExp(patterns.map((p) => `(?:${p})`).join('|'), 'g');

/** The rule's patterns, compiled once per rubric, not per report. */
function patternsOf(options: Record<string, unknown>) {
  let hit = compiled.get(options);
  if (!hit) {
    const redactions = options.redactions as string[] | undefined;
    // What a report hides on purpose (a military unit's designation, "驻县××部队"), not a blank to fill.
    hit = { re: anyOf(options.patterns as string[]), redactions: redactions?.length ? anyOf(redactions) : null };
    compiled.set(options, hit);
  }
  return hit;
}

export const placeholder: QualityCheck = (view, options) => {
  const { re, redactions } = patternsOf(options);
  const findings: RawFinding[] = [];
  const { title, titleAt } = view.report;
  const inTitle = title && titleAt ? [...normalizeText(title).matchAll(re)] : [];
  if (inTitle.length) {
    const shown = [...new Set(inTitle.map((m) => title!.slice(m.index!, m.index! + m[0].length)))];
    findings.push({
      message: `标题中未填写的占位符：${shown.map((s) => `“${s}”`).join('、')}`,
      text: title!,
      paragraph: titleAt!.paragraph,
      line: titleAt!.line,
      start: titleAt!.start + inTitle[0].index!,
      end: titleAt!.start + inTitle[inTitle.length - 1].index! + inTitle[inTitle.length - 1][0].length,
    });
  }
  for (const unit of view.units) {
    const bold = markdownBold(unit.paragraph, view);
    const hidden = redactions ? allMatches(redactions, unit.text).map((m) => ({ start: unit.start + m.index, end: unit.start + m.index + m[0].length })) : [];
    const found = allMatches(re, unit.text).filter((m) => ![...bold, ...hidden].some((b) => m.index! + unit.start >= b.start && m.index! + unit.start < b.end));
    if (!found.length) continue;
    const first = found[0].index!;
    const last = found[found.length - 1];
    const shown = [...new Set(found.map((m) => unit.original.slice(m.index!, m.index! + m[0].length)))];
    findings.push(findingAt(view, unit.start + first, unit.start + last.index! + last[0].length, `未填写的占位符：${shown.map((s) => `“${s}”`).join('、')}`));
  }
  return findings;
};
