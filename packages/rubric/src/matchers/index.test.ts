import { describe, expect, it } from 'vitest';
import type { Matcher } from '@shuzhi/types';
import { testWindows, windowsOf } from './testing.ts';
import { compileMatcher, type SentenceClassifier } from './index.ts';

// Paragraph 3: 经费 and the amount in the same sentence.
// Paragraph 4: 经费 in one sentence, the amount in the next, then a sentence with neither.
// Paragraph 5: 经费 nine characters before the sentence that holds the amount.
const TEXT = [
  '2022年党管武装工作述职报告',
  '一、主要工作',
  '全年经费保障有力，县财政列支410万元用于民兵训练。',
  '经费保障有力。全年列支专项资金，共计80万元。我们高度重视。',
  '经费实行优先保障。为加强民兵训练基础设施建设，全县先后新建和改扩建训练场地6处，列支200万元。',
  '县财政列支武装工作经费95万元，全部到位。',
].join('\n');

const { setup, unit, win, slices, report: treport } = testWindows(TEXT);
const run = (m: Matcher, fragment: string) => slices(compileMatcher(m)(win(unit(fragment))));

const FUNDING: Matcher[] = [{ terms: ['经费'] }, { quantity: 'money' }];

describe('compileMatcher: all', () => {
  it('within the sentence (the default): both in the sentence, or no match', async () => {
    await setup();
    expect(run({ all: FUNDING }, '县财政列支410万元')).toEqual(['经费', '410万元']);
    expect(run({ all: FUNDING, within: 'sentence' }, '县财政列支410万元')).toEqual(['经费', '410万元']);
    expect(run({ all: FUNDING }, '经费保障有力。')).toBeNull();
    expect(run({ all: FUNDING }, '共计80万元')).toBeNull();
  });

  it('within the paragraph: each sentence that holds one of them matches, with the other from its neighbour', async () => {
    await setup();
    expect(run({ all: FUNDING, within: 'paragraph' }, '经费保障有力。')).toEqual(['经费', '80万元']);
    expect(run({ all: FUNDING, within: 'paragraph' }, '共计80万元')).toEqual(['经费', '80万元']);
  });

  it('within the paragraph: a sentence holding neither does not match, so the evidence is a sentence that shows it', async () => {
    await setup();
    expect(run({ all: FUNDING, within: 'paragraph' }, '我们高度重视')).toBeNull();
  });

  it('within { chars }: the window reaches that many characters around the sentence, inside its paragraph', async () => {
    await setup();
    // 经费 starts 9 characters before the sentence with 200万元 (经费实行优先保障。).
    const amount = unit('列支200万元');
    const funding = unit('经费实行优先保障');
    expect(amount.start - funding.start).toBe(9);
    expect(run({ all: FUNDING, within: { chars: 9 } }, '列支200万元')).toEqual(['经费', '200万元']);
    expect(run({ all: FUNDING, within: { chars: 8 } }, '列支200万元')).toBeNull();
    // From the short sentence, the window must reach the end of 200万元.
    const gap = treport().text.indexOf('200万元') + '200万元'.length - funding.end;
    expect(run({ all: FUNDING, within: { chars: gap - 1 } }, '经费实行优先保障')).toBeNull();
    expect(run({ all: FUNDING, within: { chars: gap } }, '经费实行优先保障')).toEqual(['经费', '200万元']);
  });

  it('within the clause: both between the same commas, or no match; the spans are those found in the sentence', async () => {
    await setup();
    expect(run({ all: FUNDING, within: 'clause' }, '列支武装工作经费95万元')).toEqual(['经费', '95万元']);
    // 经费 in 全年经费保障有力, the amount in the next clause.
    expect(run({ all: FUNDING, within: 'clause' }, '县财政列支410万元')).toBeNull();
  });

  it('within { chars } never crosses into another paragraph', async () => {
    await setup();
    // Paragraph 4 ends with 我们高度重视。; the next paragraph starts with 经费.
    expect(run({ all: FUNDING, within: { chars: 500 } }, '我们高度重视')).toBeNull();
  });
});

