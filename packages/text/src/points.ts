import type { Point } from '@shuzhi/types';

const LABEL = /([一二三四五六七八九十]{1,2})是/g;
/** A label starts a clause: paragraph start, after punctuation, or after a closing quote. */
const CLAUSE_START = /[\s。；;！？!?，,：:、”’）)]/;

const DIGIT_VALUES: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT_VALUES: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 1 for 一, 12 for 十二, 105 for 一百零五; 0 when not a Chinese number below ten thousand (百 alone, 一二). */
export function chineseNumberValue(s: string): number {
  let total = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in DIGIT_VALUES) {
      // Two digits in a row only across 零 ("一百零五"), not "一二".
      if (digit !== null && digit !== 0) return 0;
      digit = DIGIT_VALUES[ch];
    } else if (ch in UNIT_VALUES) {
      // Only 十 stands without its digit ("十二"); "百" alone says "hundreds of".
      if (digit === null && (ch !== '十' || total)) return 0;
      total += (digit ?? 1) * UNIT_VALUES[ch];
      digit = null;
    } else return 0;
  }
  return total + (digit ?? 0);
}

/**
 * Finds the inline points "一是……二是……三是……" of consecutive paragraphs (one
 * section's body): the chain may run inside one paragraph or from paragraph
 * to paragraph. A chain must start at 一是 and count up without gaps, so that
 * a stray 是 after a number ("统一是", "第一是") never makes a point on its own.
 * Returns the points of each block; offsets are absolute.
 */
export function findPoints(blocks: readonly { text: string; start: number }[]): Point[][] {
  const labels: { label: string; value: number; block: number; at: number }[] = [];
  blocks.forEach(({ text }, block) => {
    for (const m of text.matchAll(LABEL)) {
      const at = m.index;
      if (at > 0 && !CLAUSE_START.test(text[at - 1])) continue;
      const value = chineseNumberValue(m[1]);
      if (value > 0) labels.push({ label: m[0], value, block, at });
    }
  });
  const chains: (typeof labels)[] = [];
  let chain: typeof labels = [];
  for (const l of labels) {
    if (l.value === chain.length + 1) chain.push(l);
    else if (l.value === 1) {
      if (chain.length >= 2) chains.push(chain);
      chain = [l];
    }
  }
  if (chain.length >= 2) chains.push(chain);

  const out: Point[][] = blocks.map(() => []);
  for (const c of chains) {
    c.forEach((l, k) => {
      const { text, start } = blocks[l.block];
      const textStart = l.at + l.label.length;
      const next = c[k + 1]?.block === l.block ? c[k + 1].at : text.length;
      const body = text.slice(textStart, next).trimEnd();
      out[l.block].push({ label: l.label, text: body, start: start + l.at, end: start + textStart + body.length });
    });
  }
  return out;
}
