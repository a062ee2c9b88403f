import type { PassageSide, SharedPassage } from '@shuzhi/types';
import { normalizeText } from '@shuzhi/text';
import { type Fingerprint, comparisonCodes, shingleHashes } from './fingerprint.ts';
import { sampled } from './hash.ts';

/** A clause: the text between two marks of punctuation, inside one paragraph. */
interface Clause {
  /** Its comparison codes as a string (see comparisonCodes: content characters only, each figure one sign). */
  key: string;
  start: number;
  end: number;
  /** Ordinal of the paragraph in the fingerprint. */
  block: number;
  /** Its sampled shingles, and how many of them are not batch boilerplate. */
  sampled: number;
  rare: number;
}

export interface Clauses {
  text: string;
  list: Clause[];
  byKey: Map<string, number[]>;
}

const BREAKS = /[，,。；;：:！!？?…、]/g;
/** Splits every paragraph of a report's text into clauses. */
export function clausesOf(fp: Fingerprint, text: string, common: ReadonlySet<number>): Clauses {
  const list: Clause[] = [];
  const byKey = new Map<string, number[]>();
  const p = fp.paragraphs;
  const whole = normalizeText(text);
  for (let k = 0; k + 3 < p.length; k += 4) {
    const from = p[k + 2];
    const normalized = whole.slice(from, p[k + 3]);
    let at = 0;
    const flush = (end: number) => {
      let start = at;
      while (start < end && normalized[start] === ' ') start++;
      let stop = end;
      while (stop > start && normalized[stop - 1] === ' ') stop--;
      // The clause as the fingerprint compares it, so a copy with its figures changed shares its clauses ("主持召开人武部党委会
      // 4次" in one, "……5次" in the other) and its shingles are the fingerprint's own.
      const codes = comparisonCodes(normalized.slice(start, stop));
      const key = String.fromCharCode(...codes);
      if (key) {
        let sampledCount = 0;
        let rare = 0;
        for (const h of shingleHashes(codes)) {
          if (!sampled(h)) continue;
          sampledCount++;
          if (!common.has(h)) rare++;
        }
        const n = list.push({ key, start: from + start, end: from + stop, block: k / 4, sampled: sampledCount, rare }) - 1;
        const same = byKey.get(key);
        if (same) same.push(n);
        else byKey.set(key, [n]);
      }
    };
    for (const m of normalized.matchAll(BREAKS)) {
      flush(m.index);
      at = m.index + 1;
    }
    flush(normalized.length);
  }
  return { text, list, byKey };
}

export interface PassageOptions {
  /** Shorter stretches (content characters) are not reported. */
  minChars: number;
  /** At most this many passages per pair, the weightiest. */
  maxPassages: number;
}

interface Run {
  i: number;
  j: number;
  length: number;
  chars: number;
  weight: number;
}

/**
 * The stretches of whole clauses two reports share, in the order of report
 * `a`. Consecutive shared clauses of one paragraph merge into one passage;
 * a passage's weight is its length times the share of its sampled shingles
 * (within clauses) that are not batch boilerplate, so "认真履行第一责任人职责" alone does not
 * count as copying while a copied paragraph does.
 */
export function sharedPassages(
  a: Fingerprint,
  ca: Clauses,
  b: Fingerprint,
  cb: Clauses,
  options: PassageOptions,
): SharedPassage[] {
  const A = ca.list;
  const B = cb.list;
  const runs: Run[] = [];
  for (let i = 0; i < A.length; i++) {
    const js = cb.byKey.get(A[i].key);
    if (!js) continue;
    for (const j of js) {
      // Only start at the head of a maximal run.
      if (i > 0 && j > 0 && A[i - 1].block === A[i].block && B[j - 1].block === B[j].block && A[i - 1].key === B[j - 1].key) continue;
      let length = 1;
      while (
        i + length < A.length &&
        j + length < B.length &&
        A[i + length].block === A[i].block &&
        B[j + length].block === B[j].block &&
        A[i + length].key === B[j + length].key
      ) length++;
      let chars = 0;
      let sampledCount = 0;
      let rare = 0;
      for (let t = 0; t < length; t++) {
        chars += A[i + t].key.length;
        sampledCount += A[i + t].sampled;
        rare += A[i + t].rare;
      }
      if (chars < options.minChars) continue;
      const weight = (chars * (rare + 0.5)) / (sampledCount + 0.5);
      if (weight >= options.minChars) runs.push({ i, j, length, chars, weight });
    }
  }
  // Heaviest first; a clause of either report belongs to one passage at most.
  runs.sort((x, y) => y.weight - x.weight || x.i - y.i);
  const usedA = new Uint8Array(A.length);
  const usedB = new Uint8Array(B.length);
  const kept: Run[] = [];
  for (const run of runs) {
    if (kept.length >= options.maxPassages) break;
    let free = true;
    for (let t = 0; t < run.length && free; t++) if (usedA[run.i + t] || usedB[run.j + t]) free = false;
    if (!free) continue;
    usedA.fill(1, run.i, run.i + run.length);
    usedB.fill(1, run.j, run.j + run.length);
    kept.push(run);
  }
  kept.sort((x, y) => x.i - y.i);
  return kept.map((run) => {
    const sa = side(a, ca.text, A[run.i], A[run.i + run.length - 1]);
    const sb = side(b, cb.text, B[run.j], B[run.j + run.length - 1]);
    return { text: ca.text.slice(sa.start, sa.end), a: sa, b: sb };
  });
}

function side(fp: Fingerprint, text: string, first: Clause, last: Clause): PassageSide {
  const k = first.block * 4;
  const index = fp.paragraphs[k];
  const line = fp.paragraphs[k + 1];
  const paragraphStart = fp.paragraphs[k + 2];
  let newlines = 0;
  if (line) for (let i = paragraphStart; i < first.start; i++) if (text.charCodeAt(i) === 10) newlines++;
  return { paragraph: index, line: line ? line + newlines : null, start: first.start, end: last.end };
}
