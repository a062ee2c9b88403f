import { analyze, type Task } from './analyze.ts';

/** The piscina worker: one long-lived thread per job, each with its own segmenter. */
export default function run(task: Task) {
  return analyze(task);
}
