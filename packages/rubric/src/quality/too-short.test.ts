import { describe, expect, it } from 'vitest';
import { parseText } from '../../../parser/src/testing.ts';
import { DEFAULT_CUES } from '../cues.ts';
import { buildView } from '../view.ts';
import { tooShort } from './too-short.ts';

// The body: 11 + 11 + 8 = 30 characters once white space is removed; title and heading do not count.
const TEXT = ['2022年党管武装工作述职报告', '一、主要工作', '我们高度重视武装工作。', '我们 高度重视民兵建设。', '二、存在的不足', '调研还不够深入。'].join('\n');

async function check(min: number) {
  const report = await parseText(TEXT);
  return tooShort(buildView(report, DEFAULT_CUES), { minChars: min });
}

describe('too-short', () => {
  it('no finding when the body has exactly the minimum', async () => {
    expect(await check(30)).toEqual([]);
  });

  it('one report-wide finding one character below, naming both counts', async () => {
    expect(await check(31)).toEqual([{ message: '正文仅 30 字，少于 31 字，内容过于单薄', text: '', paragraph: null, line: null, start: null, end: null }]);
  });
});
