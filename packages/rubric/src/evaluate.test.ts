import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rubric } from '@shuzhi/types';
import { parseReport } from '../../parser/src/index.ts';
import { evaluateRubric, readLabels, type Evaluation, type Labels } from './evaluate.ts';
import { parseRubric } from './load.ts';
import { tinyRubric } from './testing.ts';

const RUBRIC = tinyRubric(`  - id: funding
    name: 经费
    points: 10
    signals:
      - name: 经费有金额
        match: { all: [{ regex: '经费|列支|投入' }, { quantity: money }] }
      - name: 从不出现
        strength: partial
        match: { terms: [火星基地] }
    suggestion: 写经费
  - id: plans
    name: 打算
    points: 10
    signals:
      - name: 今后打算
        stance: plan
    suggestion: 写打算
quality:
  placeholder: { deduct: 1, maxDeduct: 5, patterns: ['\\*{2,}'] }
`);

// a.txt: funding with an amount, and a plan. b.txt: an amount too (the label says missing: a false credit), no plan, a redaction.
const A = ['2022年党管武装工作述职报告', '一、主要工作', '县财政列支410万元用于民兵训练。', '明年，我们将进一步加强民兵建设。'].join('\n');
const B = ['2022年党管武装工作述职报告', '一、主要工作', '县里为**镇民兵营投入经费20万元。', '我们圆满完成了征兵任务。'].join('\n');

let rubric: Rubric;
let dir: string;
let evaluation: Evaluation;
const parse = (file: string) => parseReport(file);

