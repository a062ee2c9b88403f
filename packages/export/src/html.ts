import { formatPoints, type BatchResult } from '@shuzhi/types';
import { SEVERITY_NAMES, STATUS_MARKS, partMark, statusName, where, yearsOf } from './outcome.ts';
import { reviewBatch, type Review, type ReviewOptions, type ReviewedReport } from './review.ts';
import { findingsSheet, findingWhere, overrideReason, percent, ruleName, sideWhere, summarySheet, type CellValue, type Tone } from './sheets.ts';

/** Escapes text for HTML element content and quoted attribute values. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

const CSS = `
:root { --met: #c6efce; --met-fg: #006100; --partial: #ffeb9c; --partial-fg: #9c5700; --missing: #ffc7ce; --missing-fg: #9c0006; --line: #c8ccd4; }
* { box-sizing: border-box; }
body { font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "SimSun", sans-serif; font-size: 14px; line-height: 1.6; color: #1f2328; margin: 24px auto; max-width: 1400px; padding: 0 16px; }
h1 { font-size: 24px; margin: 0 0 8px; }
h2 { font-size: 20px; border-bottom: 2px solid #2f5597; padding-bottom: 4px; margin-top: 32px; }
h3 { font-size: 16px; margin: 24px 0 8px; }
.meta { color: #57606a; margin: 4px 0; }
.warn { background: var(--partial); color: var(--partial-fg); padding: 8px 12px; border-radius: 4px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; }
th, td { border: 1px solid var(--line); padding: 4px 6px; vertical-align: top; text-align: left; word-break: break-word; }
th { background: #d9e1f2; white-space: nowrap; }
td.num { text-align: right; white-space: nowrap; }
.met { background: var(--met); color: var(--met-fg); }
.partial { background: var(--partial); color: var(--partial-fg); }
.missing { background: var(--missing); color: var(--missing-fg); }
.error { background: var(--missing); color: var(--missing-fg); }
.warning { background: var(--partial); color: var(--partial-fg); }
ul.ev { margin: 0; padding-left: 1.2em; }
.loc { color: #57606a; }
.note { color: #57606a; font-size: 12px; }
li.aside { color: #57606a; }
.report { break-inside: auto; }
.report h3 { break-after: avoid; }
a { color: #0b5cad; text-decoration: none; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 11px; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  h2 { break-before: page; }
  h2.first { break-before: auto; }
  .met, .partial, .missing, .error, .warning, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; }
}
`;

const td = (v: CellValue, tone?: Tone, title?: string) => {
  const cls = [typeof v === 'number' ? 'num' : '', tone ?? ''].filter(Boolean).join(' ');
  return `<td${cls ? ` class="${cls}"` : ''}${title ? ` title="${esc(title)}"` : ''}>${v === null ? '' : esc(String(v))}</td>`;
};

const thead = (headers: string[]) => `<thead><tr>${headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>`;

/** `anchor` is the report's position in the summary (ranks can tie). */
function reportSection(r: ReviewedReport, anchor: number): string {
  const c = r.card;
  const out: string[] = [];
  out.push(`<section class="report" id="r${anchor}">`);
  out.push(`<h3>${r.rank}. ${esc(c.title ?? '（未识别标题）')}</h3>`);
  const meta = [`文件：${esc(r.file)}`];
  if (c.meta?.place) meta.push(`单位：${esc(c.meta.place)}`);
  if (c.meta?.level) meta.push(`层级：${esc(c.meta.level)}`);
  const years = yearsOf(c.meta);
  if (years) meta.push(`年度：${years}`);
  out.push(`<p class="meta">${meta.join('　')}</p>`);
  out.push(
    `<p><strong>总分 ${formatPoints(r.score)} / ${c.max}</strong>　等级：<strong>${esc(r.grade)}</strong>${r.gradeNote ? `（${esc(r.gradeNote)}）` : ''}${c.deductions ? `　（质量问题扣 ${formatPoints(c.deductions)} 分）` : ''}${r.adjusted ? `　机评总分 ${formatPoints(r.machineScore)}` : ''}</p>`,
  );
  if (r.missing.length) out.push(`<p class="missing">缺项：${esc(r.missing.join('、'))}</p>`);
  out.push(`<table>${thead(['评分项', '状态', '得分', '证据', '建议'])}<tbody>`);
  for (const k of r.criteria) {
    const pts = k.override
      ? `<strong>${formatPoints(k.points)}</strong> / ${k.max}<div class="note">机评 ${formatPoints(k.score)} 分；复核调整理由：${esc(overrideReason(k.override))}</div>`
      : `${formatPoints(k.score)} / ${k.max}`;
    const ev: string[] = [];
    if (k.parts) ev.push(`<li>要件：${k.parts.map((p) => `${partMark(p).mark}${esc(partMark(p).label)}`).join('；')}</li>`);
    for (const e of k.evidence) ev.push(`<li><span class="loc">［${esc(where(e.line, e.paragraph))}·${esc(e.section)}］</span>${esc(e.text)}</li>`);
    for (const a of k.setAside ?? []) ev.push(`<li class="aside"><span class="loc">未计分［${esc(where(a.line, a.paragraph))}·${esc(a.section)}］</span>${esc(a.text)}<div class="note">${esc(a.reason)}</div></li>`);
    out.push(
      `<tr><td>${esc(k.name)}${k.required ? '（必备）' : ''}</td><td class="${k.reviewedStatus}">${STATUS_MARKS[k.reviewedStatus]} ${statusName(k)}</td><td class="num">${pts}</td>` +
        `<td>${ev.length ? `<ul class="ev">${ev.join('')}</ul>` : ''}</td><td>${esc(k.suggestion ?? '')}</td></tr>`,
    );
  }
  out.push('</tbody></table>');
  if (c.findings.length) {
    out.push(`<p><strong>问题（${c.findings.length}）</strong></p>`);
    out.push(`<table>${thead(['严重程度', '位置', '规则', '问题', '原文', '扣分'])}<tbody>`);
    for (const f of c.findings) {
      const tone = f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : undefined;
      out.push(`<tr>${td(SEVERITY_NAMES[f.severity], tone)}${td(findingWhere(f))}${td(ruleName(f.rule))}${td(f.message)}${td(f.text)}${td(f.deduction)}</tr>`);
    }
    out.push('</tbody></table>');
  }
  out.push('</section>');
  return out.join('\n');
}

