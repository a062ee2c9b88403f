import { beforeAll, describe, expect, it } from 'vitest';
import type { CriterionScore, Rubric, Status } from '@shuzhi/types';
import { parseText } from '../../parser/src/testing.ts';
import { scoreReport } from './engine.ts';
import { defaultRubric } from './testing.ts';

/**
 * False credits found by a reviewer who wrote reports to break the default
 * rubric (fourth session). Each case takes a complete report in which all five
 * required elements are met, replaces the lines that prove one of them with a
 * trap, and states what a careful reviewer gives for that element.
 */
const BASE = {
  title: '中共北塘县委书记2024年党管武装工作述职报告',
  opening: '一年来，我认真履行县人武部党委第一书记职责，现将履职情况报告如下。',
  'four-ones': '我坚持每月到县人武部现场办公一次，全年共12次；每季度召开一次县委常委会研究武装工作；每半年与人武部党委成员谈一次心；年内带队调研民兵建设2次。',
  'incentive-mechanism': '把党管武装工作纳入乡镇党委书记述职评议考核，考核结果与评先评优挂钩。',
  'support-funding': '县财政全年拨付武装工作经费210万元，全部纳入年度预算管理。',
  rest: '全年征集新兵39名。完成民兵整组，编组基干民兵900名。组织党政干部国防教育专题培训1期。走访慰问军属和退役军人家庭180户。配齐配强专武干部14名。',
  shortcomings: '一是民兵训练场地紧张，训练质量有待提高；二是本人对武装工作研究不够深入。',
  plans: '今后，我将推动民兵训练基地建设，加强专武干部队伍建设。',
};

type Required = 'four-ones' | 'incentive-mechanism' | 'support-funding' | 'shortcomings' | 'plans';

function report(replace: Partial<Record<Required, string>>): string {
  const b = { ...BASE, ...replace };
  return [
    b.title, '', b.opening, '', '一、主要工作', b['four-ones'], b['incentive-mechanism'], b['support-funding'], '', b.rest, '',
    '二、存在的不足', b.shortcomings, '', '三、下步打算', b.plans, '',
  ].join('\n');
}

let rubric: Rubric;
beforeAll(() => {
  rubric = defaultRubric();
});

async function statusOf(id: Required, text: string): Promise<CriterionScore> {
  const card = scoreReport(await parseText(text), rubric);
  return card.criteria.find((c) => c.id === id)!;
}

const CASES: [Required, string, Status][] = [
  // Money that is not funding for the armed forces work.
  ['support-funding', '2024年，全县地区生产总值完成186.5亿元，地方财政一般预算收入完成9.2亿元。', 'missing'],
  ['support-funding', '8月组织民兵应急分队参加抗洪抢险，挽回经济损失300余万元。', 'missing'],
  ['support-funding', '全年招商引资到位资金45亿元，为国防建设打下了坚实基础。', 'missing'],
  // Funding denied, or left to the 人武部.
  ['support-funding', '经费保障方面，今年县财政没有专门安排武装工作经费。', 'missing'],
  ['support-funding', '经费保障基本靠人武部自筹。', 'missing'],
  ['support-funding', '武装工作经费至今没有着落。', 'missing'],
  // A superior's words, and the reporter's promise to carry them out.
  ['support-funding', '军分区司令员来我县检查时强调：“要把武装工作经费纳入财政预算，足额保障。”我当即表示坚决落实。', 'missing'],
  ['support-funding', '③ 经费保障。6月，军分区司令员来我县检查时强调：“要把武装工作经费纳入财政预算，足额保障。”', 'missing'],
  // Topics of a briefing the reporter listened to.
  ['support-funding', '听取人武部关于完善武装工作考核、落实经费保障、抓好征兵等情况的汇报。', 'missing'],
  ['incentive-mechanism', '听取人武部关于完善武装工作考核、抓好征兵等情况的汇报。', 'missing'],
  // An incentive for recruits is not an assessment of officials.
  ['incentive-mechanism', '出台鼓励适龄青年依法服兵役的激励措施，对入伍大学生给予一次性奖励1万元。', 'missing'],
  ['incentive-mechanism', '党管武装工作没纳入乡镇考核，这是一个缺憾。', 'missing'],
  ['incentive-mechanism', '考核机制方面，县里目前未建立党管武装专项考核机制。', 'missing'],
  // 将 as 把, with 了: done this year, not a plan.
  ['incentive-mechanism', '2024年，我们将武装工作纳入了全县高质量发展综合考核，设置专项分值4分。', 'met'],
  // The routine admitted undone, planned, or someone else's.
  ['four-ones', '每月到人武部现场办公一次的要求没能坚持下来，全年实际只去了三次。原定每季度召开一次县委议军会，实际只开了一次。', 'missing'],
  ['four-ones', '说实话，“四个一”制度我基本没落实，每月到人武部办公的要求只是停留在纸上。', 'missing'],
  ['four-ones', '我计划今后每月到人武部办公一次，每季度召开一次议军会，每半年与人武部党委成员谈心一次。', 'missing'],
  ['four-ones', '分管武装工作的县委常委每月到人武部办公一次，每季度召开一次议军会，每半年与人武部党委成员谈心一次。', 'missing'],
  ['four-ones', '县委办公室会同人武部开展国防教育进校园活动12次。3月，省军区工作组到我县调研民兵建设情况。每季度由人武部政委主持召开一次人武部党委会。', 'missing'],
  // The other common form of the routine: each of four things at least once a year.
  ['four-ones', '我全年主持专题研究武装工作2次、到人武部现场办公3次、参加军事日活动1次、讲国防教育课1次，全面落实了“四个一”要求。', 'met'],
  // Problems said to be solved, or not found; looking for gaps is not stating one.
  ['shortcomings', '以往存在的经费不足、场地不够等问题已全部解决，短板弱项已经补齐。', 'missing'],
  ['shortcomings', '经认真查摆，目前尚未发现突出问题。', 'missing'],
  ['shortcomings', '总的看，今年各项工作都落实得比较好，没什么短板。', 'missing'],
  ['shortcomings', '组织人武部党委认真查找民兵建设方面的差距，形成问题清单。', 'missing'],
  // A fault stated without any cue word, under the shortcomings heading.
  ['shortcomings', '民兵训练时间保障难，部分社区民兵有名无实。', 'met'],
  // Plans that are not plans.
  ['plans', '同上。', 'missing'],
  ['plans', '下半年，我们组织民兵应急分队开展了集中训练。', 'missing'],
];

