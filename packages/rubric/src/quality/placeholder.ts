import { normalizeText } from '@shuzhi/text';
import type { Unit } from '../view.ts';
import type { QualityCheck, RawFinding } from './index.ts';
import { allMatches } from '../matchers/index.ts';
import { findingAt } from './locate.ts';

/**
 * Placeholders left in the text (XX, ××, **, x万元, 20XX): one finding per
 * sentence, naming what was left, so thirty ** in one report read as a list
 * of places to fill in rather than thirty identical lines.
 */
/**
 * Markdown's bold label at the start of an item ("1. **征兵。** 依托……") is
 * emphasis, not a redaction: the positions of its two markers.
 */
function leadingBold(unit: Unit): { start: number; end: number }[] {
  const p = unit.paragraph;
  // The label may have become a run-in heading ("1. **征兵。**"), leaving only the closing marker here.
  if (/^\*\*\s/.test(p.normalized)) return [{ start: p.start, end: p.start + 2 }];
  const m = /^((?:\d+[.)]\s*|[-+]\s+)?)\*\*([^*]{1,30}?)\*\*/.exec(p.normalized);
  if (!m) return [];
  const open = p.start + m[1].length;
  const close = open + 2 + m[2].length;
  return [
    { start: open, end: open + 2 },
    { start: close, end: close + 2 },
  ];
}

export const placeholder: QualityCheck = (view, options) => {
  const re = new RegExp((options.patterns as string[]).map((p) => `(?:${p})`).join('|'), 'g');
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
    const bold = leadingBold(unit);
    const found = allMatches(re, unit.text).filter((m) => !bold.some((b) => m.index! + unit.start >= b.start && m.index! + unit.start < b.end));
    if (!found.length) continue;
    const first = found[0].index!;
    const last = found[found.length - 1];
    const shown = [...new Set(found.map((m) => unit.original.slice(m.index!, m.index! + m[0].length)))];
    findings.push(findingAt(view, unit.start + first, unit.start + last.index! + last[0].length, `未填写的占位符：${shown.map((s) => `“${s}”`).join('、')}`));
  }
  return findings;
};
