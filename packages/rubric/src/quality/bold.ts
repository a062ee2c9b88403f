import type { Paragraph } from '@shuzhi/types';
import { allMatches } from '../matchers/index.ts';
import type { ReportView } from '../view.ts';

/**
 * Markdown's bold is emphasis, not a redaction: the positions of its markers.
 * A pair counts as bold when it stands apart on one side — after the line's
 * start, a space or a punctuation mark ("1. **征兵。** 依托……", "述职人：
 * 区委书记 **吴海峰**"), or before one — and does not stop after a list
 * mark ("在**市委、市政府和**军分区的领导下", "由**同志负责" are redactions).
 */
export function markdownBold(p: Paragraph, view: ReportView): { start: number; end: number }[] {
  let out = boldOf.get(p);
  if (out) return out;
  boldOf.set(p, (out = []));
  if (!p.normalized.includes('**')) return out;
  // The label may have become a run-in heading ("1. **征兵。**"), leaving only the closing marker here.
  if (/^\*\*\s/.test(p.normalized)) out.push({ start: p.start, end: p.start + 2 });
  // In a text that sets bold apart again and again, a pair inside a sentence is bold too ("与**14个乡镇党委书记**就……谈话1次").
  const loose = writesBold(view);
  const markdown = view.report.format === 'md';
  for (const m of allMatches(BOLD, p.normalized)) {
    // (In a Markdown file, a short term set in bold inside a sentence is bold too: "在幸福里社区建成**民兵之家**和应急物资储备库",
    // holdout800/04.)
    if ((!loose && !apart(p.normalized, m) && !(markdown && TERM.test(m[1]))) || LIST_END.test(m[1])) continue;
    const open = p.start + m.index!;
    out.push({ start: open, end: open + 2 }, { start: open + m[0].length - 2, end: open + m[0].length });
  }
  return out;
}

/** Whether a pair of markers stands apart on one side. */
function apart(text: string, m: RegExpMatchArray): boolean {
  return APART.test(m.index === 0 ? '' : text[m.index! - 1]) || APART.test(text[m.index! + m[0].length] ?? '');
}

/** A text with three pairs of markers standing apart or more is written in Markdown's bold; a redacted one has none. */
function writesBold(view: ReportView): boolean {
  let known = writerOf.get(view);
  if (known === undefined) {
    let pairs = 0;
    for (const p of new Set(view.units.map((u) => u.paragraph))) {
      if (p.normalized.includes('**')) for (const m of allMatches(BOLD, p.normalized)) if (apart(p.normalized, m) && !LIST_END.test(m[1])) pairs++;
    }
    writerOf.set(view, (known = pairs >= 3));
  }
  return known;
}

/** Per paragraph: its sentences ask for the same markers. */
const boldOf = new WeakMap<Paragraph, { start: number; end: number }[]>();
const writerOf = new WeakMap<ReportView, boolean>();
const BOLD = /\*\*([^*\n]{1,80}?)\*\*/g;
/** Markers that stop after a list mark enclose no bold but the words between two redactions ("在**市委、市政府和**军分区"). */
const LIST_END = /[、和及与，,]$/;
/** A short term, no mark between its words. */
const TERM = /^[一-龥A-Za-z0-9“”《》]{2,10}$/;
/** No character at all (the line's start or end), a space, a list mark or a punctuation mark. */
const APART = /^$|[\s\d.)、，。；：:,;！!？?（）()“”"]/;
