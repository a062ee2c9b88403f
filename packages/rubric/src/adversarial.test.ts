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
  'four-ones': '我坚持每月到县人武部现场办公一次，全年共12次；每季度召开一次县委常委会研究武装工作；每半年与人武部党委成员谈一次心；年内带队到乡镇调研2次。',
  'incentive-mechanism': '把党管武装工作纳入乡镇党委书记述职评议考核，考核结果与评先评优挂钩。',
  'support-funding': '县财政全年拨付武装工作经费210万元，全部纳入年度预算管理。',
  conscription: '全年征集新兵39名。',
  'militia-building': '完成民兵整组，编组基干民兵900名。',
  'defense-education': '组织党政干部国防教育专题培训1期。',
  'support-for-military': '走访慰问军属和退役军人家庭180户。',
  'armed-forces-cadres': '配齐配强专武干部14名。',
  shortcomings: '一是民兵训练场地紧张，基干民兵集中训练全年只搞了一次；二是本人对武装工作研究不够深入。',
  plans: '今后，我将推动民兵训练基地建设，加强专武干部队伍建设。',
};

type Required = 'four-ones' | 'incentive-mechanism' | 'support-funding' | 'shortcomings' | 'plans';
type Criterion = Required | 'military-affairs-meetings' | 'conscription' | 'militia-building' | 'defense-education' | 'support-for-military' | 'armed-forces-cadres';

function report(replace: Partial<Record<Criterion, string>>): string {
  const b = { ...BASE, ...replace };
  const rest = [b.conscription, b['militia-building'], b['defense-education'], b['support-for-military'], b['armed-forces-cadres']].join('');
  return [
    b.title, '', b.opening, '', '一、主要工作', b['four-ones'], b['incentive-mechanism'], b['support-funding'], '', rest, '',
    '二、存在的不足', b.shortcomings, '', '三、下步打算', b.plans, '',
  ].join('\n');
}

/** The same report with the shortcomings and plans sections gone, and a line in a section of its own that is neither. */
function withoutClosing(line: string): string {
  return report({}).replace(/二、存在的不足[\s\S]*$/, `二、其他工作\n${line}\n`);
}

let rubric: Rubric;
beforeAll(() => {
  rubric = defaultRubric();
});

async function statusOf(id: Criterion, text: string): Promise<CriterionScore> {
  const card = scoreReport(await parseText(text), rubric);
  return card.criteria.find((c) => c.id === id)!;
}

/** Asserts a criterion's status, showing the evidence credited when it fails. */
async function expectStatus(id: Criterion, text: string, expected: Status): Promise<void> {
  const c = await statusOf(id, text);
  expect(c.status, JSON.stringify(c.evidence.map((e) => e.text))).toBe(expected);
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
  ['shortcomings', '民兵训练时间保障难，3个社区民兵连有名无实。', 'met'],
  // ... and the stock line, with nothing a reviewer could check, is partial.
  ['shortcomings', '民兵训练时间保障难，部分社区民兵有名无实。', 'partial'],
  // Plans that are not plans.
  ['plans', '同上。', 'missing'],
  ['plans', '下半年，我们组织民兵应急分队开展了集中训练。', 'missing'],
];

