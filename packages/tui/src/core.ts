/**
 * The parts of the terminal UI that do not need Ink (which costs most of a
 * second to import): the early screen, interactivity, the file watcher and
 * the score-change helpers, for plain-text output and for the first frame.
 */
export { openScreen, isInteractive, renderEarlyFrame, type Screen, type EarlyFrame } from './early.ts';
export { GONE_TEXT, watchReport, type ReportWatch, type WatchEvent } from './watch.ts';
export { CheckSession, BatchSession, diffCards, scoreChange, type CheckDiff, type CheckState, type BatchState, type BatchProgress, type CriterionInfo } from './session.ts';
export { Store } from './store.ts';
export type { Line, Span, Style } from './width.ts';
