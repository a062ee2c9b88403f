/** @jsxRuntime automatic */
import { useRef, useState } from 'react';
import { Box, useInput, useStdin, type Key } from 'ink';
import { formatPoints, type Finding, type GradeBand, type Override, type ScoreCard, type Status } from '@shuzhi/types';
import { reviewCard, RULE_NAMES, SEVERITY_NAMES, STATUS_MARKS, STATUS_NAMES } from '@shuzhi/export';
import { parsePointsFor } from '@shuzhi/review';
import { criterionDetail, criterionRow, findingDetail, findingRow, helpLines, requiredSummary, type Row } from './details.ts';
import { eachKey } from './keys.ts';
import type { CriterionInfo } from './session.ts';
import { LineView, Lines, Panel, useTheme } from './ui.tsx';
import { spread, truncate, truncateStart, widthOf, wrapText, type Line, type Span } from './width.ts';

export interface CardViewProps {
  file: string;
  card: ScoreCard | null;
  /** The rubric's criteria, listed (without status) before the first score arrives. */
  criteria: CriterionInfo[];
  /** First line, left: what this screen is. */
  heading: string;
  /** First line, right: e.g. 监视中. */
  badge?: string;
  /** Fourth line: the change since the last save, scoring progress, an error. */
  status?: Line | null;
  /** Shown instead of the score while there is none. */
  loadingText?: string;
  /** Why there is no card: the file cannot be scored. The panes say so instead of "scoring". */
  failure?: string | null;
  /** Status of each criterion before the last save, for those that changed. */
  before?: Record<string, Status>;
  /** Reviewer overrides for this report (batch review). */
  overrides?: Override[];
  grades?: GradeBand[];
  width: number;
  height: number;
  /** False while another view owns the keyboard. */
  active?: boolean;
  /** What q and Esc do here: quit (check) or go back (batch). */
  quitLabel?: string;
  onQuit: (code?: number) => void;
  onRescore?: () => void;
  /** Sets an override; returns the message to show (done, or why not). */
  onOverride?: (criterion: string, points: number, reason: string) => Line;
  onClearOverride?: (criterion: string) => Line;
  onNext?: () => void;
  onPrev?: () => void;
  /**
   * When given, keys are not read here but handed in by the parent through
   * this ref (set on every render, so no key is lost while the view mounts).
   */
  inputRef?: { current: ((input: string, key: Key) => void) | null };
}

type Pane = 'criteria' | 'findings';

/** Most severe first: the order SEVERITY_NAMES lists them in. */
const SEVERITIES: string[] = Object.keys(SEVERITY_NAMES);

type Editing = null | { kind: 'filter' } | { kind: 'points'; criterion: string } | { kind: 'reason'; criterion: string; points: number };

interface Ui {
  pane: Pane;
  selected: string | null;
  finding: number;
  expanded: boolean;
  scroll: number;
  filter: string;
  editing: Editing;
  draft: string;
  help: boolean;
  message: Line | null;
}

const lower = (s: string) => s.toLowerCase();

function criterionMatches(row: Row, q: string): boolean {
  const c = row.score;
  const text = [row.info.name, row.info.id, row.info.required ? '必备' : '', c ? STATUS_NAMES[c.status] : '', c?.suggestion ?? '', ...(c?.evidence.map((e) => `${e.text} ${e.section}`) ?? []), ...(c?.setAside?.map((a) => a.text) ?? []), ...(c?.parts?.map((p) => p.name) ?? [])];
  return lower(text.join('\n')).includes(q);
}

function findingMatches(f: Finding, q: string): boolean {
  return lower([f.message, f.text, SEVERITY_NAMES[f.severity] ?? '', RULE_NAMES[f.rule] ?? f.rule].join('\n')).includes(q);
}

/** Editing keys of a one-line input: returns the new value, or null when the key is not an edit. */
export function editDraft(draft: string, input: string, key: Key): string | null {
  if (key.backspace || key.delete) return [...draft].slice(0, -1).join('');
  if (key.ctrl && input === 'u') return '';
  if (key.ctrl || key.meta || key.tab || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.pageUp || key.pageDown) return null;
  if (!input || key.return || key.escape) return null;
  // Several keys in one read (fast typing, a paste): backspaces in it still delete.
  let out = [...draft];
  let changed = false;
  for (const ch of input) {
    if (ch === '\u007f' || ch === '\b') out = out.slice(0, -1);
    // eslint-disable-next-line no-control-regex
    else if (/[\u0000-\u001f]/.test(ch)) continue;
    else out.push(ch);
    changed = true;
  }
  return changed ? out.join('') : null;
}

