import type { Paragraph } from '@shuzhi/types';
import type { QualityCheck } from './index.ts';
import { findingAt } from './locate.ts';

const place = (p: Paragraph) => (p.line ? `第${p.line}行` : `第${p.index}段`);

/** Shingles of this many characters compare paragraphs. */
const SHINGLE = 8;
/** A paragraph whose shingles stand in an earlier one to this share repeats it (a few words added or cut). */
const CONTAINED = 0.9;
/** Spaces and punctuation, full- and half-width (a plain class: \p{P} with the u flag cost as much as the rest of the rule). */
const PUNCTUATION_OR_SPACE = /[\s，。、；：？！“”‘’（）《》【】〈〉「」『』…—·,.;:?!'"()[\]{}<>\-]/g;
/** 31^SHINGLE in 32-bit arithmetic: what the character leaving the window weighs. */
const DROP = Array.from({ length: SHINGLE }).reduce<number>((p) => Math.imul(p, 31), 1);

/**
 * A paragraph that stands again later in the same report, word for word or
 * nearly (pasted twice while assembling the text, or padding, with "在这一方面，"
 * put before it or "，成效明显" after): one finding per repeated paragraph, at
 * its first repetition, saying where it first stood and how often it recurs.
 * Paragraphs shorter than `minChars` (spaces not counted) are left alone: a
 * short line such as "一是……" may well recur. Paragraphs of one template with
 * other figures share too few shingles to count.
 */
export const repeatedParagraph: QualityCheck = (view, options) => {
  const min = options.minChars as number;
  const paragraphs: { p: Paragraph; key: string; shingles: Set<number> }[] = [];
  let last: Paragraph | null = null;
  for (const unit of view.units) {
    if (unit.isHeading || unit.paragraph === last) continue;
    last = unit.paragraph;
    // Without spaces and punctuation: a copy with half-width commas is still a copy.
    const key = unit.paragraph.normalized.replace(PUNCTUATION_OR_SPACE, '');
    if (key.length < min) continue;
    // Hashed, not sliced, and a quarter of them kept (by hash, so two copies keep the same ones): a report
    // has thousands of shingles, and this runs on every report of a batch.
    const shingles = new Set<number>();
    // A rolling hash: each step adds the next character and drops the one SHINGLE places back.
    let h = 0;
    for (let k = 0; k < key.length; k++) {
      h = (Math.imul(h, 31) + key.charCodeAt(k)) | 0;
      if (k >= SHINGLE) h = (h - Math.imul(key.charCodeAt(k - SHINGLE), DROP)) | 0;
      if (k >= SHINGLE - 1 && Math.imul(h, 0x9e3779b1) >>> 30 === 0) shingles.add(h);
    }
    if (shingles.size === 0) continue;
    paragraphs.push({ p: unit.paragraph, key, shingles });
  }
  // Shared shingles per pair, through an index: paragraphs that share none cost nothing.
  const holders = new Map<number, number[]>();
  const repeats = new Map<number, { again: Paragraph[]; exact: boolean }>();
  const repeated = new Set<number>();
  paragraphs.forEach((current, j) => {
    const shared = new Map<number, number>();
    for (const s of current.shingles) {
      const list = holders.get(s);
      if (list) for (const i of list) shared.set(i, (shared.get(i) ?? 0) + 1);
      else holders.set(s, []);
      holders.get(s)!.push(j);
    }
    for (const [i, count] of shared) {
      const earlier = paragraphs[i];
      if (repeated.has(i) || count < CONTAINED * Math.min(earlier.shingles.size, current.shingles.size)) continue;
      const entry = repeats.get(i) ?? { again: [], exact: true };
      entry.again.push(current.p);
      entry.exact &&= earlier.p.normalized === current.p.normalized;
      repeats.set(i, entry);
      repeated.add(j);
      break;
    }
  });
  return [...repeats].map(([i, { again, exact }]) =>
    findingAt(view, again[0].start, again[0].end, `本段与${place(paragraphs[i].p)}的段落${exact ? '完全' : '基本'}相同${again.length > 1 ? `，同一段落共出现 ${again.length + 1} 次` : ''}，请删去重复的内容`),
  );
};
