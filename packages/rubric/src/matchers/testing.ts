import type { Report } from '@shuzhi/types';
import { parseText } from '../../../parser/src/testing.ts';
import { DEFAULT_CUES } from '../cues.ts';
import { buildView, type ReportView, type Unit } from '../view.ts';
import type { Span, Window } from './types.ts';

export interface Windows {
  report: Report;
  view: ReportView;
  /** The sentence that holds a fragment. */
  unit(fragment: string): Unit;
  /** A matcher's window over one sentence. */
  win(u: Unit): Window;
  /** The report text of each span (null stays null). */
  slices(spans: Span[] | null): string[] | null;
}

/** Parses a text and gives matcher tests real sentences to run on (tests only). */
export async function windowsOf(text: string): Promise<Windows> {
  const report = await parseText(text);
  const view = buildView(report, DEFAULT_CUES);
  return {
    report,
    view,
    unit(fragment) {
      const u = view.units.find((x) => x.original.includes(fragment));
      if (!u) throw new Error(`no sentence holds ${fragment}`);
      return u;
    },
    win: (u) => ({ text: u.text, offset: u.start, unit: u, view }),
    slices: (spans) => (spans === null ? null : spans.map((s) => report.text.slice(s.start, s.end))),
  };
}

/**
 * The same, for a test file: `setup()` parses once (call it first in each
 * test), then `unit`, `win` and `slices` work on that report.
 */
export function testWindows(text: string) {
  let t: Windows | undefined;
  const ready = (): Windows => {
    if (!t) throw new Error('call setup() first');
    return t;
  };
  return {
    setup: async (): Promise<void> => {
      t ??= await windowsOf(text);
    },
    view: () => ready().view,
    report: () => ready().report,
    unit: (fragment: string) => ready().unit(fragment),
    win: (u: Unit) => ready().win(u),
    slices: (spans: Span[] | null) => ready().slices(spans),
  };
}
