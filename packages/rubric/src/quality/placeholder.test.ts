import { beforeAll, describe, expect, it } from 'vitest';
import { parseText } from '../../../parser/src/testing.ts';
import { DEFAULT_CUES } from '../cues.ts';
import { loadRubric } from '../load.ts';
import { buildView } from '../view.ts';
import { placeholder } from './placeholder.ts';

let options: Record<string, unknown>;
beforeAll(() => {
  const r = loadRubric();
  if (!r.ok) throw new Error('default rubric does not load');
  options = r.value.quality.find((q) => q.rule === 'placeholder')!.options;
});

async function check(text: string, file?: string) {
  const report = await parseText(text, file);
  return { report, findings: placeholder(buildView(report, DEFAULT_CUES), options) };
}

const TEXT = [
  '2022年党管武装工作述职报告', // 1
  '一、主要工作', // 2
  '在XX县委的领导下，我坚持每月到人武部办公。全年列支经费x万元，慰问金达**多万元。', // 3
  '组织民兵训练××次，参训人员3000人。本句没有占位符。', // 4
  '20XX年以来，我在**市委和**军分区的领导下认真履职。', // 5
  '全年征集新兵126名，其中大学生91名，占72.2%。', // 6
].join('\n');

describe('placeholder', () => {
  it('gives one finding per sentence that holds a placeholder, in reading order', async () => {
    const { findings } = await check(TEXT);
    expect(findings.map((f) => f.message)).toEqual([
      '未填写的占位符：“XX”',
      '未填写的占位符：“x”、“**”',
      '未填写的占位符：“××”',
      '未填写的占位符：“20XX”、“**”',
    ]);
  });

  it('not a Markdown task list\'s ticked box opening an item, but a bracketed blank inside a sentence (holdout361/03)', async () => {
    const { findings } = await check(['2024年述职', '- [x] 到区人武部办公：全年9次', '- [X] 主持区委常委会议军：3次', '参加了[X]次会议。'].join('\n'));
    expect(findings.map((f) => f.message)).toEqual(['未填写的占位符：“[X]”']);
  });

  it('not a slogan\'s N ("一个核心、三个聚焦、N个抓手"), but N before a count (holdout370/12)', async () => {
    const { findings } = await check(['2024年述职', '街道党工委坚持“一个核心、三个聚焦、N个抓手”。', '全年征集新兵N名。'].join('\n'));
    expect(findings.map((f) => f.message)).toEqual(['未填写的占位符：“N”']);
  });

  it('not the N of a slogan\'s formula in its gloss ("1+3+N" … "N个社区联动", holdout422/11)', async () => {
    const { findings } = await check(['2025年述职', '坚持“1+3+N”党管武装工作机制，即1个党工委统筹、3项制度支撑、N个社区联动。', '全年征集新兵N名。'].join('\n'));
    expect(findings.map((f) => f.message)).toEqual(['未填写的占位符：“N”']);
  });

  it('a figure still to come standing alone where the year\'s figure should be ("2026年待统计", a cell "待决算"), not one that says when it comes (holdout677/04, 07, 09)', async () => {
    const { findings } = await check(['2026年述职', '征兵：2025年送兵5名，2026年待统计。', '武装工作经费（万元）\t150\t158\t待决算', '部分数据尚在统计中，待统计完成后补报。'].join('\n'));
    expect(findings.map((f) => f.message)).toEqual(['未填写的占位符：“待统计”', '未填写的占位符：“待决算”']);
  });

  it('puts each finding on the right line and paragraph, with the sentence as its text', async () => {
    const { findings } = await check(TEXT);
    const lines = TEXT.split('\n');
    expect(findings.map((f) => f.line)).toEqual([3, 3, 4, 5]);
    // Paragraphs are numbered among all non-empty blocks, title and headings included.
    expect(findings.map((f) => f.paragraph)).toEqual([3, 3, 4, 5]);
    for (const f of findings) expect(lines[f.line! - 1]).toContain(f.text);
    expect(findings[0].text).toBe('在XX县委的领导下，我坚持每月到人武部办公。');
  });

  it('spans from the first placeholder of the sentence to the end of the last', async () => {
    const { report, findings } = await check(TEXT);
    expect(report.text.slice(findings[0].start!, findings[0].end!)).toBe('XX');
    expect(report.text.slice(findings[1].start!, findings[1].end!)).toBe('x万元，慰问金达**');
    expect(report.text.slice(findings[3].start!, findings[3].end!)).toBe('20XX年以来，我在**市委和**');
  });

  it('finds a form’s cell that still holds its instruction (谈心谈话｜请填写次数及时间), quoted without the cell’s tab, but not a request in prose', async () => {
    const { findings } = await check(['述职表', '项目\t完成情况', '谈心谈话\t请填写次数及时间', '我请县人武部填写了民兵整组登记表。'].join('\n'));
    expect(findings.map((f) => f.message)).toEqual(['未填写的占位符：“请填写次数及时间”']);
  });

  it('does not take real figures, or an x inside a word, for placeholders', async () => {
    const { findings } = await check(['2022年党管武装工作述职报告', '一、主要工作', '全年征集新兵126名，占72.2%。组织开展Xbox游戏推广活动1次。'].join('\n'));
    expect(findings).toEqual([]);
  });

  it('does not take a military unit’s designation hidden on purpose (驻县××部队, 驻区某部) for a blank; a count left blank beside it is one', async () => {
    expect((await check('八一期间走访慰问驻县××部队和驻区某部。\n')).findings).toEqual([]);
    // (After the place's one-character short form too, holdout756/01.)
    expect((await check('针对驻昆**部队营区冬季供水管道冻裂问题，协调水务部门完成改造。\n')).findings).toEqual([]);
    // (Nor a border marker's number, holdout768/12.)
    expect((await check('二五八团民兵哨所常年驻守**号界碑一带，全年值守365天。\n')).findings).toEqual([]);
    // (Nor a unit named by its arm, with or without 驻: holdout888/01, 03, 902/01, 906/01.)
    for (const text of ['八一前夕我带队慰问驻县武警**中队和县人武部。', '冬季封江后，民兵护边分队与**边防连开展冰上联训。', '走访驻旗**部队和边防**连。', '慰问驻林区空军**雷达站。']) {
      expect((await check(`${text}\n`)).findings).toEqual([]);
    }
    expect((await check('走访慰问驻县××部队官兵××名。\n')).findings.map((f) => f.message)).toEqual(['未填写的占位符：“××”']);
  });

  it('finds blanks written in words or circles: 某某, （待补充）, 〇〇, but not 〇 in a year', async () => {
    const { findings } = await check(
      ['2022年党管武装工作述职报告', '一、主要工作', '召开议军会某某次。', '民兵整组（待补充）人。', '覆盖〇〇个乡镇。', '二〇〇八年以来，我县坚持党管武装。'].join('\n'),
    );
    expect(findings.map((f) => f.message)).toEqual(['未填写的占位符：“某某”', '未填写的占位符：“（待补充）”', '未填写的占位符：“〇〇”']);
  });

  it('finds the blanks of a form: ______万元, （  ）万元, 【单位名称】, N名 (not an ellipsis or a figure)', async () => {
    const { findings } = await check(
      ['2022年党管武装工作述职报告', '一、主要工作', '列支经费______万元。', '追加（  ）万元。', '【单位名称】民兵连组建完成。', '征集新兵N名。', '开展征兵、民兵整组等工作……全年征集新兵12名。'].join('\n'),
    );
    expect(findings.map((f) => f.message)).toEqual([
      '未填写的占位符：“______”',
      '未填写的占位符：“（  ）”',
      '未填写的占位符：“【单位名称】”',
      '未填写的占位符：“N”',
    ]);
  });

  it("finds a drafter's notes and question marks left in a draft, but not a writer's own note or （略）", async () => {
    const { findings } = await check(
      [
        '2025年党管武装工作述职报告',
        '一、主要工作',
        '全年到人武部现场办公？？次。',
        '列支经费（此处补充具体数据）万元。',
        '民兵整组【请武装部核实】，新建哨所【 】个。',
        '征集新兵（填写人数）名。',
        '一是对民兵训练过问不多（王部长：这段再压缩）。',
        '投入经费?万元。',
        '全年征集新兵12名（注：数据截至11月底）。',
        '国防教育（略）。',
        '民兵：（写明民兵整组、训练、遂行任务情况）',
        '国防教育：（结合本地实际填写）',
        '能否做到？我们做到了。',
      ].join('\n'),
    );
    expect(findings.map((f) => f.message)).toEqual([
      '未填写的占位符：“？？”',
      '未填写的占位符：“（此处补充具体数据）”',
      '未填写的占位符：“【请武装部核实】”、“【 】”',
      '未填写的占位符：“（填写人数）”',
      '未填写的占位符：“（王部长：这段再压缩）”',
      '未填写的占位符：“?”',
      '未填写的占位符：“（写明民兵整组、训练、遂行任务情况）”',
      '未填写的占位符：“（结合本地实际填写）”',
    ]);
  });

  it('does not take a form field’s label with its value after it for a blank: “【姓名】　周启明”', async () => {
    const { findings } = await check(['2025年党管武装工作述职报告', '【姓名】　周启明', '【单位名称】民兵连组建完成。'].join('\n'));
    expect(findings.map((f) => f.message)).toEqual(['未填写的占位符：“【单位名称】”']);
  });

  it('does not take a count’s gloss for a blank: “67户（单位）”, while “（单位）” alone is one', async () => {
    const { findings } = await check(['2025年党管武装工作述职报告', '走访慰问军烈属和驻地单位67户（单位）。', '（单位）民兵连组建完成。'].join('\n'));
    expect(findings.map((f) => f.message)).toEqual(['未填写的占位符：“（单位）”']);
  });

  it('leaves a reply slip’s fields to its receiver, but not the report’s own blanks (holdout547/06)', async () => {
    const { findings } = await check(
      ['2023年党管武装工作述职报告', '全年列支武装工作经费＿＿＿万元。', '回　　执', '梓塘镇党委书记2023年度党管武装工作述职报告已收到。', '签收单位（盖章）：＿＿＿＿＿＿　　签收人：＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日'].join('\n'),
    );
    expect(findings.map((f) => f.message)).toEqual(['未填写的占位符：“＿＿＿”']);
  });

  it('does not take how the report was written for a blank: “……述职（按提纲逐项填报）” (holdout741/11)', async () => {
    const { findings } = await check(['岩背乡党委书记2021年度党管武装工作述职（按县委办、县人武部述职提纲逐项填报）', '一、主要工作', '全年征集新兵（按实际填报）名。'].join('\n'));
    expect(findings.map((f) => f.message)).toEqual(['未填写的占位符：“（按实际填报）”']);
  });

  it('finds a placeholder left in the title (20XX年……述职报告)', async () => {
    const { findings } = await check(['20XX年党管武装工作述职报告', '一、主要工作', '全年征集新兵126名，占72.2%。'].join('\n'));
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toBe('标题中未填写的占位符：“20XX”');
    expect(findings[0].line).toBe(1);
  });

  it('reads Markdown bold as emphasis, not a redaction, but keeps the redactions between words', async () => {
    const { findings } = await check(
      [
        '2022年党管武装工作述职报告',
        '述职人：区委书记、区人武部党委第一书记 **吴海峰**',
        '一、主要工作',
        '全年征兵圆满完成，**大学生占比**创新高。',
        // (A long span in bold, a list inside it.)
        '我提出了“三个纳入”的工作思路，即**纳入区对街道的综合考核、纳入区级财政预算、纳入干部教育培训规划**。',
        '在**市委、市政府和**军分区的领导下，由**同志负责。',
      ].join('\n'),
    );
    expect(findings.map((f) => f.line)).toEqual([6]);
    expect(findings[0].message).toBe('未填写的占位符：“**”');
  });
  it('reads a pair inside a sentence as bold in a text that sets bold apart again and again, not in one that does not', async () => {
    const lines = ['2025年党管武装工作述职报告', '**一、履行“四个一”职责**', '- **全年到县人武部办公12次**，每月第一周周五固定为“武装工作日”；', '- 与**14个乡镇党委书记**就武装工作集体谈话1次。', '- **征兵**：全年输送新兵12名。', '- **民兵**：编建基干民兵800名。'];
    expect((await check(lines.join('\n'))).findings).toEqual([]);
    const redacted = await check(['2025年党管武装工作述职报告', '一、主要工作', '与**14个乡镇党委书记**就武装工作集体谈话1次。'].join('\n'));
    expect(redacted.findings.map((f) => f.line)).toEqual([3]);
  });
  it('reads a short term in bold inside a Markdown sentence as bold, not in a plain text (holdout800/04)', async () => {
    const text = ['2022年党管武装工作述职报告', '一、主要工作', '在幸福里社区建成**民兵之家**和应急物资储备库，民兵活动条件明显改善。'].join('\n');
    expect((await check(text, 'report.md')).findings).toEqual([]);
    expect((await check(text)).findings.map((f) => f.line)).toEqual([3]);
    // (Not the words between two redactions, in Markdown too.)
    expect((await check(['2022年党管武装工作述职报告', '一、主要工作', '在**市委、市政府和**军分区的领导下认真履职。'].join('\n'), 'report.md')).findings).toHaveLength(1);
  });

  it('finds what a writing assistant left around its draft and a template’s instruction', async () => {
    const { findings } = await check(
      ['以下是一篇党管武装工作述职报告，供参考：', '2025年党管武装工作述职报告', '一、主要工作', '我认真履行[乡镇名称]党委书记职责。（以下可根据实际情况增减）', '全年征集新兵12名。希望对您有所帮助！'].join('\n'),
    );
    expect(findings.map((f) => f.message)).toEqual(['未填写的占位符：“[乡镇名称]”', '未填写的占位符：“（以下可根据实际情况增减）”', '未填写的占位符：“希望对您有所帮助”']);
  });
});