describe('compileMatcher: any', () => {
  it('collects the spans of every child that matches', async () => {
    await setup();
    expect(run({ any: [{ terms: ['民兵'] }, { regex: '列支' }, { quantity: 'percent' }] }, '县财政列支410万元')).toEqual(['民兵', '列支']);
  });

  it('returns null when no child matches', async () => {
    await setup();
    expect(run({ any: [{ terms: ['议军'] }, { quantity: 'percent' }] }, '县财政列支410万元')).toBeNull();
  });

  it('nests inside all', async () => {
    await setup();
    const m: Matcher = { all: [{ terms: ['民兵'] }, { any: [{ terms: ['征兵'] }, { quantity: 'money' }] }] };
    expect(run(m, '县财政列支410万元')).toEqual(['民兵', '410万元']);
    expect(run(m, '经费保障有力。')).toBeNull();
  });
});

describe('compileMatcher: classify', () => {
  const fake: SentenceClassifier = { classify: (text) => ({ shortcoming: text.includes('高度重视') ? 0.7 : 0.1 }) };

  it('never matches without a classifier', async () => {
    await setup();
    expect(run({ classify: 'shortcoming' }, '我们高度重视')).toBeNull();
  });

  it('matches the whole sentence when the label reaches min (default 0.6)', async () => {
    await setup();
    const u = unit('我们高度重视');
    expect(compileMatcher({ classify: 'shortcoming' }, { classifier: fake })(win(u))).toEqual([{ start: u.start, end: u.end }]);
    expect(compileMatcher({ classify: 'shortcoming', min: 0.8 }, { classifier: fake })(win(u))).toBeNull();
    expect(compileMatcher({ classify: 'shortcoming' }, { classifier: fake })(win(unit('经费保障有力。')))).toBeNull();
    expect(compileMatcher({ classify: 'plan' }, { classifier: fake })(win(u))).toBeNull();
  });
});

describe('compileMatcher: header', () => {
  it('matches the rows of a table by its first row, not the header itself nor a sentence; its span is empty', async () => {
    const w = await windowsOf(['二、经费保障', '项目\t金额（万元）', '征兵工作\t38', '民兵训练\t60', '全年征兵工作经费38万元。'].join('\n'));
    const header = compileMatcher({ header: '万元' });
    const row = w.win(w.unit('征兵工作\t38'));
    expect(header(row)).toEqual([{ start: row.unit.start, end: row.unit.start }]);
    expect(w.slices(compileMatcher({ all: [{ header: '金额' }, { regex: '[0-9]+' }] })(row))).toEqual(['', '38']);
    expect(compileMatcher({ header: '完成' })(row)).toBeNull();
    expect(header(w.win(w.unit('项目\t金额')))).toBeNull();
    expect(header(w.win(w.unit('全年征兵工作经费')))).toBeNull();
  });
});

describe('compileMatcher: title', () => {
  it('matches every sentence of a report whose title says what it is about, with an empty span at the sentence’s start', async () => {
    const armed = await windowsOf(['青坡县委书记2024年党管武装工作述职报告', '一、主要工作', '经费保障还不够充足。'].join('\n'));
    const general = await windowsOf(['青坡县委书记2024年度述职报告', '一、主要工作', '经费保障还不够充足。'].join('\n'));
    const title = compileMatcher({ title: '武装|国防' });
    const row = armed.win(armed.unit('经费保障'));
    expect(title(row)).toEqual([{ start: row.unit.start, end: row.unit.start }]);
    expect(title(general.win(general.unit('经费保障')))).toBeNull();
  });

  it('reads the byline under a title that names no post, not a sentence of the opening', async () => {
    const bylined = await windowsOf(['2025年党管武装工作述职报告', '**澜泽高新技术产业园区党工委书记　秦雨桐**', '一、主要工作', '经费由市财政拨付。'].join('\n'));
    const opening = await windowsOf(['2025年党管武装工作述职报告', '2025年，我认真履行园区党工委书记职责，现报告如下。', '一、主要工作', '经费由市财政拨付。'].join('\n'));
    const park = compileMatcher({ title: '园区' });
    expect(park(bylined.win(bylined.unit('经费由')))).not.toBeNull();
    expect(park(opening.win(opening.unit('经费由')))).toBeNull();
  });
});

