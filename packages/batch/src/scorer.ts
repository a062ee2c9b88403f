import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { Outcome, Rubric } from '@shuzhi/types';
import { analyze, reportText, useRubric, type Task, type TaskResult } from './analyze.ts';
import { bundled } from '@shuzhi/runtime';

export interface Scorer {
  /** Reads, parses and scores one file; failures are outcomes, never exceptions. */
  score(file: string): Promise<Outcome>;
  /** Runs one task: the file, and the cache to consult and fill. */
  run(task: Omit<Task, 'rubricPath'>): Promise<TaskResult>;
  /** A report's text (what its fingerprint points into), read and parsed again; undefined when it no longer parses. */
  text(file: string): Promise<string | undefined>;
  /** Scores later files with this version of the rubric (the same file, edited and loaded again). */
  useRubric(rubric: Rubric): void;
  close(): Promise<void>;
}

/**
 * The scoring worker as one JavaScript file (see @shuzhi/runtime): a worker
 * thread then starts without tsx and without resolving a few hundred
 * modules, ~0.1 s instead of ~0.4 s.
 */
export const bundledWorker = () => bundled(fileURLToPath(new URL('./worker.ts', import.meta.url)), 'worker');

/** tsx's loader by absolute URL: `--import tsx` would be resolved from the user's folder. */
const tsxLoader = () => pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/**
 * Where scoring runs. `threads: 0` scores on this thread (the segmenter's
 * first load then blocks it for about a second); with threads ≥ 1 a fixed
 * pool of long-lived workers does the work, started on first use, so an
 * interactive screen stays responsive while the dictionary loads.
 */
export function createScorer(rubric: Rubric, threads: number): Scorer {
  if (!rubric.source) throw new Error('createScorer needs a rubric loaded from a file');
  const rubricPath = rubric.source;
  if (threads === 0) useRubric(rubric);
  // A rubric edited since the workers started goes with every later task: each worker may not have seen it yet.
  let edited: Rubric | undefined;
  let pool: Promise<Piscina> | null = null;
  const startPool = async (): Promise<Piscina> => {
    const bundle = await bundledWorker();
    // Without the bundle, workers run TypeScript from source like the CLI does: through tsx, unless this process already loads it.
    const tsx = process.execArgv.some((a) => a === 'tsx' || /[\\/]tsx[\\/]dist[\\/]/.test(a)) ? process.execArgv : [...process.execArgv, '--import', tsxLoader()];
    const started = new Piscina({
      filename: bundle ? pathToFileURL(bundle).href : new URL('./worker.ts', import.meta.url).href,
      minThreads: threads,
      maxThreads: threads,
      // A second task waits in each worker, so it starts on the next one without a round trip to this thread.
      concurrentTasksPerWorker: 2,
      // nodejieba leaks its dictionary with every worker that exits: never recycle them.
      idleTimeout: Number.POSITIVE_INFINITY,
      execArgv: bundle ? [] : tsx,
      // The rubric this thread loaded and checked: a worker then skips reading, parsing and validating it again (~0.2 s).
      workerData: { rubric },
    });
    // A worker that cannot start fails its tasks (INTERNAL_ERROR outcomes); unheard, piscina's error event would end the process.
    started.on('error', () => {});
    return started;
  };
  const ready = () => (pool ??= startPool());
  const run = async (task: Omit<Task, 'rubricPath'>): Promise<TaskResult> => {
    const full = { ...task, rubricPath, ...(edited ? { rubric: edited } : {}) };
    if (threads === 0) {
      // Reading and parsing a text file settles without I/O: without a turn of the event loop between files,
      // Ctrl-C, timers and the progress display would wait for the whole batch.
      await new Promise(setImmediate);
      return analyze(full);
    }
    return (await ready()).run(full);
  };
  const text = async (file: string): Promise<string | undefined> => {
    if (threads === 0) return reportText(file);
    return (await ready()).run(file, { name: 'text' });
  };
  return {
    text: (file) => text(file).catch(() => undefined),
    run: (task) =>
      run(task).catch((err: Error) => ({
        outcome: { file: task.file, ok: false, error: { code: 'INTERNAL_ERROR', file: task.file, message: `内部错误：${err.message.split('\n')[0]}` } },
      })),
    async score(file) {
      return (await this.run({ file })).outcome;
    },
    useRubric(next) {
      if (next.source !== rubricPath) throw new Error(`useRubric: ${next.source} is not ${rubricPath}`);
      if (threads === 0) useRubric(next);
      else edited = next;
    },
    async close() {
      await (await pool)?.destroy();
      pool = null;
    },
  };
}
