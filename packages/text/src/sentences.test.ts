import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

const texts = (s: string, offset = 0) => splitSentences(s, offset).map((x) => x.text);

describe('splitSentences', () => {
  it('splits on Chinese terminators and keeps the mark with its sentence', () => {
    expect(texts('一是落实制度。二是建立机制；三是办实事！真的吗？')).toEqual(['一是落实制度。', '二是建立机制；', '三是办实事！', '真的吗？']);
  });

  it('never splits inside balanced quotes or brackets', () => {
    expect(texts('他强调：“要抓实，要抓好。”的要求。')).toEqual(['他强调：“要抓实，要抓好。”的要求。']);
    expect(texts('建立了（见附表。）制度。下一句')).toEqual(['建立了（见附表。）制度。', '下一句']);
  });

  it('ends a sentence after a quotation that ends in a full stop, unless it goes on (holdout750/07)', () => {
    expect(texts('他强调：“要抓实。要抓好。”我们照办。')).toEqual(['他强调：“要抓实。要抓好。”', '我们照办。']);
    expect(texts('他提出“要抓实。”，我们照办。')).toEqual(['他提出“要抓实。”，我们照办。']);
  });

  it('ends a sentence wholly in brackets at its close, not a bracket the sentence opened before it (holdout779/07)', () => {
    expect(texts('拥军优属按政策落实。（补：应急排没有训练，是我抓得不紧。）明年列入计划。')).toEqual(['拥军优属按政策落实。', '（补：应急排没有训练，是我抓得不紧。）', '明年列入计划。']);
    expect(texts('办公6次（后核对台账为4次。）送兵3名。')).toEqual(['办公6次（后核对台账为4次。）送兵3名。']);
    expect(texts('（一）办公6次（后核对台账为4次。）送兵3名。')).toEqual(['（一）办公6次（后核对台账为4次。）送兵3名。']);
  });

  it('keeps an ellipsis and doubled marks together, and splits on line ends', () => {
    expect(texts('还有很多……比如\n下一行？！好')).toEqual(['还有很多……', '比如', '下一行？！', '好']);
  });

  it('does not end a sentence at question marks standing for a figure', () => {
    expect(texts('全年办公？？次，经费?万元。能做到吗？次年再议。')).toEqual(['全年办公？？次，经费?万元。', '能做到吗？', '次年再议。']);
  });

  it('ignores an unbalanced opening quote', () => {
    expect(texts('他说“好。然后走了。')).toEqual(['他说“好。', '然后走了。']);
  });

  it('gives absolute offsets that slice back to the sentence', () => {
    const text = '　　前言。一是落实制度。';
    const base = 100;
    for (const s of splitSentences(text, base)) expect(text.slice(s.start - base, s.end - base)).toBe(s.text);
    expect(splitSentences(text, base)[0].start).toBe(102);
  });
  it('ends a sentence at a half-width full stop typed after Chinese, not at a decimal point or a numbering', () => {
    expect(splitSentences('研究人武部营区维修.平时经常与人武部领导沟通.投入1.5万元.').map((x) => x.text)).toEqual(['研究人武部营区维修.', '平时经常与人武部领导沟通.', '投入1.5万元.']);
    expect(splitSentences('一.提高政治站位').map((x) => x.text)).toEqual(['一.提高政治站位']);
  });
  it('ends a sentence at the space before a point’s label in dictated text without any punctuation, not at its other pauses', () => {
    const spoken = '一是征兵工作今年我乡完成征兵任务XX名完成率100% 宣传发动很到位 二是民兵整组按要求完成编组基干民兵XX人 三是八一期间慰问了军属';
    expect(splitSentences(spoken).map((x) => x.text)).toEqual(['一是征兵工作今年我乡完成征兵任务XX名完成率100% 宣传发动很到位', '二是民兵整组按要求完成编组基干民兵XX人', '三是八一期间慰问了军属']);
    // (Punctuated text keeps its own marks; a short line its spaces.)
    expect(splitSentences('一是抓征兵，完成任务12名 二是抓民兵，编组基干民兵80人。').map((x) => x.text)).toHaveLength(1);
    expect(splitSentences('县委书记 一是').map((x) => x.text)).toHaveLength(1);
  });
  it('keeps the closing bold marks of a run-in label with the sentence it ends, not the next one (holdout993/03)', () => {
    expect(splitSentences('2. **党委会专题研究武装工作4次。** 3月研究民兵整组，5月研究征兵。').map((x) => x.text)).toEqual(['2. **党委会专题研究武装工作4次。**', '3月研究民兵整组，5月研究征兵。']);
    // (Not a redaction's stars after a stop, in a paragraph not opening in bold: "……工作。**同志……".)
    expect(splitSentences('驻县**部队支持工作。**同志担任部长。').map((x) => x.text)).toEqual(['驻县**部队支持工作。', '**同志担任部长。']);
  });
});
