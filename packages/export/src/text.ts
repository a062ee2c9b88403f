import { formatPoints, type BatchResult, type ScoreCard, type SimilarPair, type TemplateGroup } from '@shuzhi/types';
import { reviewBatch, type ReviewedReport, type ReviewOptions } from './review.ts';
import { SEVERITY_NAMES, STATUS_MARKS, STATUS_NAMES, overrideCaution, partMark, where } from './outcome.ts';
import { failureText, percent } from './sheets.ts';

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}……` : s);

/**
 * A reviewer's or author's reading of one score card, in Chinese. With a
 * reviewer's overrides (`reviewed`), the machine's total is named as such
 * beside the reviewed one, each adjustment is listed, 缺项 are those still
 * missing after them (as the sheets count them), and an adjusted criterion's
 * line shows its reviewed points beside the machine's.
 */
export function formatCard(card: ScoreCard, reviewed?: Omit<ReviewedReport, 'rank'>): string {
  const out: string[] = [];
  const adjusted = reviewed?.adjusted ?? false;
  out.push(`标题：${card.title ?? '（未识别）'}`);
  const note = (n: string | undefined) => (n ? `（${n}）` : '');
  out.push(`${adjusted ? '机评得分' : '得分'}：${formatPoints(card.score)} / ${card.max}    等级：${card.grade}${note(card.gradeNote)}${card.deductions ? `    （质量问题扣 ${formatPoints(card.deductions)} 分）` : ''}`);
  if (adjusted) out.push(`复核后得分：${formatPoints(reviewed!.score)} / ${card.max}    等级：${reviewed!.grade}${note(reviewed!.gradeNote)}`);
  for (const c of reviewed?.criteria ?? []) {
    const o = c.override;
    if (o) out.push(`  复核：${c.name} ${formatPoints(c.score)} → ${formatPoints(c.points)} 分（${o.reason}${o.reviewer ? `，${o.reviewer}` : ''}）${overrideCaution(o)}`);
  }
  const missing = reviewed?.missing ?? card.criteria.filter((c) => c.required && c.status === 'missing').map((c) => c.name);
  if (missing.length) out.push(`缺项：${missing.join('、')}`);
  out.push('');
  card.criteria.forEach((c, i) => {
    const r = reviewed?.criteria[i];
    const override = r?.override ? `  → 复核后 ${formatPoints(r.points)}/${c.max} ${STATUS_NAMES[r.reviewedStatus]}` : '';
    out.push(`${STATUS_MARKS[c.status]} ${c.name}${c.required ? '（必备）' : ''}  ${formatPoints(c.score)}/${c.max}  ${STATUS_NAMES[c.status]}${override}`);
    if (c.parts) out.push(`    要件：${c.parts.map((p) => `${partMark(p).mark}${partMark(p).label}`).join('；')}`);
    for (const e of c.evidence) out.push(`    证据［${where(e.line, e.paragraph)}·${e.section}］${clip(e.text, 90)}`);
    for (const a of c.setAside ?? []) out.push(`    未计分［${where(a.line, a.paragraph)}·${a.section}］${clip(a.text, 90)}（${a.reason}）`);
    if (c.suggestion) out.push(`    建议：${c.suggestion}`);
  });
  if (card.findings.length) {
    out.push('');
    out.push(`问题（${card.findings.length}）：`);
    for (const f of card.findings) {
      out.push(`  ${SEVERITY_NAMES[f.severity]}［${where(f.line, f.paragraph)}］${f.message}${f.deduction ? `（扣 ${formatPoints(f.deduction)} 分）` : ''}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/**
 * A batch as text: each report (with any reviewer overrides), a ranking when
 * there is more than one, the suspected copies, and a one-line summary.
 */
export function formatBatch(result: BatchResult, options: ReviewOptions = {}): string {
  const review = reviewBatch(result, options);
  const byFile = new Map(review.reports.map((r) => [r.file, r]));
  const parts = result.outcomes.map((o) => (o.ok ? `━━ ${o.file} ━━\n${formatCard(o.card, byFile.get(o.file))}` : `━━ ${o.file} ━━\n处理失败：${failureText(o.error)}\n`));
  if (review.reports.length > 1) {
    // (A total a reviewer adjusted says so, with the machine's: the ranking is by the adjusted one.)
    const ranking = review.reports.map((r) => `  ${String(r.rank).padStart(3)}. ${formatPoints(r.score).padStart(6)}  ${r.grade}  ${r.file}${r.adjusted ? `  （复核调整，机评 ${formatPoints(r.machineScore)}）` : ''}${r.missing.length ? `  缺项：${r.missing.join('、')}` : ''}`);
    parts.push(`排名（${review.reports.length} 份）：\n${ranking.join('\n')}\n`);
  }
  const similar = formatSimilar(result.similar, result.groups);
  if (similar) parts.push(similar);
  const unscored = result.unscored?.length ?? 0;
  const failed = review.failures.length - unscored;
  for (const file of result.unscored ?? []) parts.push(`━━ ${file} ━━\n未评分：评分被中断 [NOT_SCORED]\n`);
  parts.push(`共 ${result.outcomes.length + unscored} 份：评分 ${review.reports.length} 份${failed ? `，失败 ${failed} 份` : ''}${unscored ? `，未评分 ${unscored} 份` : ''}\n`);
  return parts.join('\n');
}

/** Suspected copies, for the text output of a batch. */
export function formatSimilar(pairs: SimilarPair[], groups: TemplateGroup[]): string {
  if (!pairs.length) return '';
  const out = [`疑似雷同（${pairs.length} 对）：`];
  for (const p of pairs) {
    out.push(`  ${p.a} ↔ ${p.b}  相似度 ${percent(p.similarity)}`);
    for (const x of p.passages.slice(0, 3)) out.push(`    雷同段落［${where(x.a.line, x.a.paragraph)} ↔ ${where(x.b.line, x.b.paragraph)}］${clip(x.text, 60)}`);
  }
  groups.forEach((g, k) => out.push(`  模板组 ${k + 1}（${g.files.length} 份）：${g.files.join('、')}`));
  return `${out.join('\n')}\n`;
}