/** The second adversarial pass: what nobody did, in the period or at all, matched by wording alone. */
const NOT_DONE: [Criterion, string, Status][] = [
  // A rule, a question, a condition, a quotation, a goal, someone else's view or act.
  ['four-ones', '按照省委规定，县委书记作为人武部党委第一书记，应当做到每月到人武部办公一次、每季度召开一次党委会专题研究武装工作、每半年与人武部党委成员谈心一次、每年带头调研解决一批实际问题。', 'missing'],
  ['four-ones', '《党管武装工作制度》明确，第一书记须每月到人武部办公一次，每季度召开一次常委会专题研究武装工作，每半年与人武部党委成员谈一次心，每年带头开展一次调研。', 'missing'],
  ['four-ones', '我是否做到了每月到人武部办公一次？是否每季度召开党委会专题研究武装工作？是否每半年与人武部党委成员谈心一次？是否每年带头调研？', 'missing'],
  ['four-ones', '如果工作需要，我每月到人武部办公一次；若有重大任务，每季度召开常委会专题研究武装工作；一旦人武部有需求，每半年与人武部党委成员谈心一次；如有条件，每年带头调研一次。', 'missing'],
  ['four-ones', '难道每月到人武部办公一次、每季度召开一次常委会专题研究武装工作、每半年与人武部党委成员谈心一次、每年带头调研一次真的很难做到吗？', 'missing'],
  ['four-ones', '“每月到人武部办公一次、每季度召开一次党委会专题研究武装工作、每半年与人武部党委成员谈心一次、每年带头调研一次”被写入县委工作规则。', 'missing'],
  ['four-ones', '有的同志认为，每月到人武部办公一次、每季度召开常委会专题研究武装工作、每半年与人武部党委成员谈心一次、每年带头调研一次是形式主义，我不赞同这种看法。', 'missing'],
  ['four-ones', '听说邻县书记每月到人武部办公一次，每季度召开常委会专题研究武装工作，每半年与人武部党委成员谈心一次，每年带头调研一次，值得学习。', 'missing'],
  ['four-ones', '前任书记在任时坚持每月到人武部办公一次，每季度召开常委会专题研究武装工作，每半年与人武部党委成员谈心，每年带头调研。', 'missing'],
  ['four-ones', '县委组织部部长每月到人武部办公一次，县委宣传部部长每季度召开会议专题研究武装工作，县委办主任每半年与人武部党委成员谈心一次，政法委书记每年带头调研一次。', 'missing'],
  ['four-ones', '今年我力争每月到人武部办公一次，确保每季度召开一次常委会专题研究武装工作，力争上、下半年各与人武部党委成员谈心一次，年内争取带头调研一次。', 'missing'],
  ['four-ones', '从明年起，我每月到人武部办公一次，每季度召开一次常委会专题研究武装工作，每半年与人武部党委成员谈心一次，每年带头调研一次。', 'missing'],
  ['four-ones', '今年“四个一”的目标是：每月到人武部办公一次，每季度召开常委会专题研究武装工作，每半年与人武部党委成员谈心一次，每年带头调研一次。', 'missing'],
  // Admitted undone.
  ['four-ones', '今年到人武部办公0次；每季度召开常委会研究武装工作的制度落实得不好；上、下半年与人武部党委成员谈心谈话的安排没有坚持下来；全年未到乡镇调研。', 'missing'],
  ['four-ones', '每月到人武部办公一次的制度没有坚持下来，每季度召开常委会专题研究武装工作的要求打了折扣，每半年与人武部党委成员谈心一次的安排基本落空，年度调研只停留在计划上。', 'missing'],
  ['four-ones', '每月到人武部办公一次、每季度召开常委会专题研究武装工作一次、每半年与人武部党委成员谈心一次、每年带头调研一次的安排，因工作繁忙都没能落实。', 'missing'],
  // Money asked for, expected, cut, someone else's, or raised by the 人武部 itself.
  ['support-funding', '向县财政申请武装工作经费120万元，目前正在审批中。', 'missing'],
  ['support-funding', '向縣財政申請武裝工作經費１２０萬元，目前正在審批中。', 'missing'],
  ['support-funding', '预计明年投入武装工作经费300万元。', 'missing'],
  ['support-funding', '武装工作经费由去年的300万元压减为今年的0元。', 'missing'],
  ['support-funding', '人武部提出年度经费需求200万元。', 'missing'],
  ['support-funding', '如能追加经费100万元，民兵训练基地即可建成。', 'missing'],
  ['support-funding', '邻县每年安排武装工作经费200万元，我县与之相比差距明显。', 'missing'],
  ['support-funding', '人武部申报的武装工作经费80万元，县财政未列支。', 'missing'],
  ['support-funding', '人武部自筹经费15万元用于民兵训练。', 'missing'],
  ['support-funding', '省军区下拨人武部经费80万元。', 'missing'],
  // An assessment drafted, discussed, dropped, proposed, required by others, or one the reporter is subject to.
  ['incentive-mechanism', '2021年曾把党管武装工作纳入综合考核，后因考核指标精简被取消。', 'missing'],
  ['incentive-mechanism', '县委常委会讨论了将党管武装工作纳入综合考核的可行性，但未形成决定。', 'missing'],
  ['incentive-mechanism', '正在研究制定党管武装工作考核办法，目前尚在征求意见阶段。', 'missing'],
  ['incentive-mechanism', '如果把党管武装工作纳入综合考核，效果会更好。', 'missing'],
  ['incentive-mechanism', '县委将于明年把党管武装工作纳入乡镇综合考核。', 'missing'],
  ['incentive-mechanism', '邻县已把党管武装工作纳入乡镇综合考核，我县尚未这样做。', 'missing'],
  ['incentive-mechanism', '党管武装工作被市委纳入对县委的年度考核，我县得分位列全市第三。', 'missing'],
  ['incentive-mechanism', '党管武装工作是否应当纳入综合考核、与干部奖惩挂钩？', 'missing'],
  ['incentive-mechanism', '省委印发意见，要求把党管武装工作纳入地方党政领导班子综合考核。', 'missing'],
  ['incentive-mechanism', '人武部建议把党管武装工作纳入年度综合考核，此事还在酝酿。', 'missing'],
  // Under the plans heading: a pointer elsewhere, or this year's plan already carried out.
  ['plans', '详见附件。', 'missing'],
  ['plans', '按上级要求执行。', 'missing'],
  ['plans', '今年年初，我们计划召开4次议军会，全年实际召开4次，计划全部完成。', 'missing'],
  ['plans', '根据省军区部署，明年全省将开展民兵调整改革，军分区下一步将组织比武考核。', 'missing'],
  // Under the shortcomings heading: a denial, or problems fixed.
  ['shortcomings', '一年来各项工作都很好，谈不上有什么不足。', 'missing'],
  ['shortcomings', '对上级检查中发现存在的3个问题，全部整改到位。', 'missing'],
  // The other criteria.
  ['conscription', '今年征兵任务120名，最终没有完成。', 'missing'],
  ['conscription', '去年我县输送新兵86名，其中大学生62名。', 'missing'],
  ['conscription', '今年军分区下达我县征兵任务120名。', 'missing'],
  ['militia-building', '民兵训练基地建设计划于明年启动，总投资300万元。', 'missing'],
  ['militia-building', '民兵应急分队组建工作因经费原因被搁置。', 'missing'],
  ['defense-education', '原定的全民国防教育日主题活动因故取消。', 'missing'],
  ['defense-education', '国防教育纳入党校课程一事仍在协调中。', 'missing'],
  ['defense-education', '上级要求把国防教育纳入党委中心组学习内容。', 'missing'],
  ['support-for-military', '去年春节走访慰问军属家庭320户。', 'missing'],
  ['armed-forces-cadres', '人武部多次建议调整配备专武干部，至今仍无结果。', 'missing'],
];

