import { regexSpans, type Compiled } from './types.ts';

/** A regular expression over the normalized sentence; safety is checked when the rubric loads. */
export function compileRegex(source: string, flags = ''): Compiled {
  const re = new RegExp(source, `${flags.replace(/[gu]/g, '')}gu`);
  return (win) => {
    const spans = regexSpans(re, win);
    return spans.length ? spans : null;
  };
}
