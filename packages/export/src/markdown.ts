import { formatPoints, type BatchResult } from '@shuzhi/types';
import { SEVERITY_NAMES, STATUS_MARKS, partMark, statusName, where, yearsOf } from './outcome.ts';
import { reviewBatch, type Review, type ReviewOptions, type ReviewedReport } from './review.ts';
import { findingsSheet, findingWhere, overrideReason, percent, ruleName, sideWhere, summarySheet, type CellValue } from './sheets.ts';

/**
 * Markdown-inert inline text: the ASCII characters that open inline
 * constructs (emphasis, code, links, HTML, entities, tables, strikethrough,
 * math) are backslash-escaped, so `**` placeholders, `<script>`, `[x](y)` and
 * `|` stay literal; line breaks become spaces so a value cannot start a block
 * (every line starts with text this module writes).
 */
export function mdText(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\\`*{}[\]<>|~&$]/g, (c) => `\\${c}`)
    // `_` between letters or digits never delimits emphasis (UNSUPPORTED_FORMAT stays readable).
    .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '\\_');
}

const cell = (v: CellValue) => (v === null ? '' : typeof v === 'number' ? String(v) : mdText(v));

function table(headers: string[], rows: CellValue[][]): string[] {
  return [`| ${headers.map(cell).join(' | ')} |`, `|${headers.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

function reportSection(r: ReviewedReport): string[] {
  const c = r.card;
  const out: string[] = [];
  out.push(`### ${r.rank}. ${mdText(c.title ?? '（未识别标题）')}`, '');
  out.push(`- 文件：${mdText(r.file)}`);
  const years = yearsOf(c.meta);
  const meta = [c.meta?.place ? `单位：${mdText(c.meta.place)}` : '', c.meta?.level ? `层级：${c.meta.level}` : '', years ? `年度：${years}` : ''].filter(Boolean);
  if (meta.length) out.push(`- ${meta.join('；')}`);
  out.push(
    `- 总分：**${formatPoints(r.score)} / ${c.max}**，等级：**${mdText(r.grade)}**${r.gradeNote ? `（${mdText(r.gradeNote)}）` : ''}${c.deductions ? `（质量问题扣 ${formatPoints(c.deductions)} 分）` : ''}${r.adjusted ? `；机评总分 ${formatPoints(r.machineScore)}` : ''}`,
  );
  if (r.missing.length) out.push(`- 缺项：${mdText(r.missing.join('、'))}`);
  out.push('');
  for (const k of r.criteria) {
    const pts = k.override ? `${formatPoints(k.points)}/${k.max}（机评 ${formatPoints(k.score)}）` : `${formatPoints(k.score)}/${k.max}`;
    out.push(`- ${STATUS_MARKS[k.reviewedStatus]} **${mdText(k.name)}**${k.required ? '（必备）' : ''}　${pts}　${statusName(k)}`);
    if (k.override) out.push(`  - 复核调整：${formatPoints(k.points)} 分，理由：${mdText(overrideReason(k.override))}`);
    if (k.parts) out.push(`  - 要件：${k.parts.map((p) => `${partMark(p).mark}${mdText(partMark(p).label)}`).join('；')}`);
    for (const e of k.evidence) out.push(`  - 证据［${where(e.line, e.paragraph)}·${mdText(e.section)}］${mdText(e.text)}`);
    for (const a of k.setAside ?? []) out.push(`  - 未计分［${where(a.line, a.paragraph)}·${mdText(a.section)}］${mdText(a.text)}（${mdText(a.reason)}）`);
    if (k.suggestion) out.push(`  - 建议：${mdText(k.suggestion)}`);
  }
  out.push('');
  if (c.findings.length) {
    out.push(`**问题（${c.findings.length}）**`, '');
    out.push(
      ...table(
        ['严重程度', '位置', '规则', '问题', '原文', '扣分'],
        c.findings.map((f) => [SEVERITY_NAMES[f.severity], findingWhere(f), ruleName(f.rule), f.message, f.text, f.deduction]),
      ),
    );
    out.push('');
  }
  return out;
}

/**
 * The first line of a Markdown export. Exports are often written into the
 * folder being scored; a later run must not take one for a report.
 */
export const EXPORT_MARKER = '<!-- shuzhi:export -->';

/** The 评分表 as Markdown, in the sheets' order: summary table, each report's criteria with evidence, the batch's findings, similar pairs, failures. */
export function toMarkdown(input: BatchResult | Review, options: ReviewOptions = {}): string {
  const review = 'outcomes' in input ? reviewBatch(input, options) : input;
  const out: string[] = [];
  out.push(EXPORT_MARKER, '# 述职报告评分表', '');
  out.push(`评分标准：${mdText(review.rubric.name)}（${mdText(review.rubric.id)}，版本 ${mdText(review.rubric.version)}）`, '');
  out.push(
    `共 ${review.reports.length + review.failures.length} 份：评分 ${review.reports.length} 份，处理失败 ${review.failures.length} 份，疑似雷同 ${review.similar.length} 对。`,
    '',
  );
  if (review.interrupted) out.push('> **评分被中断**：部分文件未处理，本表不完整。', '');

  out.push('## 评分汇总', '');
  const summary = summarySheet(review);
  if (summary.rows.length) out.push(...table(summary.columns.map((c) => c.header), summary.rows.map((r) => r.values)));
  else out.push('（没有评分成功的报告）');
  out.push('');

  if (review.reports.length) {
    out.push('## 评分明细', '');
    for (const r of review.reports) out.push(...reportSection(r));
  }

  out.push('## 问题清单', '');
  const findings = findingsSheet(review);
  const findingRows = [...findings.rows].map((r) => r.values);
  out.push(...(findingRows.length ? table(findings.columns.map((c) => c.header), findingRows) : ['（无）']), '');

  out.push('## 疑似雷同', '');
  if (review.similar.length) {
    for (const [i, p] of review.similar.entries()) {
      out.push(`### 雷同 ${i + 1}：相似度 ${percent(p.similarity)}${p.group ? `（模板组 ${p.group}）` : ''}`, '');
      out.push(`- A：${mdText(p.a)}`, `- B：${mdText(p.b)}`);
      for (const s of p.passages) out.push(`- 共同段落［A ${sideWhere(s.a)}｜B ${sideWhere(s.b)}］${mdText(s.text)}`);
      out.push('');
    }
    if (review.groups.length) {
      out.push('### 模板组', '');
      for (const [i, g] of review.groups.entries()) out.push(`${i + 1}. 相似度不低于 ${percent(g.similarity)}：${g.files.map(mdText).join('；')}`);
      out.push('');
    }
  } else out.push('（未发现）', '');

  out.push('## 处理失败', '');
  if (review.failures.length) out.push(...table(['文件', '错误码', '原因'], review.failures.map((f) => [f.file, f.error.code, f.error.message])));
  else out.push('（无）');
  out.push('');
  return out.join('\n');
}
