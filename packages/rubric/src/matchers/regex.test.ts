import { describe, expect, it } from 'vitest';
import { testWindows } from './testing.ts';
import { compileRegex } from './regex.ts';

const TEXT = [
  '2022年党管武装工作述职报告',
  '一、主要工作',
  '县财政列支４１０万元用于民兵训练，追加列支80万元用于营区建设。',
  '组织召开PLA共建座谈会。',
].join('\n');

const { setup, unit, win, slices } = testWindows(TEXT);

describe('compileRegex', () => {
  it('gives one absolute span per match', async () => {
    await setup();
    const u = unit('县财政');
    const spans = compileRegex('列支\\d+万元')(win(u));
    expect(spans).toHaveLength(2);
    expect(spans![0]).toEqual({ start: u.start + 3, end: u.start + 10 });
    expect(spans![1].start).toBe(u.start + u.text.indexOf('列支80'));
    expect(spans![1].end - spans![1].start).toBe('列支80万元'.length);
  });

  it('runs on the normalized text (full-width digits) while the spans slice the original', async () => {
    await setup();
    expect(slices(compileRegex('列支\\d+万元')(win(unit('县财政'))))).toEqual(['列支４１０万元', '列支80万元']);
  });

  it('matches the same text again on a second call (the global regex is reset)', async () => {
    await setup();
    const m = compileRegex('民兵');
    const w = win(unit('县财政'));
    expect(slices(m(w))).toEqual(['民兵']);
    expect(slices(m(w))).toEqual(['民兵']);
  });

  it('honours the i flag and returns null without it', async () => {
    await setup();
    const u = unit('PLA');
    expect(compileRegex('pla')(win(u))).toBeNull();
    expect(slices(compileRegex('pla', 'i')(win(u)))).toEqual(['PLA']);
  });

  it('ignores empty matches, so a pattern that only matches the empty string does not match', async () => {
    await setup();
    expect(compileRegex('z*')(win(unit('县财政')))).toBeNull();
  });
});
