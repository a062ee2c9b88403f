import { formatPoints, type BatchProgress, type BatchResult, type Outcome, type Override, type ScoreCard, type Status } from '@shuzhi/types';
import { STATUS_MARKS } from '@shuzhi/export';
import { Store } from './store.ts';
import type { Line } from './width.ts';

/** A criterion as the rubric declares it: what the checklist shows before the first score. */
export interface CriterionInfo {
  id: string;
  name: string;
  required: boolean;
  max: number;
}

/** What changed between two scorings of the same file. */
export interface CheckDiff {
  from: number;
  to: number;
  max: number;
  changes: { id: string; name: string; from: Status; to: Status }[];
  findings: { from: number; to: number };
}

export function diffCards(prev: ScoreCard, next: ScoreCard): CheckDiff {
  const before = new Map(prev.criteria.map((c) => [c.id, c.status]));
  const changes = next.criteria
    .filter((c) => before.has(c.id) && before.get(c.id) !== c.status)
    .map((c) => ({ id: c.id, name: c.name, from: before.get(c.id)!, to: c.status }));
  return { from: prev.score, to: next.score, max: next.max, changes, findings: { from: prev.findings.length, to: next.findings.length } };
}

/** `82 → 87 (+5)`. */
export function scoreChange(from: number, to: number): string {
  const d = to - from;
  const by = formatPoints(d);
  return `${formatPoints(from)} → ${formatPoints(to)} (${by === '0' ? '±0' : d > 0 ? `+${by}` : by})`;
}

export function diffLine(d: CheckDiff, cause: 'report' | 'rubric' = 'report'): Line {
  const line: Line = [{ text: cause === 'rubric' ? '评分标准已更新，较上次评分：' : '较上次保存：' }, { text: scoreChange(d.from, d.to), style: d.to > d.from ? 'met' : d.to < d.from ? 'missing' : 'bold' }];
  for (const c of d.changes) line.push({ text: `  ${c.name} ` }, { text: `${STATUS_MARKS[c.from]}→${STATUS_MARKS[c.to]}`, style: c.to });
  if (d.findings.from !== d.findings.to) line.push({ text: `  问题 ${d.findings.from}→${d.findings.to}` });
  if (!d.changes.length && d.from === d.to && d.findings.from === d.findings.to) line.push({ text: '  评分没有变化', style: 'dim' });
  return line;
}

export interface CheckState {
  file: string;
  card: ScoreCard | null;
  /** Change made by the last save, when there was a score before it. */
  diff: CheckDiff | null;
  /** Scoring in progress (first load included). */
  busy: boolean;
  /** Why the last scoring failed (the last good card stays on screen). */
  error: string | null;
  watching: boolean;
  /** When the shown card was scored (ms since epoch). */
  scoredAt: number | null;
  notice: string | null;
  /** The watched file was deleted or moved away and has not come back (the last card stays). */
  gone: boolean;
  /** Why the rubric file, edited while watched, cannot be used (scoring goes on with its last good version). */
  rubricError: string | null;
  /** The rubric file was loaded again and no card has been scored with it yet. */
  rubricChanged: boolean;
  /** The shown card is the first scored with the rubric as just edited (its diff is the rubric's doing). */
  rubricUpdated: boolean;
}

/** The state of `shuzhi check`: fed by the CLI (scorer, watcher), read by CheckApp. */
export class CheckSession extends Store<CheckState> {
  /** The file went away while it was being scored: that scoring's outcome does not mean it is back. */
  private removedWhileScoring = false;

  constructor(file: string, options: { watching?: boolean } = {}) {
    super({ file, card: null, diff: null, busy: true, error: null, watching: Boolean(options.watching), scoredAt: null, notice: null, gone: false, rubricError: null, rubricChanged: false, rubricUpdated: false });
  }

  scoring(): void {
    this.removedWhileScoring = false;
    this.set({ busy: true, notice: null });
  }

  /** The watched file was deleted or moved away: an error from an earlier save no longer applies. */
  removed(): void {
    this.removedWhileScoring = this.get().busy;
    this.set({ gone: true, error: null, notice: null });
  }

  /** A new outcome for the file: a card replaces the shown one (with the change); a failure keeps it. */
  result(outcome: Outcome, at = Date.now()): void {
    const { card, gone: wasGone, rubricChanged } = this.get();
    // Still gone: the file vanished mid-read, or a re-score (r) found it still missing.
    const gone = this.removedWhileScoring || (wasGone && !outcome.ok && outcome.error.code === 'NOT_FOUND');
    this.removedWhileScoring = false;
    if (!outcome.ok) {
      this.set({ busy: false, gone, error: gone ? null : `${outcome.error.message} [${outcome.error.code}]`, notice: null });
      return;
    }
    this.set({
      busy: false,
      gone,
      error: null,
      notice: null,
      card: outcome.card,
      diff: card ? diffCards(card, outcome.card) : null,
      scoredAt: at,
      rubricChanged: false,
      rubricUpdated: rubricChanged,
    });
  }

  /** The watched rubric file was loaded again: the next card is scored with it. */
  rubricReloaded(): void {
    this.set({ rubricError: null, rubricChanged: true });
  }

  /** The watched rubric file was saved with an error: the last good version stays in use. */
  rubricFailed(error: string): void {
    this.set({ rubricError: error });
  }

  notify(notice: string | null): void {
    this.set({ notice });
  }
}

export type { BatchProgress };

export interface BatchState {
  phase: 'scoring' | 'done';
  progress: BatchProgress;
  result: BatchResult | null;
  /** Overrides by file, as in BatchResult.overrides; updated when the reviewer sets one. */
  overrides: Record<string, Override[]>;
  message: Line | null;
}

/** The state of the interactive `shuzhi score DIR`. */
export class BatchSession extends Store<BatchState> {
  constructor(total: number) {
    super({ phase: 'scoring', progress: { done: 0, total, failed: 0, cached: 0, file: null, elapsedMs: 0 }, result: null, overrides: {}, message: null });
  }

  progress(p: BatchProgress): void {
    this.set({ progress: p });
  }

  done(result: BatchResult): void {
    this.set({ phase: 'done', result, overrides: result.overrides ?? {} });
  }
}
