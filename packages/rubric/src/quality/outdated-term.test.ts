import { beforeAll, describe, expect, it } from 'vitest';
import { parseText } from '../../../parser/src/testing.ts';
import { DEFAULT_CUES } from '../cues.ts';
import { loadRubric } from '../load.ts';
import { buildView } from '../view.ts';
import { outdatedTerm } from './outdated-term.ts';

let options: Record<string, unknown>;
beforeAll(() => {
  const r = loadRubric();
  if (!r.ok) throw new Error('default rubric does not load');
  options = r.value.quality.find((q) => q.rule === 'outdated-term')!.options;
});

async function check(title: string, ...body: string[]) {
  const report = await parseText([title, '一、主要工作', ...body].join('\n'));
  return { report, findings: outdatedTerm(buildView(report, DEFAULT_CUES), options) };
}

const NEW_COUNTRYSIDE = '我县积极推进社会主义新农村建设，组织民兵参与建设。';

describe('outdated-term', () => {
  it('社会主义新农村建设 in a 2016 report: no finding', async () => {
    const { report, findings } = await check('2016年党管武装工作述职报告', NEW_COUNTRYSIDE);
    expect(report.meta.year).toBe(2016);
    expect(findings).toEqual([]);
  });

  it('a term’s report is judged by its first year: a slogan of 2017 in a report on 2016 to 2018 is no finding, in one on 2018 to 2020 it is', async () => {
    expect((await check('县委书记2016年至2018年党管武装工作述职报告', NEW_COUNTRYSIDE)).findings).toEqual([]);
    expect((await check('县委书记2018年至2020年党管武装工作述职报告', NEW_COUNTRYSIDE)).findings).toHaveLength(1);
  });

  it('the plan period, the campaign and the coast guard as the year’s own after their time (holdout690/03, 688/09, 688/03), not a look back', async () => {
    const terms = async (title: string, body: string) => (await check(title, body)).findings.map((f) => f.message.slice(1, f.message.indexOf('”')));
    expect(await terms('2021年党管武装工作述职报告', '今年是“十三五”规划收官之年，我们……。')).toEqual(['十三五']);
    expect(await terms('2021年党管武装工作述职报告', '“十三五”期间，全县累计输送新兵560名。')).toEqual([]);
    expect(await terms('2021年党管武装工作述职报告', '在全力打赢脱贫攻坚战的同时，走访慰问军属。')).toEqual(['脱贫攻坚战']);
    expect(await terms('2021年党管武装工作述职报告', '在打赢脱贫攻坚战中，全区民兵带头领办合作社11个。')).toEqual([]);
    expect(await terms('2020年党管武装工作述职报告', '配合县公安海警开展海上“三无”船舶清理。')).toEqual(['公安海警']);
    // (Nor an old plan named by its title, nor the border station named as what it was before the reform: holdout745/08, 726/02.)
    expect(await terms('2026年党管武装工作述职报告', '《芦塘县“十三五”国防后备力量建设规划》已不适应新的形势，经常委会研究予以废止。')).toEqual([]);
    expect(await terms('2022年党管武装工作述职报告', '2019年原公安边防派出所改制为边境派出所后，其老营房一直闲置。')).toEqual([]);
    expect(await terms('2022年党管武装工作述职报告', '组织民兵配合公安边防派出所开展巡边。')).toEqual(['公安边防派出所']);
  });

  it('社会主义新农村建设 in a 2022 report: one finding (not a second one for 新农村建设), at the term, with the replacement', async () => {
    const { report, findings } = await check('2022年党管武装工作述职报告', NEW_COUNTRYSIDE);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.message).toBe('“社会主义新农村建设”是 2017 年前的提法，2022 年的报告不宜再用，可改为“乡村振兴”');
    expect(report.text.slice(f.start!, f.end!)).toBe('社会主义新农村建设');
    expect(f.line).toBe(3);
    expect(f.text).toBe(NEW_COUNTRYSIDE);
  });

  it('决胜全面建成小康社会 in a 2025 report: one finding for the longer slogan, not a second for 全面建成小康社会 inside it', async () => {
    const { report, findings } = await check('2025年党管武装工作述职报告', '为决胜全面建成小康社会提供坚强保障。');
    expect(findings).toHaveLength(1);
    expect(report.text.slice(findings[0].start!, findings[0].end!)).toBe('决胜全面建成小康社会');
  });

  it('新农村建设 alone in a 2022 report is found as itself', async () => {
    const { findings } = await check('2022年党管武装工作述职报告', '组织民兵投身新农村建设。');
    expect(findings.map((f) => f.message)).toEqual(['“新农村建设”是 2017 年前的提法，2022 年的报告不宜再用，可改为“乡村振兴”']);
  });

  it('全面建成小康社会 stated as achieved (“已经全面建成”) in 2022: no finding', async () => {
    const { findings } = await check('2022年党管武装工作述职报告', '我县已经全面建成小康社会，民兵在其中发挥了重要作用。');
    expect(findings).toEqual([]);
  });

  it('全面建成小康社会 as a goal in 2022: one finding; in 2021: none', async () => {
    const goal = '民兵要在全面建成小康社会中发挥作用。';
    const in2022 = await check('2022年党管武装工作述职报告', goal);
    expect(in2022.findings).toHaveLength(1);
    expect(in2022.findings[0].message).toContain('“全面建成小康社会”是 2021 年前的提法');
    const in2021 = await check('2021年党管武装工作述职报告', goal);
    expect(in2021.findings).toEqual([]);
  });

  it('全面建成小康社会 as a “历史性任务” still to be done in 2022 is found; a 军区 before the 2016 reform is found after it', async () => {
    const { findings } = await check('2022年党管武装工作述职报告', '全面建成小康社会这一历史性任务尚未完成。', '南京军区领导来我县调研。');
    expect(findings.map((f) => f.message.split('是 ')[0])).toEqual(['“全面建成小康社会”', '“南京军区”']);
    expect((await check('2015年党管武装工作述职报告', '南京军区领导来我县调研。')).findings).toEqual([]);
  });

  it('a 军区 in the reporter’s own service then is no finding (holdout679/04)', async () => {
    expect((await check('2021年党管武装工作述职报告', '我1998年入伍，在南京军区某部服役五年，2003年退伍回乡。')).findings).toEqual([]);
    expect((await check('2021年党管武装工作述职报告', '本人曾在成都军区工作多年。')).findings).toEqual([]);
  });

  it('the bodies of the 2018 reform: 公安消防 in 2019, the 民政局 caring for veterans in 2020 (not at other work, nor in 2019)', async () => {
    const fire = await check('镇党委书记2019年党管武装工作述职报告', '民兵配合县公安消防大队开展冬季防火巡查。');
    expect(fire.findings.map((f) => f.message.split('是 ')[0])).toEqual(['“公安消防”']);
    const care = await check('乡党委书记2020年党管武装工作述职报告', '走访军属21户，优待金由县民政局发放。');
    expect(care.findings.map((f) => f.message.split('是 ')[0])).toEqual(['“民政局”']);
    expect((await check('乡党委书记2020年党管武装工作述职报告', '配合县民政局做好低保核查。')).findings).toEqual([]);
    expect((await check('乡党委书记2019年党管武装工作述职报告', '走访军属21户，优待金由县民政局发放。')).findings).toEqual([]);
  });

  it('the forest police in the 武警 after the 2018 reform, whatever grassland the sentence names; 原 before the name is a look back', async () => {
    const line = '组建民兵森林草原扑火分队10支，会同武警森林部队开展联训1次。';
    expect((await check('县委书记2020年党管武装工作述职报告', line)).findings.map((f) => f.message.split('是 ')[0])).toEqual(['“武警森林”']);
    expect((await check('县委书记2018年党管武装工作述职报告', line)).findings).toEqual([]);
    expect((await check('县委书记2020年党管武装工作述职报告', '原武警森林部队营区移交后改建为民兵训练基地。')).findings).toEqual([]);
  });

  it('2021 called the 决胜之年 of the 小康 goal, which 2020 was (and the campaign, won that February, still to win)', async () => {
    const line = '2021年是打赢脱贫攻坚战、全面建成小康社会的决胜之年。';
    expect((await check('县委书记2021年党管武装工作述职报告', line)).findings.map((f) => f.message.split('是 ')[0])).toEqual(['“小康社会的决胜之年”', '“脱贫攻坚战”']);
    expect((await check('县委书记2020年党管武装工作述职报告', line)).findings).toEqual([]);
  });

  it('needs the year: a report that states none has no finding', async () => {
    const { report, findings } = await check('党管武装工作述职报告', NEW_COUNTRYSIDE);
    expect(report.meta.year).toBeNull();
    expect(findings).toEqual([]);
  });

  it('finds each sentence that uses a term, on its own line', async () => {
    const { findings } = await check('2023年党管武装工作述职报告', '一年来，我认真履职。', '决战决胜脱贫攻坚取得成效。', NEW_COUNTRYSIDE);
    expect(findings.map((f) => [f.line, f.message.split('是 ')[0]])).toEqual([
      [4, '“决战决胜脱贫攻坚”'],
      [5, '“社会主义新农村建设”'],
    ]);
  });
  it('十四五 as the year’s own plan period in 2026, not as a look back; 脱贫攻坚 in its “关键时期” in 2022', async () => {
    expect((await check('2026年党管武装工作述职报告', '2026年是“十四五”规划承上启下的关键之年。')).findings).toHaveLength(1);
    expect((await check('2026年党管武装工作述职报告', '“十四五”期间累计输送新兵412名。')).findings).toEqual([]);
    expect((await check('2022年党管武装工作述职报告', '当前，脱贫攻坚正处于决战决胜的关键时期，全镇各项工作任务繁重。')).findings).toHaveLength(1);
  });

  it('脱贫攻坚 in the year told since its start (今年以来) in 2022; a look back since it began is none', async () => {
    expect((await check('2022年党管武装工作述职报告', '今年以来，我镇坚持把武装工作融入脱贫攻坚大局。')).findings).toHaveLength(1);
    expect((await check('2022年党管武装工作述职报告', '脱贫攻坚以来，民兵突击队先后参与修路12公里。')).findings).toEqual([]);
    // (Nor does the reporter's own arrival make it a look back: "我于2026年3月任石埠县委书记。到任以来，……坚持以脱贫攻坚统揽……".)
    expect((await check('2026年党管武装工作述职报告', '到任以来，我坚持以脱贫攻坚统揽经济社会发展全局。')).findings).toHaveLength(1);
  });

  it('十四五 收官之年 in 2026 is the year’s own claim, whatever else the sentence says; its 收官 looked back on is none', async () => {
    expect((await check('2026年党管武装工作述职报告', '今年是“十四五”收官之年，征兵任务按要求完成。')).findings).toHaveLength(1);
    expect((await check('2026年党管武装工作述职报告', '“十四五”圆满收官，五年累计输送新兵412名。')).findings).toEqual([]);
  });

  it('the epidemic years’ slogans as the year’s task after 2022; told of those years, none', async () => {
    expect((await check('2024年党管武装工作述职报告', '我乡坚持以打赢疫情防控阻击战为首要政治任务。')).findings).toHaveLength(1);
    expect((await check('2024年党管武装工作述职报告', '统筹疫情防控和经济社会发展，民兵执勤卡口6个。')).findings).toHaveLength(1);
    expect((await check('2024年党管武装工作述职报告', '2022年，民兵在疫情防控阻击战中执勤卡口6个。')).findings).toEqual([]);
  });
});
