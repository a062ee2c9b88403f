import type { ScoreCard, SimilarPair, TemplateGroup } from '@shuzhi/types';
import { SEVERITY_NAMES, STATUS_MARKS, STATUS_NAMES, where, type Outcome } from './outcome.ts';

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}……` : s);

/** A reviewer's or author's reading of one score card, in Chinese. */
export function formatCard(card: ScoreCard): string {
  const out: string[] = [];
  out.push(`标题：${card.title ?? '（未识别）'}`);
  out.push(`得分：${card.score} / ${card.max}    等级：${card.grade}${card.deductions ? `    （质量问题扣 ${card.deductions} 分）` : ''}`);
  const missing = card.criteria.filter((c) => c.required && c.status === 'missing').map((c) => c.name);
  if (missing.length) out.push(`缺项：${missing.join('、')}`);
  out.push('');
  for (const c of card.criteria) {
    out.push(`${STATUS_MARKS[c.status]} ${c.name}${c.required ? '（必备）' : ''}  ${c.score}/${c.max}  ${STATUS_NAMES[c.status]}`);
    if (c.parts) out.push(`    要件：${c.parts.map((p) => `${p.found ? '✔' : '✖'}${p.name}`).join('；')}`);
    for (const e of c.evidence) out.push(`    证据［${where(e.line, e.paragraph)}·${e.section}］${clip(e.text, 90)}`);
    if (c.suggestion) out.push(`    建议：${c.suggestion}`);
  }
  if (card.findings.length) {
    out.push('');
    out.push(`问题（${card.findings.length}）：`);
    for (const f of card.findings) {
      out.push(`  ${SEVERITY_NAMES[f.severity]}［${where(f.line, f.paragraph)}］${f.message}${f.deduction ? `（扣 ${f.deduction} 分）` : ''}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** Every outcome of a batch, failures included, then a one-line summary. */
export function formatOutcomes(outcomes: Outcome[]): string {
  const parts = outcomes.map((o) => `━━ ${o.file} ━━\n${o.ok ? formatCard(o.card) : `处理失败：${o.error.message} [${o.error.code}]\n`}`);
  const failed = outcomes.filter((o) => !o.ok).length;
  parts.push(`共 ${outcomes.length} 份：评分 ${outcomes.length - failed} 份${failed ? `，失败 ${failed} 份` : ''}\n`);
  return parts.join('\n');
}

/** Suspected copies, for the text output of a batch. */
export function formatSimilar(pairs: SimilarPair[], groups: TemplateGroup[]): string {
  if (!pairs.length) return '';
  const out = [`疑似雷同（${pairs.length} 对）：`];
  for (const p of pairs) {
    out.push(`  ${p.a} ↔ ${p.b}  相似度 ${(p.similarity * 100).toFixed(0)}%`);
    for (const x of p.passages.slice(0, 3)) out.push(`    雷同段落［${where(x.a.line, x.a.paragraph)} ↔ ${where(x.b.line, x.b.paragraph)}］${clip(x.text, 60)}`);
  }
  groups.forEach((g, k) => out.push(`  模板组 ${k + 1}（${g.files.length} 份）：${g.files.join('、')}`));
  return `${out.join('\n')}\n`;
}
