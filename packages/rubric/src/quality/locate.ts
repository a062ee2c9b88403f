import type { ReportView, Unit } from '../view.ts';
import type { RawFinding } from './index.ts';

/** The sentence holding an absolute offset. */
export function unitAt(view: ReportView, offset: number): Unit | undefined {
  return view.units.find((u) => offset >= u.start && offset < u.end) ?? view.units.find((u) => offset >= u.paragraph.start && offset < u.paragraph.end);
}

/** A finding about a stretch of the text, located by the sentence that holds it. */
export function findingAt(view: ReportView, start: number, end: number, message: string): RawFinding {
  const unit = unitAt(view, start);
  return {
    message,
    text: unit?.original ?? view.report.text.slice(start, end),
    paragraph: unit?.paragraph.index ?? null,
    line: unit?.paragraph.line ?? null,
    start,
    end,
  };
}

/** A finding about the whole report. */
export function reportFinding(message: string): RawFinding {
  return { message, text: '', paragraph: null, line: null, start: null, end: null };
}
