import { normalizeText } from '@shuzhi/text';
import type { Paragraph } from '@shuzhi/types';
import type { QualityCheck, RawFinding } from './index.ts';
import { allMatches } from '../matchers/index.ts';
import { findingAt } from './locate.ts';

/**
 * Markdown's bold is emphasis, not a redaction: the positions of its markers.
 * A pair counts as bold when it stands apart on one side — after the line's
 * start, a space or a punctuation mark ("1. **征兵。** 依托……", "述职人：
 * 区委书记 **吴海峰**"), or before one — and does not stop after a list
 * mark ("在**市委、市政府和**军分区的领导下", "由**同志负责" are redactions).
 */
function markdownBold(p: Paragraph): { start: number; end: number }[] {
  let out = boldOf.get(p);
  if (out) return out;
  boldOf.set(p, (out = []));
  if (!p.normalized.includes('**')) return out;
  // The label may have become a run-in heading ("1. **征兵。**"), leaving only the closing marker here.
  if (/^\*\*\s/.test(p.normalized)) out.push({ start: p.start, end: p.start + 2 });
  for (const m of allMatches(BOLD, p.normalized)) {
    const before = m.index === 0 ? '' : p.normalized[m.index! - 1];
    const after = p.normalized[m.index! + m[0].length] ?? '';
    if (!(APART.test(before) || APART.test(after)) || /[、和及与，,]$/.test(m[1])) continue;
    const open = p.start + m.index!;
    out.push({ start: open, end: open + 2 }, { start: open + m[0].length - 2, end: open + m[0].length });
  }
  return out;
}

/** Per paragraph: its sentences ask for the same markers. */
const boldOf = new WeakMap<Paragraph, { start: number; end: number }[]>();
const BOLD = /\*\*([^*\n]{1,30}?)\*\*/g;
/** No character at all (the line's start or end), a space, a list mark or a punctuation mark. */
const APART = /^$|[\s\d.)、，。；：:,;！!？?（）()“”"]/;

/**
 * Placeholders left in the text (XX, ××, **, x万元, 20XX): one finding per
 * sentence, naming what was left, so thirty ** in one report read as a list
 * of places to fill in rather than thirty identical lines.
 */
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
    const bold = markdownBold(unit.paragraph);
    const found = allMatches(re, unit.text).filter((m) => !bold.some((b) => m.index! + unit.start >= b.start && m.index! + unit.start < b.end));
    if (!found.length) continue;
    const first = found[0].index!;
    const last = found[found.length - 1];
    const shown = [...new Set(found.map((m) => unit.original.slice(m.index!, m.index! + m[0].length)))];
    findings.push(findingAt(view, unit.start + first, unit.start + last.index! + last[0].length, `未填写的占位符：${shown.map((s) => `“${s}”`).join('、')}`));
  }
  return findings;
};
