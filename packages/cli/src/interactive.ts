import { basename, resolve } from 'node:path';
import type { BatchResult, Outcome, Override, ReviewFile, Rubric, ScoreCard } from '@shuzhi/types';
import { formatError, formatPoints, rubricRef } from '@shuzhi/types';
import type { CheckOptions } from './commands/check.ts';
import type { Screen } from '@shuzhi/tui/early';
import type { Line } from '@shuzhi/tui/core';

/**
 * The interactive side of the CLI: `check` and `score DIR` on a terminal,
 * and `check` as plain text otherwise. Everything heavy is imported here, on
 * demand, so `check` can draw its first frame before any of it loads.
 */

const timing = Boolean(process.env.SHUZHI_TIMING);
const marks: [string, number][] = [];
const mark = (what: string) => {
  if (timing) marks.push([what, performance.now()]);
};

async function rubricFor(id: string | undefined): Promise<Rubric | null> {
  const { DEFAULT_RUBRIC, loadRubric } = await import('@shuzhi/rubric');
  const rubric = loadRubric(id ?? DEFAULT_RUBRIC);
  if (rubric.ok) return rubric.value;
  for (const e of rubric.error) process.stderr.write(`shuzhi: ${formatError(e)}\n`);
  return null;
}

/**
 * Reads the rubric's file again for `check --watch`: a rubric owner edits it beside a report and sees the effect
 * on each save. A version with errors is told (its first error, where it is) and the last good one stays in use.
 */
function rubricReloader(first: Rubric, use: (rubric: Rubric) => void) {
  let current = first;
  return async (): Promise<{ changed: boolean } | { error: string }> => {
    const { loadRubric } = await import('@shuzhi/rubric');
    const loaded = loadRubric(current.source!);
    if (!loaded.ok) {
      const [e, ...more] = loaded.error;
      return { error: `${formatError({ ...e, file: basename(e.file ?? current.source!) })}${more.length ? `（另有 ${more.length} 处）` : ''}` };
    }
    if (loaded.value.digest === current.digest) return { changed: false };
    current = loaded.value;
    use(current);
    return { changed: true };
  };
}

const criteriaOf = (rubric: Rubric) => rubric.criteria.map((c) => ({ id: c.id, name: c.name, required: c.required, max: c.points }));

function summary(file: string, card: ScoreCard | null, error: string | null): string {
  if (!card) return `${file}：未能评分${error ? `（${error}）` : ''}\n`;
  const missing = card.criteria.filter((c) => c.required && c.status === 'missing').map((c) => c.name);
  return `${file}：得分 ${formatPoints(card.score)}/${card.max}，${card.grade}；${missing.length ? `缺项：${missing.join('、')}` : '必备项无缺项'}；问题 ${card.findings.length} 条\n`;
}

/** `shuzhi check` on a terminal: the Ink UI, scoring in a worker thread, optionally watching the file. */
export async function checkInteractive(file: string, options: CheckOptions, screen: Screen): Promise<number> {
  mark('first frame');
  const rubric = await rubricFor(options.rubric);
  if (!rubric) {
    screen.close();
    return 2;
  }
  // One long-lived worker: the segmenter's load (≈2 s) never blocks the keyboard, and re-scores after a save are fast.
  const { createScorer } = await import('@shuzhi/batch');
  const scorer = createScorer(rubric, 1);
  const first = scorer.score(file);
  mark('worker started');
  const { runCheck } = await import('@shuzhi/tui');
  mark('ink loaded');
  let result;
  try {
    result = await runCheck({
      file,
      criteria: criteriaOf(rubric),
      score: () => scorer.score(file),
      first,
      watch: Boolean(options.watch),
      rubric: { file: rubric.source!, reload: rubricReloader(rubric, (next) => scorer.useRubric(next)) },
      screen,
      onFrame: (what) => mark(what === 'ui' ? 'ink frame' : 'score shown'),
    });
  } finally {
    screen.close();
    await scorer.close();
  }
  process.stdout.write(summary(file, result.card, result.error));
  if (timing) {
    process.stderr.write(`shuzhi timing (ms since process start): ${marks.map(([w, t]) => `${w} ${Math.round(t)}`).join(', ')}\n`);
    process.stderr.write(`shuzhi timing: first frame at ${Math.round(screen.firstFrameAt)} ms (wall clock ${screen.firstFrameWallClock})\n`);
  }
  if (result.code) return result.code;
  return result.card ? 0 : 1;
}