/** Not the reporter's own shortcoming or plan, written outside those sections (which are gone). */
const OUTSIDE_CLOSING: [Required, string][] = [
  ['shortcomings', '为进一步解决民兵训练场地不足、经费保障不到位的问题，今年新建训练场2个。'],
  ['shortcomings', '与先进县相比，我县民兵训练水平的差距明显缩小。'],
  ['shortcomings', '军分区检查组指出，全市普遍存在民兵训练不足的问题。'],
  ['shortcomings', '与兄弟县相比，我县民兵训练处于领先水平，兄弟县普遍存在训练不足的问题。'],
  ['shortcomings', '对民兵训练薄弱乡镇进行了重点帮带，成效明显。'],
  ['shortcomings', '组织召开专题民主生活会，对照党管武装职责找差距、补短板。'],
  ['plans', '今年年初，我们计划召开4次议军会，全年实际召开4次，计划全部完成。'],
  ['plans', '年初我打算每季度听取一次人武部工作汇报，这一做法全年坚持了下来。'],
  ['plans', '根据省军区部署，明年全省将开展民兵调整改革，军分区下一步将组织比武考核。'],
];

describe('adversarial reports, second pass: what nobody did', () => {
  it.each(NOT_DONE)('%s ← “%s” is %s', (id, line, expected) => expectStatus(id, report({ [id]: line }), expected));

  it.each(OUTSIDE_CLOSING)('%s ← “%s” outside the closing sections is missing', (id, line) => expectStatus(id, withoutClosing(line), 'missing'));

  it('headings alone are no evidence: a report that is only its outline scores nothing for the required elements', async () => {
    const outline = [BASE.title, '一、落实“四个一”制度情况', '二、党管武装工作纳入考核情况', '三、武装工作经费纳入财政预算、足额保障情况', '四、存在的不足', '五、下步打算'].join('\n');
    const card = scoreReport(await parseText(outline), rubric);
    expect(card.criteria.filter((c) => c.required).map((c) => [c.id, c.status])).toEqual(
      ['four-ones', 'incentive-mechanism', 'support-funding', 'shortcomings', 'plans'].map((id) => [id, 'missing']),
    );
  });

  it('“述职” as the report’s own formula (向全委会述职，请予评议) is no 党管武装述职 system', async () => {
    const text = report({ 'four-ones': '我坚持每月到县人武部现场办公一次，全年共12次。' }).replace(BASE.opening, `${BASE.opening}下面，我向全委会述职，请予评议。`);
    await expectStatus('military-affairs-meetings', text, 'missing');
  });
});

