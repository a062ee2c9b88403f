import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText } from '../testing.ts';
import { unwrapLines } from './unwrap.ts';

const PARAGRAPHS = [
  '一、落实“四个一”制度情况',
  '我坚持每月到县人武部现场办公一次，全年共办公12次，现场解决人武部营区改造等问题6个。全年主持召开县委常委会专题研究武装工作4次。上、下半年各与人武部党委成员谈心谈话一次。年内带队到乡镇调研3次。',
  '二、经费保障情况',
  '县委把武装工作经费纳入县财政预算，今年列支武装工作经费410万元，追加民兵应急训练经费60万元，全部用于民兵训练、营区改造和征兵宣传，确保了各项任务顺利完成。',
  '三、征兵和民兵工作',
  '我主持召开征兵工作会议，部署征兵宣传动员，全年输送新兵86名，其中大学生62名。组织全县民兵整组，编组基干民兵1200名，组建应急分队8支，开展集中训练20天，参加抗洪抢险3次。',
  '四、存在的不足',
  '一是调研不够深入，解决人武部实际困难的力度还不够大；二是民兵训练保障存在短板，部分乡镇训练场地不达标，训练质量有待提高。',
];

/** Wraps each paragraph at `width` characters, as a PDF export or an e-mail client does. */
const wrap = (paragraphs: string[], width: number) =>
  paragraphs.flatMap((p) => [...p].reduce<string[]>((lines, ch, k) => (k % width === 0 ? [...lines, ch] : [...lines.slice(0, -1), lines[lines.length - 1] + ch]), [])).join('\n');