beforeAll(async () => {
  const r = parseRubric(RUBRIC, 'tiny.yaml');
  if (!r.ok) throw new Error(r.error.map((e) => e.message).join('\n'));
  rubric = r.value;
  dir = mkdtempSync(join(tmpdir(), 'shuzhi-evaluate-'));
  writeFileSync(join(dir, 'a.txt'), A);
  writeFileSync(join(dir, 'b.txt'), B);
  const labels: Labels = {
    rubric: 'tiny',
    reports: {
      'a.txt': { criteria: { funding: 'met', plans: 'met' }, findings: [] },
      'b.txt': { criteria: { funding: 'missing', plans: 'missing' }, findings: ['placeholder'] },
    },
  };
  evaluation = await evaluateRubric(rubric, labels, dir, parse);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('evaluateRubric', () => {
  it('scores every labelled report and gives the share of statuses that agree', () => {
    expect(evaluation.reports).toBe(2);
    expect(evaluation.failed).toEqual([]);
    // 4 labels, 3 agree (b’s funding is scored met).
    expect(evaluation.accuracy).toBe(0.75);
  });

  it('reports a false credit: labelled missing, scored met', () => {
    const funding = evaluation.criteria.find((c) => c.id === 'funding')!;
    expect(funding).toMatchObject({ name: '经费', total: 2, correct: 1, precision: 0.5, recall: 1, overCredits: [] });
    expect(funding.falseCredits).toEqual([{ file: 'b.txt', got: 'met' }]);
    expect(funding.mistakes).toEqual([{ file: 'b.txt', expected: 'missing', got: 'met' }]);
  });

  it('a criterion scored as labelled has no mistakes', () => {
    const plans = evaluation.criteria.find((c) => c.id === 'plans')!;
    expect(plans).toMatchObject({ total: 2, correct: 2, precision: 1, recall: 1, falseCredits: [], mistakes: [] });
  });

  it('has no problems with labels that fit the rubric', () => {
    expect(evaluation.problems).toEqual([]);
  });

  it('lists labels that do not fit the rubric and leaves them out of the counts; a rule may be named as in the YAML', async () => {
    const labels = {
      rubric: 'party-armed-forces',
      reports: {
        'a.txt': { criteria: { funding: 'met', plan: 'met' }, findings: [] },
        'b.txt': { criteria: { funding: 'partly', plans: 'missing' }, findings: ['placeholder', 'tooShort'] },
      },
    } as unknown as Labels;
    const e = await evaluateRubric(rubric, labels, dir, parse);
    // (Another rubric's labels are counted where the ids agree, as for a rubric tuned from it: a note, not a problem.)
    expect(e.notes).toEqual(['标注文件是为评分标准“party-armed-forces”写的，正在测试的是“tiny”：评分项 id 相同的标注照常计入']);
    expect(e.problems).toEqual([
      'a.txt：评分标准中没有评分项“plan”（可用：funding、plans）',
      'b.txt：“funding”的标注“partly”无效，应为 met、partial 或 missing',
      'b.txt：没有质量规则“tooShort”（可用：placeholder）',
    ]);
    // Only the labels that fit are counted: a's funding and b's plans.
    expect(e.criteria.map((c) => [c.id, c.total])).toEqual([
      ['funding', 1],
      ['plans', 1],
    ]);
    expect(e.findings.map((f) => f.rule)).toEqual(['placeholder']);
  });

  it('tells a criterion the rubric does not have once, with how many reports label it', async () => {
    const labels = { reports: { 'a.txt': { criteria: { funding: 'met', renamed: 'met' } }, 'b.txt': { criteria: { plans: 'met', renamed: 'partial' } } } } as unknown as Labels;
    const e = await evaluateRubric(rubric, labels, dir, parse);
    expect(e.problems).toEqual(['a.txt 等 2 份报告：评分标准中没有评分项“renamed”（可用：funding、plans）']);
    expect(e.notes).toEqual([]);
  });

  it('lists the signal that never fired on any report as silent, and only that one', () => {
    expect(evaluation.silent).toEqual([{ criterion: 'funding', signal: '从不出现' }]);
  });

  it('compares quality findings per rule', () => {
    expect(evaluation.findings).toEqual([{ rule: 'placeholder', expected: 1, found: 1, truePositive: 1, missed: [], spurious: [] }]);
  });

  it('a report labelled without findings does not test the quality rules: its findings are not spurious', async () => {
    const labels: Labels = { reports: { 'b.txt': { criteria: { funding: 'missing' } }, 'a.txt': { criteria: { funding: 'met' }, findings: [] } } };
    const e = await evaluateRubric(rubric, labels, dir, parse);
    expect(e.findings).toEqual([{ rule: 'placeholder', expected: 0, found: 0, truePositive: 0, missed: [], spurious: [] }]);
  });

  it('no status to compare: the accuracy is none, not 0 %', async () => {
    expect((await evaluateRubric(rubric, { reports: {} }, dir, parse)).accuracy).toBeNull();
  });

  it('an over-credit: labelled partial, scored met; a report that cannot be read is listed as failed', async () => {
    const labels: Labels = {
      reports: {
        'a.txt': { criteria: { funding: 'partial' }, findings: ['placeholder'] },
        'gone.txt': { criteria: { funding: 'met' } },
      },
    };
    const e = await evaluateRubric(rubric, labels, dir, parse);
    expect(e.reports).toBe(1);
    // The path tried beside the labels' own words: reports are looked for from the labels file's folder.
    expect(e.failed.map((f) => [f.file, f.path, f.error.code])).toEqual([['gone.txt', join(dir, 'gone.txt'), 'NOT_FOUND']]);
    const funding = e.criteria.find((c) => c.id === 'funding')!;
    expect(funding.overCredits).toEqual(['a.txt']);
    expect(funding.falseCredits).toEqual([]);
    expect(funding.recall).toBeNull();
    expect(e.accuracy).toBe(0);
    // Plans is not labelled here: nothing to compare.
    expect(e.criteria.find((c) => c.id === 'plans')).toMatchObject({ total: 0, correct: 0, precision: null, recall: null });
    expect(e.findings).toEqual([{ rule: 'placeholder', expected: 1, found: 0, truePositive: 0, missed: ['a.txt'], spurious: [] }]);
    // Only a.txt was scored: the plan signal fired there, the never-firing one did not.
    expect(e.silent).toEqual([{ criterion: 'funding', signal: '从不出现' }]);
  });
});

describe('readLabels', () => {
  it('reads a labels file and gives its folder as the base for report paths', () => {
    const path = join(dir, 'labels.json');
    writeFileSync(path, JSON.stringify({ reports: { 'a.txt': { criteria: { funding: 'met' } } } }));
    const r = readLabels(path);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.base).toBe(dir);
    expect(r.value.labels.reports['a.txt'].criteria.funding).toBe('met');
  });

  it('says a labels file that is not there is NOT_FOUND, not invalid', () => {
    const r = readLabels(join(dir, 'no-such-labels.json'));
    expect(r.ok ? null : r.error.code).toBe('NOT_FOUND');
  });

  it('refuses a file without reports, one of another shape, and one that is not JSON (with its line and column), with LABELS_INVALID', () => {
    const noReports = join(dir, 'empty.json');
    writeFileSync(noReports, '{"rubric": "tiny"}');
    const r1 = readLabels(noReports);
    expect(r1.ok ? null : r1.error).toMatchObject({ code: 'LABELS_INVALID', file: noReports, message: expect.stringMatching(/^标注文件格式不对：“reports”处/) });
    // An array of reports, not reports by file name: not read as a report named "0".
    const list = join(dir, 'list.json');
    writeFileSync(list, '{"reports": [{"file": "a.txt"}]}');
    const r2 = readLabels(list);
    expect(r2.ok ? null : r2.error.message).toMatch(/^标注文件格式不对/);
    const notJson = join(dir, 'broken.json');
    writeFileSync(notJson, '{\n  "reports": {\n    "a.txt": { "criteria": {} },\n  }\n}\n');
    const r3 = readLabels(notJson);
    expect(r3.ok ? null : r3.error).toEqual({ code: 'LABELS_INVALID', file: notJson, line: 4, column: 3, message: '标注文件不是有效的 JSON' });
  });
});
