/**
 * The floor for a batch: the same files only read, converted (mammoth for
 * .docx, UTF-8 decoding otherwise) and cut by nodejieba, in a bare loop —
 * what any scorer must at least pay. Plain JavaScript, so worker threads can
 * run it directly. One thread, or the files split over N worker threads
 * (each loads its own dictionary).
 *
 *   node bench/floor.mjs bench/out/1000 [threads]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const require = createRequire(import.meta.url);

async function work(files) {
  const mammoth = require('mammoth');
  const jieba = require('nodejieba');
  jieba.load();
  let tokens = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    const text = file.endsWith('.docx') ? (await mammoth.convertToHtml({ buffer: bytes })).value.replace(/<[^>]+>/g, '\n') : bytes.toString('utf8');
    tokens += jieba.cut(text).length;
  }
  return tokens;
}

if (isMainThread) {
  const dir = process.argv[2];
  const threads = Number(process.argv[3] ?? 1);
  const files = readdirSync(dir).map((f) => join(dir, f));
  const started = performance.now();
  if (threads === 1) await work(files);
  else {
    await Promise.all(
      Array.from({ length: threads }, (_, k) => {
        const w = new Worker(new URL(import.meta.url), { workerData: files.filter((_f, i) => i % threads === k) });
        return new Promise((resolve, reject) => {
          w.on('message', resolve);
          w.on('error', reject);
        });
      }),
    );
  }
  console.log(JSON.stringify({ files: files.length, threads, ms: Math.round(performance.now() - started), rssMB: Math.round(process.memoryUsage().rss / 1048576) }));
  process.exit(0);
} else {
  parentPort.postMessage(await work(workerData));
}
