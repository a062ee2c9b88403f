import type { Paragraph } from '@shuzhi/types';
import type { QualityCheck } from './index.ts';
import { findingAt } from './locate.ts';

const place = (p: Paragraph) => (p.line ? `第${p.line}行` : `第${p.index}段`);

/**
 * A paragraph that stands again, word for word, later in the same report
 * (pasted twice while assembling the text, or padding): one finding per
 * repeated paragraph, at its first repetition, saying where it first stood
 * and how often it recurs. Paragraphs shorter than `minChars` (spaces not
 * counted) are left alone: a short line such as "一是……" may well recur.
 */
export const repeatedParagraph: QualityCheck = (view, options) => {
  const min = options.minChars as number;
  const first = new Map<string, Paragraph>();
  const repeats = new Map<Paragraph, Paragraph[]>();
  let last: Paragraph | null = null;
  for (const unit of view.units) {
    if (unit.isHeading || unit.paragraph === last) continue;
    last = unit.paragraph;
    const key = unit.paragraph.normalized.replace(/\s/g, '');
    if (key.length < min) continue;
    const seen = first.get(key);
    if (seen) repeats.get(seen)!.push(unit.paragraph);
    else {
      first.set(key, unit.paragraph);
      repeats.set(unit.paragraph, []);
    }
  }
  return [...repeats]
    .filter(([, again]) => again.length > 0)
    .map(([p, again]) => findingAt(view, again[0].start, again[0].end, `本段与${place(p)}的段落完全相同${again.length > 1 ? `，同一段落共出现 ${again.length + 1} 次` : ''}，请删去重复的内容`));
};
