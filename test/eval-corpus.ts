// Every label set under corpus/ scored in one process, for a change to the rules measured against all of them at once:
// `pnpm exec tsx test/eval-corpus.ts [OUT_DIR]` prints each set's accuracy and false credits and the totals, and with OUT_DIR
// writes each set's evaluation (what `shuzhi rubric test --json` prints) as OUT_DIR/<set>.json to compare runs.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '@shuzhi/parser';
import { evaluateRubric, loadRubric, readLabels } from '@shuzhi/rubric';

const CORPUS = new URL('../corpus/', import.meta.url).pathname;
const out = process.argv[2];
if (out) mkdirSync(out, { recursive: true });
const rubric = loadRubric('party-armed-forces');
if (!rubric.ok) throw new Error(rubric.error.map((e) => e.message).join('\n'));

const sets = [['top', join(CORPUS, 'labels.json')], ...readdirSync(CORPUS).filter((d) => d.startsWith('holdout')).sort().map((d) => [d, join(CORPUS, d, 'labels.json')])];
let statuses = 0;
let right = 0;
let falseCredits = 0;
for (const [name, path] of sets) {
  if (!existsSync(path)) continue;
  const labels = readLabels(path);
  if (!labels.ok) throw new Error(labels.error.message);
  const result = await evaluateRubric(rubric.value, labels.value.labels, labels.value.base, (f) => parseReport(f));
  if (out) writeFileSync(join(out, `${name}.json`), JSON.stringify(result));
  const total = result.criteria.reduce((n, c) => n + c.total, 0);
  const fc = result.criteria.reduce((n, c) => n + c.falseCredits.length, 0);
  statuses += total;
  right += result.criteria.reduce((n, c) => n + c.correct, 0);
  falseCredits += fc;
  console.log(`${name}\t${result.accuracy === null ? '—' : `${(result.accuracy * 100).toFixed(1)} %`}\t${fc}`);
}
console.log(`all\t${((100 * right) / statuses).toFixed(2)} % of ${statuses}\t${falseCredits} false credits`);
