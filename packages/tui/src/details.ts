import { formatPoints, type CriterionScore, type Evidence, type Finding, type Override, type Status } from '@shuzhi/types';
import { RULE_NAMES, SEVERITY_NAMES, STATUS_MARKS, STATUS_NAMES, overrideCaution, partMark, where } from '@shuzhi/export';
import type { CriterionInfo } from './session.ts';
import { markSpans, STATUS_STYLE, type Theme } from './ui.tsx';
import { hanging, padStart, spread, truncate, widthOf, wrapSpans, wrapText, type Line, type Span, type Style } from './width.ts';

/** A criterion as shown: the machine score, or the skeleton before scoring, plus a reviewer's override. */
export interface Row {
  info: CriterionInfo;
  score: CriterionScore | null;
  override: Override | null;
  /** Points after the override. */
  points: number | null;
  /** The status after the override (the machine's when none changed the points). */
  status: Status | null;
  /** Status before the last save, when it changed. */
  before: Status | null;
}

const SEVERITY_STYLE: Record<string, Style> = { error: 'error', warning: 'warning', info: 'info' };

/** Whether a reviewer's override changed the criterion's points. */
const adjusted = (row: Row): boolean => row.override !== null && row.score !== null && row.points !== row.score.score;

export function pointsText(row: Row): string {
  if (!row.score) return `–/${row.info.max}`;
  if (adjusted(row)) return `调${formatPoints(row.points!)}/${row.info.max}`;
  return `${formatPoints(row.score.score)}/${row.info.max}`;
}

/** `▶✔ 经费保障*            10/10` */
export function criterionRow(row: Row, width: number, selected: boolean, focused: boolean): Line {
  const status = row.status;
  const pts = pointsText(row);
  const nameWidth = Math.max(2, width - 3 - widthOf(pts) - 1);
  const name = truncate(`${row.info.name}${row.info.required ? '*' : ''}`, nameWidth);
  return [
    { text: selected ? (focused ? '▶' : '›') : ' ', style: selected ? 'accent' : undefined },
    status ? { text: STATUS_MARKS[status], style: STATUS_STYLE[status] } : { text: '·', style: 'dim' },
    { text: ' ' },
    { text: name, style: selected && focused ? 'sel' : row.before ? 'accent' : undefined },
    { text: padStart(pts, width - 3 - widthOf(name)), style: adjusted(row) ? 'accent' : undefined },
  ];
}

export function findingRow(f: Finding, width: number, selected: boolean, focused: boolean): Line {
  // (A report-wide finding's message may name its place itself: "全文 21 句中只有 5 句……", not "全文 全文 21 句……".)
  const place = where(f.line, f.paragraph);
  const head = `${SEVERITY_NAMES[f.severity] ?? f.severity} ${f.message.startsWith(place) ? '' : `${place} `}`;
  return [
    { text: selected ? (focused ? '▶' : '›') : ' ', style: selected ? 'accent' : undefined },
    { text: head, style: SEVERITY_STYLE[f.severity] },
    { text: truncate(f.message, Math.max(2, width - 1 - widthOf(head))), style: selected && focused ? 'sel' : undefined },
  ];
}

/**
 * The detail of one criterion: status, override, parts, 建议 and 证据 with
 * matched words marked. Without a score, `noScore` says why (scoring, or the
 * file cannot be scored).
 */
export function criterionDetail(row: Row, width: number, theme: Theme, noScore: Line[]): Line[] {
  const { info, score: c } = row;
  const out: Line[] = [];
  const title: Span[] = [];
  // After a reviewer's adjustment the status is the adjusted points' (as the list shows it), the machine's beside it.
  const shown = row.status ?? c?.status;
  if (c && shown) title.push({ text: `${STATUS_MARKS[shown]} `, style: STATUS_STYLE[shown] });
  title.push({ text: `${info.name}${info.required ? '（必备）' : ''}`, style: 'bold' });
  out.push(...wrapSpans(title, width));
  if (!c) {
    out.push([{ text: `满分 ${info.max} 分`, style: 'dim' }]);
    out.push(...noScore);
    return out;
  }
  out.push([
    { text: STATUS_NAMES[shown!], style: STATUS_STYLE[shown!] },
    ...(shown !== c.status ? [{ text: `（机评${STATUS_NAMES[c.status]}）`, style: 'dim' as const }] : []),
    { text: `  得分 ${formatPoints(c.score)}/${c.max}` },
    ...(adjusted(row) ? [{ text: ` → 复核后 ${formatPoints(row.points!)}/${c.max}`, style: 'accent' as const }] : []),
  ]);
  if (row.override) {
    const caution = overrideCaution(row.override);
    out.push(
      ...hanging(
        [{ text: '复核调整：', style: 'accent' }],
        [
          { text: `${formatPoints(row.points!)} 分（${row.override.reason}${row.override.reviewer ? `，${row.override.reviewer}` : ''}）` },
          ...(caution ? [{ text: caution, style: 'warning' as const }] : []),
        ],
        width,
      ),
    );
  }
  if (row.before) {
    out.push([{ text: '上次保存：', style: 'dim' }, { text: `${STATUS_NAMES[row.before]} → ${STATUS_NAMES[c.status]}`, style: 'accent' }]);
  }
  if (c.parts?.length) {
    // (A part found with too few times is counted as found, and said: "4/4" beside two ◐ read as all done.)
    const short = c.parts.filter((p) => p.found && p.short).length;
    out.push([{ text: `要件（${c.parts.filter((p) => p.found).length}/${c.parts.length}${short ? `，其中 ${short} 项次数不足` : ''}）：` }]);
    for (const p of c.parts) {
      const { mark, status, label } = partMark(p);
      out.push(...hanging([{ text: ` ${mark} `, style: status }], [{ text: label }], width));
    }
  }
  if (c.suggestion) {
    out.push(...hanging([{ text: '建议：', style: STATUS_STYLE[c.status] }], [{ text: c.suggestion }], width));
  }
  /** A quoted sentence, numbered: its place, then its text with the matched words marked, then any note under it. */
  const quote = (e: Evidence, k: number, note?: Line) => {
    const n = `${k + 1}. `;
    const indent = { text: ' '.repeat(widthOf(n)) };
    out.push(...hanging([{ text: n }], [{ text: `［${where(e.line, e.paragraph)} · ${e.section}］`, style: 'dim' }], width));
    out.push(...hanging([indent], markSpans(e.text, e.highlights.map((h) => ({ start: h.start - e.start, end: h.end - e.start })), theme), width));
    if (note) out.push(...hanging([indent], note, width));
  };
  if (c.evidence.length) {
    out.push([{ text: `证据（${c.evidence.length}）：`, style: 'bold' }]);
    c.evidence.forEach((e, k) => quote(e, k));
  } else if (c.status !== 'met' && !c.setAside?.length) {
    out.push([{ text: '证据：报告中没有找到相关的句子', style: 'dim' }]);
  }
  if (c.setAside?.length) {
    out.push([{ text: `未计分（${c.setAside.length}）：`, style: 'bold' }]);
    c.setAside.forEach((a, k) => quote(a, k, [{ text: `原因：${a.reason}`, style: 'warning' }]));
  }
  return out;
}

