/** @jsxRuntime automatic */
import { basename } from 'node:path';
import { useEffect, useRef, useState } from 'react';
import { Box, useApp, useInput, useStdin, type Key } from 'ink';
import { formatPoints, type GradeBand, type Outcome, type ScoreCard, type SimilarPair, type Status } from '@shuzhi/types';
import { notScoredError, percent, reviewCard, STATUS_MARKS, STATUS_NAMES } from '@shuzhi/export';
import { CardView, editDraft } from './card-view.tsx';
import { eachKey } from './keys.ts';
import type { BatchSession, CriterionInfo } from './session.ts';
import { LineView, Lines, Panel, STATUS_STYLE, ThemeContext, useStore, useTerminalSize, type Size } from './ui.tsx';
import { padEnd, padStart, spread, truncate, truncateStart, widthOf, type Line, type Span } from './width.ts';

export type ExportOutcome = { ok: true; path: string } | { ok: false; code: string; message: string };

export interface BatchAppProps {
  session: BatchSession;
  rubric: { name: string; criteria: CriterionInfo[]; grades?: GradeBand[] };
  size?: Partial<Size>;
  color?: boolean;
  /** Default path offered by `e`. */
  defaultExport?: string;
  onQuit?: (code: number) => void;
  /** Stop scoring: files in flight finish, the rest are left unscored. */
  onAbort?: () => void;
  onExport?: (path: string, force: boolean) => Promise<ExportOutcome>;
  /** Records an override (review file) and returns the message to show. */
  onOverride?: (file: string, criterion: string, points: number, reason: string) => Line;
  onClearOverride?: (file: string, criterion: string) => Line;
}

/** A row without a card: a file that failed, or one a stopped run never reached. */
const errorOf = (r: TableRow) => (r.outcome as Extract<Outcome, { ok: false }>).error;
const notScored = (r: TableRow) => !r.card && errorOf(r).code === 'NOT_SCORED';
const failureLine = (r: TableRow): Line =>
  notScored(r) ? [{ text: '未评分：', style: 'dim' }, { text: errorOf(r).message }] : [{ text: '处理失败：', style: 'error' }, { text: `${errorOf(r).message} [${errorOf(r).code}]` }];

interface TableRow {
  outcome: Outcome;
  file: string;
  /** The file without the folder all share. */
  name: string;
  card: ScoreCard | null;
  /** Each criterion's status after review, by id. */
  statuses: Map<string, Status>;
  score: number | null;
  grade: string;
  adjusted: boolean;
  missing: number;
  findings: number;
  similar: { other: string; similarity: number } | null;
}

const SORTS: { label: string; cmp: (a: TableRow, b: TableRow) => number }[] = [
  { label: '得分（高→低）', cmp: (a, b) => (b.score ?? -1) - (a.score ?? -1) },
  { label: '得分（低→高）', cmp: (a, b) => (a.score ?? Infinity) - (b.score ?? Infinity) },
  { label: '文件名', cmp: () => 0 },
  { label: '缺项（多→少）', cmp: (a, b) => b.missing - a.missing || (a.score ?? Infinity) - (b.score ?? Infinity) },
  { label: '问题（多→少）', cmp: (a, b) => b.findings - a.findings },
  { label: '雷同（高→低）', cmp: (a, b) => (b.similar?.similarity ?? -1) - (a.similar?.similarity ?? -1) },
];

const byFile = (a: TableRow, b: TableRow) => a.name.localeCompare(b.name, 'zh') || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

function mostSimilar(file: string, pairs: SimilarPair[]): TableRow['similar'] {
  let best: TableRow['similar'] = null;
  for (const p of pairs) {
    if (p.a !== file && p.b !== file) continue;
    if (!best || p.similarity > best.similarity) best = { other: p.a === file ? p.b : p.a, similarity: p.similarity };
  }
  return best;
}

/** The folder all files share (`corpus/reports/`), left out of the table so names fit. */
export function commonFolder(files: string[]): string {
  if (!files.length) return '';
  const split = files.map((f) => f.split('/').slice(0, -1));
  let n = 0;
  while (split.every((p) => n < p.length && p[n] === split[0][n])) n++;
  return n ? `${split[0].slice(0, n).join('/')}/` : '';
}

