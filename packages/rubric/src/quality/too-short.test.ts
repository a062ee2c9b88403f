import { describe, expect, it } from 'vitest';
import { parseText } from '../../../parser/src/testing.ts';
import { DEFAULT_CUES } from '../cues.ts';
import { buildView } from '../view.ts';
import { tooShort } from './too-short.ts';

// Below the title: 6 + 11 + 11 + 7 + 8 = 43 characters once white space is removed; the title does not count.
const TEXT = ['2022年党管武装工作述职报告', '一、主要工作', '我们高度重视武装工作。', '我们 高度重视民兵建设。', '二、存在的不足', '调研还不够深入。'].join('\n');

async function check(min: number) {
  const report = await parseText(TEXT);
  return tooShort(buildView(report, DEFAULT_CUES), { minChars: min });
}

describe('too-short', () => {
  it('no finding when the body has exactly the minimum', async () => {
    expect(await check(43)).toEqual([]);
  });

  it('one report-wide finding one character below, naming both counts', async () => {
    expect(await check(44)).toEqual([{ message: '正文仅 43 字，少于 44 字，内容过于单薄', text: '', paragraph: null, line: null, start: null, end: null }]);
  });
});
