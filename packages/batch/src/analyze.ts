import { parseReport } from '@shuzhi/parser';
import { loadRubric, scoreReport } from '@shuzhi/rubric';
import { fingerprintReport, type Fingerprint } from '@shuzhi/similar';
import type { Outcome, Rubric } from '@shuzhi/types';

/** One file's work, the same inline or in a worker thread: bytes → parse → score and fingerprint. */
export interface Task {
  file: string;
  bytes: Uint8Array;
  /** The rubric file; each thread loads and compiles it once. */
  rubricPath: string;
}

export interface TaskResult {
  outcome: Outcome;
  /** For copy detection across the batch (absent when the file failed). */
  fingerprint?: Fingerprint;
}

const rubrics = new Map<string, Rubric>();

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

export async function analyze(task: Task): Promise<TaskResult> {
  const parsed = await parseReport({ name: task.file, bytes: task.bytes });
  if (!parsed.ok) return { outcome: { file: task.file, ok: false, error: parsed.error } };
  const card = scoreReport(parsed.value, rubricAt(task.rubricPath));
  return { outcome: { file: task.file, ok: true, card }, fingerprint: fingerprintReport(parsed.value) };
}