const clock = (ms: number) => {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};

type Editing = null | { kind: 'filter' } | { kind: 'export' } | { kind: 'overwrite'; path: string };

interface Ui {
  view: 'table' | 'detail';
  selected: string | null;
  sort: number;
  filter: string;
  editing: Editing;
  draft: string;
  help: boolean;
  message: Line | null;
  busy: boolean;
  /**
   * The reports in the order the table showed them when one was opened: n and p follow it, so an adjustment that
   * moves the open report in the ranking does not skip the reports after it.
   */
  order: string[] | null;
}

/**
 * The interactive `shuzhi score DIR`: progress while scoring, then the
 * sortable table of reports; Enter opens a report in the same view as
 * `check`, where a reviewer can override a criterion's points.
 */
export function BatchApp(props: BatchAppProps) {
  const { session, rubric, color = true } = props;
  const state = useStore(session);
  const { exit } = useApp();
  const { isRawModeSupported } = useStdin();
  const { columns: W, rows } = useTerminalSize(props.size);
  const H = Math.max(12, rows - 1);
  const [ui, setUi] = useState<Ui>({ view: 'table', selected: null, sort: 0, filter: '', editing: null, draft: '', help: false, message: null, busy: false, order: null });
  const uiRef = useRef(ui);
  uiRef.current = ui;
  const detailKeys = useRef<((input: string, key: Key) => void) | null>(null);
  const update = (patch: Partial<Ui>) => {
    uiRef.current = { ...uiRef.current, ...patch };
    setUi(uiRef.current);
  };
  const quit = (code = 0) => {
    props.onQuit?.(code);
    exit();
  };
  // Once a stop asked for while scoring has come about, the table says so in place of "正在停止".
  const stopping = useRef(false);
  useEffect(() => {
    if (state.phase !== 'done' || !stopping.current || !state.result) return;
    stopping.current = false;
    const scored = state.result.outcomes.filter((o) => o.ok).length;
    const left = state.result.unscored?.length ?? 0;
    update({ message: [{ text: `已中断：评分 ${scored} 份${left ? `，未评分 ${left} 份（列在表末）` : ''}。q 退出，e 导出已评分的结果`, style: 'accent' }] });
  }, [state.phase]);

  const required = rubric.criteria.filter((c) => c.required);
  const result = state.result;
  // Files a stopped run never reached are rows too, as failures, never dropped from the list.
  const outcomes: Outcome[] = [
    ...(result?.outcomes ?? []),
    ...(result?.unscored ?? []).map((file): Outcome => ({ file, ok: false, error: notScoredError(file) })),
  ];
  const folder = commonFolder(outcomes.map((o) => o.file));
  const all: TableRow[] = outcomes.map((o) => {
    const name = o.file.slice(folder.length);
    if (!o.ok) return { outcome: o, file: o.file, name, card: null, statuses: new Map(), score: null, grade: '', adjusted: false, missing: 0, findings: 0, similar: null };
    const r = reviewCard(o.card, o.file, state.overrides[o.file] ?? [], { grades: rubric.grades });
    return {
      outcome: o,
      file: o.file,
      name,
      card: o.card,
      statuses: new Map(r.criteria.map((c) => [c.id, c.reviewedStatus])),
      score: r.score,
      grade: r.grade,
      adjusted: r.adjusted,
      missing: r.missing.length,
      findings: o.card.findings.length,
      similar: mostSimilar(o.file, result?.similar ?? []),
    };
  });

  const derive = (s: Ui) => {
    const q = s.filter.trim().toLowerCase();
    const shown = all
      .filter((r) => {
        if (!q) return true;
        const text = [r.name, r.card?.title ?? '', r.grade, r.outcome.ok ? '' : `处理失败 ${r.outcome.error.message} ${r.outcome.error.code}`];
        for (const c of r.card?.criteria ?? []) if (c.status !== 'met') text.push(`${c.name}${STATUS_NAMES[c.status]}`);
        if (r.similar) text.push('雷同');
        return text.join('\n').toLowerCase().includes(q);
      })
      .sort((a, b) => Number(!a.card) - Number(!b.card) || SORTS[s.sort].cmp(a, b) || byFile(a, b));
    const index = Math.max(0, shown.findIndex((r) => r.file === s.selected));
    return { shown, index, row: shown[index] as TableRow | undefined };
  };
  const d = derive(ui);

  const listH = H - 6;

  const doExport = async (path: string, force: boolean) => {
    if (!props.onExport) return;
    update({ busy: true, editing: null, message: [{ text: `正在导出 ${path}…`, style: 'accent' }] });
    const r = await props.onExport(path, force);
    if (r.ok) update({ busy: false, message: [{ text: '评分表已写入 ', style: 'met' }, { text: r.path }] });
    else if (r.code === 'OUTPUT_EXISTS') update({ busy: false, editing: { kind: 'overwrite', path }, draft: '', message: null });
    else update({ busy: false, message: [{ text: '导出失败：', style: 'error' }, { text: `${path}：${r.message} [${r.code}]` }] });
  };

  const handle = (input: string, key: Key) => {
    const s = uiRef.current;
    if (key.ctrl && input === 'c') {
      props.onAbort?.();
      return quit(130);
    }
    if (state.phase === 'scoring') {
      if (input === 'q' || key.escape) {
        props.onAbort?.();
        stopping.current = true;
        update({ message: [{ text: '正在停止：进行中的文件评完即停，已评分的保留', style: 'accent' }] });
      }
      return;
    }
    if (s.view === 'detail' && detailKeys.current && state.result) return detailKeys.current(input, key);
    if (s.busy) return;
    if (s.help) return update({ help: false });
    const cur = derive(s);

    if (s.editing) {
      const e = s.editing;
      if (e.kind === 'overwrite') {
        if (input === 'y' || input === 'Y') return void doExport(e.path, true);
        return update({ editing: null, message: [{ text: '未覆盖，没有导出', style: 'dim' }] });
      }
      if (key.escape) return update(e.kind === 'filter' ? { editing: null, draft: '', filter: '' } : { editing: null, draft: '' });
      if (key.return) {
        if (e.kind === 'filter') return update({ editing: null });
        const path = s.draft.trim() || props.defaultExport || '评分表.xlsx';
        return void doExport(path, false);
      }
      if (!(e.kind === 'filter' && (key.upArrow || key.downArrow))) {
        const next = editDraft(s.draft, input, key);
        if (next !== null) update(e.kind === 'filter' ? { draft: next, filter: next } : { draft: next });
        return;
      }
    }
    if (s.message) update({ message: null });

    const moveTo = (i: number) => {
      if (!cur.shown.length) return;
      update({ selected: cur.shown[Math.max(0, Math.min(cur.shown.length - 1, i))].file });
    };
    if (key.upArrow || input === 'k') return moveTo(cur.index - 1);
    if (key.downArrow || input === 'j') return moveTo(cur.index + 1);
    if (key.pageUp) return moveTo(cur.index - (listH - 1));
    if (key.pageDown) return moveTo(cur.index + (listH - 1));
    if (key.home || input === 'g') return moveTo(0);
    if (key.end || input === 'G') return moveTo(cur.shown.length - 1);
    if (input === 's') return update({ sort: (s.sort + 1) % SORTS.length, selected: cur.row?.file ?? null });
    if (input === 'S') return update({ sort: (s.sort + SORTS.length - 1) % SORTS.length, selected: cur.row?.file ?? null });
    if (input === '/') return update({ editing: { kind: 'filter' }, draft: s.filter });
    if (input === '?') return update({ help: true });
    if (input === 'e' && props.onExport) return update({ editing: { kind: 'export' }, draft: props.defaultExport ?? '评分表.xlsx' });
    if (key.return || key.rightArrow || input === 'l') {
      if (!cur.row) return;
      if (!cur.row.card) return update({ message: failureLine(cur.row) });
      return update({ view: 'detail', selected: cur.row.file, order: cur.shown.filter((r) => r.card).map((r) => r.file) });
    }
    if (key.escape && s.filter) return update({ filter: '', draft: '' });
    if (key.escape || input === 'q') return quit(0);
  };

  useInput((input, key) => eachKey(input, key, () => uiRef.current.editing !== null && uiRef.current.view === 'table', handle), { isActive: Boolean(isRawModeSupported) });
  // The detail view's keys are handed on from here (see CardView's inputRef).

  let content: React.ReactNode;
  if (!(ui.view === 'detail' && d.row?.card)) detailKeys.current = null;
  if (state.phase === 'scoring') {
    content = <ProgressView session={session} width={W} height={H} rubricName={rubric.name} message={ui.message} />;
  } else if (ui.view === 'detail' && d.row?.card) {
    const rowOf = new Map(d.shown.map((r) => [r.file, r]));
    const okRows = ui.order ? ui.order.flatMap((f) => rowOf.get(f) ?? []) : d.shown.filter((r) => r.card);
    const at = okRows.findIndex((r) => r.file === d.row!.file);
    // (From the report selected now, not the one this screen was drawn for: keys sent fast arrive before it is drawn again.)
    const go = (delta: number) => {
      const next = okRows[okRows.findIndex((r) => r.file === uiRef.current.selected) + delta];
      if (next) update({ selected: next.file });
    };
    const sim = d.row.similar;
    content = (
      <CardView
        key="detail"
        file={d.row.file}
        card={d.row.card}
        criteria={rubric.criteria}
        heading={`评分表 › ${truncateStart(d.row.name, Math.max(10, W - 30))}`}
        badge={`第 ${at + 1}/${okRows.length} 份`}
        status={sim ? [{ text: '疑似雷同：', style: 'warning' }, { text: `与 ${sim.other.startsWith(folder) ? sim.other.slice(folder.length) : sim.other} 相似度 ${percent(sim.similarity)}` }] : null}
        overrides={state.overrides[d.row.file]}
        grades={rubric.grades}
        width={W}
        height={H}
        quitLabel="返回评分表"
        onQuit={(code) => (code === 130 ? quit(130) : update({ view: 'table', order: null }))}
        onOverride={props.onOverride ? (criterion, points, reason) => props.onOverride!(d.row!.file, criterion, points, reason) : undefined}
        onClearOverride={props.onClearOverride ? (criterion) => props.onClearOverride!(d.row!.file, criterion) : undefined}
        onNext={() => go(1)}
        onPrev={() => go(-1)}
        inputRef={detailKeys}
      />
    );
  } else {
    content = <TableView rows={d.shown} total={all.length} index={d.index} ui={ui} width={W} height={H} required={required} rubricName={rubric.name} interrupted={Boolean(result?.interrupted)} canExport={Boolean(props.onExport)} folder={folder} notice={state.message} />;
  }
  return <ThemeContext.Provider value={{ color }}>{content}</ThemeContext.Provider>;
}

