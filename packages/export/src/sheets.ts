import { formatPoints, type Evidence, type Finding, type Override, type PassageSide, type SetAside } from '@shuzhi/types';
import { SEVERITY_NAMES, overrideCaution, partMark, statusName, where, yearsOf } from './outcome.ts';
import type { Review, ReviewedPair, ReviewedReport } from './review.ts';

/**
 * The 评分表 as plain tables: what the .xlsx sheets and the CSV hold.
 * Values are strings or numbers (null for an empty cell); how a format
 * renders and neutralizes them is up to the format.
 */

export const SHEET_NAMES = {
  summary: '评分汇总',
  detail: '评分明细',
  findings: '问题清单',
  similar: '疑似雷同',
  failures: '处理失败',
} as const;

export type SheetName = (typeof SHEET_NAMES)[keyof typeof SHEET_NAMES];

/** Colour hint for a cell: criterion status or finding severity. */
export type Tone = 'met' | 'partial' | 'missing' | 'error' | 'warning';

export type CellValue = string | number | null;

export interface SheetColumn {
  header: string;
  /** `percent`: a 0–1 number shown as a percentage. */
  kind?: 'text' | 'number' | 'percent';
  /** Width cap in character columns (CJK counts two); longer text wraps. */
  maxWidth?: number;
  minWidth?: number;
  /** Always wrap (long free text such as evidence). */
  wrap?: boolean;
}

export interface SheetRow {
  values: CellValue[];
  /** Per column: colour hint. */
  tones?: Record<number, Tone>;
  /** Per column: a cell note (e.g. the override behind adjusted points). */
  notes?: Record<number, string>;
}

export interface SheetSpec {
  name: SheetName;
  columns: SheetColumn[];
  /**
   * Iterable more than once. The long sheets (one row per report × criterion)
   * are generated on each pass instead of held: 10,000 reports make 110,000
   * rows, which a writer measures in one pass and writes in the next.
   */
  rows: Iterable<SheetRow>;
}

/** Rows made from each item on every pass, never stored. */
function rowsOf<T>(items: readonly T[], make: (item: T) => SheetRow[]): Iterable<SheetRow> {
  return {
    *[Symbol.iterator]() {
      for (const item of items) yield* make(item);
    },
  };
}

export const RULE_NAMES: Record<string, string> = {
  placeholder: '占位符未填',
  'outdated-term': '过时提法',
  'level-inconsistency': '本级称谓不一致',
  vague: '空泛表述',
  'too-short': '篇幅过短',
  'off-topic': '偏题或错交文件',
  'repeated-paragraph': '段落重复',
  'other-document': '夹带其他文件',
  'format-mismatch': '文件格式不符',
};

export const ruleName = (rule: string) => RULE_NAMES[rule] ?? rule;

/**
 * A failed file's cause as every output says it (the CSV cell, the text output; stderr adds the file): the loader's
 * Chinese message once, with its code — never an error name before a message that already says it.
 */
export const failureText = (error: { code: string; message: string }) => `${error.message.trim()} [${error.code}]`;

export const criterionHeader = (c: { name: string; max: number }) => `${c.name}（${c.max}分）`;

export const evidenceLine = (e: Evidence) => `［${where(e.line, e.paragraph)}·${e.section}］${e.text}`;

/** A sentence that names the work and earned nothing, with why (see `CriterionScore.setAside`). */
export const setAsideLine = (a: SetAside) => `${evidenceLine(a)}（未计分：${a.reason}）`;

export const sideWhere = (s: PassageSide) => where(s.line, s.paragraph);

export const passageLine = (p: ReviewedPair['passages'][number]) => `［A ${sideWhere(p.a)}｜B ${sideWhere(p.b)}］${p.text}`;

export const overrideReason = (o: Override) => `${o.reason}${o.reviewer ? `（${o.reviewer}）` : ''}${overrideCaution(o)}`;

export const percent = (x: number) => `${(Math.round(x * 1000) / 10).toFixed(1)}%`;

export const findingWhere = (f: Finding) => where(f.line, f.paragraph);

