export { CardView, editDraft, type CardViewProps } from './card-view.tsx';
export { CheckApp, type CheckAppProps } from './check-app.tsx';
export { BatchApp, type BatchAppProps, type ExportOutcome } from './batch-app.tsx';
export { CheckSession, BatchSession, diffCards, diffLine, scoreChange, type CheckDiff, type CheckState, type BatchState, type BatchProgress, type CriterionInfo } from './session.ts';
export { runCheck, runBatch, type CheckRunOptions, type CheckRunResult, type BatchRunOptions, type RubricReload } from './run.tsx';
export { watchReport, type ReportWatch, type WatchEvent } from './watch.ts';
export { openScreen, isInteractive, renderEarlyFrame, type Screen, type EarlyFrame } from './early.ts';
export { colorFromEnv, ThemeContext, type Theme } from './ui.tsx';
export { widthOf, truncate, wrapSpans, wrapText, type Line, type Span } from './width.ts';
