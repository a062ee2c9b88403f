import { analyze, reportText, type Task } from './analyze.ts';

/** The piscina worker: one long-lived thread per job, each with its own segmenter. */
export default function run(task: Task) {
  return analyze(task);
}

/** A report's text again, for the shared passages of a pair (see scoreBatch). */
export function text(file: string) {
  return reportText(file);
}