/** The words a finding is about, for marking inside its sentence: the quoted term of the message. */
function findingMarks(f: Finding): { start: number; end: number }[] {
  const quoted = [...f.message.matchAll(/“([^”]+)”/g)].map((m) => m[1]);
  for (const q of quoted) {
    const at = f.text.indexOf(q);
    if (at >= 0) return [{ start: at, end: at + q.length }];
  }
  return [];
}

export function findingDetail(f: Finding, width: number, theme: Theme): Line[] {
  const out: Line[] = [];
  out.push([
    { text: SEVERITY_NAMES[f.severity] ?? f.severity, style: SEVERITY_STYLE[f.severity] },
    { text: ` · ${RULE_NAMES[f.rule] ?? f.rule}`, style: 'bold' },
    { text: f.deduction ? `  扣 ${formatPoints(f.deduction)} 分` : '' },
  ]);
  out.push([{ text: `位置：${where(f.line, f.paragraph)}` }]);
  out.push(...hanging([{ text: '说明：' }], [{ text: f.message }], width));
  if (f.text) out.push(...hanging([{ text: '原文：' }], markSpans(f.text, findingMarks(f), theme), width));
  return out;
}

/** The required-criteria summary for the status line: `缺项：下步打算；部分满足：经费保障`. */
export function requiredSummary(rows: Row[]): Line {
  const req = rows.filter((r) => r.info.required && r.score);
  const missing = req.filter((r) => r.status === 'missing').map((r) => r.info.name);
  const partial = req.filter((r) => r.status === 'partial').map((r) => r.info.name);
  if (!missing.length && !partial.length) return [{ text: '必备项全部满足', style: 'met' }];
  const line: Line = [];
  if (missing.length) line.push({ text: '缺项：', style: 'missing' }, { text: missing.join('、') });
  if (partial.length) line.push({ text: `${missing.length ? '  ' : ''}部分满足：`, style: 'partial' }, { text: partial.join('、') });
  return line;
}

export const helpLines = (extra: [string, string][], quit = '退出', overrides = false): Line[] => {
  const keys: [string, string][] = [
    ['↑↓ / j k', '上下移动（展开时滚动）'],
    ['PgUp PgDn', '翻页'],
    ['Enter / →', '展开当前评分项或问题（全宽查看证据）'],
    ['Esc / ←', '收起；有筛选时清除筛选'],
    ['Tab', '在“评分项”和“问题”之间切换'],
    ['/', '筛选评分项和问题（按名称、状态、证据、建议的文字）'],
    ...extra,
    ['?', '显示或关闭本帮助'],
    ['q', `${quit}（展开时收起）`],
  ];
  const lines: Line[] = keys.map(([k, v]) => [{ text: `  ${k}`, style: 'bold' }, { text: ' '.repeat(Math.max(1, 14 - widthOf(k))) }, { text: v }]);
  lines.push([]);
  lines.push([
    { text: '  ✔', style: 'met' },
    { text: ' 满足   ' },
    { text: '◐', style: 'partial' },
    { text: ' 部分满足   ' },
    { text: '✖', style: 'missing' },
    { text: ` 缺项   * 必备项${overrides ? '   调 复核调整后的得分' : ''}` },
  ]);
  lines.push([{ text: '  证据中与评分标准匹配的词语已标出（无颜色时用「」括起）。' }]);
  return lines;
};

export { spread, wrapText };
