import { normalizeText } from '@shuzhi/text';
import { onWordBoundaries, regexSpans, type Compiled } from './types.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Any of a set of terms (synonyms). With `word`, a term counts only as a
 * whole word of the segmented sentence, so 不足 is not found in 不足为奇 or
 * 人手不足, and 考核 is not found inside an unrelated compound.
 */
export function compileTerms(terms: string[], word = false): Compiled {
  const alternatives = [...new Set(terms.map(normalizeText))].sort((a, b) => b.length - a.length).map(escape);
  const re = new RegExp(alternatives.join('|'), 'g');
  return (win) => {
    let spans = regexSpans(re, win);
    if (word) spans = spans.filter((s) => onWordBoundaries(s, win));
    return spans.length ? spans : null;
  };
}