/** `shuzhi check` without a terminal UI: the same reading as text (or JSON); with --watch, again after every save. */
export async function checkPlain(file: string, options: CheckOptions): Promise<number> {
  const rubric = await rubricFor(options.rubric);
  if (!rubric) return 2;
  const [{ createScorer }, { formatCard, scoresToJson }, core] = await Promise.all([import('@shuzhi/batch'), import('@shuzhi/export'), import('@shuzhi/tui/core')]);
  const scorer = createScorer(rubric, 0);
  const print = (outcome: Outcome, compact: boolean) => {
    if (options.format === 'json') {
      const result: BatchResult = { rubric: rubricRef(rubric), outcomes: [outcome], similar: [], groups: [], overrides: {}, interrupted: false };
      process.stdout.write(`${JSON.stringify(scoresToJson(result), null, compact ? undefined : 2)}\n`);
    } else if (outcome.ok) {
      process.stdout.write(formatCard(outcome.card));
    }
    if (!outcome.ok) process.stderr.write(`shuzhi: ${formatError({ ...outcome.error, file })}\n`);
  };

  const first = await scorer.score(file);
  if (!options.watch) {
    print(first, false);
    await scorer.close();
    if (!first.ok) return 1;
    // (--strict: a gate before submitting, which a draft with a required element missing or a blank left in does not pass.)
    const missing = first.card.criteria.filter((c) => c.required && c.status === 'missing').map((c) => c.name);
    const blanks = first.card.findings.filter((f) => f.rule === 'placeholder').length;
    if (options.strict && (missing.length || blanks)) {
      process.stderr.write(`shuzhi: ${file}：未通过自查（${[missing.length ? `缺项：${missing.join('、')}` : '', blanks ? `未填写的占位符 ${blanks} 处` : ''].filter(Boolean).join('；')}）\n`);
      return 1;
    }
    return 0;
  }

  // Watching without a terminal UI: one reading per save (JSON: one object per line).
  print(first, true);
  let last: ScoreCard | null = first.ok ? first.card : null;
  let running = Promise.resolve();
  const rescore = () => {
    running = running.then(async () => {
      const outcome = await scorer.score(file);
      const time = new Date().toLocaleTimeString('zh-CN', { hour12: false });
      if (options.format !== 'json') {
        let change = '';
        if (outcome.ok && last) {
          const d = core.diffCards(last, outcome.card);
          change = `：${core.scoreChange(d.from, d.to)}${d.changes.map((c) => `  ${c.name} ${STATUS_MARK[c.from]}→${STATUS_MARK[c.to]}`).join('')}`;
        }
        process.stdout.write(`\n── ${time} 已保存，重新评分${change} ──\n`);
      }
      print(outcome, true);
      if (outcome.ok) last = outcome.card;
    });
  };
  // (The first reading came before the watcher: a save in between is scored once the watcher is ready.)
  const watcher = core.watchReport(
    file,
    (event) => {
      if (event === 'change') rescore();
      else process.stderr.write(`shuzhi: ${file}: ${core.GONE_TEXT}\n`);
    },
    { changedSince: performance.timeOrigin },
  );
  // The rubric's file too: its saves re-score the report with it (or say why it cannot be used).
  const reload = rubricReloader(rubric, (next) => scorer.useRubric(next));
  const rubricWatcher = core.watchReport(rubric.source!, (event) => {
    if (event !== 'change') return;
    void reload().then((loaded) => {
      if ('error' in loaded) process.stderr.write(`shuzhi: 评分标准有错误，仍按上一版评分：${loaded.error}\n`);
      else if (loaded.changed) {
        if (options.format !== 'json') process.stdout.write(`\n── 评分标准已更新（${basename(rubric.source!)}）──\n`);
        rescore();
      }
    });
  });
  await Promise.all([watcher.ready, rubricWatcher.ready]);
  if (options.format !== 'json') process.stderr.write(`shuzhi: 正在监视 ${file} 和评分标准 ${basename(rubric.source!)}，保存后重新评分（Ctrl-C 结束）\n`);
  await new Promise<void>((done) => process.once('SIGINT', () => done()));
  await Promise.all([watcher.close(), rubricWatcher.close()]);
  await running;
  await scorer.close();
  return 0;
}

