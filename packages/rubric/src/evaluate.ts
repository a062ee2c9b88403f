import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Report, Result, Rubric, ScoreCard, ShuzhiError, Status } from '@shuzhi/types';
import { fail, ok, readCause } from '@shuzhi/types';
import { z } from 'zod';
import { scoreReport } from './engine.ts';

/** corpus/labels.json: the statuses and findings a careful reviewer gives each report. */
export interface Labels {
  rubric?: string;
  reports: Record<string, { criteria: Record<string, Status>; findings?: string[]; notes?: string }>;
}

export interface CriterionEvaluation {
  id: string;
  name: string;
  total: number;
  correct: number;
  /** Over reports labelled met: share scored met (recall), and of those scored met, share labelled met (precision). */
  precision: number | null;
  recall: number | null;
  /** Labelled missing but given met or partial: credit for an absent element. */
  falseCredits: { file: string; got: Status }[];
  /** Labelled partial but scored met. */
  overCredits: string[];
  mistakes: { file: string; expected: Status; got: Status }[];
}

export interface FindingEvaluation {
  rule: string;
  expected: number;
  found: number;
  truePositive: number;
  missed: string[];
  spurious: string[];
}

export interface Evaluation {
  reports: number;
  /** `file` as the labels name it; `path` where it was looked for (resolved against the labels file's folder). */
  failed: { file: string; path: string; error: ShuzhiError }[];
  /** Share of (report, criterion) statuses that agree; null when there was none to compare. */
  accuracy: number | null;
  criteria: CriterionEvaluation[];
  findings: FindingEvaluation[];
  /** Signals and parts that fired on no report of the set. */
  silent: { criterion: string; signal: string }[];
  /** What is wrong with the labels themselves (unknown criteria or rules, bad statuses): those labels are not counted. */
  problems: string[];
  /**
   * What to know about labels that are still counted: written for another rubric (one tuned from the rubric the labels were made
   * for keeps its criteria's ids, so its labels apply).
   */
  notes: string[];
}

const STATUSES = new Set<string>(['met', 'partial', 'missing']);
/** A rule as the YAML names it (tooShort) or as findings do (too-short). */
const ruleId = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * Labels checked against the rubric: a typo in a criterion id, a status other
 * than met / partial / missing, an unknown rule, a label file written for
 * another rubric, or a criterion no report is labelled for. Labels that do
 * not fit are left out of the counts, so they cannot pass for mistakes.
 */
export function labelProblems(labels: Labels, rubric: Rubric): string[] {
  const problems: string[] = [];
  const ids = new Set(rubric.criteria.map((c) => c.id));
  const rules = new Set<string>(rubric.quality.map((q) => q.rule));
  const labelled = new Set<string>();
  // A criterion renamed or dropped is labelled in every report: told once, with the reports that label it.
  const unknown = new Map<string, string[]>();
  for (const [file, expected] of Object.entries(labels.reports)) {
    for (const [id, status] of Object.entries(expected.criteria ?? {})) {
      if (!ids.has(id)) unknown.set(id, [...(unknown.get(id) ?? []), file]);
      else labelled.add(id);
      if (!STATUSES.has(status)) problems.push(`${file}：“${id}”的标注“${status}”无效，应为 met、partial 或 missing`);
    }
    for (const rule of expected.findings ?? []) if (!rules.has(ruleId(rule))) problems.push(`${file}：没有质量规则“${rule}”（可用：${[...rules].join('、')}）`);
  }
  for (const [id, files] of unknown) {
    problems.unshift(`${files.length > 1 ? `${files[0]} 等 ${files.length} 份报告` : files[0]}：评分标准中没有评分项“${id}”（可用：${[...ids].join('、')}）`);
  }
  for (const id of ids) if (!labelled.has(id)) problems.push(`没有一份报告标注了评分项“${id}”，它的准确率无从检验`);
  return problems;
}

/** The labels file's shape: reports by file name, each with its criteria's statuses (checked against the rubric later). */
const LABELS = z.object({
  rubric: z.string().optional(),
  reports: z.record(
    z.string(),
    z.object({ criteria: z.record(z.string(), z.string()).default({}), findings: z.array(z.string()).optional(), notes: z.string().optional() }),
  ),
});

