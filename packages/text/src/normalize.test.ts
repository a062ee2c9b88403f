import { describe, expect, it } from 'vitest';
import { looksTraditional, normalizeText, toSimplified } from './normalize.ts';

describe('normalizeText', () => {
  it('converts Traditional to Simplified', () => {
    expect(normalizeText('黨管武裝工作，今後將財政列支經費')).toBe('党管武装工作，今后将财政列支经费');
  });

  it('folds full-width letters and digits, maps every space to one space, keeps Chinese punctuation', () => {
    expect(normalizeText('　　列支４１０万元，ＸＸ县。\u00a0\r\n')).toBe('  列支410万元，XX县。   ');
  });

  it('puts right what a scan’s OCR misreads, one character for one: letters beside digits, 巳 and 己 for 已', () => {
    expect(normalizeText('年初镇党委巳将武装工作经费l5万元列入预算')).toBe('年初镇党委已将武装工作经费15万元列入预算');
    expect(normalizeText('我于2O22年7月到任，l0月、2〇22年')).toBe('我于2022年7月到任，10月、2022年');
    expect(normalizeText('己经完成；自己经常下基层；IO口；Oracle')).toBe('已经完成；自己经常下基层；IO口；Oracle');
  });

  it("reads a dialect's first person (俺, 咱) as 我, one character for one", () => {
    expect(normalizeText('俺给自己定了个规矩，咱们乡今年送兵6人')).toBe('我给自己定了个规矩，我们乡今年送兵6人');
  });

  it('reads the spoken measure words of a count as 次, one character for one, but not 一回来 or 两回事', () => {
    expect(normalizeText('全年去了14回，跑了两趟，讲了一遍')).toBe('全年去了14次，跑了两次，讲了一次');
    expect(normalizeText('一回来就开会，这是两回事')).toBe('一回来就开会，这是两回事');
  });

  it('keeps the tab, which parts the cells of a table row', () => {
    expect(normalizeText('征兵工作\t３８')).toBe('征兵工作\t38');
  });

  it('preserves length so offsets carry over', () => {
    const samples = ['黨管武裝工作述職報告', '𠮷野家與臺灣', '　　１．軍事日（二）', '這裡面有裏外'];
    for (const s of samples) expect(normalizeText(s)).toHaveLength(s.length);
    expect(toSimplified('只是單純')).toHaveLength(4);
  });

  it('tells Traditional text from Simplified', () => {
    expect(looksTraditional('本人擔任縣委書記以來，認真履行黨管武裝第一責任人職責，經常聽取人武部彙報。')).toBe(true);
    expect(looksTraditional('本人担任县委书记以来，认真履行党管武装第一责任人职责。')).toBe(false);
  });
});

describe('characters that are both Traditional variants and standard Simplified', () => {
  it('keeps 么 and 著 in Simplified text (什么, 显著) and still converts 麼', () => {
    expect(normalizeText('没有什么不足，成效显著。')).toBe('没有什么不足，成效显著。');
    expect(normalizeText('沒有甚麼不足')).toBe('没有甚么不足');
  });
  it('puts right what speech-to-text hears for the work’s words, where the word must stand, one character for one', () => {
    expect(normalizeText('到县人五部办公，常委会一军三次，一军会两次，谈新谈话，谈新两次，正兵和民宾整组，专物干部')).toBe('到县人武部办公，常委会议军三次，议军会两次，谈心谈话，谈心两次，征兵和民兵整组，专武干部');
    expect(normalizeText('第一军团，谈新思路，一军之长')).toBe('第一军团，谈新思路，一军之长');
  });
  it('puts right what a scan misreads in the work’s words, one character for one', () => {
    expect(normalizeText('到入武部办公，谈心2欠，专武千部3名，末能到位，经费9.5方元')).toBe('到人武部办公，谈心2次，专武干部3名，未能到位，经费9.5万元');
    expect(normalizeText('欠账较多，千方百计，末日')).toBe('欠账较多，千方百计，末日');
  });

  it('blanks what a tracked change deleted, a space for a character, and keeps its marks', () => {
    expect(normalizeText('经费[删除：260万元]280万元；【删除：每月办公一次。】经常听取汇报')).toBe(`经费[删除：${' '.repeat(5)}]280万元；【删除：${' '.repeat(7)}】经常听取汇报`);
    expect(normalizeText('删除了重复的台账')).toBe('删除了重复的台账');
    // A draft's editor's deletion in round brackets, its own brackets inside kept, and Markdown's strikethrough.
    const bracket = '（删除：出台《考核办法（试行）》，分值占4%。）';
    expect(normalizeText(`考核已落实。${bracket}`)).toBe(`考核已落实。（删除：${' '.repeat(bracket.length - 5)}）`);
    expect(normalizeText('纳入考核。~~删除：权重3%~~')).toBe(`纳入考核。~~${' '.repeat(7)}~~`);
    expect(normalizeText('（经县委常委会审议）')).toBe('（经县委常委会审议）');
  });
});
