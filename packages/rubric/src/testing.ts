import type { Finding, Rubric } from '@shuzhi/types';
import { parseText } from '../../parser/src/testing.ts';
import { scoreReport } from './engine.ts';
import { loadRubric } from './load.ts';

/**
 * A small rubric for tests: the header every test rubric shares, then the
 * given criteria block (its first `- id:` is on line 8) and anything after.
 */
export const tinyRubric = (criteria: string, extra = '') => `id: tiny
name: 小标准
version: 1
grades:
  - { name: 合格, min: 60 }
  - { name: 不合格, min: 0 }
criteria:
${criteria}${extra}`;

/** The default rubric, loaded or the test fails. */
export function defaultRubric(): Rubric {
  const r = loadRubric();
  if (!r.ok) throw new Error(r.error.map((e) => e.message).join('\n'));
  return r.value;
}

/** One quality rule's findings on a text scored with the default rubric. */
export async function findingsOf(rule: string, text: string): Promise<Finding[]> {
  return scoreReport(await parseText(text), defaultRubric()).findings.filter((f) => f.rule === rule);
}
