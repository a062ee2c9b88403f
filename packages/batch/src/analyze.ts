import { loadDocument, parseReport, readReportFile } from '@shuzhi/parser';
import { loadRubric, scoreReport } from '@shuzhi/rubric';
import { fingerprintReport, type Fingerprint } from '@shuzhi/similar';
import type { Outcome, Rubric } from '@shuzhi/types';
import { workerData } from 'piscina';
import { ResultCache } from './cache.ts';

/** One file's work, the same inline or in a worker thread: read → cache or (parse → score and fingerprint). */
export interface Task {
  file: string;
  /** The rubric file; each thread loads and compiles it once. */
  rubricPath: string;
  /** Where results are kept by content, and the rubric and tool digest they depend on; absent with --no-cache. */
  cache?: { dir: string; salt: string };
  /** The rubric file as edited since the thread was given it (`check --watch` reloads it): it replaces the one kept for its path. */
  rubric?: Rubric;
}

export interface TaskResult {
  outcome: Outcome;
  /** For copy detection across the batch (absent when the file failed); without the text, which reportText gives for the reports in pairs. */
  fingerprint?: Fingerprint;
  /** The result came from the cache. */
  cached?: boolean;
}

const rubrics = new Map<string, Rubric>();

/**
 * The rubric a batch was started with, as its thread loaded and checked it: tasks name it by its file, and the file is
 * not read again (its later edits come as a task's `rubric`). A worker is given it when it starts (see createScorer).
 */
export function useRubric(rubric: Rubric): void {
  if (rubric.source) rubrics.set(rubric.source, rubric);
}

const given = (workerData as { rubric?: Rubric } | null | undefined)?.rubric;
if (given) useRubric(given);

function rubricAt(path: string): Rubric {
  let rubric = rubrics.get(path);
  if (!rubric) {
    const loaded = loadRubric(path);
    // The main thread loaded the same file before starting: a failure here is a bug.
    if (!loaded.ok) throw new Error(`rubric ${path}: ${loaded.error.map((e) => e.message).join('; ')}`);
    rubric = loaded.value;
    rubrics.set(path, rubric);
  }
  return rubric;
}

const caches = new Map<string, ResultCache | null>();

/** The cache, or null when its folder cannot be made (read-only, a file in the way): then every file is scored afresh. */
function cacheAt(cache: NonNullable<Task['cache']>): ResultCache | null {
  const key = `${cache.dir}\n${cache.salt}`;
  if (!caches.has(key)) {
    try {
      caches.set(key, new ResultCache(cache.dir, cache.salt));
    } catch {
      caches.set(key, null);
    }
  }
  return caches.get(key)!;
}

/**
 * Everything for one file happens where the task runs, so the thread that
 * hands out files only hands out names: reading, hashing, the cache lookup,
 * parsing, scoring, fingerprinting, and storing the result.
 */
export async function analyze(task: Task): Promise<TaskResult> {
  const { file } = task;
  if (task.rubric) useRubric(task.rubric);
  const read = readReportFile(file);
  if (!read.ok) return { outcome: { file, ok: false, error: read.error } };
  const cache = task.cache ? cacheAt(task.cache) : null;
  const key = cache?.key(read.value);
  const hit = key ? cache!.get(key) : undefined;
  if (hit) return typedSample({ ...withFile(hit, file), cached: true });

  const parsed = await parseReport({ name: file, bytes: read.value });
  const result: TaskResult = parsed.ok
    ? { outcome: { file, ok: true, card: scoreReport(parsed.value, rubricAt(task.rubricPath)) }, fingerprint: fingerprintReport(parsed.value, { text: false }) }
    : { outcome: { file, ok: false, error: parsed.error } };
  if (key) cache!.set(key, result);
  return typedSample(result);
}

/** The fingerprint's hashes as a Uint32Array for the batch thread, which keeps one per report (the cache stores JSON: arrays). */
function typedSample(result: TaskResult): TaskResult {
  const fp = result.fingerprint;
  return fp ? { ...result, fingerprint: { ...fp, sample: Uint32Array.from(fp.sample) } } : result;
}

/** The report's text (what a fingerprint's offsets point into), or undefined when it no longer parses. */
export async function reportText(file: string): Promise<string | undefined> {
  const read = readReportFile(file);
  if (!read.ok) return undefined;
  // Report.text is the loaded document's text: the section tree is not needed for it.
  const loaded = await loadDocument({ name: file, bytes: read.value });
  return loaded.ok ? loaded.value.text : undefined;
}

/** The same bytes under another name (a copied file) get the cached result under their own name. */
function withFile(result: TaskResult, file: string): TaskResult {
  const { outcome, fingerprint } = result;
  return {
    outcome: outcome.ok ? { ...outcome, file, card: { ...outcome.card, file } } : { ...outcome, file, error: { ...outcome.error, file } },
    ...(fingerprint ? { fingerprint: { ...fingerprint, file } } : {}),
  };
}