/**
 * The 评分表 as one self-contained HTML page: inline CSS, no scripts, no
 * external resources (a CSP forbids them), every text escaped, A4 landscape
 * print with repeated table headers.
 */
export function toHtml(input: BatchResult | Review, options: ReviewOptions = {}): string {
  const review = 'outcomes' in input ? reviewBatch(input, options) : input;
  const title = `述职报告评分表：${review.rubric.name}`;
  const out: string[] = [];
  out.push('<!DOCTYPE html>');
  out.push('<html lang="zh-CN">');
  out.push('<head>');
  out.push('<meta charset="utf-8">');
  out.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
  out.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  out.push('<meta name="generator" content="shuzhi">');
  out.push(`<title>${esc(title)}</title>`);
  out.push(`<style>${CSS}</style>`);
  out.push('</head>');
  out.push('<body>');
  out.push(`<h1>${esc(title)}</h1>`);
  out.push(`<p class="meta">评分标准：${esc(review.rubric.name)}（${esc(review.rubric.id)}，版本 ${esc(review.rubric.version)}）</p>`);
  out.push(
    `<p class="meta">共 ${review.reports.length + review.failures.length} 份：评分 ${review.reports.length} 份，处理失败 ${review.failures.length} 份，疑似雷同 ${review.similar.length} 对。</p>`,
  );
  if (review.interrupted) out.push('<p class="warn"><strong>评分被中断</strong>：部分文件未处理，本表不完整。</p>');

  out.push('<h2 class="first">评分汇总</h2>');
  const summary = summarySheet(review);
  if (summary.rows.length) {
    out.push(`<table>${thead(summary.columns.map((c) => c.header))}<tbody>`);
    for (const [i, row] of summary.rows.entries()) {
      const cells = row.values.map((v, j) => {
        if (j === 1) return `<td><a href="#r${i + 1}">${esc(String(v))}</a></td>`;
        return td(v, row.tones?.[j], row.notes?.[j]);
      });
      out.push(`<tr>${cells.join('')}</tr>`);
    }
    out.push('</tbody></table>');
  } else out.push('<p>（没有评分成功的报告）</p>');

  if (review.reports.length) {
    out.push('<h2>评分明细</h2>');
    for (const [i, r] of review.reports.entries()) out.push(reportSection(r, i + 1));
  }

  out.push('<h2>问题清单</h2>');
  const findings = findingsSheet(review);
  const findingRows = [...findings.rows];
  if (findingRows.length) {
    out.push(`<table>${thead(findings.columns.map((c) => c.header))}<tbody>`);
    for (const row of findingRows) out.push(`<tr>${row.values.map((v, j) => td(v, row.tones?.[j])).join('')}</tr>`);
    out.push('</tbody></table>');
  } else out.push('<p>（无）</p>');

  out.push('<h2>疑似雷同</h2>');
  if (review.similar.length) {
    out.push(`<table>${thead(['文件A', '文件B', '相似度', '模板组', '共同段落'])}<tbody>`);
    for (const p of review.similar) {
      const passages = p.passages
        .map((s) => `<li><span class="loc">［A ${esc(sideWhere(s.a))}｜B ${esc(sideWhere(s.b))}］</span>${esc(s.text)}</li>`)
        .join('');
      out.push(`<tr>${td(p.a)}${td(p.b)}<td class="num">${percent(p.similarity)}</td>${td(p.group)}<td>${passages ? `<ul class="ev">${passages}</ul>` : ''}</td></tr>`);
    }
    out.push('</tbody></table>');
    if (review.groups.length) {
      out.push('<h3>模板组</h3><ol>');
      for (const g of review.groups) out.push(`<li>相似度不低于 ${percent(g.similarity)}：${g.files.map(esc).join('；')}</li>`);
      out.push('</ol>');
    }
  } else out.push('<p>（未发现）</p>');

  out.push('<h2>处理失败</h2>');
  if (review.failures.length) {
    out.push(`<table>${thead(['文件', '错误码', '原因'])}<tbody>`);
    for (const f of review.failures) out.push(`<tr>${td(f.file)}${td(f.error.code)}${td(f.error.message)}</tr>`);
    out.push('</tbody></table>');
  } else out.push('<p>（无）</p>');

  out.push('</body>');
  out.push('</html>');
  return `${out.join('\n')}\n`;
}
