/**
 * How well a second thread helps on this machine: the same reports scored in
 * one worker thread, then split over two, each running the worker bundle in a
 * bare loop (no pool, no batch thread work); beside it, an arithmetic loop
 * split the same way. Prints each thread's loop time.
 *
 *   pnpm exec tsx bench/scaling.ts bench/out/10000 [reports]
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { bundledWorker } from '@shuzhi/batch';

const [dir, count] = process.argv.slice(2);
const files = readdirSync(dir).map((f) => join(dir, f)).slice(0, Number(count ?? 3000));
const bundle = await bundledWorker();
if (!bundle) throw new Error('the worker bundle could not be built');
const rubricPath = fileURLToPath(new URL('../rubrics/party-armed-forces.yaml', import.meta.url));

// Plain JavaScript for the threads, so they need no TypeScript loader.
const THREAD = `
import { parentPort, workerData } from 'node:worker_threads';
const { files, bundle, rubricPath, spin } = workerData;
if (spin) {
  const t = performance.now();
  let x = 0;
  for (let i = 0; i < spin; i++) x = (x * 31 + i) | 0;
  parentPort.postMessage(performance.now() - t + (x & 0));
} else {
  const { default: run } = await import(bundle);
  await run({ file: files[0], rubricPath });
  const t = performance.now();
  for (const file of files) await run({ file, rubricPath });
  parentPort.postMessage(performance.now() - t);
}`;
const source = new URL(`data:text/javascript,${encodeURIComponent(THREAD)}`);

async function split(threads: number, spin: number): Promise<number[]> {
  return Promise.all(
    Array.from({ length: threads }, (_, k) => {
      const part = files.filter((_f, i) => i % threads === k);
      const w = new Worker(source, { workerData: { files: part, bundle: pathToFileURL(bundle!).href, rubricPath, spin: spin / threads } });
      return new Promise<number>((resolve, reject) => {
        w.on('message', (ms: number) => resolve(ms)).on('error', reject);
      }).finally(() => w.terminate());
    }),
  );
}

for (const [what, spin] of [['arithmetic loop', 3e8], [`${files.length} reports`, 0]] as const) {
  const one = await split(1, spin);
  const two = await split(2, spin);
  const slowdown = (Math.max(...two) * 2) / one[0];
  console.log(`${what}: one thread ${Math.round(one[0])} ms; two threads ${two.map(Math.round).join(' / ')} ms each on half the work; each thread ${slowdown.toFixed(2)}× as slow per item`);
}
process.exit(0);
