import { chineseNumberValue, splitSentences } from '@shuzhi/text';

/**
 * The numbering styles of Chinese official writing, shallow to deep
 * (GB/T 9704 order: 一、 → （一） → 1. → （1））. The rank orders styles that
 * appear without markup; a document may skip or reorder them, and sectioning
 * follows the order in which the document uses them.
 */
export const NUMBERING_STYLES = [
  { key: 'part', rank: 0, re: /^第[一二三四五六七八九十]{1,3}(?:部分|章|篇)[、，,：:\s]*/ },
  { key: 'cn', rank: 1, re: /^[一二三四五六七八九十]{1,3}[、．.][\s]*/ },
  { key: 'cn-paren', rank: 2, re: /^[（(][一二三四五六七八九十]{1,3}[）)][\s、]*/ },
  // (A digit may follow 、 — "10、2022年打算" — but not a point: "1.5万人" is a figure.)
  { key: 'arabic', rank: 3, re: /^\d{1,2}(?:、|[.．](?!\d)|[)）])[\s]*/ },
  { key: 'arabic-paren', rank: 4, re: /^[（(]\d{1,2}[）)][\s、]*/ },
  { key: 'circled', rank: 5, re: /^[①-⑳][\s、]*/ },
  // A list of things done, each with its label: "第一件　办公。到人武部12次……", "第三项：谈心。".
  { key: 'ordinal', rank: 3, re: /^第[一二三四五六七八九十]{1,3}(?:件|项|条)[、，,：:\s　]+/ },
] as const;

export type NumberingStyle = (typeof NUMBERING_STYLES)[number]['key'];

export interface Numbered {
  style: NumberingStyle;
  rank: number;
  /** The label as written, without the spaces after it, e.g. "一、", "（一）". */
  label: string;
  /** Length of label plus the spaces after it. */
  length: number;
  /** The number it stands for (3 for "三、", "（3）" and "③"), 0 when it cannot be read. */
  value: number;
}

export function matchNumbering(text: string): Numbered | null {
  for (const s of NUMBERING_STYLES) {
    const m = s.re.exec(text);
    if (m) return { style: s.key, rank: s.rank, label: m[0].trimEnd(), length: m[0].length, value: labelValue(m[0]) };
  }
  return null;
}

function labelValue(label: string): number {
  const circled = /[①-⑳]/.exec(label);
  if (circled) return circled[0].charCodeAt(0) - 0x2460 + 1;
  const digits = /\d+/.exec(label);
  if (digits) return Number(digits[0]);
  const chinese = /[一二三四五六七八九十]+/.exec(label);
  return chinese ? chineseNumberValue(chinese[0]) : 0;
}

export type HeadingShape =
  | { shape: 'line'; heading: string }
  | { shape: 'run-in'; heading: string; bodyStart: number }
  | { shape: 'none' };

const TRAILING = /[。．.：:；;，,\s]+$/;
const CLOSING_BOLD = /(\*\*|__)\s*$/;

/** A sentence without the closing bold marks a run-in label keeps: "**和武装部长、村民兵连长挨个拉家常。**" ends as its full stop does. */
export const withoutClosingBold = (sentence: string): string => sentence.replace(CLOSING_BOLD, '');

/**
 * Decides whether a numbered plain paragraph is a heading. `rest` is the text
 * after the label. A short line is a heading; a paragraph that opens with a
 * short clause is a run-in heading ("（一）抓学习、强意识。正文……"); a long
 * numbered sentence is a list item and stays a paragraph.
 */