/** Columns and rows of 评分汇总 (also the CSV). */
export function summarySheet(review: Review): SheetSpec & { rows: SheetRow[] } {
  const columns: SheetColumn[] = [
    { header: '排名', kind: 'number', minWidth: 6 },
    { header: '文件', maxWidth: 32 },
    { header: '标题', maxWidth: 30, wrap: true },
    // The place as the title names it, and its level (县, 乡镇, …): a reviewer filters by the level, sorts by the place.
    { header: '单位', maxWidth: 20 },
    { header: '层级', minWidth: 6 },
    { header: '年度', kind: 'number', minWidth: 6 },
    ...review.criteria.map((c): SheetColumn => ({ header: criterionHeader(c), kind: 'number', maxWidth: 10 })),
    { header: '扣分', kind: 'number' },
    { header: '总分', kind: 'number' },
    ...(review.hasOverrides ? [{ header: '机评总分', kind: 'number' } as SheetColumn] : []),
    { header: '等级', minWidth: 8 },
    // (Only the required criteria missing, which decide the grade; 评分明细 gives every criterion's status.)
    { header: '必备项缺项', maxWidth: 30, wrap: true },
    // Findings of severity 错误 (a file that is no such report at all): beside its score, not only on 问题清单.
    { header: '严重问题', maxWidth: 40, wrap: true },
    // The report's closest copy and its template group, beside its rank: the pairs themselves are on 疑似雷同.
    { header: '疑似雷同', maxWidth: 40, wrap: true },
  ];
  const first = 6;
  const rows = review.reports.map((r): SheetRow => {
    const tones: Record<number, Tone> = {};
    const notes: Record<number, string> = {};
    const points = review.criteria.map((k, i) => {
      const c = r.criteria.find((x) => x.id === k.id);
      if (!c) return null;
      tones[first + i] = c.status;
      if (c.override) notes[first + i] = `复核调整：机评 ${formatPoints(c.score)} 分 → 复核后 ${formatPoints(c.points)} 分。理由：${overrideReason(c.override)}`;
      return c.points;
    });
    const serious = r.card.findings.filter((f) => f.severity === 'error');
    if (serious.length) tones[columns.length - 2] = 'error';
    const copied = similarNote(review, r.file);
    if (copied) tones[columns.length - 1] = 'warning';
    return {
      values: [
        r.rank,
        r.file,
        r.card.title ?? '',
        r.card.meta?.place ?? '',
        r.card.meta?.level ?? '',
        yearsOf(r.card.meta),
        ...points,
        r.card.deductions,
        r.score,
        ...(review.hasOverrides ? [r.adjusted ? r.machineScore : null] : []),
        r.grade,
        r.missing.join('、'),
        serious.map((f) => `${ruleName(f.rule)}：${f.message}`).join('\n'),
        copied,
      ],
      tones,
      notes,
    };
  });
  return { name: SHEET_NAMES.summary, columns, rows };
}

/** "与 b.txt 相似 98.0%（另有 2 份）；模板组 1（共 5 份）", or '' for a report that copies none of the batch. */
function similarNote(review: Review, file: string): string {
  const pairs = review.similar.filter((p) => p.a === file || p.b === file).sort((x, y) => y.similarity - x.similarity);
  const group = review.groups.findIndex((g) => g.files.includes(file));
  const parts: string[] = [];
  if (pairs.length) {
    const top = pairs[0];
    parts.push(`与 ${top.a === file ? top.b : top.a} 相似 ${percent(top.similarity)}${pairs.length > 1 ? `（另有 ${pairs.length - 1} 份）` : ''}`);
  }
  if (group >= 0) parts.push(`模板组 ${group + 1}（共 ${review.groups[group].files.length} 份）`);
  return parts.join('；');
}

