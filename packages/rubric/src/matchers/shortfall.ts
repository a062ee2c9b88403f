import { chineseNumberValue } from '@shuzhi/text';
import type { Shortfall } from '@shuzhi/types';
import type { Compiled, Span } from './types.ts';

/** Words that state what was set, and what came of it ("征兵任务120名，实际输送98名", "预算300万元，实际到位180万元"). */
// (Not 应征: "应征报名青年1200名" counts those who applied.)
const TARGET = '任务|计划|预算|目标|指标|下达|要求|应训|应到';
// (Not money spent below its budget, "预算安排武装工作经费32万元，实际支出30.6万元": the budget was there.)
const RESULT = '完成|实际(?!支出|使用|开支|花费|花了|用了)|实到|到位|输送|起运|参训|只有|仅';
// (Not 十一期间, a holiday: "利用十一期间组织……轮训".)
const UNITS: Record<Shortfall, string> = { count: '名|人|次|个|期(?!间)|场|天', money: '亿元|万元|元' };
/** A figure in digits or in Chinese numerals ("任务十二名，实际完成九名"). */
const NUMBER = '\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+';
/** A rate of the whole said short of it ("征兵任务完成率为81.7%", "经费到位率仅75%"). */
// (到位率 in a sentence about money: not people at a drill, "人员平均到位率92%", "应急连一小时内集结到位，到位率94%".)
const RATE: Record<Shortfall, string> = { count: '完成率|完成[^，。；\\d]{0,10}?任务的|(?:仅|只|才)完成了?', money: '(?:经费|资金|预算|款项?|财政)[^。；]{0,30}?(?<!人员|人数|平均|参训|兵员)到位率|拨付率' };
/** Units that count the same thing, and money in 万元. */
const SAME: Record<string, string> = { 人: '名' };
const IN_WAN: Record<string, number> = { 亿元: 10000, 万元: 1, 元: 0.0001 };

/** What starts another item between a target and a figure after it. */
const ANOTHER = /另|此外|同时|以及|用于/;

interface Figure {
  value: number;
  unit: string;
  start: number;
  end: number;
}

/**
 * A result below its target in one sentence, by the report's own figures: the two figures as spans, or null. Figures are
 * compared in one unit (名 and 人 alike, money in 万元); a result up to 2 % short is not one (rounding).
 */
export function compileShortfall(kind: Shortfall): Compiled {
  // (The d flag gives the figure's own place: the words before it are context, not the evidence.)
  const figure = (words: string) => new RegExp(`(?:${words})[^，。；\\d]{0,10}?((${NUMBER})\\s*(${UNITS[kind]}))`, 'dg');
  const targets = figure(TARGET);
  const results = figure(RESULT);
  const rate = new RegExp(`(?:${RATE[kind]})[为是达到了仅只才约有]{0,3}(\\d+(?:\\.\\d+)?\\s*%)`, 'd');
  const figures = (re: RegExp, text: string): Figure[] => {
    const found: Figure[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [start, end] = m.indices![1];
      const number = /\d/.test(m[2]) ? Number.parseFloat(m[2]) : chineseNumberValue(m[2]);
      // (Chinese characters that make no number, "一二", are no figure.)
      if (!number) continue;
      const value = number * (kind === 'money' ? IN_WAN[m[3]] : 1);
      found.push({ value, unit: kind === 'money' ? '万元' : (SAME[m[3]] ?? m[3]), start, end });
    }
    return found;
  };
  return (win) => {
    const short = win.text.includes('%') ? rate.exec(win.text) : null;
    if (short && Number.parseFloat(short[1]) < 98) {
      const [start, end] = short.indices![1];
      return [{ start: win.offset + start, end: win.offset + end }];
    }
    const set = figures(targets, win.text);
    if (!set.length) return null;
    const got = figures(results, win.text);
    // Of the same thing, on either side ("输送新兵98名，完成……任务120名的81.7%"), not another item ("预算安排268万元，另拨付……60万元"),
    // and not when a result reaches the target ("任务62名，实际输送62名，完成大学生征集48名").
    const apart = (a: Figure, b: Figure) => a.start !== b.start && !ANOTHER.test(win.text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
    for (const r of got) {
      const t = set.find((x) => x.unit === r.unit && apart(x, r) && r.value < x.value * 0.98 && !got.some((o) => o.unit === x.unit && apart(x, o) && o.value >= x.value * 0.98));
      if (t) return [t, r].sort((a, b) => a.start - b.start).map((f): Span => ({ start: win.offset + f.start, end: win.offset + f.end }));
    }
    return null;
  };
}
