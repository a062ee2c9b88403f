// Copy detection at scale: `pnpm exec tsx packages/similar/bench.ts [N ...]` (default 1000 10000).
// N distinct synthetic reports (sentences of the corpus mixed at random, figures and places
// substituted), plus copies: 2% copy one report each (15% of sentences rewritten), and one 范文
// copied by 5% of the batch (10% rewritten). Prints the time to fingerprint and to find pairs.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '@shuzhi/parser';
import { findSimilar, fingerprintReport, type Fingerprint } from './src/index.ts';
import { copyOf, mixedReport, reportFromParagraphs, rng, sentencesOf } from './src/synthetic.ts';

const root = new URL('../../', import.meta.url).pathname;
const pool: string[] = [];
for (const dir of ['corpus/reports', 'corpus/holdout/reports']) {
  for (const f of readdirSync(join(root, dir)).sort()) {
    if (/^10-same-report\.(?!txt)/.test(f)) continue;
    const r = await parseReport(join(root, dir, f));
    if (r.ok && !r.value.traditional) pool.push(...sentencesOf(r.value));
  }
}
console.log(`pool: ${pool.length} sentences from the corpus (Simplified reports)`);

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
for (const N of sizes.length ? sizes : [1000, 10_000]) {
  const r = rng(N);
  const texts: string[][] = [];
  const source = new Map<number, number>(); // copy → its source
  const template = new Set<number>();
  for (let k = 0; k < N; k++) texts.push(mixedReport(r, pool));
  const singles = Math.round(N * 0.02);
  for (let k = 0; k < singles; k++) {
    const from = Math.floor(r() * N);
    source.set(texts.push(copyOf(r, texts[from], pool, 0.15)) - 1, from);
  }
  const fan = Math.round(N * 0.05);
  const model = mixedReport(r, pool);
  for (let k = 0; k < fan; k++) template.add(texts.push(copyOf(r, model, pool, 0.1)) - 1);
  const reports = texts.map((t, k) => reportFromParagraphs(`r${k}.txt`, t));
  const chars = reports.reduce((s, x) => s + x.text.length, 0) / reports.length;

  const heap = () => { (globalThis as { gc?: () => void }).gc?.(); return (process.memoryUsage().heapUsed / 2 ** 20).toFixed(0); };
  const t0 = performance.now();
  const fps: Fingerprint[] = reports.map((x) => fingerprintReport(x));
  const t1 = performance.now();
  const res = findSimilar(fps);
  const t2 = performance.now();
  const h2 = heap();

  const id = (f: string) => Number(f.slice(1, -4));
  let planted = 0;
  let wrong = 0;
  for (const p of res.pairs) {
    const a = id(p.a);
    const b = id(p.b);
    const sa = source.get(a) ?? a;
    const sb = source.get(b) ?? b;
    if (sa === sb || (template.has(a) && template.has(b))) planted++;
    else {
      wrong++;
      if (process.env.SHOW) console.log(p.a, p.b, p.similarity, source.get(a), source.get(b), template.has(a), template.has(b), p.passages.map((x) => x.text));
    }
  }
  const found = [...source].filter(([c, s]) => res.pairs.some((p) => (id(p.a) === s && id(p.b) === c) || (id(p.a) === c && id(p.b) === s))).length;
  const biggest = res.groups[0];
  const json = fps.reduce((s, f) => s + Buffer.byteLength(JSON.stringify(f)), 0) / fps.length;
  const jsonNoText = fps.reduce((s, f) => s + Buffer.byteLength(JSON.stringify({ ...f, text: undefined })), 0) / fps.length;
  console.log(
    [
      `N=${N} distinct + ${singles} copies + ${fan} from one template = ${fps.length} reports (${Math.round(chars)} chars avg)`,
      `  fingerprint: ${(t1 - t0).toFixed(0)} ms (${((t1 - t0) / fps.length).toFixed(2)} ms each), JSON ${(json / 1024).toFixed(1)} KB avg, ${(jsonNoText / 1024).toFixed(1)} KB without text`,
      `  findSimilar: ${(t2 - t1).toFixed(0)} ms; candidate pairs ${res.stats.candidates} (${((100 * res.stats.candidates) / ((fps.length * (fps.length - 1)) / 2)).toFixed(3)}% of all pairs), checked ${res.stats.verified}, boilerplate shingles ${res.stats.common} (limit ${res.stats.commonLimit.toFixed(0)} documents)`,
      `  pairs ${res.pairs.length}: planted ${planted}, not planted ${wrong}; single copies found ${found}/${singles}; groups ${res.groups.length}, largest ${biggest ? `${biggest.files.length} (template had ${fan}) @${biggest.similarity}` : '-'}; heap after findSimilar ${h2} MB (fingerprints and results${(globalThis as { gc?: unknown }).gc ? '' : '; run node --expose-gc for a collected figure'})`,
    ].join('\n'),
  );
}
