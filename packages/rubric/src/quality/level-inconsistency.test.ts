import { beforeAll, describe, expect, it } from 'vitest';
import { parseText } from '../../../parser/src/testing.ts';
import { DEFAULT_CUES } from '../cues.ts';
import { loadRubric } from '../load.ts';
import { buildView } from '../view.ts';
import { levelInconsistency } from './level-inconsistency.ts';

let options: Record<string, unknown>;
beforeAll(() => {
  const r = loadRubric();
  if (!r.ok) throw new Error('default rubric does not load');
  options = r.value.quality.find((q) => q.rule === 'level-inconsistency')!.options;
});

async function check(...body: string[]) {
  const report = await parseText(['2022年党管武装工作述职报告', '一、主要工作', ...body].join('\n'));
  return { report, findings: levelInconsistency(buildView(report, DEFAULT_CUES), options) };
}

async function checkTitled(title: string, ...body: string[]) {
  const report = await parseText([title, '一、主要工作', ...body].join('\n'));
  return levelInconsistency(buildView(report, DEFAULT_CUES), options);
}

describe('level-inconsistency', () => {
  it('fires on a body that names only a level the title rules out (全县 under a 区委书记, 我镇 under a 街道)', async () => {
    const district = await checkTitled('中共槐江区委书记2025年党管武装工作述职报告', '全县18个乡镇全部完成民兵整组。我县征兵任务圆满完成。');
    expect(district.map((f) => f.message)).toEqual(['本级称谓不一致：这是区的述职报告，正文却称“全县”（县），共 2 处，请核对是否套用了其他单位的材料']);
    const street = await checkTitled('东湖街道党工委书记2025年党管武装工作述职报告', '我镇全年征集新兵12名。');
    expect(street).toHaveLength(1);
    // A township names the county around it, a county its city: no finding.
    expect(await checkTitled('青石镇党委书记2025年党管武装工作述职报告', '全县征兵工作会议后，我们征集新兵12名。')).toEqual([]);
    expect(await checkTitled('中共北川县委书记2025年党管武装工作述职报告', '全市征兵工作会议后，我们征集新兵120名。')).toEqual([]);
  });

  it('does not read the level above’s meeting it held as the report’s own level (holdout997/01, 10), but does the county’s own count so named', async () => {
    const held = ['全县编组基干民兵1360名。', '3月，蒹州市委召开全市党管武装述职会，我作书面述职。', '6月，蒹州市委召开全市议军会，我参加并作表态发言。', '全县征集新兵45名。'];
    expect(await checkTitled('中共枳川县委书记2023年党管武装工作述职报告', ...held)).toEqual([]);
    expect(await checkTitled('中共枳川县委书记2023年党管武装工作述职报告', '全县编组基干民兵1360名。全县征集新兵45名。全市征集新兵12名，其中大学生3名。')).toHaveLength(1);
  });

  it('does not read the 全区 of a flood-storage area’s 安全区 as the district (holdout690/05)', async () => {
    expect(await checkTitled('中共长垸县委书记2024年党管武装工作述职报告', '全县完成民兵整组。南垸蓄洪区安全建设新建安全区1处，我县民兵参与转移演练。')).toEqual([]);
  });

  it('fires on a township of a district whose superiors are a county’s (holdout627/04), not on a named county nor on its own district', async () => {
    const county = await checkTitled('红泉区兴泉镇党委书记2023年度党管武装工作述职报告', '在县委、县政府和县人武部的正确领导下，我镇完成民兵整组。', '完成了县人武部下达的征兵任务8名。');
    expect(county.map((f) => f.message)).toEqual(['本级称谓不一致：红泉区兴泉镇属区，正文却称“县委”，共 4 处，请核对是否套用了其他单位的材料']);
    const named = await checkTitled('红泉区兴泉镇党委书记2023年度党管武装工作述职报告', '在区委和区人武部的领导下，我镇与邻近的安平县人武部联合开展防汛演练。');
    expect(named).toEqual([]);
    const ofCounty = await checkTitled('安平县兴泉镇党委书记2023年度党管武装工作述职报告', '在县委、县政府和县人武部的正确领导下，我镇完成民兵整组。');
    expect(ofCounty).toEqual([]);
  });

  it('fires on a township that claims the whole county’s work as its own, and then reads its 全县 as itself', async () => {
    const claimed = await checkTitled('小庄乡党委书记2023年党管武装工作述职报告', '小庄乡党委认真履行党管武装工作职责，全县武装工作取得了新成绩。', '全县民兵整组工作按时完成，编组基干民兵36人。');
    expect(claimed.map((f) => f.message)).toEqual(['本级称谓不一致：这是乡镇的述职报告，正文却称“全县”（县），共 2 处，请核对是否套用了其他单位的材料']);
    // The county's whole named around the township, its own share beside it: no claim, no finding.
    expect(await checkTitled('小庄乡党委书记2023年党管武装工作述职报告', '全县共征集新兵186人，其中我乡12人。')).toEqual([]);
  });

  it('fires on a district that claims the whole city’s work as its own, not on one that names the city around it (holdout608/11)', async () => {
    const title = '星湾区委书记2023年党管武装工作述职报告';
    const claimed = await checkTitled(title, '我认真履行第一书记职责，全市武装工作取得了新的进步。', '把武装工作列入区委重要议事日程。', '全市民兵整组按计划完成。');
    expect(claimed.map((f) => f.message)).toEqual(['本级称谓不一致：称“区委重要议事日程”（区），此处却称“全市”（市），共 2 处，请核对是否套用了其他单位的材料']);
    expect(await checkTitled(title, '今年全市征兵工作圆满完成，我区送兵62名。', '把武装工作列入区委重要议事日程。')).toEqual([]);
    // (A county's claim of the city's work is the same slip, holdout617/11; naming the city's meeting is none.)
    expect(await checkTitled('溇源县委书记2019年度党管武装工作述职报告', '全市国防后备力量建设和武装工作呈现良好发展态势。')).toHaveLength(1);
    expect(await checkTitled('溇源县委书记2019年度党管武装工作述职报告', '全市征兵工作会议后，我们征集新兵120名。')).toEqual([]);
    // (A district's own claim of 全区 is no claim of the city's.)
    expect(await checkTitled(title, '推动全区武装工作再上新台阶。', '今年全市征兵工作圆满完成，我区送兵62名。')).toEqual([]);
  });

  it('fires on a township’s own figure written as the county’s, not on the county’s own figures quoted', async () => {
    const town = '柳堤镇党委书记2022年党管武装工作述职报告';
    const own = await checkTitled(town, '镇党委会研究武装工作4次。', '全县基干民兵142人完成整组，组织民兵轮流巡堤。');
    expect(own.map((f) => f.message)).toEqual(['本级称谓不一致：称“镇党委会”（乡镇），此处却称“全县”（县），请核对是否套用了其他单位的材料']);
    expect(await checkTitled(town, '2. 民兵：全市整组基干民兵48名。')).toHaveLength(1);
    // Whatever the number, the blind labellers read it as the slip: "全县整组民兵4100余名", "全县共征集新兵129名，其中大学生……".
    expect(await checkTitled(town, '按照县人武部统一部署，全县整组民兵4100余名，我们的民兵工作得到了充分肯定。')).toHaveLength(1);
    expect(await checkTitled(town, '今年全县共征集新兵129名，其中大学生占一半以上。')).toHaveLength(1);
    // A share of the whole beside it, the whole's townships counted: the county's own.
    expect(await checkTitled(town, '全县共征集新兵186人，我镇完成12人。')).toEqual([]);
    expect(await checkTitled(town, '全县共征集新兵186人，其中我镇12人。')).toEqual([]);
    // (Or the share in the next sentence of the paragraph, holdout969/07; not a sentence later.)
    expect(await checkTitled(town, '今年全县上站体检412人。我镇报名62人，体检19人，定兵7名。')).toEqual([]);
    expect(await checkTitled(town, '全县编组基干民兵2300名、集训10天；我镇民兵按要求参加。')).toEqual([]);
    expect(await checkTitled(town, '今年全县上站体检412人。镇党委会研究武装工作2次。我镇报名62人。')).toHaveLength(1);
    // The reporter's place named with no figure of its own is no share: the whole's figures stand for its own.
    expect(await checkTitled(town, '全县共征集新兵93名，整组民兵1460人，我镇按要求完成了征兵和民兵整组任务。')).toHaveLength(1);
    // …unless it took part in the whole's event or hosted it.
    expect(await checkTitled(town, '今年全县组织民兵集中训练3200人次，我镇民兵积极参加。')).toEqual([]);
    expect(await checkTitled(town, '6月，县人武部在我镇举办全县民兵哨所骨干集训，全县14个哨所的42名骨干参训。')).toEqual([]);
    expect(await checkTitled(town, '搬迁群众大多来自全县15个乡镇，全县15个乡镇均设安置点。')).toEqual([]);
    expect(await checkTitled(town, '后来全县87个点都推开了。')).toEqual([]);
  });

  it('does not fire on the committees below named in a district’s report (列席街道党工委会议)', async () => {
    expect(await checkTitled('中共柘阳区委书记2024年党管武装工作述职报告', '区委常委会研究武装工作4次。区委常委会研究征兵工作。', '出台街道专武干部管理办法，明确街道武装部长列席街道党工委会议。')).toEqual([]);
  });

  it('does not fire on the whole above’s event that the reporter’s own unit took part in (参加全市民兵比武), but on its work claimed', async () => {
    expect(await checkTitled('中共沙埠县委书记2025年党管武装工作述职报告', '县委常委会研究武装工作4次。10月县民兵应急连参加全市民兵比武，获团体第二名。')).toEqual([]);
    expect(await checkTitled('中共沙埠县委书记2025年党管武装工作述职报告', '县委常委会研究武装工作4次。全市民兵比武组织有序，全市民兵整组任务圆满完成。')).not.toEqual([]);
  });

  it('does not fire on the whole’s figures quoted with their source (据县人武部统计，全县……), in a township’s report or a county’s', async () => {
    expect(await checkTitled('竹溪镇党委书记2022年党管武装工作述职报告', '镇党委会研究武装工作2次。据县人武部统计，全县累计整组基干民兵1260名。我镇民兵整组按要求完成。')).toEqual([]);
    expect(await checkTitled('中共梅坞县委书记2024年党管武装工作述职报告', '全县送兵102名。据市退役军人事务局统计，全市全年发放优抚资金1.2亿元。')).toEqual([]);
    expect(await checkTitled('云岙乡党委书记2021年度党管武装工作述职报告', '全乡征集新兵5名。县人武部年终通报显示，全县今年共征集新兵86名，征兵工作受到军分区表扬。')).toEqual([]);
    // (Not the whole's figure given as the township's own, with no source: the slip.)
    expect(await checkTitled('竹溪镇党委书记2022年党管武装工作述职报告', '镇党委会研究武装工作2次。全县累计整组基干民兵1260名。')).not.toEqual([]);
  });

  it('reads 全乡 after one of a city’s townships named in the sentence as that township’s whole', async () => {
    expect(await checkTitled('中共青口市委书记2023年党管武装工作述职报告', '全市征集新兵210名。在马鞍乡，我们请了3名退伍老兵当义务宣传员，全乡报名人数由14人增加到31人。')).toEqual([]);
  });

  it('fires on 我县 and 我市 in the same report, at the minority’s first mention', async () => {
    const { report, findings } = await check('我县认真落实党管武装制度。全县民兵整组顺利完成。', '我市征兵任务圆满完成。');
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.message).toBe('本级称谓不一致：多处称“我县”（县），此处却称“我市”（市），请核对是否套用了其他单位的材料');
    expect(report.text.slice(f.start!, f.end!)).toBe('我市');
    expect(f.line).toBe(4);
    expect(f.text).toBe('我市征兵任务圆满完成。');
  });

  it('counts the minority’s mentions', async () => {
    const { findings } = await check('我县认真落实党管武装制度。全县民兵整组顺利完成。本县征兵工作扎实。', '我市征兵任务圆满完成。全市民兵应急分队组建到位。');
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('，共 2 处');
  });

  it('does not fire on 全市 in a district’s report (the city it is part of), but does on 我市', async () => {
    const whole = await check('我区认真落实党管武装制度。全区民兵整组顺利完成。', '今年全市征兵工作圆满完成，我区作为全市征兵工作的重要组成部分，圆满完成了任务。');
    expect(whole.findings).toEqual([]);
    const own = await check('我区认真落实党管武装制度。全区民兵整组顺利完成。', '我市征兵任务圆满完成。');
    expect(own.findings).toHaveLength(1);
  });

  it('does not fire on the whole above quoted as the surroundings: 全区 in a street’s report, 全市 beside 我县’s share', async () => {
    const titled = async (title: string, ...body: string[]) => levelInconsistency(buildView(await parseText([title, '一、主要工作', ...body].join('\n')), DEFAULT_CUES), options);
    const street = ['全区今年征集新兵286名，其中我街道任务18名，实际输送19名。', '区人武部今年投入380万元建成全区民兵训练基地。', '全区全年投入武装工作经费1260万元。我街道落实了配套经费。'];
    expect(await titled('河曲街道党工委书记2024年党管武装工作述职报告', ...street)).toEqual([]);
    // (The district's committee acting on the street: holdout574/05.)
    expect(await titled('东湖街道党工委书记2024年党管武装工作述职报告', '区委常委会将党管武装纳入街道年度综合考核，东湖街道全年得分位居全区前列。')).toEqual([]);
    expect(await titled('东湖街道党工委书记2024年党管武装工作述职报告', '区委常委会全年专题研究武装工作4次。')).toHaveLength(1);
    expect(await titled('凌台县委书记2025年党管武装工作述职报告', '县委常委会专题研究武装工作4次。县委常委会研究征兵工作。', '今年全市征集新兵1260名，我县任务104名，起运104名。')).toEqual([]);
    // A county's report that calls itself 全市 without a share of its own is still another unit's words.
    expect(await titled('凌台县委书记2025年党管武装工作述职报告', '县委常委会专题研究武装工作4次。县委常委会研究征兵工作。', '今年全市征兵工作圆满完成。')).toHaveLength(1);
  });

  it('does not fire on a superior in the courtesy formula: 在市委的正确领导下……我县', async () => {
    const { findings } = await check('在市委的正确领导下，我县认真落实党管武装制度。全县民兵整组顺利完成。');
    expect(findings).toEqual([]);
  });

  it('does not fire on a city-wide contest: 在全市民兵比武中获得第一名', async () => {
    const { findings } = await check('我县民兵应急分队在全市民兵比武中获得第一名。全县民兵整组顺利完成。');
    expect(findings).toEqual([]);
  });

  it('does not fire on the superior’s meeting the reporter attends: 我参加县委中心组学习 in a township report', async () => {
    const { findings } = await check('镇党委会专题研究武装工作2次。我镇民兵整组顺利完成。', '我参加县委中心组国防教育专题学习一次。');
    expect(findings).toEqual([]);
    // Control: the county's own committee named as the reporter's is still caught.
    expect((await check('镇党委会专题研究武装工作2次。我镇民兵整组顺利完成。', '县委中心组开展国防教育专题学习。')).findings).toHaveLength(1);
  });

  it('does not fire on a county report whose experience the city spread: 经验在全市推广', async () => {
    const { findings } = await check('我县认真落实党管武装制度。全县民兵整组顺利完成。', '我县民兵应急分队建设经验在全市推广。');
    expect(findings).toEqual([]);
  });

  it('fires on a street that calls the county its own (我们县人武部), not on the county around it (全县)', async () => {
    const own = await checkTitled('望川街道党工委书记2025年党管武装工作述职报告', '今年全县征兵任务重，我们县人武部精心组织，街道按时完成了任务。');
    expect(own.map((f) => f.message)).toEqual(['本级称谓不一致：这是街道的述职报告，正文却称“我们县”（县），请核对是否套用了其他单位的材料']);
    expect(await checkTitled('望川街道党工委书记2025年党管武装工作述职报告', '今年全县征兵任务重，街道按时完成了任务。')).toEqual([]);
  });

  it('does not fire on each township’s own in a county’s report: 由各镇党委书记对本镇……', async () => {
    const { findings } = await check('我县征兵工作圆满完成。5月明确由各镇党委书记对本镇在外就读大学生逐一联系，全县报名人数增加到486人。');
    expect(findings).toEqual([]);
  });

  it('does not read a Markdown bold label as a redaction: “- **征兵：**县下达任务6名” in a township’s report', async () => {
    const { findings } = await check('乡党委会专题研究武装工作3次。乡党委会研究了民兵整组。', '- **征兵：**县下达任务6名，完成6名。');
    expect(findings).toEqual([]);
  });

  it('does not fire on a person’s own town in a story: 他……把全镇14个村的民兵逐一核实 in a county’s report', async () => {
    const { findings } = await check('我县民兵整组圆满完成。全县专武干部队伍稳定。', '今年他用三个月时间把全镇14个村的民兵逐一核实了一遍。');
    expect(findings).toEqual([]);
  });

  it('does not fire on the townships’ committees in a county’s report: 乡镇党委会研究武装工作的次数……', async () => {
    const { findings } = await check('全县民兵整组圆满完成。全县征兵任务完成。', '乡镇党委会研究武装工作的次数比上年增加一倍。');
    expect(findings).toEqual([]);
  });

  it('does not fire on a ranking among the city’s counties in figures: 在全市8个县区中排第6位', async () => {
    const { findings } = await check('全县民兵整组圆满完成。', '2024年全县地区生产总值完成168.2亿元，在全市8个县区中排第6位。');
    expect(findings).toEqual([]);
  });

  it('does not fire on what the county will be among the city’s places: 将成为全市示范点 (holdout358/06)', async () => {
    const { findings } = await check('全县民兵整组圆满完成。全县征兵任务完成。', '民兵训练基地建成后将成为全市示范点。');
    expect(findings).toEqual([]);
  });

  it('does not fire on the county described as one of the city’s: 是全市防汛重点县', async () => {
    const { findings } = await check('全县民兵整组圆满完成。全县征兵任务完成。', '汀澜县辖12个乡镇，是全市防汛重点县，也是征兵任务大县。');
    expect(findings).toEqual([]);
  });

  it('does not fire on the city as a yardstick or as the place a district belongs to: 全市位次, 是全市驻军最多的区, 是我市老城区 (holdout128, holdout134)', async () => {
    const county = ['全县民兵整组圆满完成。全县征兵任务完成。县委常委会专题研究武装工作。'];
    expect((await check(...county, '指标\t2022年完成\t增幅\t全市位次')).findings).toEqual([]);
    const district = ['区委常委会专题研究武装工作4次。全区民兵整组圆满完成。我区征兵任务完成。'];
    expect((await check(...district, '望潮区是我市老城区，驻有部队单位31个，是全市驻军最多的区。')).findings).toEqual([]);
    // (我市 claiming the work is still another unit's.)
    expect((await check(...district, '我市民兵应急分队集中训练两期。')).findings).toHaveLength(1);
  });

  it('does not fire on the city’s contest the county trains for: 8月的全市比武, 全市比武前 (holdout152); does on one it held', async () => {
    const county = ['全县民兵整组圆满完成。全县征兵任务完成。县委常委会专题研究武装工作。'];
    expect((await check(...county, '民兵方面，8月的全市比武，我们提前两个月把应急分队集中起来训练。')).findings).toEqual([]);
    expect((await check(...county, '全市比武前，县委常委会追加训练经费12万元。')).findings).toEqual([]);
    // (Nor the city's ranking the county aims at: "征兵工作争创全市先进，民兵建设走在全市前列".)
    expect((await check(...county, '明年征兵工作争创全市先进，民兵建设走在全市前列。')).findings).toEqual([]);
    // (Or where it stands among them, spoken: "固定资产投资……都比去年有增长，在全市排得上号".)
    expect((await check(...county, '固定资产投资、规上工业增加值都比去年有增长，在全市排得上号。')).findings).toEqual([]);
    expect((await check(...county, '组织全市民兵比武，参赛队员300人。')).findings).toHaveLength(1);
  });

  it('fires on the county’s first secretary’s title taken by a township’s secretary: 作为县人武部党委第一书记 (holdout144/10)', async () => {
    const town = await checkTitled('沙渠镇党委书记2024年党管武装工作述职报告', '一年来，作为县人武部党委第一书记，我始终把党管武装作为重大政治责任。', '我镇全年征集新兵9名，镇党委会专题研究武装工作2次。');
    expect(town).toHaveLength(1);
    const county = await checkTitled('中共沙河县委书记2024年党管武装工作述职报告', '一年来，作为县人武部党委第一书记，我始终把党管武装作为重大政治责任。', '我县全年征集新兵90名。');
    expect(county).toEqual([]);
  });

  it('does not fire on the superior’s plans carried out: 认真落实区委议军会部署', async () => {
    const { findings } = await check('2026年，街道党工委认真落实区委议军会部署。', '全年街道党工委会议专题议军2次。');
    expect(findings).toEqual([]);
    // (Nor on the tasks its meeting set, in a town's report: "紧紧围绕县委议军会确定的任务" (holdout561/04).)
    const town = await checkTitled('柳溪镇党委书记2023年党管武装工作述职报告', '镇党委紧紧围绕县委议军会确定的任务，扎实推进全镇武装工作。', '全镇编建基干民兵86人。');
    expect(town).toEqual([]);
  });

  it('does not fire on one level only', async () => {
    const { findings } = await check('我县认真落实党管武装制度。全县民兵整组顺利完成。县委常委会专题研究武装工作。');
    expect(findings).toEqual([]);
  });

  it('does not fire on a township report naming the county around it (在全县家喻户晓), but does on 我县 there', async () => {
    const body = '镇党委会专题研究武装工作2次。我镇民兵整组顺利完成。全镇编组基干民兵80名。';
    expect((await check(body, '鹿山民兵的光荣传统在全县家喻户晓。')).findings).toEqual([]);
    expect((await check(body, '我县民兵应急分队集中训练两期。')).findings).toHaveLength(1);
  });
  it('does not fire on the level above’s meetings, rankings and city named as such (holdout748/09, 762/11, 763/03, 765/03)', async () => {
    const town = '镇党委会专题研究武装工作2次。我镇民兵整组顺利完成。全镇编组基干民兵80名。';
    expect((await check(town, '2025年县委议军会议上，县委主要领导对我镇民兵防汛工作提出表扬。')).findings).toEqual([]);
    expect((await check(town, '把县委议军会的部署要求落实到全镇各项工作中。')).findings).toEqual([]);
    const county = '县委常委会专题研究武装工作2次。我县民兵整组顺利完成。全县编组基干民兵800名。';
    expect((await check(county, '力争征兵工作进入全市前三。')).findings).toEqual([]);
    // (Kept or won back, or compared with the city's average, holdout783/04, 11, 01; a neighbour's whole after its name, holdout795/07.)
    expect((await check(county, '力争民兵训练考核重回全市前三。')).findings).toEqual([]);
    expect((await check(county, '今年体检复查淘汰率达到9%，比全市平均高出3个百分点。')).findings).toEqual([]);
    expect((await check(county, '与泷水县全县各乡镇建立了征兵信息共享群。')).findings).toEqual([]);
    expect((await check(county, '民兵设立文明劝导岗120个，为我市通过全国文明城市复审作出了贡献。')).findings).toEqual([]);
    expect((await check(county, '我市民兵应急分队集中训练两期。')).findings).toHaveLength(1);
  });
  it('does not fire on the committee above reported to or sat in on, nor on the city’s meeting or event held in the place (holdout796/12, 803/08, 800/07, 800/01)', async () => {
    const street = '中共青河区城南街道党工委书记2024年党管武装工作述职报告';
    expect(await checkTitled(street, '主持召开党工委会议研究武装工作4次；年初向区委常委会专题汇报街道武装工作1次。')).toEqual([]);
    expect(await checkTitled(street, '区委常委会议军时，我作为街道书记列席并作了交流发言。')).toEqual([]);
    expect(await checkTitled(street, '主持召开区委常委会议军2次。')).toHaveLength(1);
    const county = '县委常委会专题研究武装工作2次。我县民兵整组顺利完成。全县编组基干民兵800名。';
    expect((await check(county, '8月，雾岭市委议军会在我县召开，我县作了交流发言。')).findings).toEqual([]);
    expect((await check(county, '市里把全市征兵工作现场推进会放在我县开，我们的做法在会上作了介绍。')).findings).toEqual([]);
    expect((await check(county, '组织全市民兵比武，参赛队员120名。')).findings).toHaveLength(1);
  });

  it('fires on a 乡 that calls itself a 镇, a 镇 a 乡, a park either; not on a neighbour named with its place', async () => {
    const township = await checkTitled('柘林乡党委书记2025年党管武装工作述职报告', '乡党委会专题研究武装工作2次。全镇编建基干民兵86人，全镇民兵巡山480人次。');
    expect(township.map((f) => f.message)).toEqual(['本级称谓不一致：这是乡的述职报告（柘林乡），正文却称“全镇”，共 2 处，请核对是否套用了其他单位的材料']);
    expect(await checkTitled('石门镇党委书记2025年党管武装工作述职报告', '我乡征集新兵5名。')).toHaveLength(1);
    const park = await checkTitled('张南产业园区党工委书记2023年党管武装工作述职报告', '园区党工委研究武装工作3次，全镇企业编建民兵班4个。');
    expect(park.map((f) => f.message)).toEqual(['本级称谓不一致：这是园区的述职报告（张南产业园区），正文却称“全镇”，请核对是否套用了其他单位的材料']);
    expect(await checkTitled('柘林乡党委书记2025年党管武装工作述职报告', '全乡编建基干民兵86人，与邻近的白沙镇党委联合开展民兵巡山。')).toEqual([]);
    // Written in Traditional characters, the same words are the same level.
    expect(await checkTitled('柘林鄉黨委書記2025年黨管武裝工作述職報告', '全鄉編建基幹民兵86人。')).toEqual([]);
  });
  it('fires on a 旗 that calls itself a 县 and on a street or a 乡 that calls itself a 苏木 (holdout917/03, 07); not on a 旗’s or a 苏木’s own words', async () => {
    const banner = await checkTitled('乌日根鄂温克族自治旗2022年党管武装工作述职报告', '旗委常委会研究武装工作2次。全县编建基干民兵320人，我县送兵42名。');
    expect(banner.map((f) => f.message)).toEqual(['本级称谓不一致：这是旗的述职报告（乌日根鄂温克族自治旗），正文却称“全县”，共 2 处，请核对是否套用了其他单位的材料']);
    expect(await checkTitled('兴嫩街道党工委书记2020年度党管武装工作述职报告', '全苏木整组编组基干民兵85人。')).toHaveLength(1);
    expect(await checkTitled('柘林乡党委书记2025年党管武装工作述职报告', '全苏木编建基干民兵86人。')).toHaveLength(1);
    expect(await checkTitled('呼热图旗委书记2024年党管武装工作述职报告', '全旗编建基干民兵860人，我旗送兵42名，与邻近的安平县人武部联合演练。')).toEqual([]);
    expect(await checkTitled('宝日陶勒盖苏木党委书记2023年党管武装工作述职报告', '苏木党委会研究武装工作2次，全苏木编建基干民兵46人。')).toEqual([]);
  });
  it('takes both levels as the unit’s own in the year its level changed, and only then', async () => {
    const body = ['2月23日，主持县委常委会专题研究征兵工作。', '10月，主持区委常委会专题研究人武部更名后的编制。'];
    const changed = await checkTitled('中共栎溪区委书记2026年党管武装工作述职报告', '2026年4月，国务院批复撤销栎溪县，设立栎溪区。', ...body);
    expect(changed).toEqual([]);
    // The abbreviated form (撤乡设镇), a date without a year; the old level after the change, or undated, is a slip.
    const town = (...body: string[]) => checkTitled('桐山镇党委书记2019年党管武装工作述职报告', '9月，经省政府批准，桐山乡撤乡设镇。', ...body);
    expect(await town('1—9月全乡送兵6名。')).toEqual([]);
    expect(await town('10月撤乡设镇后，全乡民兵完成整组。')).toHaveLength(1);
    expect(await town('全乡民兵完成整组。')).toHaveLength(1);
    // A change of an earlier year, or one told as past, leaves the old level a slip.
    const earlier = await checkTitled('中共鹤阳区委书记2022年党管武装工作述职报告', '2021年10月，撤销鹤阳县，设立鹤阳区。', ...body);
    expect(earlier.map((f) => f.message)).toEqual(['本级称谓不一致：称“区委常委会”（区），此处却称“县委常委会”（县），请核对是否套用了其他单位的材料']);
    expect(await checkTitled('中共栎溪区委书记2026年党管武装工作述职报告', '2026年是栎溪撤县设区后的第三年。', ...body)).toHaveLength(1);
    // Another unit's change (the county's townships) leaves the county's own level alone.
    expect(await checkTitled('中共枫坪县委书记2024年党管武装工作述职报告', '2024年7月，上寨乡撤乡设镇。', '全县征集新兵120名，全区民兵整组完成。')).toHaveLength(1);
  });
});
