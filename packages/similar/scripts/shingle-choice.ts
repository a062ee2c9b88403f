// Which shingles? Exact Jaccard (raw and with boilerplate dropped) of character and word n-grams, independent reports vs synthetic copies:
// `pnpm exec tsx packages/similar/scripts/shingle-choice.ts` (loads the segmenter for the word variants).
import { walkParagraphs } from '@shuzhi/parser';
import { cut } from '@shuzhi/text';
import type { Report } from '@shuzhi/types';
import { load, parse, rnd } from './common.ts';

const corpus = (await load('corpus/reports')).filter((r) => !/10-same-report\.(?!txt)/.test(r.file));
const holdout = await load('corpus/holdout/reports');
const indep = [...corpus, ...holdout, ...(await load('test/fixtures/seed'))];
const pool = indep.flatMap((r) => [...walkParagraphs(r)].flatMap(({ paragraph }) => paragraph.sentences.map((s) => s.text))).filter((s) => s.length > 15);

/** copy: figures changed, level word swapped, `rewrite` share of sentences replaced by pool sentences. */
function mutate(text: string, rewrite: number, swapLevel: boolean): string {
  let t = text.replace(/\d+/g, (d) => String(Math.floor(rnd() * 10 ** d.length)));
  if (swapLevel) t = t.replace(/县/g, '区');
  return t.split('\n').map((line) => line.replace(/[^。；！？]+[。；！？]/g, (s) => (s.length > 10 && rnd() < rewrite ? pool[Math.floor(rnd() * pool.length)] : s))).join('\n');
}
const sources = indep.filter((r) => r.format === 'txt' || r.format === 'md');
const copies: { level: string; a: number; b: Report }[] = [];
for (const [level, rw, swap] of [['c10', 0.1, false], ['c10s', 0.1, true], ['c25s', 0.25, true], ['c40s', 0.4, true], ['c60s', 0.6, true]] as const) {
  for (let k = 0; k < sources.length; k++) {
    const src = sources[k];
    copies.push({ level, a: indep.indexOf(src), b: await parse(`copy-${level}-${k}.txt`, mutate(src.text, rw, swap)) });
  }
}
const KEEP = /[\u3400-\u9fff0-9A-Za-z*]/;
function chars(r: Report): string {
  let s = '';
  for (const { paragraph } of walkParagraphs(r)) for (const ch of paragraph.normalized) if (KEEP.test(ch)) s += ch;
  return s.replace(/[0-9.]+/g, '#');
}
function words(r: Report): string[] {
  const w: string[] = [];
  for (const { paragraph } of walkParagraphs(r)) for (const t of cut(paragraph.normalized)) if (KEEP.test(t.text)) w.push(/^[0-9.%]+$/.test(t.text) ? '#' : t.text);
  return w;
}
const charGrams = (s: string, n: number) => { const o = new Set<string>(); for (let i = 0; i + n <= s.length; i++) o.add(s.slice(i, i + n)); return o; };
const wordGrams = (w: string[], n: number) => { const o = new Set<string>(); for (let i = 0; i + n <= w.length; i++) o.add(w.slice(i, i + n).join('|')); return o; };
function jac(a: Set<string>, b: Set<string>, drop?: Set<string>): number {
  let i = 0, ua = 0, ub = 0;
  for (const x of a) { if (drop?.has(x)) continue; ua++; if (b.has(x)) i++; }
  for (const x of b) { if (drop?.has(x)) continue; ub++; }
  const u = ua + ub - i; return u ? i / u : 0;
}
const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))];
function run(name: string, f: (r: Report) => Set<string>) {
  const sets = indep.map(f);
  const df = new Map<string, number>();
  for (const s of sets) for (const x of s) df.set(x, (df.get(x) ?? 0) + 1);
  const lim = Math.max(5, 0.2 * sets.length);
  const drop = new Set([...df].filter(([, c]) => c > lim).map(([x]) => x));
  const raw: number[] = [], filt: number[] = [];
  for (let i = 0; i < sets.length; i++) for (let j = i + 1; j < sets.length; j++) { raw.push(jac(sets[i], sets[j])); filt.push(jac(sets[i], sets[j], drop)); }
  let line = `${name.padEnd(6)} indep raw max ${q(raw, 1).toFixed(2)} filt max ${q(filt, 1).toFixed(2)} p99 ${q(filt, 0.99).toFixed(2)} |`;
  for (const level of new Set(copies.map((c) => c.level))) {
    const cs = copies.filter((c) => c.level === level).map((c) => jac(sets[c.a], f(c.b), drop));
    const rs = copies.filter((c) => c.level === level).map((c) => jac(sets[c.a], f(c.b)));
    line += ` ${level} min ${q(cs, 0).toFixed(2)} med ${q(cs, 0.5).toFixed(2)} (raw min ${q(rs, 0).toFixed(2)})`;
  }
  console.log(line);
}
for (const n of [3, 4, 5, 6, 8]) run('char' + n, (r) => charGrams(chars(r), n));
for (const n of [2, 3, 4]) run('word' + n, (r) => wordGrams(words(r), n));
{
  const sets = indep.map((r) => charGrams(chars(r), 5));
  const df = new Map<string, number>();
  for (const s of sets) for (const x of s) df.set(x, (df.get(x) ?? 0) + 1);
  const drop = new Set([...df].filter(([, c]) => c > Math.max(5, 0.2 * sets.length)).map(([x]) => x));
  const raw: number[] = [], filt: number[] = [];
  for (let i = 0; i < sets.length; i++) for (let j = i + 1; j < sets.length; j++) { raw.push(jac(sets[i], sets[j])); filt.push(jac(sets[i], sets[j], drop)); }
  for (const [name, xs] of [['raw', raw], ['filt', filt]] as const) {
    console.log(name, [0.5, 0.75, 0.9, 0.95, 0.99, 1].map((p) => `${p}:${q(xs, p).toFixed(3)}`).join(' '));
    for (const [b, r] of [[64, 2], [42, 3], [32, 4], [85, 3], [128, 2]]) {
      const P = (s: number) => 1 - (1 - s ** r) ** b;
      const cand = xs.reduce((a, s) => a + P(s), 0) / xs.length;
      console.log(`  b${b} r${r}: cand frac ${cand.toFixed(4)}  P(.25)=${P(0.25).toFixed(3)} P(.3)=${P(0.3).toFixed(3)} P(.35)=${P(0.35).toFixed(3)} P(.4)=${P(0.4).toFixed(3)}`);
    }
  }
}
