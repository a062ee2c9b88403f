import type { Within } from '@shuzhi/types';
import type { ReportView, Unit } from '../view.ts';
import type { Topics } from './topics.ts';

/** Whether an `all`'s window reads past its sentence (a paragraph, or characters around it): `topic` and `clause` are parts of it. */
export const readsPastSentence = (within: Within | undefined): boolean => within !== undefined && within !== 'sentence' && within !== 'topic' && within !== 'clause';

/** An absolute range in the report text. */
export interface Span {
  start: number;
  end: number;
}

/** The text a matcher looks at: a sentence, or a paragraph around one. */
export interface Window {
  /** Normalized text. */
  text: string;
  /** Absolute offset of `text[0]`. */
  offset: number;
  unit: Unit;
  view: ReportView;
  /**
   * The unit's paragraph as a window wider than the sentence reads it: with
   * the criterion's ignored phrases blanked in each of its sentences. Without
   * it, the paragraph's raw text.
   */
  paragraph?: () => string;
}

/** A compiled matcher: the spans it found, or null when it does not match. */
export type Compiled = (win: Window) => Span[] | null;

export interface SentenceClassifier {
  /** Probability of each label for a normalized sentence. */
  classify(text: string): Record<string, number>;
}

export interface CompileEnv {
  classifier?: SentenceClassifier;
  /** The stretches of a sentence by kind of work, and the criterion being compiled: for `within: topic`. */
  topics?: Topics;
  kind?: string;
}

/**
 * Every match of a global expression in the text. An exec loop on the compiled
 * expression: matchAll would clone it on every call, which costs more than
 * the search itself on a short sentence.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    found.push(m);
    if (!m[0].length) re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return found;
}

export function regexSpans(re: RegExp, win: Window): Span[] {
  const spans: Span[] = [];
  for (const m of allMatches(re, win.text)) if (m[0].length) spans.push({ start: win.offset + m.index, end: win.offset + m.index + m[0].length });
  return spans;
}

/** True when the span starts and ends on word boundaries of the window's text. */
export function onWordBoundaries(span: Span, win: Window): boolean {
  const b = win.view.boundaries(win.text);
  return b.has(span.start - win.offset) && b.has(span.end - win.offset);
}
