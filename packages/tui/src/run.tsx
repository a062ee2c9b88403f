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
  /** The rubric's file, watched with the report: a rubric owner tuning it sees each save's effect. */
  rubric?: { file: string; reload: () => Promise<RubricReload> };
}

/** A rubric file read again: whether it changed, or why it cannot be used. */
export type RubricReload = { changed: boolean } | { error: string };

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
  const watchers: ReportWatch[] = [];
  if (options.watch) {
    watchers.push(
      watchReport(
        options.file,
        (event) => {
          if (event === 'unlink') session.removed();
          else void scoreNow();
        },
        // (The first reading began before the watcher: a save in between is scored once the watcher is ready.)
        { onError: (err) => session.notify(watchErrorText(err)), changedSince: performance.timeOrigin },
      ),
    );
  }
  // The rubric is read again on its saves and on r; an unchanged one does not cost a re-score of its own.
  const reloadRubric = async (event: 'save' | 'key') => {
    const loaded = await options.rubric!.reload();
    if ('error' in loaded) session.rubricFailed(loaded.error);
    else if (loaded.changed) session.rubricReloaded();
    if (event === 'key' || ('changed' in loaded && loaded.changed)) void scoreNow();
  };
  if (options.watch && options.rubric) {
    watchers.push(
      watchReport(options.rubric.file, (event) => event === 'change' && void reloadRubric('save'), {
        onError: (err) => session.notify(watchErrorText(err)),
      }),
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
      onRescore={() => void (options.watch && options.rubric ? reloadRubric('key') : scoreNow())}
    />,
    { exitOnCtrlC: false },
  );
  options.onFrame?.('ui');
  try {
    await app.waitUntilExit();
  } finally {
    await Promise.all(watchers.map((w) => w.close()));
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
