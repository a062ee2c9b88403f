import type { Paragraph } from '@shuzhi/types';
import { allMatches } from '../matchers/index.ts';

/**
 * Markdown's bold is emphasis, not a redaction: the positions of its markers.
 * A pair counts as bold when it stands apart on one side — after the line's
 * start, a space or a punctuation mark ("1. **征兵。** 依托……", "述职人：
 * 区委书记 **吴海峰**"), or before one — and does not stop after a list
 * mark ("在**市委、市政府和**军分区的领导下", "由**同志负责" are redactions).
 */
export function markdownBold(p: Paragraph): { start: number; end: number }[] {
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
const BOLD = /\*\*([^*\n]{1,80}?)\*\*/g;
/** No character at all (the line's start or end), a space, a list mark or a punctuation mark. */
const APART = /^$|[\s\d.)、，。；：:,;！!？?（）()“”"]/;