function ProgressView({ session, width, height, rubricName, message }: { session: BatchSession; width: number; height: number; rubricName: string; message: Line | null }) {
  const { progress: p } = useStore(session);
  const bar = Math.max(10, Math.min(40, width - 30));
  const filled = p.total ? Math.round((p.done / p.total) * bar) : 0;
  const rate = p.elapsedMs > 0 ? (p.done * 1000) / p.elapsedMs : 0;
  const eta = rate > 0 ? ((p.total - p.done) / rate) * 1000 : null;
  const lines: Line[] = [
    [{ text: spread(`shuzhi 批量评分 · ${rubricName}`, `${p.total} 份`, width), style: 'bold' }],
    [],
    [
      { text: '评分中 ' },
      { text: '█'.repeat(filled), style: 'accent' },
      { text: '░'.repeat(bar - filled), style: 'dim' },
      { text: `  ${p.done}/${p.total}  ${p.total ? Math.floor((p.done / p.total) * 100) : 0}%` },
    ],
    [{ text: `速度 ${rate.toFixed(1)} 份/秒    已用 ${clock(p.elapsedMs)}    预计剩余 ${eta === null ? '--:--' : clock(eta)}` }],
    [{ text: `失败 ${p.failed}    来自缓存 ${p.cached}` }],
    [{ text: `当前：${p.file ? truncateStart(p.file, width - 6) : p.done === 0 ? '正在启动评分线程，加载分词词典…' : ''}` }],
    [],
    message ?? [],
  ];
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Lines lines={lines} width={width} height={height - 1} />
      <LineView line={[{ text: 'q 停止，查看已评分的  Ctrl-C 停止并退出（已评分的保留）', style: 'dim' }]} width={width} />
    </Box>
  );
}

