import { describe, expect, it } from 'vitest';
import { testWindows } from './testing.ts';
import { compileQuantity, quantityPattern } from './quantity.ts';

const TEXT = [
  '2022年党管武装工作述职报告',
  '一、主要工作',
  '县财政列支410万元用于民兵训练，各类节日慰问金达**多万元，营区建设累计投入1.5亿元。',
  '组织民兵集中训练12次，调整配备三名专武干部，训练优良率达到77.9%。',
  '每季度召开一次党委会，参训率达到百分之八十。',
  '我们高度重视武装工作。',
  '项目\t金额（万元）',
  '民兵训练\t120',
  '营区建设\t35.5',
  '我们认真落实各项制度。',
  '单位\t人数',
  '民兵连\t120',
  '会议情况如下。',
  '项目\t次数\t时间',
  '党委会专题议军\t4\t3月、6月、9月、12月',
  '抓整组促“双百工程”落地，“百名骨干、百支分队”建设扎实推进，评选“十佳民兵”10名。',
  '出动渔船12艘次，车辆8辆。',
].join('\n');

const { setup, unit, win, slices } = testWindows(TEXT);

describe('compileQuantity', () => {
  it('counts no figure inside a slogan’s short quotation, only those outside it', async () => {
    await setup();
    expect(slices(compileQuantity('count')(win(unit('百名骨干'))))).toEqual(['10名']);
  });

  it('counts boats and vehicles sent out: 出动渔船12艘次, 车辆8辆', async () => {
    await setup();
    expect(slices(compileQuantity('count')(win(unit('出动渔船12艘次'))))).toEqual(['12艘次', '8辆']);
  });

  it('money: 410万元 and 1.5亿元, not the placeholder **多万元 (an amount not filled in is none)', async () => {
    await setup();
    const u = unit('410万元');
    const spans = compileQuantity('money')(win(u));
    expect(slices(spans)).toEqual(['410万元', '1.5亿元']);
    expect(spans![0].start).toBe(u.start + u.text.indexOf('410'));
  });

  it('money without 元, as a terse writer puts it (156万，比上年增加21万), but not 1.2万人', async () => {
    const terse = testWindows(['2021年述职', '区财政拨付武装经费156万，比2020年增加21万。', '参训群众1.2万人，覆盖3万余户。'].join('\n'));
    await terse.setup();
    expect(terse.slices(compileQuantity('money')(terse.win(terse.unit('156万'))))).toEqual(['156万', '21万']);
    expect(compileQuantity('money')(terse.win(terse.unit('1.2万人')))).toBeNull();
  });

  it('money spoken in Chinese numerals with 万 and its tail (七万二, 一万五), but not a count of the place (人口三万)', async () => {
    const spoken = testWindows(['2025年述职', '乡里今年给武装工作拿了七万二：民兵训练三万，器材一万五。', '全乡人口三万，在外务工的占一半。'].join('\n'));
    await spoken.setup();
    expect(spoken.slices(compileQuantity('money')(spoken.win(spoken.unit('七万二'))))).toEqual(['七万二', '三万', '一万五']);
    expect(compileQuantity('money')(spoken.win(spoken.unit('人口三万')))).toBeNull();
  });

  it('a magnitude guessed (上千万元, 数百万元, 几十万元) is no amount; 近百万元 is', async () => {
    const guessed = testWindows(['2023年述职', '镇里围绕产业园配套累计投入上千万元，另有数百万元、几十万元社会资金。', '营区改造争取到上级资金近百万元。'].join('\n'));
    await guessed.setup();
    expect(compileQuantity('money')(guessed.win(guessed.unit('上千万元')))).toBeNull();
    expect(guessed.slices(compileQuantity('money')(guessed.win(guessed.unit('近百万元'))))).toEqual(['百万元']);
  });

  it('the things a priority statement names (三件事作为……着力点, 两项工作作为重点, 三件事来抓) are no count; 办好实事12件 is', async () => {
    const focus = testWindows(['2023年述职', '我把征兵、民兵、拥军三件事作为抓武装工作的着力点，把两项工作作为重点。', '全年为民兵办好实事12件。', '今年乡里的武装工作主要围绕征兵、民兵整组训练和防汛三件事来抓。', '9月举办新兵欢送会，征兵、拥军、国防教育三件事一场会办了。'].join('\n'));
    await focus.setup();
    expect(compileQuantity('count')(focus.win(focus.unit('三件事')))).toBeNull();
    expect(compileQuantity('count')(focus.win(focus.unit('三件事来抓')))).toBeNull();
    expect(compileQuantity('count')(focus.win(focus.unit('三件事一场会')))).toBeNull();
    expect(focus.slices(compileQuantity('count')(focus.win(focus.unit('实事12件'))))).toEqual(['12件']);
  });

  it('the leadership bodies (四家班子, 四套班子) are no count; 走访3家 is', async () => {
    const bodies = testWindows(['2023年述职', '八一期间，我带领四套班子领导走访慰问驻地部队3家，四家班子负责同志参加。'].join('\n'));
    await bodies.setup();
    expect(bodies.slices(compileQuantity('count')(bodies.win(bodies.unit('四套班子'))))).toEqual(['3家']);
  });

  it('an idiom\'s numerals (千家万户, 三天两头, 三番五次) are no count; 走访12户 beside them is (holdout681/11)', async () => {
    const idioms = testWindows(['2023年述职', '征兵宣传覆盖千家万户，我三天两头到人武部，三番五次协调，走访军属12户。'].join('\n'));
    await idioms.setup();
    expect(idioms.slices(compileQuantity('count')(idioms.win(idioms.unit('千家万户'))))).toEqual(['12户']);
  });

  it('a rate (每年1次, 每季度2次) is how often, no count of what was done; 全年4次 beside it is', async () => {
    const rate = testWindows(['2023年述职', '民兵整组每年1次，议军每季度2次，全年4次。'].join('\n'));
    await rate.setup();
    expect(rate.slices(compileQuantity('count')(rate.win(rate.unit('民兵整组'))))).toEqual(['4次']);
  });

  it('money is not a count: the money sentence has no count and the count sentence no money', async () => {
    await setup();
    expect(compileQuantity('count')(win(unit('410万元')))).toBeNull();
    expect(compileQuantity('money')(win(unit('12次')))).toBeNull();
  });

  it('count: 12次 and a Chinese numeral with its measure word, 三名', async () => {
    await setup();
    expect(slices(compileQuantity('count')(win(unit('12次'))))).toEqual(['12次', '三名']);
  });

  it('percent: 77.9% and 百分之八十', async () => {
    await setup();
    expect(slices(compileQuantity('percent')(win(unit('12次'))))).toEqual(['77.9%']);
    expect(slices(compileQuantity('percent')(win(unit('百分之八十'))))).toEqual(['百分之八十']);
  });

  it('frequency: 每季度', async () => {
    await setup();
    expect(slices(compileQuantity('frequency')(win(unit('百分之八十'))))).toEqual(['每季度']);
  });

  it('any: money, counts and percentages, but not frequencies', async () => {
    await setup();
    expect(slices(compileQuantity('any')(win(unit('12次'))))).toEqual(['12次', '三名', '77.9%']);
    // "召开一次党委会": a lone 一 is an article, not a figure.
    expect(slices(compileQuantity('any')(win(unit('百分之八十'))))).toEqual(['百分之八十']);
    expect(compileQuantity('any')(win(unit('高度重视武装工作')))).toBeNull();
  });

  it('a table row under a 金额（万元） header gives its bare numbers as money', async () => {
    await setup();
    const row = unit('民兵训练\t120');
    expect(row.tableHeader).toBe('项目\t金额（万元）');
    expect(slices(compileQuantity('money')(win(row)))).toEqual(['120']);
    expect(slices(compileQuantity('money')(win(unit('营区建设\t35.5'))))).toEqual(['35.5']);
    expect(slices(compileQuantity('any')(win(row)))).toEqual(['120']);
    // Only money reads the header: a bare number is not a count.
    expect(compileQuantity('count')(win(row))).toBeNull();
  });

  it('a bare number in a table whose header names no money unit is not money', async () => {
    await setup();
    const row = unit('民兵连\t120');
    expect(row.tableHeader).toBe('单位\t人数');
    expect(compileQuantity('money')(win(row))).toBeNull();
  });

  it('a table row under a 次数 or 人数 header gives the numbers filling a cell as counts, not the 3 of 3月', async () => {
    await setup();
    const row = unit('党委会专题议军\t4');
    expect(row.tableHeader).toBe('项目\t次数\t时间');
    expect(slices(compileQuantity('count')(win(row)))).toEqual(['4']);
    expect(slices(compileQuantity('any')(win(row)))).toEqual(['4']);
    expect(compileQuantity('money')(win(row))).toBeNull();
    expect(slices(compileQuantity('count')(win(unit('民兵连\t120'))))).toEqual(['120']);
  });

  it('the header row itself is not read as money', async () => {
    await setup();
    const header = unit('金额（万元）');
    expect(header.tableHeader).toBeNull();
    expect(compileQuantity('money')(win(header))).toBeNull();
  });

  it('a difference from an earlier year is no figure of the year, unless asked for (plainness)', () => {
    const all = (text: string, opts = {}) => [...text.matchAll(quantityPattern('any', opts))].map((m) => m[0]);
    expect(all('定兵人数比上年多两名，经费较去年增加8万元，大学生比例比上年提高5个百分点')).toEqual([]);
    expect(all('区财政拨付武装经费156万元，比2020年增加21万元')).toEqual(['156万元', '21万元']);
    expect(all('定兵人数比上年多两名', { differences: true })).toEqual(['两名']);
  });

  it('reads the capitals of accounts (壹佰捌拾陆万元, 伍仟元, 办公叁次), not the 伍 of 入伍 or 队伍', () => {
    const all = (text: string) => [...text.matchAll(quantityPattern('any'))].map((m) => m[0]);
    expect(all('市财政安排武装工作经费壹佰捌拾陆万元，镇财政安排伍仟元，另设奖励资金贰拾万元')).toEqual(['壹佰捌拾陆万元', '伍仟元', '贰拾万元']);
    expect(all('到人武部办公叁次')).toEqual(['叁次']);
    expect(all('批准入伍152人，民兵队伍人员稳定')).toEqual(['152人']);
  });

  it('leaflets, lessons and approximate counts are counts; a lone 一 before a lesson is an article', () => {
    const counts = (text: string) => [...text.matchAll(quantityPattern('count'))].map((m) => m[0]);
    expect(counts('发放宣传资料3万余份，每学期4课时，党校主体班不少于4学时，放了一场电影，来了两百来人')).toEqual(['3万余份', '4课时', '4学时', '两百来人']);
    expect(counts('中小学同步上了一堂国防课，利用春节假期')).toEqual([]);
  });

  it('spoken figures about so much: visits and meetings in 趟 and 回, money in 万 with 来, 多 or 出头', () => {
    const counts = (text: string) => [...text.matchAll(quantityPattern('count'))].map((m) => m[0]);
    expect(counts('人武部我去了十来趟，常委会开了两回，这是两回事')).toEqual(['十来趟', '两回']);
    const money = (text: string) => [...text.matchAll(quantityPattern('money'))].map((m) => m[0]);
    expect(money('今年又追加了五十来万，具体是十二万出头，拿了二十来万的慰问金')).toEqual(['五十来万', '十二万', '二十来万']);
    expect(money('全镇三万多人，来了十来万的人，辖区10多万人')).toEqual([]);
  });

  it('no figure in the place’s people, a schedule’s deadlines or a standard’s share (holdout809/03, 04, 08)', () => {
    const all = (text: string) => [...text.matchAll(quantityPattern('any'))].map((m) => m[0]);
    expect(all('全镇3.6万人口国防教育普及率达到县里要求的85%以上')).toEqual([]);
    expect(all('按照“2·28”“6·30”“8·15”三个时间节点推进征兵工作')).toEqual([]);
    expect(all('基干民兵按照上级不低于90%的标准编组到位')).toEqual([]);
    expect(all('全镇3.6万人参加，普及率达到85%，征集新兵12人')).toEqual(['3.6万人', '85%', '12人']);
  });

  it('quantityPattern returns a fresh global regex', () => {
    const re = quantityPattern('money');
    expect(re.flags).toContain('g');
    expect([...'共投入30万元和2亿元'.matchAll(re)].map((m) => m[0])).toEqual(['30万元', '2亿元']);
  });
});
