/**
 * What scoring costs, in one process, beyond parsing: reports parsed once,
 * then scored three times for a warm-up and three times measured (ms a
 * report), then split by criterion and by quality rule.
 *
 *   pnpm exec tsx bench/criteria.ts bench/out/10000 [reports]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '@shuzhi/parser';
import type { Report } from '@shuzhi/types';
import { compileRubric, scoreCriterion, scoreReport } from '../packages/rubric/src/engine.ts';
import { loadRubric } from '../packages/rubric/src/load.ts';
import { runQualityChecks } from '../packages/rubric/src/quality/index.ts';
import { createStanceJudge } from '../packages/rubric/src/stance.ts';
import { buildView } from '../packages/rubric/src/view.ts';

const [dir, count] = process.argv.slice(2);
const files = readdirSync(dir).map((f) => join(dir, f)).slice(0, Number(count ?? 600));
const reports: Report[] = [];
for (const name of files) {
  const parsed = await parseReport({ name, bytes: readFileSync(name) });
  if (parsed.ok) reports.push(parsed.value);
}
const loaded = loadRubric('party-armed-forces');
if (!loaded.ok) throw new Error('the default rubric does not load');
const rubric = loaded.value;
const ROUNDS = 3;

for (let i = 0; i < ROUNDS; i++) for (const r of reports) scoreReport(r, rubric);
const t0 = performance.now();
for (let i = 0; i < ROUNDS; i++) for (const r of reports) scoreReport(r, rubric);
console.log(`${reports.length} reports: scoring ${((performance.now() - t0) / reports.length / ROUNDS).toFixed(3)} ms a report`);

const times = new Map<string, number>();
const add = (k: string, t: number) => times.set(k, (times.get(k) ?? 0) + t);
const compiled = compileRubric(rubric);
for (let i = 0; i < ROUNDS; i++) {
  for (const r of reports) {
    let t = performance.now();
    const view = buildView(r, rubric.cues);
    const judge = createStanceJudge(view, rubric.cues);
    add('view and judge', performance.now() - t);
    for (const cc of compiled.criteria) {
      t = performance.now();
      scoreCriterion(cc, view, judge);
      add(cc.criterion.id, performance.now() - t);
    }
    for (const rule of rubric.quality) {
      t = performance.now();
      runQualityChecks(view, { ...rubric, quality: [rule] });
      add(`quality: ${rule.rule}`, performance.now() - t);
    }
  }
}
// The judge's answers are memoized per sentence: what a criterion costs includes the questions it asks first.
for (const [k, v] of times) console.log(`${k.padEnd(28)} ${((v / reports.length / ROUNDS) * 1000).toFixed(0).padStart(5)} µs`);
