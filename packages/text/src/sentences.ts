import type { Sentence } from '@shuzhi/types';

// Character codes, not one-character strings: indexing a CJK string by position allocates a string per character.
const code = (s: string) => s.charCodeAt(0);
const TERMINATORS = new Set(['。', '！', '？', '；', '!', '?', ';', '…', '\n'].map(code));
const NEWLINE = code('\n');
const PAIRS = new Map(
  [
    ['“', '”'],
    ['‘', '’'],
    ['「', '」'],
    ['『', '』'],
    ['（', '）'],
    ['(', ')'],
    ['《', '》'],
    ['【', '】'],
  ].map(([open, close]) => [code(open), code(close)]),
);
const CLOSERS = new Set(PAIRS.values());
const QUESTION = new Set(['？', '?'].map(code));
/** Units and measure words: a question mark right before one is a figure left blank ("办公？？次", "经费?万元"), not a question. */
const UNITS = new Set([...'次名人个项户件场天万亿元%％'].map(code));
/** Words that end a question ("能做到吗？次年……"): the mark after them is one. */
const PARTICLES = new Set([...'吗呢么吧啊嘛谁何'].map(code));
/** A quotation longer than this is split inside: it is a speech, not a phrase. */
const MAX_PROTECTED = 200;

/**
 * Splits a paragraph into sentences on 。！？；… and line ends, never inside a
 * balanced quotation or bracket. `offset` is the paragraph's position in the
 * report text; sentence offsets are absolute and exclude surrounding spaces.
 */
export function splitSentences(text: string, offset = 0): Sentence[] {
  const inside = protectedSpans(text);
  const out: Sentence[] = [];
  let start = 0;
  let i = 0;
  // "……", "？！", and a closing quote right after the mark belong to the sentence it ends.
  const continues = (k: number) => {
    const c = text.charCodeAt(k);
    return (TERMINATORS.has(c) && c !== NEWLINE) || (CLOSERS.has(c) && !inside[k]);
  };
  const spoken = isUnpunctuated(text);
  const boldClose = leadingBoldClose(text);
  while (i < text.length) {
    const enclosedEnds = quotedSentenceEnds(text, i, inside) || bracketedSentenceEnds(text, i, inside, start);
    if (enclosedEnds || ((TERMINATORS.has(text.charCodeAt(i)) || typedStop(text, i) || (spoken && spokenStop(text, i))) && !inside[i] && !isBlankFigure(text, i))) {
      let end = i + 1;
      while (end < text.length && continues(end)) end++;
      if (end === boldClose) end += 2;
      push(out, text, start, end, offset);
      start = end;
      i = end;
    } else {
      i++;
    }
  }
  push(out, text, start, text.length, offset);
  return out;
}

/** A paragraph opening in bold, after a list item's number if any: "2. **党委会专题研究武装工作4次。** 3月研究……". */
const LEADING_BOLD = /^\s*(?:[0-9]+[.)、．]\s*)?(\*\*|__)/;

/**
 * Where the bold a paragraph opens with closes, or -1: a run-in label kept in its line (a Markdown list item's) that ends in a full
 * stop keeps its closing marks, so the next sentence does not open with them.
 */
function leadingBoldClose(text: string): number {
  const open = LEADING_BOLD.exec(text);
  return open ? text.indexOf(open[1], open[0].length) : -1;
}

const QUOTE_CLOSERS = new Set(['”', '’', '」', '』'].map(code));
const FULL_STOPS = new Set(['。', '！', '？', '!', '?'].map(code));
/** What goes on with the sentence after a quotation's close: "……。”的要求", "……。”，", "……。”等". */
const GOES_ON = /^\s*[，,、；;：:）)》的等和与及]/;

/**
 * A quotation ending in a full stop ends the sentence that holds it: "县委书记强调：“要把最优秀的青年送到部队去。”我们把这一要求落实到
 * 每个村，今年送兵2名" is two sentences (holdout750/07), the quoted words and the reporter's own. (Not when the sentence goes on
 * after the close: "……提出“……。”的要求".)
 */
function quotedSentenceEnds(text: string, i: number, inside: Uint8Array): boolean {
  return QUOTE_CLOSERS.has(text.charCodeAt(i)) && !inside[i] && i > 0 && inside[i - 1] === 1 && FULL_STOPS.has(text.charCodeAt(i - 1)) && i + 1 < text.length && !GOES_ON.test(text.slice(i + 1, i + 3));
}

const BRACKET_OPENERS = new Set(['（', '('].map(code));
const BRACKET_CLOSERS = new Set(['）', ')'].map(code));