describe('adversarial reports: one element replaced by a trap', () => {
  it('the base report meets all five required elements', async () => {
    const card = scoreReport(await parseText(report({})), rubric);
    expect(card.criteria.filter((c) => c.required).map((c) => [c.id, c.status])).toEqual(
      ['four-ones', 'incentive-mechanism', 'support-funding', 'shortcomings', 'plans'].map((id) => [id, 'met']),
    );
  });

  it.each(CASES)('%s ← “%s” is %s', (id, line, expected) => expectStatus(id, report({ [id]: line }), expected));

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

  it('Markdown run-in headings in bold are headings: an outline of bold labels with nothing done scores no element, and a list item’s text is cited without the markers', async () => {
    const outline = [`# ${BASE.title}`, '', '**（一）落实“四个一”制度。** 这方面工作主要由分管领导负责。', '', '**（二）落实议军和党管武装述职制度。** 有关情况另行报告。', '', '**（三）配齐配强专武干部。** 详见附件。', ''].join('\n');
    const card = scoreReport(await parseText(outline, 'report.md'), rubric);
    const byId = Object.fromEntries(card.criteria.map((c) => [c.id, c]));
    for (const id of ['four-ones', 'military-affairs-meetings', 'armed-forces-cadres']) expect(byId[id].status, id).toBe('missing');
    const list = await parseText(['# 述职报告', '', '## 一、主要工作', '', '1. **征兵。** 依托辖区3所高校设立征兵工作站，全年征集新兵62名。', ''].join('\n'), 'report.md');
    const evidence = scoreReport(list, rubric).criteria.find((c) => c.id === 'conscription')!.evidence;
    expect(evidence.map((e) => [e.text, e.section])).toEqual([['依托辖区3所高校设立征兵工作站，全年征集新兵62名。', '一、主要工作 › 1.征兵']]);
    // (An unnumbered item keeps its bold label in its line; the label names the topic, not who acts: holdout982/07.)
    const labelled = await parseText(['# 篁坞乡党委书记2024年党管武装工作述职报告', '', '## 三、主要任务', '', '- **武装部长：** 乡武装部长为专职，参加县人武部集训7天；落实每月300元岗位补贴。', ''].join('\n'), 'report.md');
    expect(scoreReport(labelled, rubric).criteria.find((c) => c.id === 'armed-forces-cadres')!.status).toBe('met');
    // (A leader named there is who acts: the deputy's office days are not the reporter's, in a list item or as a bold label on its own line.)
    for (const line of ['- **分管副书记：** 全年到乡武装部办公10次，主持召开民兵工作专题会3次。', '**分管副书记：** 全年到乡武装部办公10次，主持召开民兵工作专题会3次。']) {
      const deputy = await parseText(['# 篁坞乡党委书记2024年党管武装工作述职报告', '', '## 一、主要工作', '', line, ''].join('\n'), 'report.md');
      expect(scoreReport(deputy, rubric).criteria.find((c) => c.id === 'four-ones')!.status, line).toBe('missing');
    }
    // (So is a body named there, in a list item or as a bold label on its own line.)
    for (const line of ['- **县退役军人事务局：** 走访慰问军属1260户，发放慰问金63万元。', '**县退役军人事务局：** 走访慰问军属1260户，发放慰问金63万元。']) {
      const body = await parseText(['# 北川县委书记2024年党管武装工作述职报告', '', '## 一、主要工作', '', line, ''].join('\n'), 'report.md');
      expect(scoreReport(body, rubric).criteria.find((c) => c.id === 'support-for-military')!.status, line).toBe('missing');
    }
    // (And in a plain text typed with Markdown's marks, where the line keeps its list mark.)
    const typed = await parseText(['北川县委书记2024年党管武装工作述职报告', '', '一、主要工作', '', '- **县退役军人事务局：** 走访慰问军属1260户，发放慰问金63万元。', ''].join('\n'), 'report.txt');
    expect(scoreReport(typed, rubric).criteria.find((c) => c.id === 'support-for-military')!.status).toBe('missing');
    const topic = await parseText(['篁坞乡党委书记2024年党管武装工作述职报告', '', '三、主要任务', '', '- **武装部长：** 乡武装部长为专职，参加县人武部集训7天；落实每月300元岗位补贴。', ''].join('\n'), 'report.txt');
    expect(scoreReport(topic, rubric).criteria.find((c) => c.id === 'armed-forces-cadres')!.status).toBe('met');
  });

  it('in a township’s report the county’s exhibition shown there is no education of its own, not even a mention (holdout997/09)', async () => {
    const township = (line: string) => parseText(['菖坪乡党委书记2024年党管武装工作述职报告', '', '一、主要工作', '', line, ''].join('\n'), 'report.txt');
    const shown = scoreReport(await township('县里组织的国防教育巡展在乡政府广场展出3天。'), rubric).criteria.find((c) => c.id === 'defense-education')!;
    expect(shown.status).toBe('missing');
    const own = scoreReport(await township('国防教育日，乡里组织国防教育讲座2场，听众300人。'), rubric).criteria.find((c) => c.id === 'defense-education')!;
    expect(own.status).toBe('met');
  });

  it('a street’s committee hearing its head, the year’s count told, is a meeting; the district committee hearing it is not the street’s (holdout993/12)', async () => {
    const street = (line: string) => parseText(['禾溪街道党工委书记2019年党管武装工作述职报告', '', line, ''].join('\n'), 'report.txt');
    const meetings = async (line: string) => scoreReport(await street(line), rubric).criteria.find((c) => c.id === 'military-affairs-meetings')!.status;
    expect(await meetings('今年，街道党工委每季度听一次武装部长讲民兵和征兵的情况，全年4次。')).toBe('met');
    expect(await meetings('区委每季度听取街道武装部长汇报，全年4次。')).toBe('missing');
  });

  it('a town’s committee meeting once on the work, counted, is the routine named (partial); the district’s rate in a street’s report is no money of its own (holdout1004/11, 1009/12)', async () => {
    const town = (line: string) => parseText(['蓝缬镇党委书记2025年度党管武装工作述职', '', '一、议军情况', '', line, ''].join('\n'), 'report.txt');
    const status = async (id: string, line: string) => scoreReport(await town(line), rubric).criteria.find((c) => c.id === id)!.status;
    expect(await status('four-ones', '镇党委会研究武装工作1次，研究征兵和民兵整组。')).toBe('partial');
    expect(await status('four-ones', '5月，乡党委会专题研究了一次武装工作，议的是防汛应急排编组。')).toBe('partial');
    // (Not the frequency a rule sets, nothing counted: "镇党委每年至少专题研究一次武装工作" is a norm.)
    expect(await status('four-ones', '按照县委要求，镇党委每年应专题研究武装工作1次。')).toBe('missing');
    const street = await parseText(['梣塘街道党工委书记2023年度党管武装工作述职', '', '二、经费保障', '', '区里明确民兵训练误工补贴每人每天120元，街道严格执行。', ''].join('\n'), 'report.txt');
    expect(scoreReport(street, rubric).criteria.find((c) => c.id === 'support-funding')!.status).toBe('missing');
  });

  it('a table row whose 实际 cell is empty reports nothing done; filled, it does', async () => {
    const table = (actual: string[]) =>
      report({ 'four-ones': '“四个一”制度落实情况如下表。' }).replace(
        '“四个一”制度落实情况如下表。',
        ['“四个一”制度落实情况如下表。', '', '| 项目 | 要求次数 | 实际次数 |', '| --- | --- | --- |', ...['每月到人武部办公', '每季度召开常委会专题研究武装工作', '每半年与人武部党委成员谈心'].map((item, k) => `| ${item} | ${['12次', '4次', '2次'][k]} | ${actual[k]} |`), ''].join('\n'),
      );
    const empty = await statusOf('four-ones', table(['', '', '']));
    expect(empty.status, JSON.stringify(empty.evidence.map((e) => e.text))).not.toBe('met');
    const filled = await statusOf('four-ones', table(['12次', '4次', '2次']));
    expect(filled.status).toBe('met');
  });

  it('other work’s money under a funding heading (基层党建工作经费) is no funding of the armed forces work', async () => {
    const text = report({ 'support-funding': '' }).replace('二、存在的不足', '二、经费保障\n县财政全年安排基层党建工作经费1200万元，村级组织运转经费全部纳入预算。\n\n三、存在的不足');
    expect((await statusOf('support-funding', text)).status).toBe('missing');
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
    const cadres = BASE['armed-forces-cadres'];
    const text = report({ plans: '' }).replace('三、下步打算\n', '').replace(cadres, `${cadres}\n年初，县委确定了“下一步重点抓好民兵规范化建设”的工作思路，目前已全部落实。\n为保证明年征兵工作顺利开展，今年11月已提前完成兵役登记。`);
    await expectStatus('plans', text, 'missing');
  });
});

describe('lines that state nothing are never evidence (fifth session)', () => {
  it('the closing date and signature are no plan, and the opening formula is no meeting', async () => {
    const text = report({ plans: '今后，我将继续努力。\n述职人：张建国\n北塘县委书记 张建国\n中共北塘县委员会书记\n2024年12月25日\n二〇二四年十二月二十五日' }).replace(
      BASE.opening,
      '按照市军分区关于开展党管武装述职工作的通知要求，现将本人2024年度履行党管武装第一责任人职责情况报告如下。',
    );
    const card = scoreReport(await parseText(text), rubric);
    const evidence = card.criteria.flatMap((c) => c.evidence.map((e) => `${c.id}: ${e.text}`));
    expect(evidence.filter((e) => /述职人|张建国|委员会书记|12月25日|十二月|报告如下/.test(e))).toEqual([]);
    expect(card.criteria.find((c) => c.id === 'plans')!.evidence.map((e) => e.text)).toEqual(['今后，我将继续努力。']);
  });
});
