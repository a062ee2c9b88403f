/**
 * Where a batch's time goes, in one process: `scoreBatch` (time to the first
 * result, to the last, how busy this thread was, CPU of all threads) and
 * then the xlsx export, with RSS sampled every 50 ms. `--timeline` also
 * prints RSS, heap and external memory once a second.
 *
 *   pnpm exec tsx bench/stages.ts bench/out/1000 [jobs] [--timeline]
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { scoreBatch } from '@shuzhi/batch';
import { renderExport } from '@shuzhi/export';
import { loadRubric } from '@shuzhi/rubric';
import { DEFAULT_RUBRIC } from '@shuzhi/rubric/defaults';

const [dir, jobsArg] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const jobs = Number(jobsArg ?? 2);
const timeline = process.argv.includes('--timeline');
const files = readdirSync(dir).map((f) => join(dir, f));
const mb = (n: number) => Math.round(n / 1048576);

let phase = 'score';
let peak = 0;
let tick = 0;
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  peak = Math.max(peak, m.rss);
  if (timeline && tick++ % 20 === 0) console.log(`${phase}: rss ${mb(m.rss)} MB, heap ${mb(m.heapUsed)} MB, external ${mb(m.external + m.arrayBuffers)} MB`);
}, 50);

const t0 = performance.now();
const rubric = loadRubric(DEFAULT_RUBRIC);
if (!rubric.ok) throw new Error('the default rubric does not load');
let first = 0;
const elu0 = performance.eventLoopUtilization();
const cpu0 = process.cpuUsage();
const result = await scoreBatch({ files, rubric: rubric.value, jobs, cache: false, onProgress: () => (first ||= performance.now()) });
const t1 = performance.now();
const elu = performance.eventLoopUtilization(elu0);
const cpu = process.cpuUsage(cpu0);
phase = 'xlsx';
const xlsx = await renderExport(result, 'xlsx');
const t2 = performance.now();
clearInterval(sampler);
console.log(
  JSON.stringify({
    files: files.length,
    jobs,
    firstResultMs: Math.round(first - t0),
    scoreBatchMs: Math.round(t1 - t0),
    batchThreadBusy: +elu.utilization.toFixed(2),
    scoreCpuSeconds: +((cpu.user + cpu.system) / 1e6).toFixed(1),
    xlsxMs: Math.round(t2 - t1),
    xlsxMB: +(xlsx.length / 1048576).toFixed(1),
    peakRssMB: mb(peak),
  }),
);
process.exit(0);
