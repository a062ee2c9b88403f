// Measurement behind the defaults: `pnpm exec tsx packages/similar/scripts/measure.ts`.
// Independent reports (corpus + holdout + seed) against synthetic copies of them.
import { walkParagraphs } from '@shuzhi/parser';
import { findSimilar, fingerprintReport, type Fingerprint } from '../src/index.ts';
import { load, parse, rnd } from './common.ts';

const corpusAll = await load('corpus/reports');
const corpus = corpusAll.filter((r) => !/10-same-report\.(?!txt)/.test(r.file));
const indep = [...corpus, ...(await load('corpus/holdout/reports')), ...(await load('test/fixtures/seed'))];
const pool = indep.flatMap((r) => [...walkParagraphs(r)].flatMap(({ paragraph }) => paragraph.sentences.map((s) => s.text))).filter((s) => s.length > 15);

// Whole corpus with the five forms of 10-same-report.
{
  const t0 = performance.now();
  const fps = corpusAll.map((r) => fingerprintReport(r));
  const t1 = performance.now();
  const res = findSimilar(fps, { threshold: 0.01 });
  const name = (f: string) => f.split('/').pop();
  console.log(`corpus: ${fps.length} reports, fingerprint ${((t1 - t0) / fps.length).toFixed(2)} ms each, JSON ${Math.round(fps.reduce((s, f) => s + Buffer.byteLength(JSON.stringify(f)), 0) / fps.length)} B avg (text ${Math.round(fps.reduce((s, f) => s + Buffer.byteLength(JSON.stringify(f.text)), 0) / fps.length)} B)`);
  for (const p of res.pairs.slice(0, 16)) console.log(`  ${p.similarity.toFixed(3)} ${name(p.a)} ~ ${name(p.b)} passages ${p.passages.length}`);
  console.log('  groups', res.groups.map((g) => `${g.files.length}@${g.similarity}`), res.stats);
}

/** copy: figures changed, optionally 县→区, `rewrite` share of sentences replaced by other reports' sentences. */
function mutate(text: string, rewrite: number, swapLevel: boolean): string {
  let t = text.replace(/\d+/g, (d) => String(Math.floor(rnd() * 10 ** d.length)));
  if (swapLevel) t = t.replace(/县/g, '区');
  return t.split('\n').map((line) => line.replace(/[^。；！？]+[。；！？]/g, (s) => (s.length > 10 && rnd() < rewrite ? pool[Math.floor(rnd() * pool.length)] : s))).join('\n');
}
const sources = indep.filter((r) => r.format === 'txt' || r.format === 'md');
const base: Fingerprint[] = indep.map((r) => fingerprintReport(r));
/** Exact boilerplate-discounted Jaccard of the samples, for every pair of a batch (no LSH). */
function exactAll(fps: Fingerprint[]): number[][] {
  const df = new Map<number, number>();
  for (const f of fps) for (const h of f.sample) df.set(h, (df.get(h) ?? 0) + 1);
  const limit = Math.max(5, 0.2 * fps.length);
  const rare = fps.map((f) => new Set(f.sample.filter((h) => df.get(h)! <= limit)));
  return fps.map((_, i) => fps.map((_, j) => {
    let shared = 0;
    for (const h of rare[i]) if (rare[j].has(h)) shared++;
    return shared / (rare[i].size + rare[j].size - shared || 1);
  }));
}
const pairMax = (m: number[][], idx: number[]) => { let best = 0; for (const i of idx) for (const j of idx) if (i < j) best = Math.max(best, m[i][j]); return best; };
{
  const m = exactAll(base);
  const all = base.map((_, k) => k);
  const sims = all.flatMap((i) => all.filter((j) => j > i).map((j) => m[i][j])).sort((x, y) => y - x);
  console.log(`independent: ${base.length} reports, ${sims.length} pairs; exact similarity max ${sims[0].toFixed(3)}, top ${sims.slice(1, 5).map((x) => x.toFixed(3)).join(' ')}, p99 ${sims[Math.floor(sims.length / 100)].toFixed(3)}, median ${sims[sims.length >> 1].toFixed(3)}`);
  for (const size of [5, 10]) {
    const maxes: number[] = [];
    for (let t = 0; t < 300; t++) {
      const pick = [...all].sort(() => rnd() - 0.5).slice(0, size);
      maxes.push(pairMax(exactAll(pick.map((k) => base[k])), pick.map((_, k) => k)));
    }
    maxes.sort((x, y) => x - y);
    console.log(`  random batches of ${size}: max similarity median ${maxes[150].toFixed(3)}, p95 ${maxes[284].toFixed(3)}, max ${maxes[299].toFixed(3)}`);
  }
  const res = findSimilar(base);
  console.log(`  flagged at default: ${res.pairs.length}; LSH candidates ${res.stats.candidates} of ${sims.length} pairs`);
}
for (const [level, rw, swap] of [['c0', 0, false], ['c10', 0.1, false], ['c10s', 0.1, true], ['c25s', 0.25, true], ['c40s', 0.4, true], ['c60s', 0.6, true]] as const) {
  const sims: number[] = [];
  let found = 0, passages = 0, bad = 0; const missed: string[] = []; let exactAbove = 0;
  for (let k = 0; k < sources.length; k++) {
    const src = sources[k];
    const copy = await parse(`copy-${k}.txt`, mutate(src.text, rw, swap));
    const res = findSimilar([...base, fingerprintReport(copy)], { threshold: 0, minShared: 0 });
    const p = res.pairs.find((p) => p.a === src.file && p.b === copy.file);
    sims.push(p?.similarity ?? 0);
    const batch = [...base, fingerprintReport(copy)];
    const exact = exactAll(batch)[indep.indexOf(src)][batch.length - 1];
    if (exact >= 0.3) exactAbove++;
    if (exact >= 0.3 && !(p && p.similarity >= 0.3)) missed.push(exact.toFixed(2));
    if (p && p.similarity >= 0.3) {
      found++;
      passages += p.passages.length;
      for (const x of p.passages) if (x.text !== src.text.slice(x.a.start, x.a.end)) bad++;
    }
  }
  sims.sort((a, b) => a - b);
  console.log(`${level.padEnd(5)} n=${sims.length} min ${sims[0].toFixed(2)} p10 ${sims[Math.floor(sims.length / 10)].toFixed(2)} med ${sims[sims.length >> 1].toFixed(2)} | flagged@0.3 ${found}/${sims.length}, passages/pair ${(passages / Math.max(1, found)).toFixed(1)}, bad ${bad}, exact ≥0.3: ${exactAbove}, of which LSH missed: [${missed.join(' ')}]`);
}
