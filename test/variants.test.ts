import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseReport } from '@shuzhi/parser';
import { loadRubric } from '@shuzhi/rubric';
import type { Rubric } from '@shuzhi/types';
import { scoreReport } from '../packages/rubric/src/engine.ts';

/**
 * A fresh-eyes user's variants of four complete reports in four voices (a 街道, a mountain township, a city, a county's
 * tables and questions and answers; twelfth session): each changes one required element, either to a wording that must
 * not earn it (someone else's, negated, planned, a condition, a rule, an earlier year, a label or a blank, money of others
 * or moved elsewhere) or to an unusual one that must (spoken, Chinese numerals, a table row). `expected.tsv` gives the
 * status a reviewer gives; for the 四个一, whose variants keep two of its parts, partial.
 */
const DIR = fileURLToPath(new URL('./fixtures/variants/', import.meta.url));

/**
 * Variants the rules still read wrong, each with why (34 false and 9 withheld credits on arrival; 7 and 4 after the session's
 * rules; one false credit fewer since the thirty-sixth session, which reads the townships assessed in a township's report as the
 * level above's work).
 */
const KNOWN: Record<string, string> = {
  'b-inc-hon-table.txt': 'a table row “| 村级武装工作 | 8分 | 征兵任务未完成的村支书不得评优 |” without the word 考核 in its row',
  'd-inc-hon-numerals.md': '“答：占百分之五。……”: the answer leans on its question for what is assessed',
  'd-inc-hon-table.md': 'a table row “| 乡镇党委党管武装工作 | 5% | 民兵整组不达标扣2分… |” without 考核 in its row',
  'a-short-neg-neighbour.txt': '“西湖街道在民兵整组中存在台账不实的问题……我们引以为戒”: another place by its name alone is not known as another',
  'b-inc-neg-placeholder.txt': '“分值为____分”: the assessment stated with a blank weight earns the partial for the assessment named',
  'b-plan-neg-others-plan.txt': '“明年县里会派人来检查民兵训练”: the level above spoken of as 县里 in a plan',
  'd-fo-neg-other-body.md': 'a table cell “县政府常务会议研究4次” under the 常委会 row: the row’s activity is taken from its first cell',
  'd-plan-neg-placeholder.md': 'a table of “（待定）” cells under the plans heading: the header row reads as a plan',
  'd-plan-neg-done-table.md': 'a table row “| 乡镇武装部规范化 | 已验收8个乡镇 | 2024年6月 |” under the plans heading: read as a plan with a date',
};

const cases = readFileSync(`${DIR}expected.tsv`, 'utf8')
  .trim()
  .split('\n')
  .map((line) => line.split('\t') as [string, string, string]);

let rubric: Rubric;
beforeAll(() => {
  const loaded = loadRubric('party-armed-forces');
  if (!loaded.ok) throw new Error('the default rubric does not load');
  rubric = loaded.value;
});

describe('a fresh-eyes user’s variants of four reports', () => {
  it('are all here, each with a status', () => {
    expect(cases.length).toBe(144);
    for (const file of Object.keys(KNOWN)) expect(cases.some(([f]) => f === file)).toBe(true);
  });

  for (const [file, criterion, expected] of cases) {
    (KNOWN[file] ? it.fails : it)(`${file}: ${criterion} is ${expected}`, async () => {
      const parsed = await parseReport(`${DIR}${file}`);
      if (!parsed.ok) throw new Error(parsed.error.message);
      expect(scoreReport(parsed.value, rubric).criteria.find((c) => c.id === criterion)?.status).toBe(expected);
    });
  }
});
