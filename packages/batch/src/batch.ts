import { availableParallelism } from 'node:os';
import { matchReports, withPassages, type Fingerprint, type Matches } from '@shuzhi/similar';
import type { BatchProgress, BatchResult, Outcome, Rubric } from '@shuzhi/types';
import { rubricRef } from '@shuzhi/types';
import { defaultCacheDir, toolVersion } from './cache.ts';
import { StringPool } from './compact.ts';
import { createScorer } from './scorer.ts';

export type Progress = BatchProgress;

/** Batches smaller than this are scored on this thread when one job is asked for. */
const INLINE_BELOW = 3000;

export interface BatchOptions {
  files: string[];
  rubric: Rubric;
  /** Scoring threads. One thread for a small batch is this one; otherwise they are workers. Default: the number of cores. */
  jobs?: number;
  /** Cache folder, or false to score everything afresh. Default: defaultCacheDir(). */
  cache?: string | false;
  /** Abort (Ctrl-C): stop handing out files, finish those in flight, return what was scored. */
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
}

/**
 * Scores a batch: file names go through a bounded queue to a fixed pool of
 * long-lived worker threads, each of which reads its file, looks it up in
 * the cache by content and otherwise scores it; this thread only collects
 * the results. nodejieba leaks its dictionary with every worker that exits,
 * so workers are never recycled.
 */
export async function scoreBatch(options: BatchOptions): Promise<BatchResult> {
  const { files, rubric, signal, onProgress } = options;
  if (!rubric.source) throw new Error('scoreBatch needs a rubric loaded from a file');
  const jobs = Math.max(1, options.jobs ?? availableParallelism());
  const cache = options.cache === false ? undefined : { dir: options.cache ?? defaultCacheDir(), salt: `${toolVersion()}:${rubric.digest}` };
  // A worker costs ~0.5 s to start and a round trip per file, which 1,000 reports do not win back. A large batch is scored off this
  // thread even with one job, so the parsing garbage does not pile up in the heap that holds every card.
  const scorer = createScorer(rubric, jobs === 1 && files.length < INLINE_BELOW ? 0 : jobs);

  const started = performance.now();
  const outcomes: (Outcome | undefined)[] = new Array(files.length);
  const fingerprints: (Fingerprint | undefined)[] = new Array(files.length);
  const progress: Progress = { done: 0, total: files.length, failed: 0, cached: 0, file: null, elapsedMs: 0 };
  const pool = new StringPool();
  const finish = (index: number, outcome: Outcome, cached: boolean) => {
    outcomes[index] = pool.compact(outcome);
    progress.done++;
    if (!outcome.ok) progress.failed++;
    if (cached) progress.cached++;
    progress.file = outcome.file;
    progress.elapsedMs = performance.now() - started;
    onProgress?.({ ...progress });
  };

  const one = async (index: number): Promise<void> => {
    const result = await scorer.run({ file: files[index], cache });
    fingerprints[index] = result.fingerprint;
    finish(index, result.outcome, result.cached === true);
  };

  // A bounded queue: a few tasks per worker in flight, the rest wait here, so
  // memory stays flat for 10,000 files and an abort stops the flow at once.
  let next = 0;
  const lanes = Array.from({ length: jobs * 3 }, async () => {
    while (next < files.length && !signal?.aborted) await one(next++);
  });
  let matches: Matches;
  const texts = new Map<string, string | undefined>();
  try {
    await Promise.all(lanes);
    // Fingerprints carry numbers only: the text of a report is read again only when it is in a pair, by the
    // workers, side by side. Not after Ctrl-C, which should save at once: those pairs get no passages.
    matches = matchReports(fingerprints.filter((f): f is Fingerprint => f !== undefined));
    if (!signal?.aborted) {
      const read = await Promise.all(matches.files.map((file) => scorer.text(file)));
      matches.files.forEach((file, k) => texts.set(file, read[k]));
    }
  } finally {
    await scorer.close();
  }
  const done = outcomes.filter((o): o is Outcome => o !== undefined);
  const { pairs, groups } = withPassages(matches, (file) => texts.get(file));
  return {
    rubric: rubricRef(rubric),
    outcomes: done,
    similar: pairs,
    groups,
    overrides: {},
    interrupted: done.length < files.length,
    unscored: files.filter((_file, k) => outcomes[k] === undefined),
  };
}
