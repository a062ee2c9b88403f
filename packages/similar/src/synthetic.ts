/**
 * Synthetic batches for the scale test and the benchmark (not exported from
 * the package): reports mixed at random from a pool of real sentences with
 * random substitutions, and copies of them.
 */
import type { Paragraph, Report } from '@shuzhi/types';
import { normalizeText } from '@shuzhi/text';

export type Rng = () => number;

/** A small deterministic generator (mulberry32). */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

/** A report of one section, one paragraph per line, built without the parser. */
export function reportFromParagraphs(file: string, paragraphs: readonly string[]): Report {
  let text = '';
  const built: Paragraph[] = [];
  paragraphs.forEach((p, k) => {
    const start = text.length;
    text += p + '\n';
    built.push({ index: k + 1, text: p, normalized: normalizeText(p), start, end: start + p.length, line: k + 1, sentences: [], points: [] });
  });
  return {
    file,
    format: 'txt',
    encoding: 'utf-8',
    traditional: false,
    title: null,
    titleAt: null,
    meta: { year: null, level: null, place: null },
    text,
    sections: [{ heading: null, numbering: null, level: 1, kind: 'preamble', paragraphs: built, children: [] }],
  };
}

const PLACES = ['县', '市', '区', '镇', '乡', '街道'];
const NAMES = ['石桥', '柳河', '东坪', '青龙', '白石', '云溪', '临澜', '岭西', '泾和', '东陂', '南湖', '凤栖', '水口', '上坝'];

/** Figures redrawn, the level word and a place name swapped now and then. */
export function substitute(r: Rng, sentence: string): string {
  let s = sentence.replace(/\d+/g, (d) => String(Math.floor(r() * 10 ** d.length)));
  if (r() < 0.3) s = s.replace(/[县市区镇乡]/, pick(r, PLACES));
  if (r() < 0.2) s = pick(r, NAMES) + pick(r, PLACES) + s;
  return s;
}

/** An independent report: `paragraphs` paragraphs of 2–6 sentences drawn from the pool. */
export function mixedReport(r: Rng, pool: readonly string[], paragraphs = 14): string[] {
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const n = 2 + Math.floor(r() * 5);
    let text = '　　';
    for (let k = 0; k < n; k++) text += substitute(r, pick(r, pool));
    out.push(text);
  }
  return out;
}

/** A copy: figures redrawn everywhere, `rewrite` of the sentences replaced by others from the pool. */
export function copyOf(r: Rng, source: readonly string[], pool: readonly string[], rewrite: number): string[] {
  return source.map((p) =>
    p
      .replace(/\d+/g, (d) => String(Math.floor(r() * 10 ** d.length)))
      .replace(/[^。；！？]+[。；！？]/g, (s) => (r() < rewrite ? pick(r, pool) : s)),
  );
}

/** Sentences of a report worth mixing (long enough to be content). */
export function sentencesOf(report: Report): string[] {
  const out: string[] = [];
  const visit = (section: Report['sections'][number]) => {
    for (const p of section.paragraphs) for (const s of p.sentences) if (s.text.length >= 12) out.push(s.text);
    section.children.forEach(visit);
  };
  report.sections.forEach(visit);
  return out;
}
