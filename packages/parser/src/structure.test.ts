import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { walkParagraphs } from './walk.ts';
import { outline, parseText } from './testing.ts';

const SEED = new URL('../../../test/fixtures/seed/000_89e244e137c03851.txt', import.meta.url);

/** The meta of a report given as its lines. */
const metaOf = async (...lines: string[]) => (await parseText(lines.join('\n'))).meta;

describe('the seed report', () => {
  it('parses into preamble, three numbered sections with their points, and the closing part', async () => {
    const report = await parseText(readFileSync(SEED, 'utf8'), 'seed.txt');
    expect(report.title).toBe('人武部党委第一书记2022年党管武装工作述职报告');
    expect(report.meta.year).toBe(2022);
    expect(outline(report.sections)).toEqual([
      { kind: 'preamble', title: null, points: [], paragraphs: 1 },
      { kind: 'heading', title: '一、牢记使命，认真履行第一责任人职责', points: [], paragraphs: 1 },
      { kind: 'heading', title: '二、狠抓落实，努力把党管武装工作抓实抓好', points: ['一是', '二是', '三是'], paragraphs: 1 },
      { kind: 'heading', title: '三、以身作则，切实推动党管武装工作落到实处', points: ['一是', '二是', '三是'], paragraphs: 1 },
      { kind: 'closing', title: null, points: [], paragraphs: 2 },
    ]);
    const [, first, second] = report.sections;
    expect(first.numbering).toBe('一、');
    expect(first.headingLine).toBe(4);
    expect(second.paragraphs[0].points[1].text.startsWith('建立激励共建机制。')).toBe(true);
    expect(report.sections[4].paragraphs.map((p) => p.line)).toEqual([10, 11]);
  });

  it('reads a numbered Markdown item whose bold run-in label ends in a full stop as a heading, its closing marks kept in the label’s sentence (holdout993/03)', async () => {
    const report = await parseText(['# 笪岭乡党委书记2019年度党管武装工作述职报告', '', '## 一、履职情况', '', '1. **每月逢十，把办公桌搬到一楼。** 我每月10日到武装部办公，全年12次。', '2. **党委会专题研究武装工作4次。** 3月研究民兵整组。', '3. **和武装部长、村民兵连长挨个拉家常。** 上半年、下半年各一轮，共16人次。', ''].join('\n'), 'report.md');
    const titles = report.sections[0].children.map((c) => `${c.numbering ?? ''}${c.heading}`);
    expect(titles).toEqual(['1.每月逢十，把办公桌搬到一楼', '3.和武装部长、村民兵连长挨个拉家常']);
  });

  it('gives every paragraph and sentence offsets that slice back out of the original text', async () => {
    const report = await parseText(readFileSync(SEED, 'utf8'), 'seed.txt');
    const lines = report.text.split('\n');
    for (const { paragraph } of walkParagraphs(report)) {
      expect(report.text.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
      expect(lines[paragraph.line! - 1]).toContain(paragraph.text);
      for (const s of paragraph.sentences) expect(report.text.slice(s.start, s.end)).toBe(s.text);
    }
    expect([...walkParagraphs(report)].reduce((n, { paragraph }) => n + paragraph.sentences.length, 0)).toBeGreaterThan(40);
  });
});

describe('points told in one run-on sentence', () => {
  it('makes each point parted from the last by a comma a sentence of its own (the first stays with its lead-in), so its claim is read with its own figures', async () => {
    const text = '一、履职情况\n全年到镇武装部办公12次，基本做到了“四个一”，一是抓好征兵工作，送兵9名，二是建立了考评激励机制，调动了积极性，三是抓好经费保障，安排经费8万元。\n';
    const report = await parseText(text);
    const [paragraph] = report.sections[0].paragraphs;
    expect(paragraph.points.map((p) => p.label)).toEqual(['一是', '二是', '三是']);
    expect(paragraph.sentences.map((s) => s.text)).toEqual([
      '全年到镇武装部办公12次，基本做到了“四个一”，一是抓好征兵工作，送兵9名，',
      '二是建立了考评激励机制，调动了积极性，',
      '三是抓好经费保障，安排经费8万元。',
    ]);
    for (const s of paragraph.sentences) expect(report.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('parts the run-on sentence where it turns to the faults and the plans, and keeps a second chain’s 一是 with its lead-in', async () => {
    const report = await parseText('一、履职情况\n一是送兵9名，二是经费保障有力，帮助解决了困难，不足的是，民兵训练难，下一步，我将继续抓好，明年，一是建训练场，二是搞一次拉动。\n');
    expect(report.sections[0].paragraphs[0].sentences.map((s) => s.text)).toEqual([
      '一是送兵9名，',
      '二是经费保障有力，帮助解决了困难，',
      '不足的是，民兵训练难，',
      '下一步，我将继续抓好，',
      '明年，一是建训练场，',
      '二是搞一次拉动。',
    ]);
  });

  it('leaves sentences alone where the points are parted by full stops or semicolons', async () => {
    const report = await parseText('一、履职情况\n一是抓好征兵工作，送兵9名；二是建立了考评机制，调动了积极性。\n');
    expect(report.sections[0].paragraphs[0].sentences.map((s) => s.text)).toEqual(['一是抓好征兵工作，送兵9名；', '二是建立了考评机制，调动了积极性。']);
  });
});

describe('sectioning', () => {
  it('reads "10、2022年打算" as a numbered heading after 1、 to 9、 (a digit may follow 、, not a point)', async () => {
    const lines = ['临渚区委书记2021年党管武装述职', ...Array.from({ length: 9 }, (_, k) => `${k + 1}、第${k + 1}项\n全年完成${k + 1}项工作。`), '10、2022年打算', '（1）3月底前复核全区专武在岗情况；'];
    const report = await parseText(lines.join('\n'));
    expect(outline(report.sections).at(-1)).toMatchObject({ kind: 'heading', title: '10、2022年打算' });
  });

  it('nests 一、 （一） 1. （1） by the order the document uses them, with run-in headings', async () => {
    const report = await parseText(
      [
        '某县委书记2023年度党管武装工作述职报告',
        '今年以来，我认真履行第一责任人职责。',
        '一、加强组织领导',
        '（一）抓学习、强意识。我带头学习习近平强军思想，全年组织专题学习6次。',
        '（二）建制度、压责任',
        '1.完善议军制度。每季度召开一次议军会。',
        '（1）会前调研',
        '（2）会后督办',
        '2.落实述职制度',
        '（三）解难题、办实事。为人武部解决实际问题5件。',
        '二、存在的不足',
        '一是调研不够深入；二是创新不够。',
        '三、下步打算',
        '明年，我将继续抓好各项工作。',
      ].join('\n'),
    );
    expect(outline(report.sections)).toEqual([
      { kind: 'preamble', title: null, points: [], paragraphs: 1 },
      {
        kind: 'heading',
        title: '一、加强组织领导',
        points: [],
        paragraphs: 0,
        children: [
          { kind: 'heading', title: '（一）抓学习、强意识', points: [], paragraphs: 1 },
          {
            kind: 'heading',
            title: '（二）建制度、压责任',
            points: [],
            paragraphs: 0,
            children: [
              {
                kind: 'heading',
                title: '1.完善议军制度',
                points: [],
                paragraphs: 1,
                children: [
                  { kind: 'heading', title: '（1）会前调研', points: [], paragraphs: 0 },
                  { kind: 'heading', title: '（2）会后督办', points: [], paragraphs: 0 },
                ],
              },
              { kind: 'heading', title: '2.落实述职制度', points: [], paragraphs: 0 },
            ],
          },
          { kind: 'heading', title: '（三）解难题、办实事', points: [], paragraphs: 1 },
        ],
      },
      { kind: 'heading', title: '二、存在的不足', points: ['一是', '二是'], paragraphs: 1 },
      { kind: 'heading', title: '三、下步打算', points: [], paragraphs: 1 },
    ]);
    const runIn = report.sections[1].children[0];
    expect(runIn.level).toBe(2);
    expect(runIn.paragraphs[0].text).toBe('我带头学习习近平强军思想，全年组织专题学习6次。');
    expect(report.sections[1].children[1].children[0].children[0].level).toBe(4);
  });

  it('keeps long numbered sentences and 1. list items as paragraphs', async () => {
    const report = await parseText(
      ['一、履职情况', '1.每月到人武部办公一次，听取工作汇报，研究解决实际问题，全年共办公12次；', '2、2022年共征集新兵35名，超额完成任务。', '（1）2023年，我县投入经费120万元。此外还建立了机制。'].join('\n'),
    );
    expect(outline(report.sections)).toEqual([{ kind: 'heading', title: '一、履职情况', points: [], paragraphs: 3 }]);
  });

  it('keeps facts with a count as paragraphs: a data item after a colon, a first sentence counted in Chinese numerals', async () => {
    const report = await parseText(
      ['一、履职情况', '（一）到人武部办公：12次。', '（二）乡党委会研究武装工作四次。2月27日研究年度武装工作和征兵任务分解。', '（三）给武装部办几件实在事。一是民兵训练场地。'].join('\n'),
    );
    const [section] = report.sections;
    expect(section.children.map((c) => c.heading)).toEqual(['给武装部办几件实在事']);
    expect(section.paragraphs.map((p) => p.text.slice(0, 5))).toEqual(['（一）到人', '（二）乡党']);
  });

  it('keeps a list item left without its full stop as a paragraph when it tells facts in clauses, not a bracketed note', async () => {
    const report = await parseText(
      ['一、履职情况', '全年到乡武装部办公10次。', '二、2023年打算', '（一）3月底前按安置社区重新调整民兵编组，每个社区组建1个应急排', '（二）在中心社区建设民兵器材库1处，汛前投入使用', '（三）存在问题及整改（分值10分，自评10分）', '对照检查发现2个问题。'].join('\n'),
    );
    const plans = report.sections[1];
    expect(plans.paragraphs.map((p) => p.text.slice(0, 6))).toEqual(['（一）3月底', '（二）在中心']);
    expect(plans.children.map((c) => c.heading)).toEqual(['存在问题及整改（分值10分，自评10分）']);
  });

  it('reads "第一件　办公。……" as a run-in heading over its body', async () => {
    const report = await parseText(['泠川市委书记2024年党管武装工作述职', '第一件　办公。到人武部12次，每月1次。', '第二件　议军。常委会议军4次。'].join('\n'));
    const headings = report.sections.filter((s) => s.kind === 'heading');
    expect(headings.map((s) => [s.numbering, s.heading, s.paragraphs.length])).toEqual([
      ['第一件', '办公', 1],
      ['第二件', '议军', 1],
    ]);
  });

  it('reads the questions of a Q&A layout as headings over their answers, and a question without an answer as text', async () => {
    const report = await parseText(
      ['# 桥陂县委书记2025年党管武装工作述职（问答式）', '', '**问：到人武部办公几次？**', '', '答：9次，现场定事14件。', '', '**问：议军几次？**', '', '答：常委会4次。', '', '问：有人问我累不累？我说不累。'].join('\n'),
      'qa.md',
    );
    const headings = report.sections.filter((s) => s.kind === 'heading');
    expect(headings.map((s) => [s.heading, s.paragraphs.map((p) => p.text)])).toEqual([
      ['问：到人武部办公几次？', ['答：9次，现场定事14件。']],
      ['问：议军几次？', ['答：常委会4次。', '问：有人问我累不累？我说不累。']],
    ]);
  });

  it('reads an interview record’s questions, their askers named before or after 问, as headings over the answers', async () => {
    const report = await parseText(
      [
        '蒲汊镇党委书记党管武装工作述职考核访谈记录',
        '考核组问：请谈谈经费保障情况。',
        '谢永涛同志答：“镇财政安排武装工作经费12万元。”',
        '问一（单国栋）：与专武干部谈心谈话的情况？',
        '答：谈了2次。',
        '**问2（军分区战备建设处）：** 民兵应急分队今年有没有实际运用？',
        '**答：** 7月汛期参加了大堤抢险。',
      ].join('\n'),
    );
    expect(report.sections.filter((s) => s.kind === 'heading').map((s) => [s.heading, s.paragraphs.length])).toEqual([
      ['考核组问：请谈谈经费保障情况', 1],
      ['问一（单国栋）：与专武干部谈心谈话的情况？', 1],
      ['问2（军分区战备建设处）： 民兵应急分队今年有没有实际运用？', 1],
    ]);
  });

  it('reads a Markdown interview whose speakers’ bold labels stand before their words (**问：** ……) as questions over answers', async () => {
    const report = await parseText(
      ['# 蕖东区委书记党管武装工作述职访谈实录', '', '## 一、“四个一”和议军', '', '**问：** 党管武装在考核里有没有体现？', '', '**答：** 有。纳入了街道党工委年度综合考核，占4分。', '', '**问：** 经费保障呢？', '', '**答：** 区财政今年安排了武装工作经费。'].join('\n'),
      'interview.md',
    );
    expect(report.sections[0].children.map((s) => [s.heading, s.paragraphs.map((p) => p.text)])).toEqual([
      ['问： 党管武装在考核里有没有体现？', ['**答：** 有。纳入了街道党工委年度综合考核，占4分。']],
      ['问： 经费保障呢？', ['**答：** 区财政今年安排了武装工作经费。']],
    ]);
  });

  it('reads a line of words in brackets as a heading, not a blank to fill, a request or an office’s comment', async () => {
    const report = await parseText(
      ['安澜市委书记2024年度党管武装工作述职报告', '【关于经费保障】', '全年安排1180万元。', '【存在的问题】', '【待补充】', '【综合科：数字再核实】', '【第2页】', '调研不够深入。'].join('\n'),
    );
    expect(report.sections.filter((s) => s.kind === 'heading').map((s) => [s.heading, s.paragraphs.length])).toEqual([
      ['关于经费保障', 1],
      ['存在的问题', 4],
    ]);
  });

  it('opens an appendix at "附：……" after the body, with its data lines as paragraphs', async () => {
    const report = await parseText(['一、主要工作', '全年征集新兵8名。', '二、下步打算', '明年建成民兵器材室。', '附：2024年武装工作主要数据', '1. 乡党委会研究武装工作：4次', '2. 乡本级武装工作经费：19.5万元'].join('\n'));
    expect(outline(report.sections).map((s) => [s.title, s.paragraphs])).toEqual([
      ['一、主要工作', 1],
      ['二、下步打算', 1],
      ['附：2024年武装工作主要数据', 2],
    ]);
  });

  it('ends a run-in item where its next sibling starts, even one too long to be a heading', async () => {
    const report = await parseText(
      [
        '四、问题与不足',
        '①武装工作经费保障不够充足。民兵训练误工补助标准多年未作调整。',
        '②我本人到乡镇武装部检查指导较少，对基层武装工作的实际困难掌握不够全面，有时停留在听汇报、看材料上。',
        '③民兵训练与外出务工的矛盾仍然突出，部分基干民兵在册不在位，集中训练到课率只有七成。',
      ].join('\n'),
    );
    const [section] = report.sections;
    expect(section.children.map((c) => [c.heading, c.paragraphs.length])).toEqual([['武装工作经费保障不够充足', 1]]);
    expect(section.paragraphs.map((p) => p.text.slice(0, 2))).toEqual(['②我', '③民']);
  });

  it('finds the title, preamble and closing in a report without any heading', async () => {
    const report = await parseText(
      [
        '2021年度党管武装工作述职报告',
        '一年来，在市委的领导下，我认真履行职责。',
        '我坚持每月到人武部办公，全年召开议军会4次。',
        '我们拨付经费80万元，保障了民兵训练。',
        '但也存在一些不足，主要是调研不够深入。',
        '今后，我将进一步加强学习。',
      ].join('\n'),
    );
    // (The faults told plainly, "我也有不足", open it too: holdout608/06.)
    const plain = await parseText(['2021年度党管武装工作述职报告', '（八）强队伍，配好武装干部。5月为武装部增配1名干事。', '回头看，我也有不足。我对企业民兵组建过问少。', '2022年，我准备：一是建1个民兵排。'].join('\n'));
    expect(outline(plain.sections).map((s) => [s.kind, s.paragraphs])).toEqual([
      ['heading', 1],
      ['closing', 2],
    ]);
    expect(report.title).toBe('2021年度党管武装工作述职报告');
    expect(report.meta.year).toBe(2021);
    expect(outline(report.sections)).toEqual([
      { kind: 'preamble', title: null, points: [], paragraphs: 3 },
      { kind: 'closing', title: null, points: [], paragraphs: 2 },
    ]);
  });

  it('reads the year from the opening sentence (“2024年，街道党工委书记……”, “2023年是……之年”) or the speech (“我就2024年履行党管武装职责情况作述职”), not from a date', async () => {
    const opening = await parseText(['长庚街道党工委书记党管武装工作述职', '2024年，街道党工委书记刘海峰同志高度重视武装工作。'].join('\n'));
    expect(opening.meta.year).toBe(2024);
    const speech = await parseText(['在区人武部党委全体（扩大）会议上的述职报告', '（2024年12月27日）', '同志们：', '根据会议安排，我就2024年履行党管武装职责情况作述职，请予评议。'].join('\n'));
    expect(speech.meta.year).toBe(2024);
    const dated = await parseText(['党管武装工作述职报告', '（2025年1月8日）', '一年来，我认真履行职责。'].join('\n'));
    expect(dated.meta.year).toBeNull();
    // (Nor the year an opening names as what it was: "2023年是全面贯彻党的二十大精神的开局之年".)
    const named = await parseText(['在县人武部党委第一书记述职会上的发言', '2023年是全面贯彻党的二十大精神的开局之年。一年来，我认真履行职责。'].join('\n'));
    expect(named.meta.year).toBe(2023);
  });

  it('a term’s report covers several years: the last is its year, the first its `since` (title or opening; not years the opening only tells of)', async () => {
    expect(await metaOf('汶北区委书记2022年至2024年党管武装工作述职报告', '现将有关情况报告如下。')).toEqual({ year: 2024, since: 2022, level: '区', place: '汶北区' });
    expect(await metaOf('芸溪乡党委书记任期（2021—2025年）党管武装工作述职', '各位领导：')).toMatchObject({ year: 2025, since: 2021 });
    expect(await metaOf('党管武装工作述职报告', '根据军分区党委安排，现将2022年至2024年汶北区党管武装工作情况报告如下。')).toMatchObject({ year: 2024, since: 2022 });
    // (Also the span in months on a line of its own under the title, and "……的工作报告如下".)
    expect(await metaOf('汴西区委书记近三年党管武装工作述职报告', '（2023年1月—2025年12月）', '现将近三年的履职情况报告如下。')).toMatchObject({ year: 2025, since: 2023 });
    expect(await metaOf('麦仓镇党委书记近三年党管武装工作述职报告', '我于2022年1月任麦仓镇党委书记。现将2022年至2024年的工作报告如下。')).toMatchObject({ year: 2024, since: 2022 });
    expect(await metaOf('黄庄镇党委书记2026年度党管武装工作述职报告', '2021年至2023年，全镇滩区11个村整体搬迁到镇区。')).toEqual({ year: 2026, level: '乡镇', place: '黄庄镇' });
  });

  it('a report on half a year says which half (title or opening; not a plan for the second half, nor a term’s report)', async () => {
    expect(await metaOf('沙湄镇党委书记2019年上半年党管武装工作述职', '上半年，我到镇武装部办公4次。')).toEqual({ year: 2019, half: 1, level: '乡镇', place: '沙湄镇' });
    expect(await metaOf('党管武装工作述职报告', '现将2024年下半年履行党管武装职责情况报告如下。')).toMatchObject({ year: 2024, half: 2 });
    expect((await metaOf('岩口乡党委书记2026年党管武装工作述职报告', '2026年，我认真履行职责。下半年重点抓好民兵整组。')).half).toBeUndefined();
    expect((await metaOf('汶北区委书记2022年至2024年上半年党管武装工作述职报告', '现将有关情况报告如下。')).half).toBeUndefined();
  });

  it('finds the title under a writing assistant’s lead-in (好的，以下是……：)', async () => {
    const report = await parseText(
      ['好的，以下是根据您提供的要点整理的乡党委书记党管武装工作述职报告，已按公文格式排版：', '梅垭乡党委书记2026年度党管武装工作述职报告', '2026年，我认真履行乡武装部第一书记职责。', '一、主要工作', '全年征集新兵6名。'].join('\n'),
    );
    expect(report.title).toBe('梅垭乡党委书记2026年度党管武装工作述职报告');
    expect(report.meta).toEqual({ year: 2026, level: '乡镇', place: '梅垭乡' });
  });

  it('takes a self-assessment form’s name as its title, not the line of fields under it (单位（盖章）：……　述职人：……)', async () => {
    const report = await parseText(['南门街道党工委书记2026年度党管武装工作考评自评表', '单位（盖章）：中共江湄市南门街道工作委员会　　述职人：党工委书记 **　　填报日期：2026年12月', '序号\t考核内容\t分值\t自评得分\t得分说明'].join('\n'));
    expect(report.title).toBe('南门街道党工委书记2026年度党管武装工作考评自评表');
    expect(report.meta).toEqual({ year: 2026, level: '街道', place: '南门街道' });
  });

  it('finds the title under a drafter’s note to whoever polishes it (小陈：……你帮我润色一下……。)', async () => {
    const report = await parseText(['小陈：这个是我开车的时候语音录的，你帮我润色一下，里面数字找乡武装部老黄核一下，周五下班前发我。', '营坪乡党委书记2023年党管武装工作述职报告', '今年以来我乡党管武装工作取得了新的成绩'].join('\n'));
    expect(report.title).toBe('营坪乡党委书记2023年党管武装工作述职报告');
    expect(report.meta).toEqual({ year: 2023, level: '乡镇', place: '营坪乡' });
  });

  it('finds the title under a portal’s breadcrumb copied with the page (首页 > 信息公开 > 述职报告)', async () => {
    const report = await parseText(
      ['首页 > 政务公开 > 部门文件 > 述职报告', '东漪街道党工委书记2024年党管武装工作述职', '来源：东漪街道武装部　　发布时间：2024-12-30', '今年以来，我认真履行街道党工委书记抓武装工作的职责。'].join('\n'),
    );
    expect(report.title).toBe('东漪街道党工委书记2024年党管武装工作述职');
    expect(report.meta.level).toBe('街道');
  });

  it('finds the report in a file that holds other documents: a notice before it, another year’s report or a speech after it', async () => {
    const text = (report: Awaited<ReturnType<typeof parseText>>) => report.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs.map((p) => p.text), ...s.children.flatMap((c) => c.paragraphs.map((p) => p.text))]).join('\n');
    const notice = await parseText(
      ['中共桐坪县委办公室', '关于做好2023年度党管武装工作述职的通知', '各乡镇党委：', '述职情况纳入乡镇党建工作目标考核，占2分。', '中共桐坪县委办公室', '双庙镇党委书记2023年度党管武装工作述职报告', '2023年，我坚持每月到镇武装部办公一次。'].join('\n'),
    );
    expect(notice.title).toBe('双庙镇党委书记2023年度党管武装工作述职报告');
    expect(notice.meta).toEqual({ year: 2023, level: '乡镇', place: '双庙镇' });
    expect(text(notice)).not.toContain('占2分');
    expect(notice.outside).toEqual([{ title: '关于做好2023年度党管武装工作述职的通知', place: 'before', report: false, paragraph: 2, line: 2, start: 10 }]);
    const lastYear = await parseText(
      ['石塘乡党委书记2025年度党管武装工作述职报告', '一、履职情况', '全年到乡武装部办公12次。', '（附：2024年度述职报告，供对照）', '石塘乡党委书记2024年度党管武装工作述职报告', '一、履职情况', '全年到乡武装部办公9次。'].join('\n'),
    );
    expect(text(lastYear)).toContain('办公12次');
    expect(text(lastYear)).not.toContain('办公9次');
    const speech = await parseText(['柘溪区委书记2024年度党管武装工作述职报告', '我全年到区人武部办公12次。', '在2025年全区征兵工作会议上的讲话', '同志们，今年全区征兵任务120名。'].join('\n'));
    expect(text(speech)).not.toContain('征兵任务120名');
    // (A table's row or a sentence that ends as a title does is no document: "到武装部办公｜12月6日｜审核年度工作总结".)
    const rows = await parseText(['苇峪镇党委书记2024年度党管武装工作述职报告', '到武装部办公\t12月6日\t审核2024年度工作总结', '本人2023年3月到苇峪任职，这是第二次作党管武装述职', '全年征集新兵6名。'].join('\n'));
    expect(text(rows)).toContain('全年征集新兵6名');
    expect(rows.outside).toBeUndefined();
    // Another post's report of the same place and year: the deputy's, pasted after the secretary's.
    const deputy = await parseText(
      ['柘坪县委书记2019年度党管武装工作述职报告', '一、主要工作', '全年到县人武部办公12次。', '柘坪县委书记　唐远航', '柘坪县委副书记2019年度分管武装工作述职报告', '一、征兵工作', '全县完成征兵任务121名。'].join('\n'),
    );
    expect(text(deputy)).not.toContain('征兵任务121名');
    expect(deputy.outside).toEqual([expect.objectContaining({ title: '柘坪县委副书记2019年度分管武装工作述职报告', place: 'after', report: true })]);
    // Another place's report of the year before, kept below a rule as the sample adapted (holdout645/12).
    const sampleKept = await parseText(['梓溪县委书记2019年度党管武装工作述职报告', '一、主要工作', '县委常委会全年专题议军2次。', '梓溪县委书记', '————————————', '青岚县委书记2018年度党管武装工作述职报告（参考）', '2018年，我到县人武部办公12次。'].join('\n'));
    expect(text(sampleKept)).not.toContain('办公12次');
    expect(sampleKept.outside).toEqual([expect.objectContaining({ title: '青岚县委书记2018年度党管武装工作述职报告（参考）', place: 'after', report: true })]);
    // Another committee's post, and a website's next sample by its label, each without a year or a place of its own.
    const township = await parseText(['石砚县委书记2022年党管武装工作述职报告', '一、主要工作', '全年到县人武部办公6次。', '乡镇党委书记党管武装工作述职报告', '全年召开党委议军会4次。'].join('\n'));
    expect(text(township)).not.toContain('议军会4次');
    const sample = await parseText(['石砚县委书记2022年党管武装工作述职报告', '一、主要工作', '全年到县人武部办公6次。', '下载本文档　　点击阅读全文', '【范文二】县委书记党管武装工作述职报告', '全年召开议军会4次。'].join('\n'));
    expect(text(sample)).not.toContain('议军会4次');
    // A website's heading of the sample, kept above the reporter's own title, is neither the title nor another document.
    const adapted = await parseText(['【范文】乡镇党委书记党管武装工作述职报告', '发布时间：2019-12-05　来源：公文范文网', '芦湾镇党委书记2019年党管武装工作述职报告', '一、主要工作', '全年到镇武装部办公12次。'].join('\n'));
    expect(adapted.title).toBe('芦湾镇党委书记2019年党管武装工作述职报告');
    expect(text(adapted)).toContain('办公12次');
    expect(adapted.outside).toBeUndefined();
    // The level above's letter of responsibility signed for the next year, filed after the report.
    const pledge = await parseText(['茶岭乡党委书记2023年度党管武装工作述职报告', '一、主要工作', '全年到乡武装部办公12次。', '柘川县2024年度党管武装工作目标责任书', '四、国防教育：全乡中小学每学期开展国防教育不少于2次。'].join('\n'));
    expect(text(pledge)).not.toContain('不少于2次');
    // The 人武部's own account to the committee, appended after 附： (holdout556/11); not a title naming the 人武部 in the reporter's post.
    const account = await parseText(['芷城区委书记2019年度党管武装工作述职报告', '一、主要工作', '全年到区人武部办公9次。', '附：', '芷城区人武部2019年工作情况汇报', '二是国防教育扎实开展，组织国防教育进校园12场。'].join('\n'));
    expect(text(account)).not.toContain('进校园12场');
    // The next year's plan or a meeting's minutes pasted after the signature (holdout564/11, holdout565/12).
    const plan = await parseText(['江滨街道党工委书记2022年度党管武装工作述职报告', '一、履职情况', '全年到街道武装部办公8次。', '江滨街道党工委书记 2022年12月20日', '江滨街道2023年民兵整组工作方案', '四、考核奖惩。民兵整组工作纳入社区年度考核，占5分。'].join('\n'));
    expect(text(plan)).not.toContain('占5分');
    expect(plan.outside).toEqual([expect.objectContaining({ title: '江滨街道2023年民兵整组工作方案', place: 'after' })]);
    // (A contingency plan, its part named in brackets, holdout684/09; not a dated list's item naming a plan, holdout483/03.)
    const contingency = await parseText(['沙柳滩乡党委书记2020年度党管武装工作述职报告', '一、履行第一责任人职责情况', '全年到乡武装部办公12次。', '沙柳滩乡党委书记：张志刚', '沙柳滩乡2021年春季防凌工作预案（民兵部分）', '三、考核奖惩。将各村民兵防凌出勤情况纳入村“两委”干部年度考核。'].join('\n'));
    expect(contingency.outside?.map((d) => d.title)).toEqual(['沙柳滩乡2021年春季防凌工作预案（民兵部分）']);
    // (The armed department's plan for the next year, holdout734/09; not the report's own plans under a heading naming no unit.)
    const yearPlan = await parseText(['石崮乡党委书记2021年党管武装工作述职', '全年送兵6名，整组基干民兵95名。', '石崮乡武装部2022年度民兵工作计划', '（三）经费保障。乡财政安排民兵工作经费6万元，列入2022年乡级预算。'].join('\n'));
    expect(yearPlan.outside?.map((d) => d.title)).toEqual(['石崮乡武装部2022年度民兵工作计划']);
    const ownPlans = await parseText(['石崮乡党委书记2021年党管武装工作述职', '全年送兵6名，整组基干民兵95名。', '2022年工作计划', '乡财政安排民兵工作经费6万元，列入2022年乡级预算。'].join('\n'));
    expect(ownPlans.outside).toBeUndefined();
    // (A letter appended under 附：, titled by its kind alone, holdout737/10; not such a word inside the report.)
    const letter = await parseText(['梅垭县委书记2021年度党管武装工作述职报告', '全年到县人武部办公9次。', '梅垭县委书记　吴永康', '附：', '感谢信', '今年县里给我家挂上了“光荣之家”的牌子，县委书记还到家里看望。'].join('\n'));
    expect(letter.outside?.map((d) => d.title)).toEqual(['感谢信']);
    expect(text(letter)).not.toContain('光荣之家');
    const inside = await parseText(['梅垭县委书记2021年度党管武装工作述职报告', '全年到县人武部办公9次。', '感谢信', '军属黄桂英来信感谢县委为她家挂上“光荣之家”牌子。'].join('\n'));
    expect(inside.outside).toBeUndefined();
    // (The committee's opinion on a mechanism, a draft's note after its title, holdout742/12.)
    const opinion = await parseText(['德吉路街道党工委书记2023年度党管武装工作述职报告', '全年到街道武装部办公6次。', '2024年1月', '德吉路街道党工委关于建立党管武装工作考核激励机制的实施意见（征求意见稿）', '二、考核内容。民兵整组、征兵宣传等4个方面，共10分，纳入社区年度综合考核。'].join('\n'));
    expect(opinion.outside?.map((d) => d.title)).toEqual(['德吉路街道党工委关于建立党管武装工作考核激励机制的实施意见（征求意见稿）']);
    // (A notice of the recruiting office, holdout756/11; a bulletin titled short, holdout757/12; an action plan in excerpt under
    // 附件：, holdout749/12.)
    const recruiting = await parseText(['沙柳街道党工委书记2020年度党管武装工作述职报告', '全年送兵9名。', '沙柳街道党工委书记　李红梅', '金沙区人民政府征兵办公室', '关于做好2021年度征兵工作的通告', '五、工作要求。各街道要把征兵工作列入年度考核。'].join('\n'));
    expect(recruiting.outside?.map((d) => d.title)).toEqual(['关于做好2021年度征兵工作的通告']);
    const bulletin = await parseText(['南门塘街道党工委书记2024年度党管武装工作述职报告', '全年送兵9名。', '南门塘街道退役军人服务站', '工 作 简 报', '2024年第4期（总第19期）', '全年走访慰问军属146户。'].join('\n'));
    expect(text(bulletin)).not.toContain('146户');
    const actionPlan = await parseText(['柳荫街道党工委书记2020年度党管武装工作述职报告', '全年送兵9名。', '附件：', '柳荫街道民兵防汛应急行动方案（节选）', '二、力量编成。街道民兵应急排30人。'].join('\n'));
    expect(text(actionPlan)).not.toContain('应急排30人');
    // (A contingency plan under 附：, named by what it handles, holdout769/11; a point of the report's own that names a plan stays.)
    const appendedPlan = await parseText(['砖桥街道党工委书记2023年度党管武装工作述职报告', '全年送兵9名。', '附：', '砖桥街道民兵应急分队处置突发事件预案', '五、保障措施。应急分队处置突发事件所需经费由街道财政予以保障。'].join('\n'));
    expect(text(appendedPlan)).not.toContain('所需经费');
    const ownPlan = await parseText(['砖桥街道党工委书记2023年度党管武装工作述职报告', '一、完善民兵应急预案', '修订街道民兵应急分队处置突发事件预案', '全年组织演练2次，参演民兵35人。'].join('\n'));
    expect(text(ownPlan)).toContain('参演民兵35人');
    const diary = await parseText(['高桥镇党委书记2022年度党管武装工作述职报告', '一、全年工作记事', '1月10日　镇党委会研究2022年民兵整组方案（陈立群同志主持）', '2月15日　镇财政年初预算安排武装工作经费12万元'].join('\n'));
    expect(diary.outside).toBeUndefined();
    const minutes = await parseText(['南门街道党工委书记2026年度党管武装工作述职报告', '一、主要工作', '全年到街道武装部办公6次。', '南门街道党工委书记专题会议纪要', '会议决定：2027年将武装工作纳入社区考核，占3分。'].join('\n'));
    expect(text(minutes)).not.toContain('占3分');
    // (Numbered as the committee numbers its meetings: holdout623/11.)
    const numbered = await parseText(['沙梁区委书记2019年度党管武装工作述职报告', '全年到区人武部办公8次。', '中共沙梁区委常委会会议纪要（第23次）', '会议决定，将武装工作纳入街道年度考核，占4分。'].join('\n'));
    expect(numbered.outside?.map((d) => d.title)).toEqual(['中共沙梁区委常委会会议纪要（第23次）']);
    expect(text(numbered)).not.toContain('占4分');
    const activity = await parseText(['杉源乡党委书记2024年度党管武装工作述职报告', '全年到乡武装部办公6次。', '杉源乡党委书记  谢永福', '杉源乡2025年清明节烈士祭扫活动方案', '四、经费保障：活动经费1.2万元，由乡财政列支。'].join('\n'));
    expect(text(activity)).not.toContain('1.2万元');
    // Minutes titled short after the committee's name (holdout574/10), and a news post by its source's label (holdout572/12).
    const short = await parseText(['梅林镇党委书记2021年度党管武装工作述职报告', '全年到镇武装部办公4次。', '中共梅林镇委员会', '党委会议纪要', '会议决定，将征兵工作纳入村干部考核，未完成的扣2分。'].join('\n'));
    expect(text(short)).not.toContain('扣2分');
    const news = await parseText(['南塘街道党工委书记2026年度党管武装工作述职报告', '全年到街道武装部办公7次。', '【南塘发布】南塘街道举行2026年度民兵整组点验大会', '全街道120名基干民兵参加点验。'].join('\n'));
    expect(text(news)).not.toContain('120名');
    // Documents pasted after the report, each with a line of its own that must not be read as the report's: a letter (holdout608/12),
    // a request and a handover list (holdout613/12, holdout614/09), an agreement after 附： (holdout649/12), the 人武部's review of the
    // report, whose faults of the reporter are not the reporter's own (holdout653/12), and the 人武部's own report or its draft plan
    // (holdout657/11, holdout658/07).
    const pasted: [lines: string[], title: string, body: string][] = [
      [['湖滨街道党工委书记2026年党管武装工作述职报告', '全年到街道武装部办公2次。'], '致全街道退役军人和军人军属的慰问信', '今年以来，街道为215户军人军属家庭更新悬挂光荣牌。'],
      [['望湖区委书记2022年度党管武装工作述职报告', '全年到区人武部办公12次。'], '关于申请2023年度武装工作经费的请示', '申请2023年度武装工作经费380万元。'],
      [['杉溪镇党委书记2023年度党管武装工作述职报告', '10月我主持召开镇党委会。'], '杉溪镇武装工作移交清单', '二、经费：2023年年初预算武装工作经费6万元。'],
      [['城关街道党工委书记2026年度党管武装工作述职报告', '一、主要工作', '全年到街道武装部办公6次。', '附：'], '城关街道与北岗国有林场森林防火民兵联防协议', '三、联防工作纳入甲方对社区的年度考核，占3分。'],
      [['望江街道党工委书记2023年度党管武装工作述职报告', '全年到街道武装部办公4次。'], '鹤汀区人武部关于望江街道党工委书记2023年度党管武装工作述职的评议意见', '一、存在的主要问题：述职人全年未召开党工委专题议军会。'],
      [['罗坪县委书记2025年度党管武装工作述职报告', '全年到县人武部办公11次。'], '罗坪县人民武装部关于2025年度征兵工作情况的报告', '全县共征集新兵92名。'],
      // (And an office's, its sender on the line above, holdout861/08.)
      [['溪北区委书记2026年度党管武装工作述职报告', '全年到区人武部办公10次。', '溪北区财政局'], '关于2026年度武装工作经费预算执行情况的报告', '区级财政年初安排武装工作经费96万元。'],
      [['汀源县委书记2025年度党管武装工作述职报告', '全年到县人武部办公9次。'], '汀源县人民武装部2026年工作要点（送审稿）', '一、把党管武装工作纳入乡镇年度考核。'],
      // (And the committee's plan to put right what the last 述职评议 found, holdout673/08.)
      [['文昌街道党工委书记2026年度党管武装工作述职报告', '全年到街道武装部办公5次。', '2026年12月'], '关于2025年度党管武装工作述职评议反馈问题的整改方案', '四、将武装工作纳入社区年度考核，分值不低于5分。'],
      // (And the rules of the 述职 themselves, after the signature, holdout665/08.)
      [['杉溪镇党委书记2019年度抓武装工作述职报告', '今年我到镇武装部办公4次。', '杉溪镇党委书记', '附件'], '党委（党组）书记抓武装工作述职评议主要内容', '二、建立激励机制情况：将党管武装工作纳入各级党委、政府和领导干部实绩考核。'],
    ];
    for (const [lines, title, body] of pasted) {
      const report = await parseText([...lines, title, body].join('\n'));
      expect(report.outside?.map((d) => d.title)).toEqual([title]);
      expect(text(report)).not.toContain(body);
    }
    // The report's own subtitle in the form of an office's report is no other document (a reviewer's case).
    const subtitle = await parseText(['柘林乡党委书记2024年度党管武装工作述职报告', '柘林乡党委书记　张建华', '（2024年12月20日）', '关于2024年度履行党管武装第一责任人职责情况的报告', '一、主要工作', '全年送兵5名。'].join('\n'));
    expect(subtitle.outside).toBeUndefined();
    expect(text(subtitle)).toContain('送兵5名');
    // A publication's review form appended (holdout618/08).
    const form = await parseText(['城东区委书记2026年度党管武装工作述职报告', '全年到区人武部办公12次。', '附：政府信息公开保密审查表', '信息名称｜区委书记2026年度党管武装工作述职报告'].join('\n'));
    expect(form.outside?.map((d) => d.title)).toEqual(['附：政府信息公开保密审查表']);
    // A label pointing to the report is no title of another document (holdout530/06).
    const pointer = await parseText(['子陵县委书记2024年度党管武装工作述职报告', '全年到县人武部办公8次。', '【存在问题】见述职内容', '【下步打算】2025年3月底前建成民兵训练基地。'].join('\n'));
    expect(pointer.outside).toBeUndefined();
    // A quotation's source under it names a speech and is none (holdout570/06).
    const quoted = await parseText(['# 凤栖街道党工委书记2024年度党管武装工作述职报告', '> “党管武装是党的一项根本原则和根本制度。”', '> ——摘自区委书记在2024年全区党管武装工作会议上的讲话', '全年我到街道武装部办公8次。'].join('\n'), 'report.md');
    expect(quoted.outside).toBeUndefined();
    expect(text(quoted)).toContain('办公8次');
    // A speech appended under 附： in excerpt (holdout570/11).
    const excerpt = await parseText(['云阁区委书记2022年度党管武装工作述职报告', '一、主要工作', '全年到区人武部办公9次。', '附：军分区司令员在云阁区党管武装工作会议上的讲话（摘要）', '二是2023年一季度前配齐8个街道专武干部。'].join('\n'));
    expect(text(excerpt)).not.toContain('配齐8个');
    expect(excerpt.outside).toEqual([expect.objectContaining({ title: '附：军分区司令员在云阁区党管武装工作会议上的讲话（摘要）', place: 'after' })]);
    // (Or a model's write-up, holdout817/12; or an earlier year's report appended for reference, holdout819/12.)
    const story = await parseText(['临渡街道党工委书记2019年度党管武装工作述职报告', '全年到街道武装部办公8次。', '临渡街道民兵张海峰同志见义勇为事迹材料', '街道党工委研究决定，将见义勇为表现突出的民兵纳入年度评先评优范围。'].join('\n'));
    expect(text(story)).not.toContain('评先评优');
    expect(text(story)).toContain('办公8次');
    expect(story.outside?.map((d) => d.title)).toEqual(['临渡街道民兵张海峰同志见义勇为事迹材料']);
    const practice = await parseText(['澄湖街道党工委书记2019年度党管武装工作述职报告', '全年到街道武装部办公8次。', '附件', '澄湖街道拥军优属工作经验交流材料', '将双拥和武装工作纳入社区年度考核，占10分。'].join('\n'));
    expect(practice.outside?.map((d) => d.title)).toEqual(['澄湖街道拥军优属工作经验交流材料']);
    // A list of attachments left out is no document, whatever its first item's kind.
    const attachments = await parseText(['榆塘镇党委书记2021年度党管武装工作述职报告', '全年到镇武装部办公8次。', '附件：1.榆塘镇2021年党委议军会议纪要', '2.榆塘镇2021年民兵整组花名册'].join('\n'));
    expect(attachments.outside ?? []).toEqual([]);
    // …but a numbered attachment's title with its own text after it is the document itself.
    const appendedMinutes = await parseText(['榆塘镇党委书记2021年度党管武装工作述职报告', '全年到镇武装部办公8次。', '附件：1.榆塘镇2021年党委议军会议纪要', '会议研究决定，安排武装工作经费12万元。'].join('\n'));
    expect(appendedMinutes.outside?.map((d) => d.title)).toEqual(['附件：1.榆塘镇2021年党委议军会议纪要']);
    // (Not a body's subheading of a model's deeds: "民兵应急分队抗洪抢险先进事迹".)
    expect(text(await parseText(['临渡街道党工委书记2019年度党管武装工作述职报告', '民兵应急分队抗洪抢险先进事迹', '7月，应急分队转移群众120人。'].join('\n')))).toContain('转移群众120人');
    const earlier = await parseText(['石湾街道党工委书记2022年度党管武装工作述职报告', '全年到街道武装部办公8次。', '附：2021年度述职报告（供参考）', '2021年，街道安排武装工作经费6万元。'].join('\n'));
    expect(text(earlier)).not.toContain('6万元');
    expect(earlier.outside?.map((d) => d.title)).toEqual(['附：2021年度述职报告（供参考）']);
    // (Or its outline, after a label's line: "附：" ‖ "在东渡街道2025年征兵工作动员会上的讲话（提纲）", holdout807/07.)
    const outline = await parseText(['东渡街道党工委书记2025年度党管武装工作述职报告', '全年到街道武装部办公8次。', '附：', '在东渡街道2025年征兵工作动员会上的讲话（提纲）', '今年街道武装工作经费安排3万元。'].join('\n'));
    expect(text(outline)).not.toContain('3万元');
    expect(text(outline)).toContain('办公8次');
    // A scheme of rules appended, under its label or after a label's line (holdout705/06, 701/10); not a point headed with a scheme's name.
    const rules = await parseText(['枫岗县委书记2024年党管武装工作述职报告', '全年到县人武部办公3次。', '附：澜平军分区党管武装工作考评细则（县级第一书记部分）', '1. 每季度到人武部办公不少于1次（4分）；'].join('\n'));
    expect(rules.outside?.map((d) => d.title)).toEqual(['附：澜平军分区党管武装工作考评细则（县级第一书记部分）']);
    const labelled = await parseText(['岚口乡党委书记2024年度党管武装工作述职报告', '全年到乡武装部办公10次。', '附件', '岚口乡武装工作考核细则', '第三条　武装工作在村级年度目标考核中占10分。'].join('\n'));
    expect(text(labelled)).not.toContain('占10分');
    const listed = await parseText(['鹰台区委书记2026年度党管武装工作述职报告', '全年到区人武部办公8次。', '附件：1. 鹰台区2026年党管武装工作考核细则', '2. 专武干部花名册'].join('\n'));
    expect(listed.outside).toBeUndefined();
    const headed = await parseText(['岚口乡党委书记2024年度党管武装工作述职报告', '全年到乡武装部办公10次。', '党管武装工作考核办法', '乡党委把武装工作纳入村级年度目标考核，占10分。'].join('\n'));
    expect(text(headed)).toContain('占10分');
    const post = await parseText(['县人武部党委第一书记2019年度党管武装工作述职报告', '一、主要工作', '全年到县人武部办公9次。'].join('\n'));
    expect(text(post)).toContain('办公9次');
    // (The same post written with and without its committee is one post.)
    const same = await parseText(['石砚县委书记2022年党管武装工作述职报告', '一、主要工作', '全年到县人武部办公6次。', '书记党管武装工作述职报告', '全年召开议军会4次。'].join('\n'));
    expect(text(same)).toContain('议军会4次');
  });

  it('finds a spoken report’s title after a notice before it (……述职访谈记录), and leaves out a title campaign’s self-check or an office’s word back appended after it', async () => {
    const text = (report: Awaited<ReturnType<typeof parseText>>) => report.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs.map((p) => p.text)]).join('\n');
    const interview = await parseText(
      ['关于开展2022年度乡镇党委书记党管武装工作述职访谈的通知', '各乡镇党委：', '请于12月16日前报县人武部政工科。', '藜塘乡党委书记党管武装工作述职访谈记录', '问：今年到乡武装部办公几次？', '答：是8次。'].join('\n'),
    );
    expect(interview.title).toBe('藜塘乡党委书记党管武装工作述职访谈记录');
    expect(interview.outside).toEqual([expect.objectContaining({ title: '关于开展2022年度乡镇党委书记党管武装工作述职访谈的通知', place: 'before' })]);
    const selfCheck = await parseText(
      ['栎桥镇党委书记2020年党管武装工作述职', '一、履职情况。今年到镇武装部办公4次。', '附件：', '栎桥镇双拥模范镇创建工作自评情况', '2.经费保障（10分）：镇财政安排双拥工作经费5万元、武装部工作经费3万元，自评10分。'].join('\n'),
    );
    expect(text(selfCheck)).not.toContain('武装部工作经费3万元');
    expect(selfCheck.outside).toEqual([expect.objectContaining({ title: '栎桥镇双拥模范镇创建工作自评情况', place: 'after' })]);
    const wordBack = await parseText(
      ['梓陵县委书记2021年度党管武装工作述职报告', '一、主要工作', '全年到县人武部办公9次。', '附：', '澄州市双拥工作领导小组办公室关于梓陵县省级双拥模范县复查情况的反馈', '2021年11月，市复查组对你县进行了复查，综合得分91.5分。'].join('\n'),
    );
    expect(text(wordBack)).not.toContain('91.5分');
    // (So is a check office's bulletin, holdout949/11; not a heading of the report's own that names one.)
    const bulletin = await parseText(
      ['蓼川县委书记2025年度党管武装工作述职报告', '一、主要工作', '全年到县人武部办公8次。', '蓼川县委书记', '2025年12月22日', '——————————', '附：县委督查室督查通报（摘录）', '经督查，民兵训练基地建设经费48万元已于12月26日由县财政拨付到位。'].join('\n'),
    );
    expect(text(bulletin)).not.toContain('48万元');
    expect(bulletin.outside).toEqual([expect.objectContaining({ title: '附：县委督查室督查通报（摘录）', place: 'after' })]);
    // (So are a meeting's minutes with a note after them, holdout977/10; a model town's write-up sent for study, holdout989/12; and the
    // treasury's note on the money, holdout983/10.)
    const appended: [string[], string][] = [
      [['荇塘乡党委书记2022年度党管武装工作述职', '2022年，我到乡武装部办公8次。', '---', '**附：荇塘乡党委会议纪要（2022年第9次）**', '会议确定：安排民兵工作经费1.8万元，由乡财政列支。'], '1.8万元'],
      [['荠泉镇党委书记2026年度党管武装工作述职报告', '我每季度到镇武装部办公一次。', '荠泉镇党委书记', '附：桦口镇党管武装工作经验材料（供学习参考）', '桦口镇党委把积分制纳入村干部考核，占10分。'], '占10分'],
      [['蔺坪县委书记2026年度党管武装工作述职报告', '县财政安排政法、武装和双拥经费2380万元。', '附件：', '蔺坪县2026年政法、武装和双拥经费执行情况说明（县财政局）', '其中：武装工作390万元。'], '390万元'],
    ];
    for (const [lines, gone] of appended) {
      const report = await parseText(lines.join('\n'));
      expect(text(report), gone).not.toContain(gone);
      expect(report.outside).toEqual([expect.objectContaining({ place: 'after' })]);
    }
    // (Not the report's own account of the money appended, holdout288/01.)
    const ownAccount = await parseText(['桐沙县委书记2024年度党管武装工作述职报告', '县财政安排武装工作经费300万元。', '附件：2024年度桐沙县武装工作经费保障情况', '1.人武部运行经费120万元。'].join('\n'));
    expect(text(ownAccount)).toContain('120万元');
    // (In the body such a line is a heading of the report's own: "双拥模范县创建工作自查情况" over its text, not the end of the report.)
    const inBody = await parseText(['青石县委书记2024年度党管武装工作述职报告', '一、主要工作', '双拥模范县创建工作自查情况', '县财政投入武装工作经费320万元。'].join('\n'));
    expect(text(inBody)).toContain('320万元');
    expect(inBody.outside).toBeUndefined();
    // (The report's own self-assessment appended stays: "附：自评情况".)
    const own = await parseText(['河亭区委书记2023年度党管武装工作述职报告', '一、主要工作', '全年到区人武部办公12次。', '附：自评情况', '1.“四个一”落实（20分）：自评20分。'].join('\n'));
    expect(text(own)).toContain('自评20分');
  });

  it('takes an office system’s title cell (文件标题｜……) as the title, and its head row of fields (文件类型｜述职报告｜密级｜内部) as none', async () => {
    const labelled = await parseText(['文件标题｜区委书记在2025年度党管武装工作述职评议会上的述职发言', '同志们，我汇报一下区委抓武装工作的情况。'].join('\n'));
    expect(labelled.title).toBe('区委书记在2025年度党管武装工作述职评议会上的述职发言');
    expect(labelled.meta.level).toBe('区');
    const head = await parseText(['文件类型\t述职报告\t密级\t内部', '区委书记2025年度党管武装工作述职报告', '2025年，我坚持每月到区人武部办公一次。'].join('\n'));
    expect(head.title).toBe('区委书记2025年度党管武装工作述职报告');
    // (A title whose second cell is the sender or the date is still the title.)
    const sender = await parseText(['2024年度党管武装工作述职报告\t青石县委', '2024年，我坚持每月到县人武部办公一次。'].join('\n'));
    expect(sender.title).toBe('2024年度党管武装工作述职报告\t青石县委');
  });

  it('reads past the cover letter that sends the report up, which is no other document; finds a notice or a 通报 after it', async () => {
    const cover = await parseText(
      ['中共漳原县石湍镇委员会文件', '关于报送石湍镇党委书记2024年度党管武装工作述职报告的报告', '中共漳原县委：', '现将述职报告呈上，请审阅。', '石湍镇党委书记2024年度党管武装工作述职报告', '一、主要工作', '全年到镇武装部办公12次。'].join('\n'),
    );
    expect(cover.title).toBe('石湍镇党委书记2024年度党管武装工作述职报告');
    expect(cover.meta).toEqual({ year: 2024, level: '乡镇', place: '石湍镇' });
    expect(cover.outside).toBeUndefined();
    // (Its sender may stand before 关于: "中共杉坪乡委员会关于报送……".)
    const sent = await parseText(['中共杉坪乡委员会关于报送党委书记2026年度党管武装工作述职报告的报告', '柘宁市人武部党委：', '现将述职报告报上，请审阅。', '杉坪乡党委书记2026年度党管武装工作述职报告', '一、主要工作', '全年到乡武装部办公12次。'].join('\n'));
    expect(sent.title).toBe('杉坪乡党委书记2026年度党管武装工作述职报告');
    expect(sent.outside).toBeUndefined();
    // (A notice's title holds none of a report's words; a bureau's 通报 names its sender before 关于.)
    for (const other of ['关于印发《云渡区2022年党管武装工作要点》的通知', '临溪区人武部关于2026年度民兵整组工作情况的通报']) {
      const after = await parseText(['云渡区委书记2021年度党管武装工作述职报告', '全年到区人武部办公12次。', other, '1．区委常委会每季度专题议军1次。'].join('\n'));
      expect(after.outside).toEqual([expect.objectContaining({ title: other, place: 'after', report: false })]);
    }
    // (A 通报 whose head stands above its title, and the report after it: holdout891/09.)
    const notice = await parseText(
      ['柘塘县委督查室', '督 查 通 报', '（第7期）', '关于全县乡镇党管武装工作专项督查情况的通报', '各乡镇党委：', '一是部分乡镇党委书记上半年未到武装部办公。', '松岙乡党委书记2019年度党管武装工作述职报告', '一、主要工作', '下半年，本人到乡武装部办公3次。'].join('\n'),
    );
    expect(notice.title).toBe('松岙乡党委书记2019年度党管武装工作述职报告');
    expect(notice.outside).toEqual([expect.objectContaining({ title: '关于全县乡镇党管武装工作专项督查情况的通报', place: 'before' })]);
    const body = JSON.stringify(notice.sections);
    expect(body).toContain('办公3次');
    expect(body).not.toContain('未到武装部办公');
    // (A report on what was put right, appended under 附件：, whoever sends it: holdout891/10.)
    const fixed = await parseText(['芦湾镇党委书记2026年度党管武装工作述职报告', '全年到镇武装部办公6次。', '附件：', '芦湾镇党委关于县委党管武装专项督查反馈问题整改情况的报告', '镇里安排经费2万元，4月组织应急班集中训练10天。'].join('\n'));
    expect(fixed.outside).toEqual([expect.objectContaining({ title: '芦湾镇党委关于县委党管武装专项督查反馈问题整改情况的报告', place: 'after' })]);
    // (A task's short summary appended under 附：, holdout894/10.)
    const summary = await parseText(['花园乡党委书记2022年度党管武装工作述职', '我全年到乡武装部办公4次。', '附：花园乡2022年征兵工作小结', '2022年，乡武装部共走访适龄青年54人，定兵3人。'].join('\n'));
    expect(summary.outside).toEqual([expect.objectContaining({ title: '附：花园乡2022年征兵工作小结', place: 'after' })]);
    // (Last year's report kept for the record, an account sent by another body, a plan of events in bold: holdout896/10, 897/05, 08.)
    for (const [label, other] of [
      ['附：2021年度党管武装工作述职报告（存档）', '2021年，乡党委会专题研究武装工作3次。'],
      ['共青团白鹭县委关于“青春建功军营”大学生征兵宣传活动情况的报告', '今年4月至7月，团县委举办宣讲会22场。'],
      ['**附件：启明街道妇联2026年“三八”节系列活动安排**', '3月8日举办女子民兵班座谈会。'],
    ]) {
      const appendedDoc = await parseText(['渔铺乡党委书记2022年党管武装工作述职', '我到乡武装部办公3次。', ...(label.startsWith('共青团') ? ['附：'] : []), label, other].join('\n'));
      expect(appendedDoc.outside?.map((d) => d.title)).toEqual([label]);
    }
    // (A notice first with no head above it, its excerpt marked; an excerpt marked with whose it is; a numbered bulletin, its number
    // with the year, its name in bold: holdout903/10, 903/04, 900/01, 920/04.)
    const first = await parseText(['柳陂县人武部关于2025年度民兵整组验收情况的通报（节选）', '各乡镇（街道）武装部：', '铜鼓镇编组基干民兵92人。', '铜鼓镇党委书记2025年党管武装工作述职', '今年我镇3月启动民兵整组。'].join('\n'));
    expect(first.title).toBe('铜鼓镇党委书记2025年党管武装工作述职');
    for (const label of ['附：2020年度党管武装工作述职报告（摘要，前任县委书记）', '古溪会议旧址纪念馆2020年工作简报（第12期）', '**柳陂县民兵整组工作简报**（2021年第3期）']) {
      const more = await parseText(['柳陂县委书记2021年党管武装工作述职报告', '全年到县人武部办公10次。', '附：', label, '全年共接待参观者8.6万人次。'].join('\n'));
      expect(more.outside?.map((d) => d.title)).toEqual([label]);
    }
    // (Nor a part of the body headed like an account or a summary, no label before it: a reviewer's cases.)
    for (const head of ['松岙镇党委关于2023年度述职评议反馈问题整改情况的报告', '2024年征兵工作小结']) {
      const body = await parseText(['松岙镇党委书记2024年度党管武装工作述职报告', '一、主要工作', '全年到镇武装部办公10次。', head, '镇财政追加民兵训练经费3万元，送兵8名。', '三、存在的不足', '调研不够深入。'].join('\n'));
      expect(body.outside).toBeUndefined();
      expect(JSON.stringify(body.sections)).toContain('送兵8名');
    }
    // (Not a bold heading of the report's own.)
    const bold = await parseText(['渔铺乡党委书记2022年党管武装工作述职', '我到乡武装部办公3次。', '**民兵整组工作安排**', '3月完成民兵整组。'].join('\n'));
    expect(bold.outside).toBeUndefined();
    // (Without a report's title after it, the head and the notice stay the file's text: nothing is set aside.)
    const alone = await parseText(['柘塘县委督查室', '督 查 通 报', '关于全县乡镇党管武装工作专项督查情况的通报', '各乡镇党委：', '一是部分乡镇党委书记上半年未到武装部办公。'].join('\n'));
    expect(alone.title).toBeNull();
  });

  it('reads a numbered line that tells facts with figures and its full stop as an item, not a heading', async () => {
    const report = await parseText(['五、明年打算', '（一）上半年到5个乡镇开展一次民兵建设专题调研。', '（二）3月底前开工建设民兵装备仓库。', '（三）坚持党管武装，压实政治责任。', '落实第一书记职责。'].join('\n'));
    expect(outline(report.sections)).toMatchObject([{ title: '五、明年打算', paragraphs: 2, children: [{ title: '（三）坚持党管武装，压实政治责任', paragraphs: 1 }] }]);
    // (Nor one set in a time of the year without a figure: holdout771/02.)
    const timed = await parseText(['四、2022年打算', '（一）一季度完成企业民兵组建专题调研，形成报告提交市委常委会研究。', '（二）民兵训练基地上半年开工建设，年内完成主体工程。', '（三）坚持党管武装，压实政治责任。', '落实第一书记职责。'].join('\n'));
    expect(outline(timed.sections)).toMatchObject([{ title: '四、2022年打算', paragraphs: 2, children: [{ title: '（三）坚持党管武装，压实政治责任', paragraphs: 1 }] }]);
  });

  it('reads spoken headings of faults and plans as such (三、毛病, 五、明年咋干), not one that asks how the work was done', async () => {
    const report = await parseText(['一、我干了啥', '全年征集新兵8名。', '二、明年咋干', '春节前把专干的网格员工作剥离出去；', '明年国防教育日前，每个社区至少上一堂国防课；', '在另外2个工业园各建一个民兵班。'].join('\n'));
    expect(outline(report.sections).map((s) => [s.kind, s.paragraphs])).toEqual([
      ['heading', 1],
      ['heading', 3],
    ]);
  });

  it('does not carve a closing part out of a section that is itself about shortcomings and plans', async () => {
    const report = await parseText(['一、主要工作', '全年召开议军会4次。', '二、存在问题和下步打算', '调研不够深入。', '下一步，我将加强调研。'].join('\n'));
    expect(outline(report.sections).map((s) => [s.kind, s.paragraphs])).toEqual([
      ['heading', 1],
      ['heading', 2],
    ]);
  });

  it('reads a numbered item between headings of its style as a heading too, its first sentence the heading, figures or a year in it', async () => {
    const report = await parseText(
      ['麦仓镇党委书记2024年党管武装工作述职报告', '一、抓议军，把武装工作摆上党委议程。镇党委会研究武装工作4次。', '二、抓征兵，全年输送新兵9名。其中大学生6名。', '三、抓民兵，整组按要求完成。基干民兵120人。', '四、存在的不足。调研不够。', '五、2025年打算。一是建成民兵器材库；二是开展培训。'].join('\n'),
    );
    expect(outline(report.sections).map((s) => s.title)).toEqual(['一、抓议军，把武装工作摆上党委议程', '二、抓征兵，全年输送新兵9名', '三、抓民兵，整组按要求完成', '四、存在的不足', '五、2025年打算']);
    expect(report.sections.find((s) => s.numbering === '二、')!.paragraphs.map((p) => p.text)).toEqual(['其中大学生6名。']);
  });

  it("heads an outline's answer with its question when both stand on one line (七、拥军优属情况：已落实。), not a heading holding both", async () => {
    const report = await parseText(
      ['梅岭镇党委书记2024年度党管武装工作述职', '一、“四个一”落实情况：已落实。', '二、是否建立激励机制：是。', '三、征兵任务完成情况：完成县下达任务，送兵6名。', '四、民兵整组训练情况：按要求完成。', '五、存在问题：', '调研不够深入。'].join('\n'),
    );
    expect(outline(report.sections).map((s) => s.title)).toEqual(['一、“四个一”落实情况', '二、是否建立激励机制', '三、征兵任务完成情况', '四、民兵整组训练情况', '五、存在问题']);
    expect(report.sections.map((s) => s.paragraphs.map((p) => p.text))).toEqual([['已落实。'], ['是。'], ['完成县下达任务，送兵6名。'], ['按要求完成。'], ['调研不够深入。']]);
    // (Positions point at the answer itself.)
    const answer = report.sections[2].paragraphs[0];
    expect(report.text.slice(answer.start, answer.end)).toBe('完成县下达任务，送兵6名。');
  });

  it('keeps a colon inside a heading’s brackets in the heading (二、经费投入（单位：万元）), no outline answer after it', async () => {
    const report = await parseText(['樾山区委书记2020年度党管武装工作述职报告', '一、“四个一”落实', '全年到区人武部办公6次。', '二、经费投入（单位：万元）', '区财政预算：165 → 172'].join('\n'));
    expect(outline(report.sections).map((s) => s.title)).toEqual(['一、“四个一”落实', '二、经费投入（单位：万元）']);
    expect(report.sections[1].paragraphs.map((p) => p.text)).toEqual(['区财政预算：165 → 172']);
  });

  it('reads a numbered heading set in brackets on a line of its own as a form sets it (【三、经费保障】), not a point of the list before', async () => {
    const report = await parseText(['椿溪乡党委书记2026年度党管武装工作述职表', '【二、国防后备力量建设】', '1.民兵建设', '  完成情况：8月组织基干民兵32人集中训练。', '3.国防教育', '  完成情况：9月开展国防教育日活动。', '【三、经费保障】', '  完成情况：乡财政列支武装工作经费3万元。'].join('\n'));
    expect(outline(report.sections).map((s) => s.title)).toEqual(['二、国防后备力量建设', '三、经费保障']);
    const reserve = report.sections.find((s) => s.heading === '国防后备力量建设')!;
    expect(reserve.children.map((c) => c.heading)).toEqual(['民兵建设', '国防教育']);
  });

  it('reads 第一部分 headings and Traditional text', async () => {
    const report = await parseText(['縣委書記2020年黨管武裝工作述職報告', '第一部分 履職盡責情況', '我縣全年召開議軍會四次。', '第二部分 存在的不足', '調研不夠深入。'].join('\n'));
    expect(report.traditional).toBe(true);
    expect(report.meta).toEqual({ year: 2020, level: '县', place: null });
    expect(outline(report.sections).map((s) => s.title)).toEqual(['第一部分履職盡責情況', '第二部分存在的不足']);
    expect(report.sections[0].numbering).toBe('第一部分');
    expect(report.sections[0].paragraphs[0].normalized).toBe('我县全年召开议军会四次。');
  });
});

