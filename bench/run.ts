/**
 * Benchmarks for parsing and scoring (pnpm bench). Prints a Markdown table;
 * bench/README.md records the numbers measured on the project's machine.
 *
 *   pnpm bench            all
 *   pnpm bench parse      parse throughput per format
 *   pnpm bench segmenter  nodejieba load time in a fresh process
 *   pnpm bench score      scoring cost per report beyond parsing
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReport } from '@shuzhi/parser';
import { loadRubric, scoreReport } from '@shuzhi/rubric';
import { loadSegmenter } from '@shuzhi/text';
import type { Report } from '@shuzhi/types';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REPORTS = join(ROOT, 'corpus/reports');
const which = process.argv[2] ?? 'all';

const files = readdirSync(REPORTS).map((f) => ({ name: f, bytes: readFileSync(join(REPORTS, f)) }));
const byFormat = (ext: string) => files.filter((f) => extname(f.name) === ext);

async function parseAll(list: typeof files): Promise<Report[]> {
  const out: Report[] = [];
  for (const f of list) {
    const r = await parseReport({ name: f.name, bytes: f.bytes });
    if (!r.ok) throw new Error(`${f.name}: ${r.error.message}`);
    out.push(r.value);
  }
  return out;
}

async function time<T>(rounds: number, f: () => Promise<T> | T): Promise<number> {
  await f(); // warm-up: JIT, lazy imports, the segmenter
  const start = performance.now();
  for (let i = 0; i < rounds; i++) await f();
  return (performance.now() - start) / rounds;
}

if (which === 'all' || which === 'segmenter') {
  const code = `import('@shuzhi/text').then((t) => { const s = performance.now(); t.loadSegmenter(); console.log(JSON.stringify({ ms: performance.now() - s, rss: process.memoryUsage().rss })); })`;
  const runs = [1, 2, 3].map(() => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '-e', code], { cwd: join(ROOT, 'packages/cli') }).toString()) as { ms: number; rss: number });
  const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
  console.log(`| segmenter load (nodejieba + user dictionary), fresh process | ${ms.map((m) => m.toFixed(0)).join(' / ')} ms | RSS after load ${(runs[0].rss / 1048576).toFixed(0)} MB |`);
}

if (which === 'all' || which === 'parse') {
  loadSegmenter();
  for (const ext of ['.txt', '.md', '.docx', '.doc']) {
    const list = byFormat(ext);
    const chars = (await parseAll(list)).reduce((n, r) => n + r.text.length, 0);
    const ms = await time(20, () => parseAll(list));
    const per = ms / list.length;
    console.log(`| parse ${ext} (${list.length} files, ${Math.round(chars / list.length)} chars avg) | ${per.toFixed(2)} ms/report | ${(1000 / per).toFixed(0)} reports/s |`);
  }
}

if (which === 'all' || which === 'score') {
  const rubric = loadRubric();
  if (!rubric.ok) throw new Error('rubric');
  const reports = await parseAll(files);
  const ms = await time(20, () => reports.forEach((r) => scoreReport(r, rubric.value)));
  const per = ms / reports.length;
  console.log(`| score (default rubric, ${reports.length} parsed reports, beyond parsing) | ${per.toFixed(2)} ms/report | ${(1000 / per).toFixed(0)} reports/s |`);
}