export function readLabels(path: string): Result<{ labels: Labels; base: string }, ShuzhiError> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    // (A file that is not there is the common case, and a code of its own: the path is wrong, not the labels.)
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    return fail({ code: missing ? 'NOT_FOUND' : 'LABELS_INVALID', file: path, message: `无法读取标注文件（${readCause(err)}）` });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    // V8 names the offset ("… in JSON at position 12"): the user's editor counts lines and columns.
    const at = /position (\d+)/.exec((err as Error).message);
    const where = at ? lineColumn(text, Number(at[1])) : null;
    return fail({ code: 'LABELS_INVALID', file: path, ...where, message: '标注文件不是有效的 JSON' });
  }
  const parsed = LABELS.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue.path.length ? `“${issue.path.join('.')}”处` : '';
    return fail({ code: 'LABELS_INVALID', file: path, message: `标注文件格式不对：${at}应为 { "reports": { "报告文件": { "criteria": { "评分项": "met|partial|missing" } } } }` });
  }
  return ok({ labels: parsed.data as Labels, base: dirname(resolve(path)) });
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

/** Scores every labelled report and compares, per criterion and per quality rule. */
export async function evaluateRubric(
  rubric: Rubric,
  labels: Labels,
  base: string,
  parse: (file: string) => Promise<Result<Report, ShuzhiError>>,
): Promise<Evaluation> {
  const scored: { file: string; card: ScoreCard; expected: Labels['reports'][string] }[] = [];
  const failed: Evaluation['failed'] = [];
  const fired = new Set<string>();
  for (const [file, expected] of Object.entries(labels.reports)) {
    const path = resolve(base, file);
    const parsed = await parse(path);
    if (!parsed.ok) {
      failed.push({ file, path, error: parsed.error });
      continue;
    }
    const card = scoreReport(parsed.value, rubric, { keepHits: true });
    for (const hit of card.hits ?? []) fired.add(`${hit.criterion}:${hit.signal}`);
    scored.push({ file, card, expected });
  }

  const criteria: CriterionEvaluation[] = rubric.criteria.map((c) => {
    const rows = scored
      .filter((s) => STATUSES.has(s.expected.criteria?.[c.id]))
      .map((s) => ({ file: s.file, expected: s.expected.criteria[c.id], got: s.card.criteria.find((k) => k.id === c.id)!.status }));
    const scoredMet = rows.filter((r) => r.got === 'met');
    const labelledMet = rows.filter((r) => r.expected === 'met');
    return {
      id: c.id,
      name: c.name,
      total: rows.length,
      correct: rows.filter((r) => r.expected === r.got).length,
      precision: ratio(scoredMet.filter((r) => r.expected === 'met').length, scoredMet.length),
      recall: ratio(labelledMet.filter((r) => r.got === 'met').length, labelledMet.length),
      falseCredits: rows.filter((r) => r.expected === 'missing' && r.got !== 'missing').map((r) => ({ file: r.file, got: r.got })),
      overCredits: rows.filter((r) => r.expected === 'partial' && r.got === 'met').map((r) => r.file),
      mistakes: rows.filter((r) => r.expected !== r.got),
    };
  });

  const rules = rubric.quality.map((q) => q.rule as string);
  // Only reports whose labels say which findings they expect (`findings`, empty for none) test the quality rules: a label file
  // without them labels the criteria alone, and every finding would read as spurious.
  const judged = scored.filter((s) => s.expected.findings !== undefined);
  const findings: FindingEvaluation[] = rules.map((rule) => {
    const expectedIn = judged.filter((s) => s.expected.findings!.some((f) => ruleId(f) === rule)).map((s) => s.file);
    const foundIn = judged.filter((s) => s.card.findings.some((f) => f.rule === rule)).map((s) => s.file);
    return {
      rule,
      expected: expectedIn.length,
      found: foundIn.length,
      truePositive: foundIn.filter((f) => expectedIn.includes(f)).length,
      missed: expectedIn.filter((f) => !foundIn.includes(f)),
      spurious: foundIn.filter((f) => !expectedIn.includes(f)),
    };
  });

  const silent = rubric.criteria.flatMap((c) => [
    ...c.signals.filter((s) => !fired.has(`${c.id}:${s.name}`)).map((s) => ({ criterion: c.id, signal: s.name })),
    ...c.parts.filter((p) => !fired.has(`${c.id}:${p.name}`)).map((p) => ({ criterion: c.id, signal: p.name })),
  ]);

  const total = criteria.reduce((n, c) => n + c.total, 0);
  const correct = criteria.reduce((n, c) => n + c.correct, 0);
  return { reports: scored.length, failed, accuracy: total ? correct / total : null, criteria, findings, silent, problems: labelProblems(labels, rubric), notes: labels.rubric && labels.rubric !== rubric.id ? [`标注文件是为评分标准“${labels.rubric}”写的，正在测试的是“${rubric.id}”：评分项 id 相同的标注照常计入`] : [] };
}
