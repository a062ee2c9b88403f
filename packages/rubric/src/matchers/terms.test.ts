import { describe, expect, it } from 'vitest';
import { testWindows } from './testing.ts';
import { compileTerms } from './terms.ts';

const TEXT = [
  '2022年党管武装工作述职报告',
  '一、主要工作',
  '民兵训练中出现个别伤病也不足为奇。我走访了人手不足的连队。工作中还存在不足。',
  '全年经费保障有力，专项资金及时拨付。我们高度重视国防教育工作。',
  '全年經費足額保障。',
].join('\n');

const { setup, unit, win, slices, report: treport } = testWindows(TEXT);

describe('compileTerms', () => {
  it('finds every synonym, in reading order, with absolute spans into the report text', async () => {
    await setup();
    const u = unit('专项资金');
    const spans = compileTerms(['资金', '经费'])(win(u));
    expect(slices(spans)).toEqual(['经费', '资金']);
    const at = treport().text.indexOf('全年经费保障有力');
    expect(spans).toEqual([
      { start: at + 2, end: at + 4 },
      { start: at + 11, end: at + 13 },
    ]);
  });

  it('returns null, not an empty list, when no term occurs', async () => {
    await setup();
    expect(compileTerms(['议军'])(win(unit('专项资金')))).toBeNull();
  });

  it('prefers the longer of two overlapping terms', async () => {
    await setup();
    expect(slices(compileTerms(['国防', '国防教育'])(win(unit('国防教育工作'))))).toEqual(['国防教育']);
  });

  it('matches Traditional text through normalization and reports the original characters', async () => {
    await setup();
    const u = unit('足額');
    expect(slices(compileTerms(['经费'])(win(u)))).toEqual(['經費']);
    // A term written in Traditional is normalized too.
    expect(slices(compileTerms(['經費'])(win(unit('专项资金'))))).toEqual(['经费']);
  });

  it('without word, 不足 is found inside 不足为奇 and 人手不足', async () => {
    await setup();
    const m = compileTerms(['不足']);
    expect(slices(m(win(unit('不足为奇'))))).toEqual(['不足']);
    expect(slices(m(win(unit('人手不足'))))).toEqual(['不足']);
  });

  it('with word: true, 不足 is not found in 不足为奇 or 人手不足, but is found as a word of its own', async () => {
    await setup();
    const m = compileTerms(['不足'], true);
    expect(m(win(unit('不足为奇')))).toBeNull();
    expect(m(win(unit('人手不足')))).toBeNull();
    const u = unit('还存在不足');
    const spans = m(win(u));
    expect(slices(spans)).toEqual(['不足']);
    expect(spans![0].start).toBe(u.start + u.text.indexOf('不足'));
  });
});
