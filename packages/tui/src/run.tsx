/** @jsxRuntime automatic */
import { render } from 'ink';
import type { Outcome, ScoreCard } from '@shuzhi/types';
import { BatchApp, type BatchAppProps } from './batch-app.tsx';
import { CheckApp } from './check-app.tsx';
import { openScreen, type Screen } from './early.ts';
import { CheckSession, type BatchSession, type CriterionInfo } from './session.ts';
import { colorFromEnv } from './ui.tsx';
import { watchErrorText, watchReport, type ReportWatch } from './watch.ts';

export interface CheckRunOptions {
  file: string;
  criteria: CriterionInfo[];
  /** Scores the file afresh (in a worker thread, so keys keep working). */
  score: () => Promise<Outcome>;
  /** The first scoring, when the caller started it already. */
  first?: Promise<Outcome>;
  watch?: boolean;
  color?: boolean;
  /** The screen the caller opened early; otherwise one is opened here. */
  screen?: Screen;
  /** Time marks for SHUZHI_TIMING. */
  onFrame?: (what: 'ui' | 'score') => void;
}

export interface CheckRunResult {
  code: number;
  card: ScoreCard | null;
  error: string | null;
}

/** Runs `check` on the terminal until the user quits. */
export async function runCheck(options: CheckRunOptions): Promise<CheckRunResult> {
  const session = new CheckSession(options.file, { watching: options.watch });
  let code = 0;
  let running = false;
  let again = false;
  let firstScore = true;
  const scoreNow = async (pending?: Promise<Outcome>) => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        session.scoring();
        const outcome = await (pending ?? options.score());
        pending = undefined;
        session.result(outcome);
        if (firstScore) {
          firstScore = false;
          options.onFrame?.('score');
        }
      } while (again);
    } finally {
      running = false;
    }
  };

  const screen = options.screen ?? openScreen({ frame: { heading: '述职报告自查', lines: [], footer: '' }, onQuit: (c) => process.exit(c) });
  let watcher: ReportWatch | null = null;
  if (options.watch) {
    watcher = watchReport(
      options.file,
      (event) => {
        if (event === 'unlink') session.removed();
        else void scoreNow();
      },
      // (The first reading began before the watcher: a save in between is scored once the watcher is ready.)
      { onError: (err) => session.notify(watchErrorText(err)), changedSince: performance.timeOrigin },
    );
  }
  void scoreNow(options.first);

  screen.handOver();
  const app = render(
    <CheckApp
      session={session}
      criteria={options.criteria}
      color={options.color ?? colorFromEnv()}
      onQuit={(c) => {
        code = c;
      }}
      onRescore={() => void scoreNow()}
    />,
    { exitOnCtrlC: false },
  );
  options.onFrame?.('ui');
  try {
    await app.waitUntilExit();
  } finally {
    await watcher?.close();
    screen.close();
  }
  const state = session.get();
  return { code, card: state.card, error: state.error };
}

export interface BatchRunOptions extends Omit<BatchAppProps, 'onQuit' | 'size'> {
  screen?: Screen;
}

/** Runs the batch view until the user quits; resolves with 0, or 130 for Ctrl-C. */
export async function runBatch(options: BatchRunOptions): Promise<number> {
  const { screen: given, ...props } = options;
  const screen = given ?? openScreen({ frame: { heading: 'shuzhi 评分表', lines: ['正在启动…'], footer: 'Ctrl-C 退出' }, onQuit: (c) => process.exit(c) });
  let code = 0;
  screen.handOver();
  const app = render(
    <BatchApp
      {...props}
      color={props.color ?? colorFromEnv()}
      onQuit={(c) => {
        code = c;
      }}
    />,
    { exitOnCtrlC: false },
  );
  try {
    await app.waitUntilExit();
  } finally {
    screen.close();
  }
  return code;
}

export type { BatchSession };
