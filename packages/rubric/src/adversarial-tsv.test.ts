import { readdirSync, readFileSync } from 'node:fs';
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
 * parts, "\n" for a line break, "\t" for a tab between a table's cells).
 */
const BASE: Record<string, string> = {
  title: '中共北川县委书记2024年党管武装工作述职报告',
  opening: '2024年，我认真履行县人武部党委第一书记职责，现将履职情况报告如下。',
  'four-ones': '我坚持每月到县人武部现场办公一次，全年共12次；每季度主持召开一次县委常委会专题研究武装工作；每半年与人武部党委成员谈心一次；7月带队到乡镇调研民兵建设2次。',
  'incentive-mechanism': '县委把党管武装工作纳入乡镇综合目标考核，分值占4分，考核结果与评先评优挂钩。',
  'support-funding': '县财政全年拨付武装工作经费320万元，全部纳入年度预算。',
  // (The reviewer's base said 研究民兵调整改革: a mention of the militia that the militia cases' traps then could not remove.)
  'military-affairs-meetings': '8月主持召开县委议军会，研究营区建设等6项议题。',
  'militia-building': '完成民兵整组，编建基干民兵1100名。',
  'defense-education': '组织党政干部国防教育专题培训2期。',
  'support-for-military': '走访慰问军属和退役军人家庭210户。',
  'armed-forces-cadres': '为18个乡镇配齐专武干部。',
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

/** Every file of cases: the review's honest and trap wordings, then each later round in its order (round4.tsv, …, round42.tsv). */
const FILES = readdirSync(new URL('./fixtures/adversarial/', import.meta.url))
  .filter((f) => f.endsWith('.tsv'))
  .sort((a, b) => roundOf(a) - roundOf(b) || a.localeCompare(b));

function roundOf(file: string): number {
  return Number(/^round(\d+)\.tsv$/.exec(file)?.[1] ?? 0);
}

function cases(file: string): Case[] {
  return readFileSync(new URL(`./fixtures/adversarial/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [name, criterion, expected, target, text = ''] = line.split('\t');
      const b = { ...BASE };
      target.split('+').forEach((t, k) => (b[t] = text.split(' ||| ')[k].replace(/\\n/g, '\n').replace(/\\t/g, '\t')));
      return { name, criterion, expected: expected as Status, text: build(b) };
    });
}

/** Cases the rules do not get right yet, each with why (see the closing note of the session that added them). */
const KNOWN: Record<string, string> = {
  f14_four_inviteBei: '“人武部每半年与我谈心一次”: the talk with the reporter, started by the 人武部, still counts as the half-year talk',
  f71_cons_tijian: '“体检合格率仅为38%”: a low figure stated as a fact is not recognised as a fault, so the 征兵 figure counts',
  f73_cons_lianxi: '“入伍意向登记仅2人”: the same',
  // Fourth pass: wordings the rules still read wrong.
  h14_four_zuzhi_changwei: '军事日 and the half-year talk fill the same part of 四个一 (the two ways of defining it), so both count once',
  h31_fund_shenqing: '“人武部申请的……经费120万元，县财政已全部拨付”: the amount stands in the application clause, which is not credited',
  h41_sc_bujin: '“抓武装工作有时抓得不紧、落得不实” in the body names no specific field of the work, so it is the generic (partial) shortcoming',
  h54_mil_gexiangzhen: '“各乡镇全部完成民兵整组”: the townships are read as someone else',
  t03_fund_delegate: '“……的具体事宜，由县财政局负责落实”: the topic handed over now gives nothing (missing); the reviewer reads the decision itself as partial',
  t07_fund_tongchou: 'several kinds of work in one sentence (统筹各类资金……国防动员等领域)',
  t21_four_huanjing: '“协调解决县人武部办公环境改善问题” counts as a visit',
  t22_four_huibao_up: '“每半年向军分区书面汇报” counts as the half-year part',
  t23_four_junmin: '调研 of the 军民融合 park counts as armed-forces research',
  t26_four_rwbdangwei: 'the 人武部党委’s own meetings count for the quarterly part',
  t27_four_longsentence: 'one long sentence of many visits counts for the office and research parts',
  t28_four_changwei_mixed: 'a committee that met 12 times on many topics, 民兵整组 among them, counts as quarterly',
  t40_plan_jiang_ba: '“年初，我们将全年征兵任务分解到……” (将 as 把, with 年初) reads as a plan',
  t60_mil_tongchou: 'several kinds of work in one sentence (民兵整组 among 乡村振兴 and 基层治理)',
  t70_cad_delegate: 'the same (“……问题，由县委组织部、县人社局负责落实”)',
  t71_cad_jiangzai: '“将在明年……调整” after the topic clause: the plan marker does not reach back',
  // Seventh pass (a review of the sixth session's rules).
  h15_cad_decision: '“县委研究决定，各乡镇武装部长一律由乡镇党委委员兼任”: the decision is about the townships’ posts, read as theirs',
  // Ninth pass (a review of the seventh session's rules).
  h05_inc_bude_youxiu: '“年度考核不得评为优秀等次”: 不得 (cues.notDone) blanks the sanction as a rule, and 评为优秀 is not 评优: partial',
  t08_sc_others_then_stock: '“个别村民兵连长年龄偏大，本人理论学习也还不够深入”: named() accepts a field in others’ clause when any own fault follows it, not only one that takes it up (对此): met',
  h14_mil_agenda_done: '“专题研究了民兵应急营组建……等事项，目前均已落实到位”: the agenda ignore blanks the topics even when the sentence says they were carried out, so not even partial (missing)',
  h18_fund_stock_no_topic: '“经费保障方面，县委、县政府给予了大力支持，做到了应保尽保”: in the funding paragraph of a 党管武装 report, but no topic word in the paragraph: missing, not partial',
  // Tenth pass (a review of the seventh session's later rules).
  t01_edu_cons_figures: 'two kinds in one sentence are read together (within: topic parts only chains of three kinds or more, since the second kind is mostly incidental: 为征兵工作营造氛围): 国防教育 takes the recruits’ figures: met',
  t02_cons_purpose_only: 'the same, the other way: conscription, named only as the purpose of the lectures, takes their figures: met',
  t03_mil_cons_figure: 'the same for 民兵整组 beside “征集大学生士兵48名”: the militia takes the recruits’ figure: met',
  t04_cad_barracks_money: 'within: topic — "基层武装部办公用房改造……累计投入120万元" names no kind (投入 is not 经费/资金), so its money belongs to the cadres named before it: met',
  t06_cons_pool: 'a leading unnamed clause goes to the first named kind: the county’s 3200 young men (我县有适龄青年……) become the conscription’s figure: met',
  // Eleventh pass (a review of the eighth to tenth sessions' rules).
  // Shortcomings.
  t14_sc_modesty_geren: '“……是县委坚强领导和人武部全体同志共同努力的结果，我个人做得还很不够”: the thanks formula is vetoed, the modesty after it is a fault, and 人武部 in the formula gives it a field: met',
  // Plans.
  t15_plan_done_months: 'this year’s work under 下步打算 told by months (10月召开……研究了……), without 今年 or a list’s intro: read as plans: met',
  // Years.
  // within: topic.
  t18_sfm_unnamed_clause: 'a clause naming no kind goes to the kind before it: the 人武部’s 承办上级现场会2次 becomes 拥军优属’s figure: met',
  // Four-ones.
  t22_four_junshiri_nocount: 'the 军事日 alternative takes its count (全年, 12次) from anywhere in the sentence, here the office clause: met',
  t23_four_xianzhengfu: '县政府 (its 常务会议) is no other actor: the government’s quarterly meeting is the reporter’s: met',
  // Who acts.
  // Topical criteria and funding.
  t24_cons_wo_stock: '“我始终把征兵工作作为一项重要政治任务来抓”: 我 alone makes a stock attitude specific: met',
  h12_sfm_troops: 'help for the troops stationed in the county (营区周边道路、官兵子女入学) matches neither the 拥军 words nor 走访慰问部队: missing',
  t28_fund_mixed_projects: '1.2亿元 for schools, roads and the militia base together is credited as the armed forces’ money: met',
  // Twelfth pass (a review of the rules added since round11).
  // The criterion's ignored phrases and what is no work done.
  // A table's caption.
  h17_cad_caption_zhenggai: 'the caption “表1 问题整改落实情况” heads the rows as faults (shortcomingHeadings: (^|\\s)问题), so a row of work done (10月为6个乡镇补齐专武干部，已全部到岗) is no work: missing',
  h18_four_caption_both_years: 'the caption “表1 2024年“四个一”落实情况及2025年计划” heads the rows as plans (计划, 2025年), so the 2024 column’s counts are lost: missing',
  h34_fund_caption_nianchu_jihua: 'the caption “对照年初计划，全年经费落实情况如下：” heads the rows as plans (计划 as the plan it is measured against): missing',
  // The place above.
  h19_mil_qu_quanshi_shouge: 'in a 区 report, “全市首个区级民兵训练基地在我区建成投用” opens with 全市 (wholeAbove), which makes the militia span and the clauses after it (今年组织基干民兵……训练3批次) the city’s: missing',
  // Years.
  t24_fund_carried_qi: '“2022年，县财政投入120万元建成……基地，今年起推行……制度”: CARRIED (今年起推行) takes the whole sentence into the period, the 2022 money too: met',
  t40_fund_mingnianqi_zengjia: '“明年起武装工作经费增加到400万元”: 增加 is not in cues.planActions, so 明年起 marks no plan and next year’s amount is read as done: met',
  // Funding.
  h35_fund_opener_plan: '“县委常委会研究决定，明年起将……经费提高到400万元。今年县财政已拨付武装工作经费350万元……”: a paragraph opened by a plan cue (within 40 characters) makes every later sentence a plan, even one with 今年 and 已: missing',
  // Plans.
  // Sanctions.
  t15_cons_sanction_active: '“对征兵任务完成率低于80%的3个乡镇，年终考核各扣减2分”: the active sanction (对……扣减) is not &sanctioned, so 征兵 with 80% is conscription work: met',
  // Who acts.
  // Elsewhere.
  t09_four_invited_lecture: '“邀请军分区政委为县委理论学习中心组讲授国防教育专题课1次”: 邀请 keeps the guest from being the actor, so his lecture is the reporter’s own (annual-research part): met',
  t10_mam_attend_superior: '“全年参加市委议军会和军分区党委全体会议3次”: the superior’s 议军会 attended counts (notDoneHere has 列席 but not 参加): met',
  t31_mam_stock_systems: '“我始终坚持党委议军、党管武装述职和过“军事日”等制度”: 述职 and 过“军事日” count as a meeting held, so the stock systems line (holdout/09’s and holdout17/12’s labellers: partial) is met',
  // Fourteenth pass (round14.tsv, a review of the ninth session's rules): 34 failed on arrival, these still do.
  t01_four_table_jihua_shiji_short: 'a 计划/实际 table: the 每月/每季度 of the row labels meet the parts, and the 实际 cell (3 of 12) is not compared with them',
  t03_four_stock_dingqi: 'the stock line “定期到人武部办公、按季度研究……、带头调研” reaches three parts: 定期 counts as a frequency',
  h01_four_table_bare_counts: 'counts as bare cells under a “全年次数” header are not read (a header gives units to money only)',
  h03_four_double_negative: '“全年没有一个月不到县人武部现场办公” names no frequency the office part accepts',
  t04_inc_rwb_assesses_own: 'the 人武部 assessing its own 武装部 (“县人武部对各乡镇武装部……考评”): the ignore for its own staff skips 各, and 人武部 alone is no other actor',
  h05_inc_table_weights: 'a table of labels and 分 only: its rows are paragraphs of their own, so the paragraph window never sees the intro naming 考核',
  t06_fund_table_daowei_zero: 'a 到位（万元） column is not a done column, so 0 in it does not undo the 预算 figure of the row',
  t07_fund_table_merged_year: 'a merged year cell leaves the 2023 row without its year: last year’s amount counts',
  t08_fund_table_year_as_amount: 'under a 万元 header any bare number is money, the 2024 of “2024年” too',
  h11_plan_quannian_le: '“确保全年不少于12次……反映了多年的” trips the this-year pattern 全年…了, so a plan reads as work done',
  // Fifteenth pass (round15.tsv, a review of the ninth session's newest rules): 28 failed on arrival, these still do.
  t05_fund_football_base: 'the funding topic word 训练基地 matches “青少年足球训练基地”: the money signal asks neither the title nor the paragraph',
  t06_fund_xiaofang_yingfang: '营房 matches the 消防救援大队’s barracks in a 年度工作总结',
  h14_fund_table_no_section: 'a budget table’s bare amounts count only under an 经费/资金 heading; elsewhere the row must carry its unit',
  // Sixteenth pass (round16.tsv, a review of the tenth session's rules): 34 failed on arrival.
  // The title-armed treasury money and the amount in the next sentence.
  t02_fund_title_purpose_next: '“县财政全年追加安排资金1.2亿元” whose purpose (棚户区改造和农村公路建设) is said in the next sentence: the title and next-sentence signals veto only on the sentence itself: met',
  h02_fund_kaizhi_next: '“把人武部的运转和民兵训练等开支全额纳入县财政预算。今年共拨付320万元”: the next-sentence signal wants 经费/资金/专款/预算 within 6 characters of the field, and 开支 is no money word anywhere: missing',
  h03_fund_jingji_context: '“县财政在经济下行、收支矛盾突出的情况下，全年仍安排320万元”: &other-purpose vetoes 经济 anywhere in the sentence, here the circumstance and not the purpose: missing',
  // The 军分区 in the 四个一.
  t04_four_junfenqu_talks_me: '“军分区领导每半年与我谈心谈话一次” in a county report: the 军分区 talk alternative takes the superior’s talk with the reporter for his own half-yearly talk: met',
  // Spoken office days and 军事日.
  // Spoken faults.
  // Shortfalls.
  // The predecessor's time.
  t11_pred_3yueqi: '“1至7月，前任书记……主持县委工作。3月起，县财政……上半年共拨付160万元”: OWN_TIME_AGAIN’s N月起 ends the predecessor’s time even for a month inside it: met',
  t12_pred_daoren_liaojie: '“我到任后了解到，上半年县财政已拨付……160万元”: 我 and 到任后 end the predecessor’s time, though the sentence reports what was done before the reporter came: met',
  // Slogan plans.
  h17_plan_slogan_baozhang: '“为人武部营区改造提供坚实保障，明年6月底前完成主体工程”: 为…提供坚实…保障 blanks the measure’s object, and the deadline clause names no field: partial',
  // A 各级 total.
  // The base inspected.
  t15_edu_base_diaoyan: '“7月到县国防教育基地调研，听取……汇报”: the base ignore lists 察看/查看/视察/检查/看望, not 调研, and the month makes the visit education: met',
  h19_edu_inspect_then_students: '“到县国防教育基地检查指导后，组织全县中小学生5000余人次分批到基地参观学习”: the ignore blanks the base’s name with the inspection, and the pupils’ clause names no 国防: missing',
  // A vacancy.
  // Placeholders.
  // Seventeenth pass (round17.tsv, a review of the eleventh session's rules): 42 failed on arrival, these still do.
  // The place's hardships.
  h09_sc_chengzhenhua_half: '“城镇化进程中撤并了11个村，原有的民兵连一半以上没有重新编组到位”: 一半以上 is no measure, and the veto leaves not even the generic fault: partial only from the other line',
  // Plans without a measure of their own.
  t20_plan_niannei: '“力争年内征兵工作实现新突破”: 年内 is a time of &vow, though the rest is the slogan ignored: met',
  // Eighteenth pass (round18.tsv, a review of the eleventh session's later rules): 35 failed on arrival; these still do (the 范文's formulations are credited since, and the cases that expected them
  // partial now expect met).
  // The incentive's use of its result.
  r18_t09_inc_zerenshu_18: '“年初与18个乡镇党委书记逐一签订了目标责任书”: quantity: any takes the 18 townships that signed for a weight: met',
  // Label lines.
  r18_t15_label_xuanchuanyue: 'the same for “关于国防教育宣传月。”: 宣传月 reads as an activity held: met',
  // The level's own treasury and the superior's money.
  r18_h12_fund_xianli_yeanchule: '“省里今年下达……200万元，县里按1:1配套，也拿出了200万元”: the exemptions of &superior-money want 县财政/县委… with a verb, or 配套 with its amount in one clause; 县里 after a comma is neither: missing',
  // Twentieth pass (round20.tsv, a second fresh-eyes user's variants, twelfth session): 60 of 125 were false credits on
  // arrival; these still are.
  r20_f02_predecessor_old: '“四个一”制度在我县是老书记定下的规矩：……: the parts are refused as the predecessor’s, the mention of the routine in the first clause still earns partial',
  r20_f10_renwubuzhang: '“在县人武部，人武部长每月到各乡镇武装部现场办公一次……”: the locative lead-in holds the first match, before the 人武部长 is named: partial',
  r20_f12_heading_only: 'the four rules as point lines (“（一）每月到人武部现场办公一次。”) and “具体落实情况另附表”: read as the routine stated: met',
  r20_u12_qiye_juanzeng: '“由县内企业家协会捐资解决，县财政没有出钱”: arguable; the money is the county’s own place’s, though not its treasury’s: met',
  r20_n11_conditional: '“如果组织上继续让我在这个岗位上工作，明年将……”: a plan on the condition of staying in post (arguable): met',
  // Twenty-fifth pass (round25.tsv, seventeenth session).
  r25_fo_rule_then_few: '“……要求县委书记每月到人武部办公一次，我全年实际只去了3次”: with the rule blanked, “只去了3次” names no 人武部 of its own: missing',
  // Twenty-seventh pass (round27.tsv, nineteenth session).
  // Twenty-eighth pass (round28.tsv, twentieth session): defence education named with nothing a reviewer could check is a mention,
  // as the blind labellers of 57 reports read it (a lecture or a study topic without a figure, a date or the reporter's own part);
  // reading teachers brought in and topics studied as checkable gave 1 back and lost 12 (holdout19, 21, 26, 27, 34, 40, 53, 70, 140,
  // 177, 179).
  h08_de_named_school: '“邀请军分区教官为县一中高一新生讲授国防知识”: a lecture named without a figure or a date: partial',
  h10_de_no_keyword: '“邀请军分区领导为县委理论学习中心组作国防和军队改革专题辅导”: the same: partial',
  r18_t22_edu_xuexizhong: '“在县委理论学习中心组学习中开展国防专题教育”: a study topic without a figure or a date: partial',
  r18_t23_edu_nairu_xuexi_neirong: '“把国防教育纳入县委理论学习中心组学习内容”: the same: partial',
  r18_t24_edu_jiaoxue_neirong: '“坚持把国防教育列入各级党校主体班次教学内容”: the same: partial',
  // Twenty-ninth pass (round29.tsv, twenty-first session). Nine earlier cases that name only others' faults or the place's
  // hardships under the faults' heading (t06, t07, t10 ×2, t13, t29_sc_quzhi_qiye, t42, r20_h14, r25_sc_others_unsupportive) now
  // expect partial, not missing: the part the genre asks for, filled thinly, as the later blind labellers read it and three of the
  // earliest (holdout6, 8, 12) did not. Two parts of the routine short of their frequency beside two kept in
  // full are the routine met, as 29 of the 41 blind labellers who met that shape read it (12 read partial).
  t07_four_count_before: '“全年6次到县人武部现场办公，2次主持召开县委常委会……”, the talks and the research kept: two short parts: met',
  t08_four_shangbannian: '“上半年……办公4次，下半年2次；全年……研究武装工作2次”, the rest kept: the same: met',
  r22_fo_one_talk: '“……办公8次；……与人武部党委成员集体谈心1次”, the meetings and the research kept: the same: met',
  r22_fo_talk_owned: '“……办公8次；……6月与人武部党委成员逐一谈话”, the talks owned short among the faults: the same: met',
  // Thirtieth pass (round30.tsv, twenty-second session). One earlier case, the routine's system named and spelled out
  // ("严格落实第一书记“四个一”制度，即每季度……"), now expects partial: the rule, as 8 of 10 blind labellers of that shape read it
  // (a claim of doing it spelled out, "坚持做到“四个一”，即……", stays met, as 14 of 20 read it). A table of faults beside their
  // fixes (存在问题｜整改措施｜完成时限) reads its fixes as the plans (h33 passes); a township's place word opening its year's account
  // ("全镇共有46名青年网上报名") is its own, after the county's meeting (h20 passes).
  // Thirty-third pass (round33.tsv, twenty-fifth session). One earlier case, an assessment whose result is "the important basis"
  // for honours with no weight and no other consequence (r18_t08: "考核结果作为乡镇领导班子评先评优的重要依据"), now expects partial, as the
  // blind labellers of eight reports read it (holdout69/10, 94/04, 177/08, 191/06, 198/10, 221/12, 241/12, 243/02; one, holdout6/04, read met).
  // Three earlier cases that give the routine only by its frequencies, nothing counted (m24_four_chinese, r18_t06, r31_four_claim_colon),
  // now expect partial: the routine claimed, not shown, as the blind labellers of 15 of the 17 reports of that shape read it.
  // Thirty-fourth pass (round34.tsv, twenty-sixth session). One earlier case, a bureau of the level above visiting in a street's
  // report (r31_support_bureau_visit: "区退役军人事务局在我街道走访慰问军属……126户"), now expects missing: the bureau's work, not the
  // reporter's, as holdout278/09's labeller read "县退役军人事务局来我镇走访……，发放帮扶资金4.5万元" (the only such sentence labelled).
  // Thirty-fifth pass (round35.tsv, twenty-seventh session). One earlier case, the work put in an assessment whose result is tied to
  // honours and nothing more (h40_inc_rwb_object: "……纳入乡镇年度综合考核，考核结果与干部评先评优挂钩"), now expects partial, as
  // h39_inc_named_assessment (the assessment alone) does and as the blind labellers of holdout62/07, 224/07, 237/02, 281/03 and
  // 288/05 read it (one, holdout256/07, read met on a weight given only in a closing table).
  // Thirty-seventh pass (round37.tsv, twenty-ninth session). One earlier case, the reporter present at a meeting and speaking there
  // with nothing counted (h09_cons_own_part: "我亲自参加全县征兵工作动员会并作动员讲话"), now expects partial, as the blind labellers of
  // fifteen reports read attendance (holdout24/03, 63/06, 68/12, 103/07, 163/12, 194/12, 243/10, 266/07, 267/07, 286/06, 294/08,
  // 294/11, 295/08, 302/05, 308/08, 321/11); its Traditional twin (h42_cons_traditional) now gives the year's count beside it.
  // Fiftieth pass (round50.tsv, forty-first session).
  r50_last_years_still: '“上年述职评议指出的……问题，今年仍然没有完全改正，全年议军只有2次”: the earlier year opening the sentence keeps it from being this year’s fault, though 今年 follows: partial',
  r74_edu_neighbour_committee: '“蓼川县委把国防教育纳入……” in 岚西区’s report: a neighbour’s committee cannot be told from the words before 县委 (近年来县委把…… is the own one), so its paragraph is read as the district’s: met'
};

let rubric: Rubric;
beforeAll(() => {
  rubric = defaultRubric();
});

describe.each(FILES)('adversarial cases in %s', (file) => {
  for (const c of cases(file)) {
    (KNOWN[c.name] ? it.fails : it)(`${c.name}: ${c.criterion} is ${c.expected}`, async () => {
      const card = scoreReport(await parseText(c.text), rubric);
      const got = card.criteria.find((k) => k.id === c.criterion)!;
      expect(got.status, JSON.stringify(got.evidence.map((e) => e.text))).toBe(c.expected);
    });
  }
});
