/** @jsxRuntime automatic */
import { basename } from 'node:path';
import { useApp } from 'ink';
import type { Status } from '@shuzhi/types';
import { CardView } from './card-view.tsx';
import { diffLine, type CheckSession, type CriterionInfo } from './session.ts';
import { ThemeContext, useStore, useTerminalSize, type Size } from './ui.tsx';
import { GONE_TEXT } from './watch.ts';
import type { Line } from './width.ts';

export interface CheckAppProps {
  session: CheckSession;
  criteria: CriterionInfo[];
  /** Size to lay out for; default: the terminal's, following resizes. */
  size?: Partial<Size>;
  color?: boolean;
  onQuit?: (code: number) => void;
  onRescore?: () => void;
}

const clock = (ms: number) => new Date(ms).toLocaleTimeString('zh-CN', { hour12: false });

/** `shuzhi check`: one report's checklist, evidence, 建议 and 问题, re-scored on every save with --watch. */
export function CheckApp({ session, criteria, size, color = true, onQuit, onRescore }: CheckAppProps) {
  const state = useStore(session);
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize(size);
  // One line short of the terminal: a frame as tall as the screen makes Ink clear it on every update.
  const height = Math.max(12, rows - 1);

  // No card and the last scoring failed: the file cannot be scored (until a save fixes it).
  const failure = !state.card && !state.busy ? (state.gone ? GONE_TEXT : state.error) : null;
  let status: Line | null = null;
  if (state.busy && (state.card || state.error || state.gone)) {
    status = [{ text: state.rubricChanged ? '评分标准已保存，正在重新评分…' : '文件已保存，正在重新评分…', style: 'accent' }];
  } else if (state.gone) {
    status = [{ text: GONE_TEXT, style: 'accent' }, ...(state.card ? [{ text: '  显示的是上次的结果', style: 'dim' as const }] : [])];
  } else if (state.error) {
    status = [
      { text: state.card ? '重新评分失败，显示的是上次的结果：' : '无法评分：', style: 'error' },
      { text: state.error },
      ...(state.watching && !state.card ? [{ text: '  修改后保存即重新评分', style: 'dim' as const }] : []),
    ];
  } else if (state.rubricError) {
    status = [{ text: '评分标准有错误，仍按上一版评分：', style: 'error' }, { text: state.rubricError }];
  } else if (state.notice) {
    status = [{ text: state.notice, style: 'accent' }];
  } else if (state.diff) {
    status = diffLine(state.diff, state.rubricUpdated ? 'rubric' : 'report');
  }
  const before: Record<string, Status> = {};
  for (const c of state.diff?.changes ?? []) before[c.id] = c.from;

  const badge = state.watching ? `监视中${state.scoredAt ? ` · ${clock(state.scoredAt)} 评分` : ''}` : '';
  const quit = (code = 0) => {
    onQuit?.(code);
    exit();
  };

  return (
    <ThemeContext.Provider value={{ color }}>
      <CardView
        file={state.file}
        card={state.card}
        criteria={criteria}
        heading={`述职报告自查 · ${basename(state.file)}`}
        badge={badge}
        status={status}
        loadingText={failure ? '无法评分' : state.error || state.gone ? '评分中…' : '正在加载分词词典并评分…（首次约需 2 秒）'}
        failure={failure}
        before={before}
        width={columns}
        height={height}
        onQuit={quit}
        onRescore={onRescore}
      />
    </ThemeContext.Provider>
  );
}
