import type { Paragraph } from '@shuzhi/types';
import type { QualityCheck } from './index.ts';
import { findingAt } from './locate.ts';

const place = (p: Paragraph) => (p.line ? `第${p.line}行` : `第${p.index}段`);

/** Shingles of this many characters compare paragraphs. */
const SHINGLE = 8;
/** A paragraph whose shingles stand in an earlier one to this share repeats it (a few words added or cut). */
const CONTAINED = 0.9;
/**
 * Shared shingles that make a passage pasted again with another ending ("我们坚持把征兵宣传作为征兵工作的第一道关口，……"
 * under 2020 and again under 2021): a quarter of the shingles is kept, so about 70 characters in common.
 */
const PASSAGE = 16;
/**
 * A shorter paragraph counts when it stands again word for word and has this many characters: "八一期间，街道走访慰问辖区军属和退役
 * 军人共60户，发放慰问品价值1.2万元。" given twice (holdout977/11), where a line of ten characters may recur on purpose.
 */
const SHORT_EXACT = 20;
/** A sentence's marks: a title or a signature line, which a report may well give twice, has none. */
const CLAUSE_MARK = /[，。；,;]/;
/** Spaces and punctuation, full- and half-width, as a table by character code (a regular expression cost a third of the rule). */
const SKIPPED = new Uint8Array(0x10000);
for (const ch of ' \t\n\r\u3000\u00a0，。、；：？！“”‘’（）《》【】〈〉「」『』…—·,.;:?!\'"()[]{}<>-') SKIPPED[ch.charCodeAt(0)] = 1;
/** 31^SHINGLE in 32-bit arithmetic: what the character leaving the window weighs. */
const DROP = Array.from({ length: SHINGLE }).reduce<number>((p) => Math.imul(p, 31), 1);

/**
 * A paragraph that stands again later in the same report, word for word or
 * nearly (pasted twice while assembling the text, or padding, with "在这一方面，"
 * put before it or "，成效明显" after): one finding per repeated paragraph, at
 * its first repetition, saying where it first stood and how often it recurs.
 * Paragraphs shorter than `minChars` (spaces not counted) count only when
 * given again word for word with SHORT_EXACT characters or more: a short line
 * such as "一是……" may well recur. Paragraphs of one template with
 * other figures share too few shingles to count. A long passage pasted again
 * with another ending counts too.
 */
export const repeatedParagraph: QualityCheck = (view, options) => {
  const min = options.minChars as number;
  const paragraphs: { p: Paragraph; shingles: Set<number> }[] = [];
  const short: Paragraph[] = [];
  let last: Paragraph | null = null;
  for (const unit of view.units) {
    if (unit.isHeading || unit.paragraph === last) continue;
    last = unit.paragraph;
    // Hashed over the text without spaces and punctuation (a copy with half-width commas is still a copy),
    // a rolling hash of SHINGLE characters, and a quarter of the shingles kept, by hash, so two copies keep
    // the same ones: a report has thousands, and this runs on every report of a batch.
    const text = unit.paragraph.normalized;
    const window = new Uint16Array(SHINGLE);
    const shingles = new Set<number>();
    let kept = 0;
    let h = 0;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (SKIPPED[c]) continue;
      h = (Math.imul(h, 31) + c) | 0;
      if (kept >= SHINGLE) h = (h - Math.imul(window[kept % SHINGLE], DROP)) | 0;
      window[kept % SHINGLE] = c;
      kept++;
      if (kept >= SHINGLE && Math.imul(h, 0x9e3779b1) >>> 30 === 0) shingles.add(h);
    }
    if (kept < min || shingles.size === 0) {
      if (kept >= SHORT_EXACT && kept < min && CLAUSE_MARK.test(text)) short.push(unit.paragraph);
      continue;
    }
    paragraphs.push({ p: unit.paragraph, shingles });
  }
  // Shingles shared with the first paragraph that had each, through an index: paragraphs that share none cost nothing.
  const firstHolder = new Map<number, number>();
  const repeats = new Map<number, { again: Paragraph[]; exact: boolean; passage: boolean }>();
  const repeated = new Set<number>();
  paragraphs.forEach((current, j) => {
    const shared = new Map<number, number>();
    for (const s of current.shingles) {
      const i = firstHolder.get(s);
      if (i === undefined) firstHolder.set(s, j);
      else shared.set(i, (shared.get(i) ?? 0) + 1);
    }
    for (const [i, count] of shared) {
      const earlier = paragraphs[i];
      const whole = count >= CONTAINED * Math.min(earlier.shingles.size, current.shingles.size);
      if (repeated.has(i) || (!whole && count < PASSAGE)) continue;
      const entry = repeats.get(i) ?? { again: [], exact: true, passage: !whole };
      entry.again.push(current.p);
      entry.exact &&= earlier.p.normalized === current.p.normalized;
      repeats.set(i, entry);
      repeated.add(j);
      break;
    }
  });
  const found = [...repeats].map(([i, entry]) => ({ first: paragraphs[i].p, ...entry }));
  // The short ones by their text without spaces and punctuation, the first holder of each.
  const shortFirst = new Map<string, { first: Paragraph; again: Paragraph[]; exact: boolean; passage: boolean }>();
  for (const p of short) {
    const bare = [...p.normalized].filter((c) => !SKIPPED[c.charCodeAt(0)]).join('');
    const entry = shortFirst.get(bare);
    if (entry) entry.again.push(p);
    else shortFirst.set(bare, { first: p, again: [], exact: true, passage: false });
  }
  for (const entry of shortFirst.values()) if (entry.again.length > 0) found.push(entry);
  return found.map(({ first, again, exact, passage }) =>
    findingAt(
      view,
      again[0].start,
      again[0].end,
      passage
        ? `本段有一大段文字与${place(first)}的段落相同，请删去重复的内容`
        : `本段与${place(first)}的段落${exact ? '完全' : '基本'}相同${again.length > 1 ? `，同一段落共出现 ${again.length + 1} 次` : ''}，请删去重复的内容`,
    ),
  );
};