/** Columns and rows of 问题清单: every quality finding of the batch, report by report (also the md and html exports). */
export function findingsSheet(review: Review): SheetSpec {
  return {
    name: SHEET_NAMES.findings,
    columns: [
      { header: '文件', maxWidth: 36 },
      { header: '规则', minWidth: 10 },
      { header: '严重程度', minWidth: 10 },
      { header: '位置', minWidth: 10 },
      { header: '问题', maxWidth: 60, wrap: true },
      { header: '原文', maxWidth: 60, wrap: true },
      { header: '扣分', kind: 'number' },
    ],
    rows: rowsOf(review.reports, (r) =>
      r.card.findings.map((f): SheetRow => ({
        values: [r.file, ruleName(f.rule), SEVERITY_NAMES[f.severity], findingWhere(f), `${f.message}${cappedNote(r.card.findings, f)}`, f.text, f.deduction],
        tones: f.severity === 'error' ? { 2: 'error' } : f.severity === 'warning' ? { 2: 'warning' } : {},
      })),
    ),
  };
}

/**
 * Why a finding deducts less than the ones of its rule before it: the rule's cap was reached ("扣分 0" would read as a
 * finding that does not count).
 */
function cappedNote(findings: Finding[], f: Finding): string {
  const same = findings.filter((x) => x.rule === f.rule);
  const full = Math.max(...same.map((x) => x.deduction));
  if (f.deduction >= full) return '';
  const total = same.reduce((sum, x) => sum + x.deduction, 0);
  return `（本规则已扣满 ${formatPoints(total)} 分，此条不再扣分）`;
}

function detailRows(r: ReviewedReport): SheetRow[] {
  return r.criteria.map((c) => ({
    values: [
      r.file,
      c.name,
      c.required ? '是' : '否',
      statusName(c),
      c.parts ? c.parts.map((p) => `${partMark(p).mark}${partMark(p).label}`).join('\n') : '',
      c.score,
      c.override ? c.points : null,
      c.override ? overrideReason(c.override) : '',
      c.max,
      c.evidence.map(evidenceLine).join('\n'),
      (c.setAside ?? []).map(setAsideLine).join('\n'),
      c.suggestion ?? '',
    ],
    tones: { 3: c.reviewedStatus },
  }));
}

export function buildSheets(review: Review): SheetSpec[] {
  const detail: SheetSpec = {
    name: SHEET_NAMES.detail,
    columns: [
      { header: '文件', maxWidth: 36 },
      { header: '评分项', maxWidth: 24, wrap: true },
      { header: '必备', minWidth: 6 },
      { header: '状态', minWidth: 10 },
      { header: '要件', maxWidth: 30, wrap: true },
      { header: '机评得分', kind: 'number' },
      { header: '复核后得分', kind: 'number' },
      { header: '调整理由', maxWidth: 30, wrap: true },
      { header: '满分', kind: 'number' },
      { header: '证据', maxWidth: 80, wrap: true },
      // Why a 缺项 or a partial is one, where the report does name the work: the sentences set aside and the reason.
      { header: '未计分的相关内容', maxWidth: 60, wrap: true },
      { header: '建议', maxWidth: 50, wrap: true },
    ],
    rows: rowsOf(review.reports, detailRows),
  };

  const findings = findingsSheet(review);

  const similar: SheetSpec = {
    name: SHEET_NAMES.similar,
    columns: [
      { header: '文件A', maxWidth: 36 },
      { header: '文件B', maxWidth: 36 },
      { header: '相似度', kind: 'percent', minWidth: 8 },
      { header: '模板组', kind: 'number', minWidth: 8 },
      { header: '共同段落', maxWidth: 90, wrap: true },
    ],
    rows: review.similar.map((p) => ({ values: [p.a, p.b, p.similarity, p.group, p.passages.map(passageLine).join('\n')] })),
  };

  const failures: SheetSpec = {
    name: SHEET_NAMES.failures,
    columns: [
      { header: '文件', maxWidth: 50 },
      { header: '错误码', minWidth: 12 },
      { header: '原因', maxWidth: 70, wrap: true },
    ],
    rows: review.failures.map((f) => ({ values: [f.file, f.error.code, f.error.message] })),
  };

  return [summarySheet(review), detail, findings, similar, failures];
}