/**
 * A sentence wholly in brackets ends at its close: "……按政策落实。（补：应急排全年没有组织一次集中训练，是我抓得不紧。）明年把应急排
 * 训练列入……" is three sentences (holdout779/07), the note between the two it stands among. (Not a bracket the sentence opened
 * before it, "（一）办公6次（后核对台账为4次。）送兵3名。", nor one the sentence goes on after.)
 */
function bracketedSentenceEnds(text: string, i: number, inside: Uint8Array, start: number): boolean {
  if (!BRACKET_CLOSERS.has(text.charCodeAt(i)) || inside[i] || i === 0 || inside[i - 1] !== 1 || !FULL_STOPS.has(text.charCodeAt(i - 1))) return false;
  let open = start;
  while (open < i && SPACES.has(text.charCodeAt(open))) open++;
  // (The bracket that opens the sentence is the one closing here only when all between them is inside it.)
  return BRACKET_OPENERS.has(text.charCodeAt(open)) && !inside.subarray(open + 1, i).includes(0) && i + 1 < text.length && !GOES_ON.test(text.slice(i + 1, i + 3));
}

/**
 * A half-width full stop typed for 。 after Chinese ("……人武部营区维修.平时经常……"): after a Chinese character and before
 * one, a space or the end. Not a decimal point or a list number ("1.5万元", "1.征兵").
 */
function typedStop(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== DOT && c !== WIDE_DOT) return false;
  const next = text.charCodeAt(i + 1);
  if (i === 0 || !isHan(text.charCodeAt(i - 1)) || !(i + 1 === text.length || isHan(next) || next === 0x20 || next === 0x3000 || next === NEWLINE)) return false;
  // (Nor the dot of a numbering in Chinese numerals: "一.提高政治站位".)
  return !ORDINAL_BEFORE.test(text.slice(text.lastIndexOf('\n', i) + 1, i));
}

const ORDINAL_BEFORE = /^\s*[（(]?[一二三四五六七八九十]+$/;

/**
 * Dictated text, transcribed without punctuation, pauses with a space: "一是争兵工作今年我乡完成征兵任务XX名完成率100% 宣传发动
 * 很到位 二是民兵整组按要求完成……". In a long paragraph with no sentence or clause mark at all, a space before a point's label ends
 * a sentence, so that each point is read on its own. (Not any space: most are a comma's pause, "存在的问题嘛 主要是乡里财力有限";
 * nor in a short line, where spaces part a name or a signature: "县委书记　张三".)
 */
const MIN_SPOKEN = 40;
const PUNCTUATED = /[。！？；，、,;!?]/;

function isUnpunctuated(text: string): boolean {
  return text.length >= MIN_SPOKEN && !PUNCTUATED.test(text);
}

const SPACES = new Set([' ', '\u3000'].map(code));
/** What a pause ends on: a word, a figure or a percentage ("完成率100% 二是……"). */
const PAUSE_AFTER = /[\u4e00-\u9fff0-9%]/;
const POINT_LABEL_AHEAD = /^([一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，、]?|首先|其次|再次|最后)/;

function spokenStop(text: string, i: number): boolean {
  return i > 0 && SPACES.has(text.charCodeAt(i)) && PAUSE_AFTER.test(text[i - 1]) && POINT_LABEL_AHEAD.test(text.slice(i + 1, i + 6));
}

const DOT = code('.');
const WIDE_DOT = code('．');
const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;

function isBlankFigure(text: string, i: number): boolean {
  let k = i;
  while (k < text.length && QUESTION.has(text.charCodeAt(k))) k++;
  return k > i && i > 0 && !PARTICLES.has(text.charCodeAt(i - 1)) && UNITS.has(text.charCodeAt(k));
}

function push(out: Sentence[], text: string, start: number, end: number, offset: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ text: text.slice(start, end), start: offset + start, end: offset + end });
}

const ANY_PAIR = /[“‘「『（(《【]/;

/** Marks the positions strictly inside balanced, not-too-long pairs. */
function protectedSpans(text: string): Uint8Array {
  const inside = new Uint8Array(text.length);
  if (!ANY_PAIR.test(text)) return inside;
  const stack: { closer: number; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === NEWLINE) {
      stack.length = 0;
      continue;
    }
    const closer = PAIRS.get(ch);
    if (closer !== undefined) {
      stack.push({ closer, at: i });
      continue;
    }
    if (!CLOSERS.has(ch)) continue;
    const k = findLast(stack, ch);
    if (k < 0) continue;
    const open = stack[k].at;
    stack.length = k;
    if (i - open <= MAX_PROTECTED) inside.fill(1, open + 1, i);
  }
  return inside;
}

function findLast(stack: { closer: number }[], closer: number): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k].closer === closer) return k;
  return -1;
}
