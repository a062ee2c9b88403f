import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Rubric, Status } from '@shuzhi/types';
import { parseText } from '../../parser/src/testing.ts';
import { scoreReport } from './engine.ts';
import { defaultRubric } from './testing.ts';

/**
 * The third adversarial review's cases, kept as data (fixtures/adversarial/):
 * `honest.tsv` states work plainly in the ways officials write it (each must
 * earn its credit), `traps.tsv` words what nobody did so that it reads like
 * work (each must not). A line: name, criterion, expected status, the parts
 * of the base report it replaces ("a+b"), and their new text (" ||| " between
 * parts, "\n" for a line break).
 */
const BASE: Record<string, string> = {
  title: '中共北川县委书记2024年党管武装工作述职报告',
  opening: '2024年，我认真履行县人武部党委第一书记职责，现将履职情况报告如下。',
  'four-ones': '我坚持每月到县人武部现场办公一次，全年共12次；每季度主持召开一次县委常委会专题研究武装工作；每半年与人武部党委成员谈心一次；7月带队到乡镇调研民兵建设2次。',
  'incentive-mechanism': '县委把党管武装工作纳入乡镇综合目标考核，分值占4分，考核结果与评先评优挂钩。',
  'support-funding': '县财政全年拨付武装工作经费320万元，全部纳入年度预算。',
  // (The reviewer's base said 研究民兵调整改革: a mention of the militia that the militia cases' traps then could not remove.)
  'military-affairs-meetings': '8月主持召开县委议军会，研究营区建设等6项议题。',
  conscription: '全年征集新兵62名，其中大学生48名。',
  'militia-building': '完成民兵整组，编建基干民兵1100名。',
  'defense-education': '组织党政干部国防教育专题培训2期。',
  'support-for-military': '走访慰问军属和退役军人家庭210户。',
  'armed-forces-cadres': '为18个乡镇配齐专武干部。',
  shortcomings: '一是民兵训练场地紧张，训练质量有待提高。二是本人对武装工作调研不够深入。',
  plans: '一是明年我将推动民兵训练基地建设。二是加强专武干部培训。',
};

function build(b: Record<string, string>): string {
  const rest = ['conscription', 'militia-building', 'defense-education', 'support-for-military', 'armed-forces-cadres'].map((k) => b[k]).join('');
  return [b.title, '', b.opening, '', '一、主要工作', '', b['four-ones'], '', b['military-affairs-meetings'], '', b['incentive-mechanism'], '', b['support-funding'], '', rest, '', '二、存在的不足', '', b.shortcomings, '', '三、下步打算', '', b.plans, ''].join('\n');
}

interface Case {
  name: string;
  criterion: string;
  expected: Status;
  text: string;
}