describe('compileMatcher: report', () => {
  it('matches every sentence of a report that holds the expression anywhere, with an empty span at the sentence’s start', async () => {
    const blank = await windowsOf(['青坡县委书记2024年党管武装工作述职报告', '坚持做到“四个一”：即每月到人武部办公一次。', '二、主要工作', '全年召开常委会议军____次。'].join('\n'));
    const filled = await windowsOf(['青坡县委书记2024年党管武装工作述职报告', '坚持做到“四个一”：即每月到人武部办公一次。', '二、主要工作', '全年召开常委会议军4次。'].join('\n'));
    const left = compileMatcher({ report: '_{2,}\\s*次' });
    const rule = blank.win(blank.unit('坚持做到'));
    expect(left(rule)).toEqual([{ start: rule.unit.start, end: rule.unit.start }]);
    expect(left(filled.win(filled.unit('坚持做到')))).toBeNull();
  });
});

describe('compileMatcher: section', () => {
  it('matches the sentences under a heading that says what the part is about, at any depth, with an empty span', async () => {
    const w = await windowsOf(['青坡区委书记2021年党管武装工作述职', '一、上半年工作情况（前任书记任内）', '民兵整组编组基干民兵800人。', '二、到任以来履行第一书记职责情况', '（一）“四个一”', '到人武部办公5次。'].join('\n'));
    const since = compileMatcher({ section: '到任|任职以来' });
    const mine = w.win(w.unit('到人武部办公'));
    expect(since(mine)).toEqual([{ start: mine.unit.start, end: mine.unit.start }]);
    expect(since(w.win(w.unit('民兵整组')))).toBeNull();
  });
});

describe('compileMatcher: column', () => {
  const ledger = testWindows(
    [
      '2023年述职',
      '一、“四个一”落实台账',
      '季度\t到人武部办公\t主持议军\t谈心谈话',
      '一季度\t1月12日、2月20日，共2次\t2月20日常委会议军1次\t—',
      '二季度\t4月、5月各1次，共2次\t—\t6月与人武部党委成员谈心5人',
      '二、其他',
      '全年到人武部办公12次。',
    ].join('\n'),
  );
  const office: Matcher = { column: '办公', match: { regex: '[0-9]+次' } };

  it('reads a row cell by cell under the header: the count in the office column, not the meetings’', async () => {
    await ledger.setup();
    const row = ledger.unit('一季度');
    expect(ledger.slices(compileMatcher(office)(ledger.win(row)))).toEqual(['2次']);
    expect(ledger.slices(compileMatcher({ column: '议军', match: { regex: '[0-9]+次' } })(ledger.win(row)))).toEqual(['1次']);
    // A column whose cell holds nothing the inner matcher finds ("—"), a header row, and a sentence outside any table: no match.
    expect(compileMatcher({ column: '谈心', match: { regex: '[0-9]+人' } })(ledger.win(row))).toBeNull();
    expect(compileMatcher(office)(ledger.win(ledger.unit('季度\t到人武部办公')))).toBeNull();
    expect(compileMatcher(office)(ledger.win(ledger.unit('全年到人武部办公12次')))).toBeNull();
  });

  it('inside an all, beside a matcher of the whole row', async () => {
    await ledger.setup();
    const both: Matcher = { all: [office, { regex: '季度' }] };
    expect(ledger.slices(compileMatcher(both)(ledger.win(ledger.unit('二季度'))))).toEqual(['1次', '2次', '季度']);
  });
});