describe('unwrapLines', () => {
  it('joins the lines of a text wrapped at 30 characters back into its paragraphs, each with the line it starts on', () => {
    const result = unwrapLines(`县委书记2024年党管武装工作述职报告\n\n${wrap(PARAGRAPHS, 30)}\n`);
    expect(result).not.toBeNull();
    const lines = result!.text.split('\n');
    for (const p of PARAGRAPHS) expect(lines).toContain(p);
    // The second paragraph starts on line 4 of the file (title, blank line, heading).
    expect(result!.lines[lines.indexOf(PARAGRAPHS[1])]).toBe(4);
  });

  it('as a PDF gives it: lines of uneven length (digits are narrow), page numbers and the running header between them', () => {
    // Cut at 28 to 36 characters in turn, a page break after every ninth line.
    const cut = PARAGRAPHS.flatMap((p) => {
      const lines: string[] = [];
      for (let at = 0, k = 0; at < p.length; k++) lines.push(p.slice(at, (at += 28 + ((k * 5) % 9))));
      return lines;
    });
    const paged = cut.flatMap((l, k) => (k % 9 === 8 ? [l, `第 ${(k + 1) / 9} 页 共 3 页`, '县委书记2024年党管武装工作述职报告'] : [l]));
    const result = unwrapLines(['县委书记2024年党管武装工作述职报告', ...paged, '— 3 —'].join('\n'));
    expect(result).not.toBeNull();
    const lines = result!.text.split('\n');
    expect(lines).toEqual(['县委书记2024年党管武装工作述职报告', ...PARAGRAPHS]);
  });

  it('joins a sentence across a page break whatever its line’s length, and drops a running header laid out in fields, its first too (holdout703/02)', () => {
    const header = '中共青桐县委员会　　　　　　　　党管武装述职材料';
    // The second paragraph cut by the page where a page ends with its line short, "……全年共" ‖ "办公12次，……".
    const at = PARAGRAPHS[1].indexOf('全年共') + 3;
    const page = (n: number) => ['', `第 ${n} 页 共 2 页`, header, ''];
    const text = [header, '', '县委书记2024年党管武装工作述职报告', PARAGRAPHS[0], wrap([PARAGRAPHS[1].slice(0, at)], 30), ...page(1), wrap([PARAGRAPHS[1].slice(at), ...PARAGRAPHS.slice(2)], 30), '', '第 2 页 共 2 页'].join('\n');
    const lines = unwrapLines(text)?.text.split('\n');
    expect(lines?.filter((l) => l.trim())).toEqual(['县委书记2024年党管武装工作述职报告', ...PARAGRAPHS]);
  });

  it('takes out a scan’s stray spaces inside words, and keeps the title apart from the author’s line', () => {
    const text = ['      石埠镇党委书记2022年度党管武装工作述职报告', '石埠镇党委书记 许国栋', ...wrap(PARAGRAPHS, 30).split('\n').map((l) => l.replace('专题研究', '专题 研究'))].join('\n');
    const lines = unwrapLines(text)!.text.split('\n');
    expect(lines.slice(0, 2)).toEqual(['      石埠镇党委书记2022年度党管武装工作述职报告', '石埠镇党委书记许国栋']);
    expect(lines).toContain(PARAGRAPHS[1]);
  });

  it('reads a report of points (一是……二是……) as wrapped when its item lines run on past a sentence’s end', () => {
    const POINTS = [
      '一是征兵工作。上下半年共送兵203名，其中大学生161名，超额完成了县里下达的征兵任务，新兵质量明显提高。',
      '二是民兵建设。今年汛期，全县组织民兵参加抗洪抢险3次，出动民兵1400余人次，转移群众3200余人，受到市委表扬。',
      '三是经费保障。县财政安排武装工作经费210万元，市财政补助人武部营区维修资金120万元，为武装工作提供了有力保障。',
      '四是拥军优属。春节、八一期间走访慰问驻县部队和军属家庭320户，发放慰问金48万元，落实义务兵家庭优待金。',
    ];
    // (Two years' points, distinct: a line repeated word for word is read as a running header.)
    const both = [...POINTS, ...POINTS.map((p) => p.replace('是', '是今年').replace(/[0-9]+/g, (n) => String(Number(n) + 1)))];
    const lines = unwrapLines(['县委书记2024年党管武装工作述职报告', ...wrap(both, 34).split('\n')].join('\n'))?.text.split('\n');
    expect(lines).toEqual(['县委书记2024年党管武装工作述职报告', ...both]);
  });

  it('a scan with page numbers: its table read a cell a line and its short headings do not hide the wrapped prose', () => {
    const table = ['项目', '次数', '时间', '到武装部办公', '12', '每月第一个周一', '党委议军', '4', '3月 6月 9月 12月', '谈心谈话', '2', '6月 12月', '调研', '1', '9月'];
    const body = wrap(PARAGRAPHS.filter((p) => !/^[一二三四]、/.test(p)), 30).split('\n');
    const page = (lines: string[], n: number) => [...lines, `第 ${n} 页 共 2 页`];
    const text = ['县委书记2024年党管武装工作述职报告', '一、落实“四个一”情况', ...table, ...page(body.slice(0, 8), 1), '二、主要工作', ...page(body.slice(8), 2)].join('\n');
    const lines = unwrapLines(text)?.text.split('\n');
    expect(lines).toContain(PARAGRAPHS[1]);
    expect(lines).toContain('每月第一个周一');
    // The same text without its page numbers is read as it is: a form's field lines stop without a mark too.
    expect(unwrapLines(text.replace(/\n第 \d 页 共 2 页/g, ''))).toBeNull();
  });

  it('leaves alone text that is not wrapped: the corpus reports and the seed', () => {
    for (const file of ['../../../../corpus/reports/01-county-2023-typed-headings.txt', '../../../../test/fixtures/seed/000_89e244e137c03851.txt']) {
      expect(unwrapLines(readFileSync(new URL(file, import.meta.url), 'utf8')), file).toBeNull();
    }
  });

  it('a wrapped report keeps sentences whole, so a criterion cut across two lines is found, at the paragraph’s first line', async () => {
    const report = await parseText(`县委书记2024年党管武装工作述职报告\n\n${wrap(PARAGRAPHS, 30)}\n`);
    const sentences = report.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences.map((x) => ({ text: x.text, line: p.line }))));
    expect(sentences).toContainEqual({ text: '全年主持召开县委常委会专题研究武装工作4次。', line: 4 });
    for (const s of sentences) expect(report.text.slice(report.text.indexOf(s.text), report.text.indexOf(s.text) + s.text.length)).toBe(s.text);
  });

  it('reads a compilation’s page or two as wrapped by its page marks, however few its lines', () => {
    const pages = [
      '北闸街道党工委书记2023年度党管武装工作述职报告',
      '　　一、认真落实“四个一”。我坚持每月到武装部办公一次、每季度研',
      '究一次武装工作、每半年谈一次心、每年调研一次，做到了武装工作常抓',
      '常议。',
      '　　二、经费保障。街道安排武装工作经费12万元，保障了民兵训练和征',
      '兵工作。',
      '— 1 —',
      '　　三、征兵工作。全街道送兵7名，其中大学生5名，完成区下达任务。',
      '— 2 —',
    ];
    const lines = unwrapLines(pages.join('\n'))?.text.split('\n');
    expect(lines).toContain('　　二、经费保障。街道安排武装工作经费12万元，保障了民兵训练和征兵工作。');
    expect(lines).not.toContain('— 1 —');
    // (Without its page marks, so few lines cut are no sign of a machine's wrapping.)
    expect(unwrapLines(pages.filter((l) => !l.startsWith('—')).join('\n'))).toBeNull();
  });

  it('reads Markdown wrapped the same way as its paragraphs, its own headings standing alone', async () => {
    const markdown = PARAGRAPHS.map((p, k) => (k % 2 === 0 ? `## ${p}` : wrap([p], 30))).join('\n');
    const report = await parseText(`# 县委书记2024年党管武装工作述职报告\n\n${markdown}\n`, 'report.md');
    const sentences = report.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences.map((x) => x.text)));
    expect(sentences).toContain('全年主持召开县委常委会专题研究武装工作4次。');
    expect(report.sections.map((s) => s.heading)).toContain('经费保障情况');
    // (The paragraph under it starts on the line after the heading's, in the file.)
    const heading = report.sections.find((s) => s.heading === '经费保障情况')!;
    expect(heading.paragraphs[0].line).toBe(heading.headingLine! + 1);
  });
});