/** An editor's footer ends with its keys, or with why Enter was refused (the prompt stays on screen, so the message must join it). */
const editorNote = (message: Line | null, keys: string): Line => (message ? [{ text: '  ' }, ...message] : [{ text: keys, style: 'dim' }]);

/**
 * A prompt on the footer's one line, with what is typed and the cursor: a long answer shows its end, where the typing is,
 * and the keys' note gives way first (a reason cut at the edge of an 80-column terminal hid what was being typed).
 */
function editorLine(prompt: Span, draft: string, cursor: Span, note: Line, width: number): Line {
  const used = (line: Line) => widthOf(line.map((x) => x.text).join(''));
  const full: Line = [prompt, { text: draft }, cursor, ...note];
  if (used(full) <= width) return full;
  const room = Math.max(4, width - used([prompt, cursor]));
  return [prompt, { text: truncateStart(draft, room) }, cursor];
}

/**
 * One score card on the whole screen: header (title, score/max, grade), the
 * checklist and the findings on the left, the selected item's evidence or
 * 建议 on the right. Used by `check` and by the batch table's detail view.
 */
export function CardView(props: CardViewProps) {
  const { card, width, height } = props;
  const theme = useTheme();
  const { isRawModeSupported } = useStdin();
  const [ui, setUi] = useState<Ui>({ pane: 'criteria', selected: null, finding: 0, expanded: false, scroll: 0, filter: '', editing: null, draft: '', help: false, message: null });
  // Keys can arrive several to a chunk: read and write the latest state through a ref.
  const uiRef = useRef(ui);
  uiRef.current = ui;
  const update = (patch: Partial<Ui>) => {
    uiRef.current = { ...uiRef.current, ...patch };
    setUi(uiRef.current);
  };

  const reviewed = card && props.overrides?.length ? reviewCard(card, props.file, props.overrides, { grades: props.grades }) : null;
  const rows: Row[] = card
    ? card.criteria.map((c, i) => ({
        info: { id: c.id, name: c.name, required: c.required, max: c.max },
        score: c,
        override: reviewed?.criteria[i].override ?? null,
        points: reviewed?.criteria[i].points ?? c.score,
        status: reviewed?.criteria[i].reviewedStatus ?? c.status,
        before: props.before?.[c.id] ?? null,
      }))
    : props.criteria.map((info) => ({ info, score: null, override: null, points: null, status: null, before: null }));
  // Errors first (a file that is no such report), then warnings, then hints; as the rubric lists them within each.
  const findings = [...(card?.findings ?? [])].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));

  const derive = (s: Ui) => {
    const q = lower(s.filter.trim());
    const shownRows = q ? rows.filter((r) => criterionMatches(r, q)) : rows;
    const shownFindings = findings.map((f, i) => ({ f, i })).filter(({ f }) => !q || findingMatches(f, q));
    const rowIndex = Math.max(0, shownRows.findIndex((r) => r.info.id === s.selected));
    const findingIndex = Math.max(0, shownFindings.findIndex((x) => x.i === s.finding));
    return { shownRows, shownFindings, rowIndex, findingIndex, row: shownRows[rowIndex] as Row | undefined, finding: shownFindings[findingIndex]?.f };
  };

  // ---- layout ----
  const W = width;
  const H = height;
  // (Wider than 133 columns the left panes grow with the screen, a finding's message being cut at 38 columns otherwise.)
  const leftW = Math.max(28, Math.min(Math.max(40, Math.floor(W * 0.3)), Math.floor(W * 0.44)));
  const rightW = W - leftW;
  const bodyH = Math.max(6, H - 5);
  const d = derive(ui);
  const critNeed = Math.max(1, d.shownRows.length) + 2;
  const findNeed = Math.max(1, d.shownFindings.length) + 2;
  const critH = Math.min(critNeed, bodyH - Math.min(findNeed, 5));
  const findH = bodyH - critH;
  const detailInner = (ui.expanded ? W : rightW) - 2;
  const detailRows = bodyH - 2;
  const failure = !card && props.failure ? props.failure : null;
  // Where the score would be: the cause when the file cannot be scored, not a wait that never ends.
  const noScore = (waiting: string) => (failure ? wrapText(`无法评分：${failure}`, detailInner, 'error') : wrapText(card ? '没有评分结果' : waiting, detailInner, 'dim'));
  let detail: Line[];
  if (ui.pane === 'findings') {
    detail = d.finding
      ? findingDetail(d.finding, detailInner, theme)
      : !card
        ? noScore('评分中…')
        : wrapText(findings.length ? '没有符合筛选的问题' : '没有发现问题：没有占位符、过时提法、本级称谓不一致等', detailInner, 'dim');
  } else {
    detail = d.row ? criterionDetail(d.row, detailInner, theme, noScore('评分中，稍候显示证据和建议…')) : wrapText('没有符合筛选的评分项', detailInner, 'dim');
  }
  const maxScroll = Math.max(0, detail.length - detailRows);

  const handle = (input: string, key: Key) => {
    const s = uiRef.current;
    const cur = derive(s);
    if (key.ctrl && input === 'c') return props.onQuit(130);

    if (s.help) {
      update({ help: false });
      return;
    }

    if (s.editing) {
      const e = s.editing;
      if (key.escape) {
        update(e.kind === 'filter' ? { editing: null, draft: '', filter: '' } : { editing: null, draft: '', message: [{ text: '已取消调整', style: 'dim' }] });
        return;
      }
      if (key.return) {
        if (e.kind === 'filter') return update({ editing: null });
        if (e.kind === 'points') {
          // As `review set` reads them: full-width digits (a Chinese IME's) too, then within the criterion's range.
          const { info } = rows.find((r) => r.info.id === e.criterion)!;
          const points = parsePointsFor(s.draft, { id: info.id, name: info.name, points: info.max });
          if (!points.ok) return update({ message: [{ text: points.error.message, style: 'error' }] });
          return update({ editing: { kind: 'reason', criterion: e.criterion, points: points.value }, draft: '', message: null });
        }
        if (!s.draft.trim()) return update({ message: [{ text: '调整得分必须写明理由', style: 'error' }] });
        const message = props.onOverride?.(e.criterion, e.points, s.draft.trim()) ?? null;
        return update({ editing: null, draft: '', message });
      }
      if (e.kind === 'filter' && (key.upArrow || key.downArrow)) {
        // Moving while typing a filter is allowed.
      } else {
        const next = editDraft(s.draft, input, key);
        // Typing again clears the reason Enter was refused.
        if (next !== null) update(e.kind === 'filter' ? { draft: next, filter: next } : { draft: next, message: null });
        return;
      }
    }

    if (s.message) update({ message: null });

    if (s.expanded) {
      const page = Math.max(1, detailRows - 1);
      if (key.upArrow || input === 'k') return update({ scroll: Math.max(0, s.scroll - 1) });
      if (key.downArrow || input === 'j') return update({ scroll: Math.min(maxScroll, s.scroll + 1) });
      if (key.pageUp) return update({ scroll: Math.max(0, s.scroll - page) });
      if (key.pageDown || input === ' ') return update({ scroll: Math.min(maxScroll, s.scroll + page) });
      if (key.home || input === 'g') return update({ scroll: 0 });
      if (key.end || input === 'G') return update({ scroll: maxScroll });
      // q goes one level back, as Esc does: from the details to the list, and only from there out.
      if (key.escape || key.leftArrow || key.return || input === 'h' || input === 'q') return update({ expanded: false, scroll: 0 });
      if (input === '?') return update({ help: true });
      return;
    }

    const inCriteria = s.pane === 'criteria';
    const count = inCriteria ? cur.shownRows.length : cur.shownFindings.length;
    const at = inCriteria ? cur.rowIndex : cur.findingIndex;
    const moveTo = (i: number) => {
      if (!count) return;
      const j = Math.max(0, Math.min(count - 1, i));
      if (inCriteria) update({ selected: cur.shownRows[j].info.id });
      else update({ finding: cur.shownFindings[j].i });
    };
    const page = Math.max(1, (inCriteria ? critH : findH) - 3);
    if (key.upArrow || input === 'k') return moveTo(at - 1);
    if (key.downArrow || input === 'j') return moveTo(at + 1);
    if (key.pageUp) return moveTo(at - page);
    if (key.pageDown) return moveTo(at + page);
    if (key.home || input === 'g') return moveTo(0);
    if (key.end || input === 'G') return moveTo(count - 1);
    if (key.tab) return update({ pane: inCriteria ? 'findings' : 'criteria' });
    if (key.return || key.rightArrow || input === 'l') return count ? update({ expanded: true, scroll: 0 }) : undefined;
    if (input === '/') return update({ editing: { kind: 'filter' }, draft: s.filter });
    if (input === '?') return update({ help: true });
    if (input === 'r' && props.onRescore) return props.onRescore();
    if (input === 'n' && props.onNext) return props.onNext();
    if (input === 'p' && props.onPrev) return props.onPrev();
    if (input === 'o' && props.onOverride && inCriteria && cur.row?.score) {
      return update({ editing: { kind: 'points', criterion: cur.row.info.id }, draft: '' });
    }
    if (input === 'x' && props.onClearOverride && inCriteria && cur.row?.override) {
      return update({ message: props.onClearOverride(cur.row.info.id) });
    }
    if (key.escape && s.filter) return update({ filter: '', draft: '' });
    if (key.escape || input === 'q') return props.onQuit(0);
  };

  const onInput = (input: string, key: Key) => eachKey(input, key, () => uiRef.current.editing !== null, handle);
  if (props.inputRef) props.inputRef.current = onInput;
  useInput(onInput, { isActive: Boolean(isRawModeSupported) && props.active !== false && !props.inputRef });

  // ---- header ----
  const score = reviewed ? reviewed.score : card?.score;
  const grade = reviewed ? reviewed.grade : card?.grade;
  const gradeNoteText = reviewed ? reviewed.gradeNote : card?.gradeNote;
  const head1: Line = [{ text: spread(props.heading, props.badge ?? '', W) }];
  const head2: Line = [{ text: truncate(card ? (card.title ?? '（未识别标题）') : ' ', W), style: 'bold' }];
  // In a narrow terminal the same line in fewer words, so the count of 缺项 at its end is never cut off.
  const scoreLine = (short: boolean, noted = false): Line =>
    card
      ? [
          { text: '得分 ' },
          { text: `${formatPoints(score!)}/${card.max}`, style: 'accent' },
          ...(reviewed?.adjusted ? [{ text: short ? `（机评${formatPoints(card.score)}）` : `（机评 ${formatPoints(card.score)}）`, style: 'dim' as const }] : []),
          { text: short ? ' ' : '  等级 ' },
          { text: grade!, style: 'bold' },
          // (Why a total graded below its band, where the line has room: "总分够“良好”，但必备项有缺项，等级为“合格”".)
          ...(noted && gradeNoteText ? [{ text: `（${gradeNoteText}）`, style: 'dim' as const }] : []),
          { text: card.deductions ? (short ? ` 扣${formatPoints(card.deductions)}分` : `  质量问题扣 ${formatPoints(card.deductions)} 分`) : '' },
          { text: short ? ' 必备' : '  必备项 ' },
          ...(['met', 'partial', 'missing'] as const).flatMap((st) => [
            { text: STATUS_MARKS[st], style: st },
            { text: `${rows.filter((r) => r.info.required && r.status === st).length}${st === 'missing' ? '' : ' '}` },
          ]),
        ]
      : [{ text: props.loadingText ?? '评分中…', style: 'accent' }];
  const fits = (line: Line) => widthOf(line.map((x) => x.text).join('')) <= W;
  const head3 = [scoreLine(false, true), scoreLine(false)].find(fits) ?? scoreLine(true);
  const head4: Line = ui.message ?? props.status ?? (card ? requiredSummary(rows) : []);

  // ---- footer ----
  let footer: Line;
  const ed = ui.editing;
  const cursor: Span = { text: theme.color ? ' ' : '_', style: 'sel' };
  if (ed?.kind === 'filter') {
    footer = editorLine({ text: '筛选：', style: 'accent' }, ui.draft, cursor, [{ text: '  Enter 确定  Esc 清除', style: 'dim' }], W);
  } else if (ed?.kind === 'points') {
    const r = rows.find((x) => x.info.id === ed.criterion)!;
    footer = editorLine({ text: `调整「${r.info.name}」的得分（0–${r.info.max}，机评 ${formatPoints(r.score?.score ?? 0)}）：`, style: 'accent' }, ui.draft, cursor, editorNote(ui.message, '  Enter 下一步  Esc 取消'), W);
  } else if (ed?.kind === 'reason') {
    footer = editorLine({ text: `调整为 ${formatPoints(ed.points)} 分的理由：`, style: 'accent' }, ui.draft, cursor, editorNote(ui.message, '  Enter 保存  Esc 取消'), W);
  } else if (ui.expanded) {
    footer = [{ text: '↑↓ 滚动  PgUp/PgDn 翻页  Esc/←/q 收起  ? 帮助', style: 'dim' }];
  } else {
    const keys = [
      '↑↓ 移动',
      'Enter 展开',
      // Where Tab goes; shorter where the footer is full (the batch detail view has more keys).
      `Tab ${props.onNext ? '切换' : ui.pane === 'criteria' ? '问题' : '评分项'}`,
      '/ 筛选',
      ...(props.onOverride ? ['o 复核'] : []),
      ...(props.onNext ? ['n/p 换一份'] : []),
      ...(props.onRescore ? ['r 重评'] : []),
      '? 帮助',
      `q ${props.quitLabel ?? '退出'}`,
    ];
    footer = [{ text: keys.join('  '), style: 'dim' }];
  }

  // ---- body ----
  let body: React.ReactNode;
  if (ui.help) {
    const extra: [string, string][] = [];
    if (props.onOverride) extra.push(['o', '调整当前评分项的得分（输入分数和理由，记入复核文件）'], ['x', '撤销当前评分项的调整']);
    if (props.onNext) extra.push(['n / p', '下一份 / 上一份报告']);
    if (props.onRescore) extra.push(['r', '立即重新评分']);
    body = (
      <Panel title="帮助（按任意键关闭）" width={W} height={bodyH} focused>
        <Lines lines={helpLines(extra, props.quitLabel ?? '退出', Boolean(props.onOverride))} width={W - 2} height={bodyH - 2} />
      </Panel>
    );
  } else if (ui.expanded) {
    const shown = detail.slice(ui.scroll, ui.scroll + detailRows);
    const pos = detail.length > detailRows ? `  ${ui.scroll + 1}–${Math.min(detail.length, ui.scroll + detailRows)}/${detail.length} 行` : '';
    body = (
      <Panel title={`${ui.pane === 'findings' ? '问题详情' : '证据与建议'}${pos}`} width={W} height={bodyH} focused>
        <Lines lines={shown} width={W - 2} height={detailRows} />
      </Panel>
    );
  } else {
    const listRows = (n: number, sel: number, total: number) => {
      const off = Math.max(0, Math.min(sel - Math.floor(n / 2), total - n));
      return off;
    };
    const cRows = critH - 2;
    const cOff = listRows(cRows, d.rowIndex, d.shownRows.length);
    const critLines: Line[] = d.shownRows.length
      ? d.shownRows.slice(cOff, cOff + cRows).map((r, i) => criterionRow(r, leftW - 2, i + cOff === d.rowIndex, ui.pane === 'criteria'))
      : [[{ text: ` 没有符合“${ui.filter}”的评分项`, style: 'dim' }]];
    const fRows = findH - 2;
    const fOff = listRows(fRows, d.findingIndex, d.shownFindings.length);
    const findLines: Line[] = d.shownFindings.length
      ? d.shownFindings.slice(fOff, fOff + fRows).map((x, i) => findingRow(x.f, leftW - 2, i + fOff === d.findingIndex, ui.pane === 'findings'))
      : [[{ text: card ? (findings.length ? ` 没有符合“${ui.filter}”的问题` : ' 没有发现问题') : failure ? ' 无法评分，没有问题清单' : ' …', style: 'dim' }]];
    const filterNote = ui.filter ? ` 筛选“${ui.filter}”` : '';
    const critTitle = `评分项${filterNote ? `${filterNote} ${d.shownRows.length}/${rows.length}` : '（*必备）'}${cOff > 0 || cOff + cRows < d.shownRows.length ? ' ↕' : ''}`;
    const findTitle = `问题（${filterNote ? `${d.shownFindings.length}/` : ''}${findings.length}）${fOff > 0 || fOff + fRows < d.shownFindings.length ? ' ↕' : ''}`;
    const shown = detail.slice(0, detailRows);
    if (detail.length > detailRows) shown[detailRows - 1] = [{ text: `…… 还有 ${detail.length - detailRows + 1} 行，按 Enter 展开`, style: 'dim' }];
    body = (
      <Box flexDirection="row" width={W} height={bodyH}>
        <Box flexDirection="column" width={leftW} height={bodyH}>
          <Panel title={critTitle} width={leftW} height={critH} focused={ui.pane === 'criteria'}>
            <Lines lines={critLines} width={leftW - 2} height={cRows} />
          </Panel>
          <Panel title={findTitle} width={leftW} height={findH} focused={ui.pane === 'findings'}>
            <Lines lines={findLines} width={leftW - 2} height={fRows} />
          </Panel>
        </Box>
        <Panel title={ui.pane === 'findings' ? '问题详情' : '证据与建议'} width={rightW} height={bodyH}>
          <Lines lines={shown} width={rightW - 2} height={detailRows} />
        </Panel>
      </Box>
    );
  }

  return (
    <Box flexDirection="column" width={W} height={H}>
      <LineView line={head1} width={W} />
      <LineView line={head2} width={W} />
      <LineView line={head3} width={W} />
      <LineView line={head4} width={W} />
      {body}
      <LineView line={footer} width={W} />
    </Box>
  );
}