export function headingShape(rest: string, numbered: Numbered): HeadingShape {
  const sentences = splitSentences(rest);
  if (sentences.length === 0) return { shape: 'none' };
  const first = sentences[0];
  const firstText = withoutClosingBold(first.text);
  const listLike = numbered.rank >= 3;
  const endsLikeItem = /[；;，,]$/.test(firstText);
  if (sentences.length === 1) {
    const bare = firstText.replace(TRAILING, '');
    const ended = /[。．.]$/.test(firstText);
    // (A data item, "2. 乡党委会研究武装工作：4次", "（一）到人武部办公：12次", is a line of facts, not a heading.)
    if (endsLikeItem || bare.length === 0 || DATA_ITEM.test(bare)) return { shape: 'none' };
    // (Nor, below the top level, a line that tells facts in clauses, an item of a list left without its full stop: "（一）3月底前
    // 按安置社区重新调整民兵编组，每个社区组建1个应急排", or one set in a time of the year, "（一）一季度完成企业民兵组建专题调研，形成报告
    // 提交市委常委会研究", holdout771/02; not a heading with a note in brackets, "（九）存在问题及整改（分值10分，自评10分）".)
    const told = bare.replace(/[（(][^）)]*[）)]/g, '');
    if (numbered.rank >= 2 && /[，,]/.test(told) && (!runInHeadingLike(told) || TIMED.test(told))) return { shape: 'none' };
    // (Nor a sentence with its full stop that tells facts with figures or dates: "（一）上半年到5个乡镇开展一次民兵建设专题调研。"
    // under 五、明年打算 is an item, as a run-in heading's first sentence would not be; so is "（二）明年上半年开工建设民兵装备仓库。".)
    if (ended && (!runInHeadingLike(bare) || TIMED.test(bare))) return { shape: 'none' };
    if (bare.length <= 40 && (!ended || (!listLike && bare.length <= 30))) {
      // An outline's question answered on its own line ("七、拥军优属情况：已落实。", "二、是否建立激励机制：是。"): the question heads
      // the answer, which is the section's text, not part of its heading.
      const answered = outlineAnswer(bare);
      return answered ? { shape: 'run-in', heading: answered.question, bodyStart: first.start + answered.answerAt } : { shape: 'line', heading: bare };
    }
    return { shape: 'none' };
  }
  const bare = firstText.replace(TRAILING, '');
  if (endsLikeItem || bare.length > (listLike ? 20 : 30) || !runInHeadingLike(bare)) return { shape: 'none' };
  const bodyStart = sentences[1].start;
  return { shape: 'run-in', heading: bare, bodyStart };
}

/**
 * An outline's question and where its answer starts on the same line ("拥军优属情况：已落实", "征兵任务完成情况：完成县下达任务，
 * 送兵6名"), or null: the question is a heading's phrase, the answer not empty.
 */
export function outlineAnswer(line: string): { question: string; answerAt: number } | null {
  const m = ANSWERED.exec(line);
  return m && runInHeadingLike(m[1]) ? { question: m[1], answerAt: m[0].length } : null;
}

// (Not a colon inside brackets: "二、经费投入（单位：万元）" is a heading whole.)
const ANSWERED = /^((?:[^：:（(]|[（(][^）)：:]*[）)]){2,24})[：:][\s\u3000]*(?=[^\s\u3000])/;

/** A time within the year that a fact or a plan's measure is set in, as a heading's phrase is not: "一季度", "上半年", "年内", "6月底前". */
const TIMED = /第?[一二三四1-4]季度|上半年|下半年|年内|年底前|[0-9一二三四五六七八九十]{1,2}月(底|份|中旬|上旬|下旬)?(前|之前)/;

/** A label, a colon and a figure: "乡党委会研究武装工作：4次", "经费：19.5万元". */
const DATA_ITEM = /[：:]\s*([\d０-９]|[一二两三四五六七八九十百]+(次|名|人|户|万元|元))/;

/**
 * A run-in heading is a slogan-like phrase, not a report of facts with figures or dates ("乡党委会研究武装工作四次"; a
 * count of things, "突出三个重点", "办好十件实事", is a slogan's).
 */
function runInHeadingLike(clause: string): boolean {
  return !/\d/.test(clause) && !/^(今年|去年|年初|年内|近年|[一二三四五六七八九十〇零]+年)/.test(clause) && !/[一二两三四五六七八九十百]+(次|名|人次|万元|元|户)/.test(clause);
}