const STATUS_MARK = { met: '✔', partial: '◐', missing: '✖' } as const;

export interface ScoreInteractiveOptions {
  files: string[];
  rubric: Rubric;
  /** One review file for the whole batch (--review); else each report's own folder's. */
  reviewPath?: string;
  jobs?: number;
  cache: boolean;
  out?: string;
  force?: boolean;
  /** Who adjusts points in the table (--reviewer), recorded with each adjustment as `review set --reviewer` records it. */
  reviewer?: string;
}

/** `shuzhi score DIR` on a terminal: progress, then the table of reports with details, overrides and export. */
export async function scoreInteractive(options: ScoreInteractiveOptions): Promise<number> {
  const { files, rubric, reviewPath } = options;
  const { openScreen } = await import('@shuzhi/tui/early');
  let screen: Screen | null = null;
  screen = openScreen({
    frame: { heading: `shuzhi 批量评分 · ${rubric.name}`, badge: `${files.length} 份`, lines: ['', '正在启动评分线程，加载分词词典…'], footer: 'Ctrl-C 退出' },
    // (q or Esc before the table is up stops the batch as Ctrl-C does: nothing scored is no success.)
    onQuit: () => {
      screen?.close();
      process.stderr.write(`shuzhi: 已中断，${files.length} 份未评分${options.out ? '，评分表未写出' : ''}\n`);
      process.exit(130);
    },
  });
  const [{ scoreBatch }, { writeExport }, review, tui] = await Promise.all([import('@shuzhi/batch'), import('@shuzhi/export'), import('@shuzhi/review'), import('@shuzhi/tui')]);
  const session = new tui.BatchSession(files.length);
  const abort = new AbortController();
  const grades = rubric.grades;
  const limits = review.criterionRefs(rubric);
  const reviewPathFor = (file: string) => reviewPath ?? review.reviewPathOf(file);
  /** Review files that could not be read, and overrides left unused, each said once the screen is gone (as the plain path says them). */
  const unreadable = new Map<string, string>();
  const unused = new Set<string>();
  /** The batch's overrides, re-read from the review files (another reviewer may have written them). */
  const currentOverrides = (outcomes: BatchResult['outcomes']): Record<string, Override[]> => {
    const read = review.overridesFor(outcomes, reviewPath);
    for (const e of read.errors) unreadable.set(e.file ?? '', formatError(e));
    for (const w of read.warnings) unused.add(w);
    return read.overrides;
  };

  const nameOf = (criterion: string) => rubric.criteria.find((c) => c.id === criterion)?.name ?? criterion;
  const withOverrides = (): BatchResult => ({ ...session.get().result!, overrides: session.get().overrides });
  const exportTo = async (path: string, force: boolean) => {
    const written = await writeExport(withOverrides(), path, { force, grades });
    return written.ok ? { ok: true as const, path: resolve(written.value.path) } : { ok: false as const, code: written.error.code, message: written.error.message };
  };

  let written: string | null = null;
  let exportFailed = false;
  const running = scoreBatch({
    files,
    rubric,
    // At least two worker threads: scoring on this thread would freeze the screen while the segmenter loads.
    jobs: options.jobs ?? (files.length < 8 ? 2 : undefined),
    cache: options.cache ? undefined : false,
    signal: abort.signal,
    onProgress: (p) => session.progress(p),
  }).then(async (result) => {
    result.overrides = currentOverrides(result.outcomes);
    session.done(result);
    if (unreadable.size) session.set({ message: [{ text: [...unreadable.values()][0], style: 'error' }] });
    if (options.out) {
      const r = await exportTo(options.out, Boolean(options.force));
      session.set({ message: r.ok ? [{ text: '评分表已写入 ', style: 'met' }, { text: r.path }] : [{ text: '导出失败：', style: 'error' }, { text: `${options.out}：${r.message} [${r.code}]` }] });
      // Said again once the screen is gone: quitting mid-batch never showed it there.
      written = r.ok ? `评分表已写入 ${r.path}` : `${options.out}：${r.message} [${r.code}]`;
      exportFailed = !r.ok;
    }
    return result;
  });

  type Change = { ok: true; value: ReviewFile } | { ok: false; error: { message: string } };
  /** Re-reads the review file (another reviewer may have written it), applies one change, writes it atomically. */
  const record = (file: string, change: (current: ReviewFile, key: string) => Change, done: string): Line => {
    const path = reviewPathFor(file);
    const current = review.readReviewFor(path, rubric.id);
    if (!current.ok) return [{ text: formatError(current.error), style: 'error' }];
    const next = change(current.value, review.reviewKey(path, file));
    if (!next.ok) return [{ text: next.error.message, style: 'error' }];
    const written = review.writeReview(path, next.value);
    if (!written.ok) return [{ text: formatError(written.error), style: 'error' }];
    session.set({ overrides: currentOverrides(session.get().result?.outcomes ?? []) });
    return [{ text: done, style: 'met' }, { text: ` → ${path}`, style: 'dim' }];
  };

  const code = await tui.runBatch({
    screen,
    session,
    rubric: { name: rubric.name, criteria: criteriaOf(rubric), grades },
    defaultExport: options.out ?? '评分表.xlsx',
    onAbort: () => abort.abort(),
    onExport: exportTo,
    onOverride: (file, criterion, points, reason) =>
      record(
        file,
        (current, key) => review.setOverride(current, key, { criterion, points, reason, ...(options.reviewer ? { reviewer: options.reviewer } : {}) }, { criteria: limits, sha256: review.fileDigest(file), rubricDigest: rubric.digest }),
        `已记录：${basename(file)} 的「${nameOf(criterion)}」调整为 ${formatPoints(points)} 分`,
      ),
    onClearOverride: (file, criterion) =>
      record(
        file,
        (current, key) => ({ ok: true, value: review.clearOverride(current, key, criterion).review }),
        `已撤销：${basename(file)} 的「${nameOf(criterion)}」恢复为机评得分`,
      ),
  });
  // Quitting while scoring stops it; files in flight finish so the workers close cleanly.
  abort.abort();
  // The screen is gone: say why nothing happens while the files in flight finish and the sheet is written.
  // Ink's cursor restore (signal-exit) stays listening for SIGINT, so launch.js's fallback stands aside: a second Ctrl-C is handled here.
  const stopping = session.get().phase === 'scoring';
  const quitNow = () => {
    process.stderr.write(`\nshuzhi: 已中断${options.out ? '，评分表未写出' : ''}\n`);
    process.exit(130);
  };
  if (stopping) {
    process.stderr.write(`shuzhi: 正在停止，已评分的结果会保存${options.out ? '并写出' : ''}（再按一次 Ctrl-C 立即退出）\n`);
    process.on('SIGINT', quitNow);
  }
  const result = await running.finally(() => process.off('SIGINT', quitNow));
  const failed = result.outcomes.filter((o) => !o.ok);
  for (const o of failed) if (!o.ok) process.stderr.write(`shuzhi: ${formatError({ ...o.error, file: o.file })}\n`);
  for (const e of unreadable.values()) process.stderr.write(`shuzhi: ${e}\n`);
  for (const w of unused) process.stderr.write(`shuzhi: ${w}\n`);
  if (written) process.stderr.write(`shuzhi: ${written}\n`);
  const overrides = Object.values(session.get().overrides as Record<string, Override[]>).reduce((n, list) => n + list.length, 0);
  process.stdout.write(
    `共 ${files.length} 份：评分 ${result.outcomes.length - failed.length} 份${failed.length ? `，失败 ${failed.length} 份` : ''}${result.outcomes.length < files.length ? `，未评分 ${files.length - result.outcomes.length} 份` : ''}${result.similar.length ? `；疑似雷同 ${result.similar.length} 对` : ''}${overrides ? `；复核调整 ${overrides} 项` : ''}\n`,
  );
  if (result.interrupted) process.stderr.write(`shuzhi: 已中断，${files.length - result.outcomes.length} 份未评分\n`);
  if (code) return code;
  if (result.interrupted) return 130;
  // A sheet that could not be written, or a review file left unread, is a failure, as on the plain path.
  return failed.length || exportFailed || unreadable.size ? 1 : 0;
}