describe('meta', () => {
  it('takes the level the report names as its own, not its superiors', async () => {
    const report = await parseText(['区委书记党管武装工作述职报告', '在市委和军分区党委的正确领导下，全区武装工作稳步推进。', '我区全年完成征兵任务。'].join('\n'));
    expect(report.meta.level).toBe('区');
    expect(report.meta.year).toBeNull();
  });

  it('takes the level from a title that names the place itself, whatever the body calls it', async () => {
    const report = await parseText(['杜庄镇2024年度党管武装工作述职报告', '全县武装工作取得了丰硕成果。全县征兵任务圆满完成。', '镇党委会研究武装工作2次。'].join('\n'));
    expect(report.meta).toEqual({ year: 2024, level: '乡镇', place: '杜庄镇' });
    // (Not a place named inside the title's words: "中共北川县委书记" is the committee's, read as before.)
    expect((await parseText('中共北川县委书记2024年党管武装工作述职报告\n我县……')).meta.level).toBe('县');
  });

  it("reads Inner Mongolia's banner as a county and its sumu as a township, whatever the body names below", async () => {
    const banner = await parseText(['查干布拉格旗委书记2025年度党管武装工作述职报告', '全旗11个苏木镇专武干部全部配齐。', '各苏木镇党委书记走访优抚对象86户。'].join('\n'));
    expect(banner.meta).toEqual({ year: 2025, level: '县', place: '查干布拉格旗' });
    const sumu = await parseText(['哈日努拉苏木2024年党管武装工作述职报告', '苏木党委会研究武装工作3次，全旗征兵工作会议在旗里召开。'].join('\n'));
    expect(sumu.meta).toEqual({ year: 2024, level: '乡镇', place: '哈日努拉苏木' });
  });

  it('reads the level of a message with no title from the committee it names (乡党委会)', async () => {
    const chat = await parseText(['李部长好，我把今年的情况简单报一下：', '乡党委会研究武装工作2次（3月征兵、8月防汛）。送兵4名。'].join('\n'));
    expect(chat.meta.level).toBe('乡镇');
  });

  it('reads the year from an opening like 2024年以来 when the title has none', async () => {
    const report = await parseText(['镇党委书记抓武装工作述职', '2024年以来，我镇认真落实党管武装制度。'].join('\n'));
    expect(report.meta).toEqual({ year: 2024, level: '乡镇', place: null });
  });

  it('takes the place the title names, whole when it is within another, and none from the level’s word alone or a placeholder', async () => {
    const place = async (title: string) => (await parseText(`${title}\n现将履职情况报告如下。`)).meta.place;
    expect(await place('中共岚江县委书记、县人武部党委第一书记2024年度党管武装工作述职报告')).toBe('岚江县');
    expect(await place('石桥镇党委书记2024年党管武装工作述职报告')).toBe('石桥镇');
    expect(await place('鹤汀区砚湖街道党工委书记2024年党管武装工作述职报告')).toBe('鹤汀区砚湖街道');
    expect(await place('青桐县人武部党委第一书记2022年度党管武装工作述职报告')).toBe('青桐县');
    expect(await place('扛牢第一责任　夯实后备根基——青嶂县委书记2025年度党管武装工作述职报告')).toBe('青嶂县');
    expect(await place('在雪川市2023年度党管武装工作述职评议会上的述职讲话')).toBe('雪川市');
    expect(await place('藺塘鎮黨委書記2024年度黨管武裝工作述職報告')).toBe('蔺塘镇');
    expect(await place('岭柏黎族苗族自治县县委书记2024年党管武装工作述职报告')).toBe('岭柏黎族苗族自治县');
    expect(await place('钒谷高新技术产业开发区党工委书记2024年度党管武装工作述职报告')).toBe('钒谷高新技术产业开发区');
    expect(await place('县委书记2024年党管武装工作述职报告')).toBeNull();
    expect(await place('××乡党委书记2019年度党管武装工作述职报告')).toBeNull();
    expect(await place('在县人武部党委扩大会议上的述职讲话')).toBeNull();
  });

  it('takes the place from the post on the line above a title that names none, or from the byline under it, and keeps the title as written', async () => {
    const report = await parseText(['中共丹坝市委书记、市人武部党委第一书记', '2022年度党管武装工作述职报告', '2022年，我认真履行第一书记职责。'].join('\n'));
    expect(report.title).toBe('2022年度党管武装工作述职报告');
    expect(report.meta).toEqual({ year: 2022, level: '市', place: '丹坝市' });
    // (Not a 密级, nor a post above a title that names its own place.)
    expect((await parseText(['内部资料', '2022年度党管武装工作述职报告', '现将履职情况报告如下。'].join('\n'))).meta.place).toBeNull();
    expect((await parseText(['中共丹坝市委书记', '石桥镇2022年度党管武装工作述职报告', '现将履职情况报告如下。'].join('\n'))).meta.place).toBe('石桥镇');
    // The byline under a title that names no place (holdout996/01); not the level above the report is addressed to, nor a sentence.
    const byline = await parseText(['2024年度党管武装工作述职报告', '中共岚北县委书记、县人武部党委第一书记', '2024年，在钟州市委的领导下，我认真履行职责。'].join('\n'));
    expect(byline.title).toBe('2024年度党管武装工作述职报告');
    expect(byline.meta).toEqual({ year: 2024, level: '县', place: '岚北县' });
    expect((await parseText(['2024年度党管武装工作述职报告', '中共钟州市委：', '现将我县履职情况报告如下。'].join('\n'))).meta.place).toBeNull();
    expect((await parseText(['2024年度党管武装工作述职报告', '——在钟州市委书记主持的党管武装述职评议会上', '现将我县履职情况报告如下。'].join('\n'))).meta.place).toBeNull();
    expect((await parseText(['2024年度党管武装工作述职报告', '岚北县委书记张某认真履行第一书记职责，全年到县人武部办公12次。'].join('\n'))).meta.place).toBeNull();
  });
});
