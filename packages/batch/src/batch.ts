import { availableParallelism } from 'node:os';
import { readReportFile } from '@shuzhi/parser';
import { findSimilar, type Fingerprint } from '@shuzhi/similar';
import type { BatchProgress, BatchResult, Outcome, Rubric } from '@shuzhi/types';
import { defaultCacheDir, ResultCache, rubricDigest, toolVersion } from './cache.ts';
import { StringPool } from './compact.ts';
import { createScorer } from './scorer.ts';

export type Progress = BatchProgress;

export interface BatchOptions {
  files: string[];
  rubric: Rubric;
  /** Worker threads; 1 scores in this thread. Default: the number of cores. */
  jobs?: number;
  /** Cache folder, or false to score everything afresh. Default: defaultCacheDir(). */
  cache?: string | false;
  /** Abort (Ctrl-C): stop handing out files, finish those in flight, return what was scored. */
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
}

/**
 * Scores a batch: files are read here (for the content hash), looked up in
 * the cache, and otherwise handed to a fixed pool of long-lived worker
 * threads through a bounded queue. nodejieba leaks its ~250 MB dictionary
 * with every worker that exits, so workers are never recycled.
 */
export async function scoreBatch(options: BatchOptions): Promise<BatchResult> {
  const { files, rubric, signal, onProgress } = options;
  if (!rubric.source) throw new Error('scoreBatch needs a rubric loaded from a file');
  const jobs = Math.max(1, options.jobs ?? availableParallelism());
  const cache = options.cache === false ? null : new ResultCache(options.cache ?? defaultCacheDir(), `${toolVersion()}:${rubricDigest(rubric.source, rubric.classifier?.training)}`);
  // Workers start on the first cache miss: a fully cached re-run never pays for them.
  const scorer = createScorer(rubric, jobs === 1 ? 0 : jobs);

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
    const file = files[index];
    const read = await readReportFile(file);
    if (!read.ok) return finish(index, { file, ok: false, error: read.error }, false);
    const key = cache?.key(read.value);
    const hit = key ? cache!.get(key) : undefined;
    if (hit) {
      if (hit.fingerprint) fingerprints[index] = { ...hit.fingerprint, file };
      return finish(index, withFile(hit.outcome, file), true);
    }
    // A fresh, unshared buffer: transferring a pooled one would detach its neighbours.
    const bytes = new Uint8Array(read.value);
    const result = await scorer.run({ file, bytes });
    if (key && (result.outcome.ok || result.outcome.error.code !== 'INTERNAL_ERROR')) cache!.set(key, result);
    fingerprints[index] = result.fingerprint;
    finish(index, result.outcome, false);
  };

  // A bounded queue: a few tasks per worker in flight, the rest wait here, so
  // memory stays flat for 10,000 files and an abort stops the flow at once.
  let next = 0;
  const lanes = Array.from({ length: jobs * 3 }, async () => {
    while (next < files.length && !signal?.aborted) await one(next++);
  });
  try {
    await Promise.all(lanes);
  } finally {
    await scorer.close();
  }
  const done = outcomes.filter((o): o is Outcome => o !== undefined);
  const { pairs, groups } = findSimilar(fingerprints.filter((f): f is Fingerprint => f !== undefined));
  return {
    rubric: { id: rubric.id, name: rubric.name, version: rubric.version },
    outcomes: done,
    similar: pairs,
    groups,
    overrides: {},
    interrupted: done.length < files.length,
    unscored: files.filter((_file, k) => outcomes[k] === undefined),
  };
}

/** The same bytes under another name (a copied file) get the cached result under their own name. */
function withFile(outcome: Outcome, file: string): Outcome {
  if (outcome.ok) return { ...outcome, file, card: { ...outcome.card, file } };
  return { ...outcome, file, error: { ...outcome.error, file } };
}