describe('adversarial reports: one element replaced by a trap', () => {
  it('the base report meets all five required elements', async () => {
    const card = scoreReport(await parseText(report({})), rubric);
    expect(card.criteria.filter((c) => c.required).map((c) => [c.id, c.status])).toEqual(
      ['four-ones', 'incentive-mechanism', 'support-funding', 'shortcomings', 'plans'].map((id) => [id, 'met']),
    );
  });

  it.each(CASES)('%s ← “%s” is %s', async (id, line, expected) => {
    const c = await statusOf(id, report({ [id]: line }));
    expect(c.status, JSON.stringify(c.evidence.map((e) => e.text))).toBe(expected);
  });

  it('all four parts credited are shown, one evidence sentence each, when they are four sentences', async () => {
    const parts = '我坚持每月到县人武部现场办公一次，全年共12次。每季度召开一次县委常委会研究武装工作。每半年与人武部党委成员谈一次心。年内带队调研民兵建设2次。';
    const c = await statusOf('four-ones', report({ 'four-ones': parts }));
    expect(c.status).toBe('met');
    expect(c.evidence.map((e) => e.text)).toEqual(parts.split(/(?<=。)/));
  });

  it('Markdown headings typed in bold are the sections they name (a denial under **二、存在的问题** is no shortcoming)', async () => {
    const md = report({ shortcomings: '以往存在的经费不足等问题已全部解决。' })
      .split('\n')
      .map((line) => (/^[一二三]、/.test(line) || line === BASE.title ? `**${line}**` : line))
      .join('\n\n');
    const card = scoreReport(await parseText(md, 'report.md'), rubric);
    expect(card.title).toBe(BASE.title);
    expect(card.findings.filter((f) => f.rule === 'placeholder')).toEqual([]);
    const byId = Object.fromEntries(card.criteria.map((c) => [c.id, c]));
    expect(byId.shortcomings.status).toBe('missing');
    expect(byId.plans.evidence.map((e) => e.section)).toEqual(['三、下步打算']);
  });

  it('a funding table under its own heading, the unit in the column header, is met; a section with no amount is not', async () => {
    const table = (rows: string) => report({ 'support-funding': '' }).replace('二、存在的不足', `二、经费保障情况\n\n| 项目 | 金额（万元） |\n| --- | --- |\n${rows}\n\n三、存在的不足`);
    const met = scoreReport(await parseText(table('| 民兵训练 | 12 |\n| 合计 | 20 |'), 'report.md'), rubric).criteria.find((c) => c.id === 'support-funding')!;
    expect(met.status).toBe('met');
    expect(met.evidence[0].section).toBe('二、经费保障情况 › 表格');
    const none = scoreReport(await parseText(table('| 民兵训练 | 待定 |'), 'report.md'), rubric).criteria.find((c) => c.id === 'support-funding')!;
    expect(none.status).not.toBe('met');
  });

  it('a past year’s work and a quoted decision in the body are no plans when the plans section is gone', async () => {
    const text = report({ plans: '' }).replace('三、下步打算\n', '').replace(BASE.rest, `${BASE.rest}\n年初，县委确定了“下一步重点抓好民兵规范化建设”的工作思路，目前已全部落实。\n为保证明年征兵工作顺利开展，今年11月已提前完成兵役登记。`);
    const c = await statusOf('plans', text);
    expect(c.status, JSON.stringify(c.evidence.map((e) => e.text))).toBe('missing');
  });
});