function TableView(props: {
  rows: TableRow[];
  total: number;
  index: number;
  ui: Ui;
  width: number;
  height: number;
  required: CriterionInfo[];
  rubricName: string;
  interrupted: boolean;
  canExport: boolean;
  folder: string;
  notice: Line | null;
}) {
  const { rows, ui, width: W, height: H, required } = props;
  const marksW = Math.max(6, required.length * 2 - 1);
  const fixed = 1 + 1 + 7 + 1 + 6 + 1 + marksW + 1 + 4 + 1 + 6;
  const fileW = Math.max(10, W - fixed);
  const listH = H - 6;
  const off = Math.max(0, Math.min(props.index - Math.floor(listH / 2), rows.length - listH));
  const unscored = rows.filter(notScored).length;
  const failed = rows.filter((r) => !r.card).length - unscored;

  const header: Line = [
    {
      text: ` ${padEnd('文件', fileW)} ${padStart('得分', 7)} ${padEnd('等级', 6)} ${padEnd('必备项', marksW)} ${padStart('问题', 4)} ${padStart('雷同', 6)}`,
      style: 'bold',
    },
  ];
  const line = (r: TableRow, selected: boolean): Line => {
    const sel: Span = { text: selected ? '▶' : ' ', style: selected ? 'accent' : undefined };
    const name: Span = { text: padEnd(truncateStart(r.name, fileW), fileW), style: selected ? 'sel' : undefined };
    if (!r.card) {
      const cell = notScored(r) ? { text: '未评分（已中断）', style: 'dim' as const } : { text: `处理失败 [${errorOf(r).code}]`, style: 'error' as const };
      return [sel, name, { text: ' ' }, { ...cell, text: truncate(cell.text, W - fileW - 2) }];
    }
    const marks: Span[] = [];
    required.forEach((c, i) => {
      const st = r.statuses.get(c.id);
      if (i) marks.push({ text: ' ' });
      marks.push(st ? { text: STATUS_MARKS[st], style: STATUS_STYLE[st] } : { text: '·' });
    });
    const marksText = marks.map((m) => m.text).join('');
    return [
      sel,
      name,
      { text: ' ' },
      { text: padStart(`${r.adjusted ? '调' : ''}${formatPoints(r.score!)}`, 7), style: r.adjusted ? 'accent' : 'bold' },
      { text: ` ${padEnd(truncate(r.grade, 6), 6)} ` },
      ...marks,
      { text: ' '.repeat(Math.max(0, marksW - widthOf(marksText))) },
      { text: ` ${padStart(r.findings ? String(r.findings) : '–', 4)} ` },
      { text: padStart(r.similar ? percent(r.similar.similarity) : '', 6), style: 'warning' },
    ];
  };
  const body: Line[] = rows.length ? rows.slice(off, off + listH).map((r, i) => line(r, i + off === props.index)) : [[{ text: ui.filter ? ` 没有符合“${ui.filter}”的报告` : ' 没有报告', style: 'dim' }]];

  const sel = rows[props.index];
  let status: Line;
  if (ui.message) status = ui.message;
  else if (props.notice) status = props.notice;
  else if (!sel) status = [];
  else if (!sel.card) status = failureLine(sel);
  else {
    const missing = required.filter((c) => sel.statuses.get(c.id) === 'missing').map((c) => c.name);
    const partial = required.filter((c) => sel.statuses.get(c.id) === 'partial').map((c) => c.name);
    status = [{ text: truncate(sel.card.title ?? '（未识别标题）', 30), style: 'bold' }, { text: '  ' }];
    if (missing.length) status.push({ text: '缺项：', style: 'missing' }, { text: `${missing.join('、')}  ` });
    if (partial.length) status.push({ text: '部分满足：', style: 'partial' }, { text: `${partial.join('、')}  ` });
    if (!missing.length && !partial.length) status.push({ text: '必备项全部满足  ', style: 'met' });
    if (sel.similar) status.push({ text: '疑似雷同：', style: 'warning' }, { text: `${basename(sel.similar.other)} ${percent(sel.similar.similarity)}` });
  }

  let footer: Line;
  if (ui.editing?.kind === 'filter') footer = [{ text: '筛选：', style: 'accent' }, { text: ui.draft }, { text: '_', style: 'sel' }, { text: '  Enter 确定  Esc 清除', style: 'dim' }];
  else if (ui.editing?.kind === 'export') {
    // The sheet holds the whole batch, whatever the table shows: say so while a filter hides reports.
    const prompt = ui.filter.trim() ? `导出全部 ${props.total} 份（不只筛选出的）到：` : '导出评分表到（.xlsx .csv .json .md .html）：';
    footer = [{ text: prompt, style: 'accent' }, { text: ui.draft }, { text: '_', style: 'sel' }, { text: '  Enter 导出  Esc 取消', style: 'dim' }];
  } else if (ui.editing?.kind === 'overwrite') footer = [{ text: `${ui.editing.path} 已存在，覆盖吗？（y 覆盖，其他键取消）`, style: 'warning' }];
  else footer = [{ text: `↑↓ 移动  Enter 详情  s 排序  / 筛选${props.canExport ? '  e 导出' : ''}  ? 帮助  q 退出`, style: 'dim' }];

  const legend: Line = [{ text: '必备项：', style: 'dim' }, { text: required.map((c, i) => `${i + 1}${c.name}`).join(' '), style: 'dim' }];
  const folderLabel = props.folder ? `${props.folder.split('/').filter(Boolean).pop() ?? ''}/` : '';
  const title: Line = [{ text: spread(`shuzhi 评分表${folderLabel ? ` · ${folderLabel}` : ''} · ${props.rubricName}`, `${props.total} 份${failed ? ` · 失败 ${failed}` : ''}${unscored ? ` · 未评分 ${unscored}` : ''}${props.interrupted ? ' · 已中断' : ''}`, W), style: 'bold' }];
  const sortLine: Line = [
    { text: '排序：' },
    { text: SORTS[ui.sort].label, style: 'accent' },
    { text: ui.filter ? `  筛选“${ui.filter}”：${rows.length}/${props.total} 份` : '' },
    { text: rows.length > listH ? `  第 ${props.index + 1}/${rows.length} 行` : '' },
  ];

  if (ui.help) {
    const keys: [string, string][] = [
      ['↑↓ / j k', '上下移动'],
      ['Enter / →', '打开报告详情（评分项、证据、建议、问题；o 调整得分）'],
      ['s / S', '切换排序：得分、文件名、缺项、问题、雷同'],
      ['/', '筛选（文件名、标题、等级、缺项或部分满足的评分项）'],
      ['e', '导出评分表（.xlsx .csv .json .md .html）'],
      ['?', '显示或关闭本帮助'],
      ['q / Esc', '退出'],
    ];
    const lines: Line[] = keys.map(([k, v]) => [{ text: `  ${k}`, style: 'bold' }, { text: ' '.repeat(Math.max(1, 14 - widthOf(k))) }, { text: v }]);
    lines.push([], [{ text: '  得分列：“调”表示复核调整后的总分。必备项列依次为：' }]);
    required.forEach((c, i) => lines.push([{ text: `    ${i + 1} ${c.name}` }]));
    lines.push([{ text: '  ✔ 满足  ◐ 部分满足  ✖ 缺项；雷同列是与最相似的另一份报告的相似度。' }]);
    return (
      <Box flexDirection="column" width={W} height={H}>
        <LineView line={title} width={W} />
        <Panel title="帮助（按任意键关闭）" width={W} height={H - 1} focused>
          <Lines lines={lines} width={W - 2} height={H - 3} />
        </Panel>
      </Box>
    );
  }

  return (
    <Box flexDirection="column" width={W} height={H}>
      <LineView line={title} width={W} />
      <LineView line={sortLine} width={W} />
      <LineView line={header} width={W} />
      <Lines lines={body} width={W} height={listH} />
      <LineView line={legend} width={W} />
      <LineView line={status} width={W} />
      <LineView line={footer} width={W} />
    </Box>
  );
}