function cases(file: string): Case[] {
  return readFileSync(new URL(`./fixtures/adversarial/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [name, criterion, expected, target, text = ''] = line.split('\t');
      const b = { ...BASE };
      target.split('+').forEach((t, k) => (b[t] = text.split(' ||| ')[k].replace(/\\n/g, '\n')));
      return { name, criterion, expected: expected as Status, text: build(b) };
    });
}

/** Cases the rules do not get right yet, each with why (see the closing note of the session that added them). */
const KNOWN: Record<string, string> = {
  f14_four_inviteBei: '“人武部每半年与我谈心一次”: the talk with the reporter, started by the 人武部, still counts as the half-year talk',
  f48_sc_english: 'English text is not read',
  f71_cons_tijian: '“体检合格率仅为38%”: a low figure stated as a fact is not recognised as a fault, so the 征兵 figure counts',
  f73_cons_lianxi: '“入伍意向登记仅2人”: the same',
  // Fourth pass: wordings the rules still read wrong.
  h14_four_zuzhi_changwei: '军事日 and the half-year talk fill the same part of 四个一 (the two ways of defining it), so both count once',
  h31_fund_shenqing: '“人武部申请的……经费120万元，县财政已全部拨付”: the amount stands in the application clause, which is not credited',
  h41_sc_bujin: '“抓武装工作有时抓得不紧、落得不实” in the body names no specific field of the work, so it is the generic (partial) shortcoming',
  h54_mil_gexiangzhen: '“各乡镇全部完成民兵整组”: the townships are read as someone else',
  t03_fund_delegate: '“……的具体事宜，由县财政局负责落实”: the topic handed over now gives nothing (missing); the reviewer reads the decision itself as partial',
  t04_fund_table_need: 'a table is read row by row: the line introducing it (经费需求如下) does not reach its rows',
  t07_fund_tongchou: 'several kinds of work in one sentence (统筹各类资金……国防动员等领域)',
  t20_four_bangonghui: '县委书记办公会 hearing the 人武部 among other departments counts as a talk',
  t21_four_huanjing: '“协调解决县人武部办公环境改善问题” counts as a visit',
  t22_four_huibao_up: '“每半年向军分区书面汇报” counts as the half-year part',
  t23_four_junmin: '调研 of the 军民融合 park counts as armed-forces research',
  t25_four_table_plan: 'a table cell “明年起执行” does not make its row a plan',
  t26_four_rwbdangwei: 'the 人武部党委’s own meetings count for the quarterly part',
  t27_four_longsentence: 'one long sentence of many visits counts for the office and research parts',
  t28_four_changwei_mixed: 'a committee that met 12 times on many topics, 民兵整组 among them, counts as quarterly',
  t40_plan_jiang_ba: '“年初，我们将全年征兵任务分解到……” (将 as 把, with 年初) reads as a plan',
  t60_mil_tongchou: 'several kinds of work in one sentence (民兵整组 among 乡村振兴 and 基层治理)',
  t70_cad_delegate: 'the same (“……问题，由县委组织部、县人社局负责落实”)',
  t71_cad_jiangzai: '“将在明年……调整” after the topic clause: the plan marker does not reach back',
  // Seventh pass (a review of the sixth session's rules).
  h15_cad_decision: '“县委研究决定，各乡镇武装部长一律由乡镇党委委员兼任”: the decision is about the townships’ posts, read as theirs',
  t33_mil_seed_bisai: '“全力准备民兵训练基础科目比武” (the seed): a contest being prepared still counts as one held',
  // Ninth pass (a review of the seventh session's rules).
  h01_inc_kouchu: '“年度考核扣减3分”: the paragraph signal knows 扣N分 only, not 扣减/扣除; the sentence before (“是……考核的重要内容”) has no verb of the main signal, so nothing at all (missing)',
  h02_inc_weight_percent: '“权重由2%提高到5%”: the paragraph signal needs N分 after 提高到, and the main signal a verb (纳入/列入…) the sentence lacks: missing',
  h03_inc_zerenzhi: '“列入乡镇目标管理责任制，……占4分”: 目标管理责任制 is not 目标责任 (the main signal’s second list) and no 考核/考评 in the paragraph for the paragraph signal: missing',
  h04_inc_pingjia_shiyong: '“考核结果作为评价使用……领导干部的重要依据”: 评价使用 is not among the consequences (only 提拔|任用|评先|评优…), so the named assessment stays partial',
  h05_inc_bude_youxiu: '“年度考核不得评为优秀等次”: 不得 (cues.notDone) blanks the sanction as a rule, and 评为优秀 is not 评优: partial',
  h06_inc_tixing_tanhua: '“对排名后两位的乡镇党委书记进行提醒谈话”: 提醒谈话 is not among the consequences (约谈 is): partial',
  t01_inc_superior_deduct: '“市委对各县……考核，我县因……不到位被扣1分”: the new sanction veto clears the fault, so 扣1分 with 党管武装/考核 in the paragraph is met; 市委 is no outsider at county level',
  t02_inc_task_count: '“与……等8项重点任务一并纳入……考核”: quantity:any takes the count of tasks as the weight: met',
  t03_inc_decided_only: '“县委常委会专题研究……，决定将其纳入……考核”: the &decided qualifier (常委会/专题研究/决定) stands in for a weight or consequence: met',
  t04_inc_recruit_veto: '“征兵政治考核严格落实“一票否决””: recruits’ vetting, but 一票否决 in the sentence and 党管武装/考核 in the paragraph make the paragraph signal met (the ignore knows 政考/新兵…考核, not 政治考核)',
  h07_sc_siyige: 'the shortcomings’ field list (&content) lacks 四个一, 专题研究 and 季度: “落实“四个一”制度还不够严格，有两个季度没有专题研究武装工作” is generic (partial)',
  h08_sc_bingyi: '&content lacks 兵役 (登记): “兵役登记工作抓得不够细，网上登记率只有76%” is generic (partial)',
  h09_sc_yubeiyi: '&content lacks 预备役: “对预备役部队建设支持不够” is generic (partial)',
  h10_sc_unsolved: '“……研究还不够深入，各乡镇民兵训练场地不达标的问题至今没有解决”: 各乡镇 makes the second clause others’ (otherActors), so named() finds the field only in others’ fault after the reporter’s stock one: partial',
  h11_sc_mobilise: '“对大学生参军积极性调动得不够”: the will-to-enlist veto ((学生)…参军…积极性…不够) swallows the reporter’s own failure to mobilise: only the stock fault remains (partial)',
  h12_sc_own_sanction: '“我县因民兵整组不到位被军分区通报批评”: the sanction veto (因…不到位…被…通报) swallows the reporter’s own county sanctioned by the superior: only the stock fault remains (partial)',
  t05_sc_cunzu: '“深入村组一线的时间偏少” (the stock 深入基层不够): 村 in &content makes it a field: met',
  t06_sc_bangongshi: '“习惯于坐在办公室听汇报” (the stock 作风 fault): 办公 in &content matches 办公室: met',
  t07_sc_kaohe_gap: '“对照上级考核要求，工作还有一定差距” (the generic gap): 考核 in &content: met',
  t08_sc_others_then_stock: '“个别村民兵连长年龄偏大，本人理论学习也还不够深入”: named() accepts a field in others’ clause when any own fault follows it, not only one that takes it up (对此): met',
  t09_sc_sanction_buzhashi: '“有2个乡镇因民兵整组工作不扎实被扣分”: 不扎实 is not among the sanction veto’s fault words, and “有2个乡镇” is no other-actor pattern: the sanction dealt out is the reporter’s fault (met)',
  t10_sc_dangbing_yiyuan: '“适龄青年当兵意愿不强”: the will-to-enlist veto knows 参军|入伍|应征|服役|报名, not 当兵: met',
  t11_sc_qing_piping: '“以上述职如有不当之处，请各位领导批评指正”: the formula veto needs 恳请/敬请/欢迎; without it the line under the shortcomings heading is a fault by heading (partial)',
  h13_plan_siyige: '&content lacks 四个一, 常委会/专题研究 and 述职: “严格落实“四个一”制度，每季度至少召开一次县委常委会专题研究武装工作” is a generic plan (partial)',
  t12_plan_cunzu_vow: '“经常深入村组、社区一线” in a vow: 村/社区 in &content make it a specific plan (met)',
  t13_plan_kaohe_vow: '“交出一份经得起组织考核检验的满意答卷”: 考核 in &content makes the vow a specific plan (met)',
  t14_mil_agenda_gongzuo: '“研究了……民兵排调整……等工作”: the agenda ignore knows 等事项/等议题, not 等工作: met',
  t15_mil_agenda_long: 'the agenda ignore allows at most 30 characters of topics ({2,30}): a longer list is not blanked, so its militia words count (met)',
  h14_mil_agenda_done: '“专题研究了民兵应急营组建……等事项，目前均已落实到位”: the agenda ignore blanks the topics even when the sentence says they were carried out, so not even partial (missing)',
  t16_four_36meetings: '“全年主持召开县委常委会议36次，其中专题研究武装工作1次”: the new 全年…会…N次 alternative has no (?<![0-9]), so 36次 reads as 6次 (quarterly part met)',
  h15_four_talk_count_clause: '“与人武部党委成员逐一开展谈心谈话，全年累计14人次”: the talk count must be in the talk’s clause ([^。；，]), so the half-year part is lost (partial)',
  h16_four_problems_year_clause: '“今年，我协调解决了人武部营区改造……等实际问题”: the year stands before the comma and 我 is not in the list (带头|带队|亲自), so the research/problems part is lost (partial)',
  t17_fund_minsheng_paragraph: '“在财力十分紧张的情况下，全力保障民生支出” beside “全县武装工作……”: the stock line needs the topic only in its paragraph, so other work’s money is partial',
  h17_fund_gelei: '“安排民兵训练、征兵、国防教育等各类经费共计286万元”: the ignore for other work’s money ((…|各类)…经费…元) blanks the amount though the list names the armed-forces work: missing',
  h18_fund_stock_no_topic: '“经费保障方面，县委、县政府给予了大力支持，做到了应保尽保”: in the funding paragraph of a 党管武装 report, but no topic word in the paragraph: missing, not partial',
};

let rubric: Rubric;
beforeAll(() => {
  rubric = defaultRubric();
});

describe.each(['honest.tsv', 'traps.tsv', 'round4.tsv', 'round5.tsv', 'round6.tsv', 'round7.tsv', 'round8.tsv', 'round9.tsv'])('adversarial cases in %s', (file) => {
  for (const c of cases(file)) {
    (KNOWN[c.name] ? it.fails : it)(`${c.name}: ${c.criterion} is ${c.expected}`, async () => {
      const card = scoreReport(await parseText(c.text), rubric);
      const got = card.criteria.find((k) => k.id === c.criterion)!;
      expect(got.status, JSON.stringify(got.evidence.map((e) => e.text))).toBe(c.expected);
    });
  }
});
