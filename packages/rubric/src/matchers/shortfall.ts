import type { Shortfall } from '@shuzhi/types';
import type { Compiled, Span } from './types.ts';

/** Words that state what was set, and what came of it ("征兵任务120名，实际输送98名", "预算300万元，实际到位180万元"). */
const TARGET = '任务|计划|预算|目标|指标|下达|要求|应征|应训|应到';
const RESULT = '完成|实际|实到|到位|输送|起运|参训|只有|仅';
const UNITS: Record<Shortfall, string> = { count: '名|人|次|个|期|场|天', money: '亿元|万元|元' };

/** What starts another item between a target and a figure after it. */
const ANOTHER = /另|此外|同时|其中|以及|用于/;

interface Figure {
  value: number;
  unit: string;
  start: number;
  end: number;
}

/**
 * A result below its target in one sentence, by the report's own figures: the two figures as spans, or null. Figures are
 * compared only in one unit (名 with 名, 万元 with 万元); a result up to 2 % short is not one (rounding).
 */
export function compileShortfall(kind: Shortfall): Compiled {
  // (The d flag gives the figure's own place: the words before it are context, not the evidence.)
  const figure = (words: string) => new RegExp(`(?:${words})[^，。；\\d]{0,10}?(\\d+(?:\\.\\d+)?\\s*(${UNITS[kind]}))`, 'dg');
  const targets = figure(TARGET);
  const results = figure(RESULT);
  const figures = (re: RegExp, text: string): Figure[] => {
    const found: Figure[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [start, end] = m.indices![1];
      found.push({ value: Number.parseFloat(m[1]), unit: m[2], start, end });
    }
    return found;
  };
  return (win) => {
    if (!/\d/.test(win.text)) return null;
    const set = figures(targets, win.text);
    if (!set.length) return null;
    for (const r of figures(results, win.text)) {
      // The result after its target, of the same thing: not "预算安排268万元，另拨付……60万元".
      const t = set.find((x) => x.unit === r.unit && x.end <= r.start && r.value < x.value * 0.98 && !ANOTHER.test(win.text.slice(x.end, r.start)));
      if (t) return [t, r].map((f): Span => ({ start: win.offset + f.start, end: win.offset + f.end }));
    }
    return null;
  };
}
