import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CriterionScore, Evidence, Rubric, ScoreCard } from '@shuzhi/types';
import { parseReport } from '../../parser/src/index.ts';
import { parseText } from '../../parser/src/testing.ts';
import { explainReport, scoreReport, SET_ASIDE_REASONS } from './engine.ts';
import { loadRubric, parseRubric } from './load.ts';
import { tinyRubric } from './testing.ts';

// The seed report (/work/shared/seeds/000_89e244e137c03851.txt), kept in the repository's test fixtures.
const SEED_PATH = fileURLToPath(new URL('../../../test/fixtures/seed/000_89e244e137c03851.txt', import.meta.url));

let rubric: Rubric;
beforeAll(() => {
  const r = loadRubric();
  if (!r.ok) throw new Error(r.error.map((e) => e.message).join('\n'));
  rubric = r.value;
});

const byId = (card: ScoreCard) => Object.fromEntries(card.criteria.map((c) => [c.id, c])) as Record<string, CriterionScore>;

/** Evidence must point at its own sentence: the line holds it, the offsets slice it, the highlights lie inside it. */
function expectWellPlaced(e: Evidence, text: string): void {
  const lines = text.split(/\r?\n/);
  expect(e.line).not.toBeNull();
  expect(lines[e.line! - 1]).toContain(e.text);
  expect(text.slice(e.start, e.end)).toBe(e.text);
  expect(e.highlights.length).toBeGreaterThan(0);
  for (const h of e.highlights) {
    expect(h.start).toBeGreaterThanOrEqual(e.start);
    expect(h.end).toBeLessThanOrEqual(e.end);
    expect(h.end).toBeGreaterThan(h.start);
  }
}

describe('scoreReport on the seed report', () => {
  let text: string;
  let card: ScoreCard;
  let c: Record<string, CriterionScore>;
  beforeAll(async () => {
    text = readFileSync(SEED_PATH, 'utf8');
    card = scoreReport(await parseText(text, '000_89e244e137c03851.txt'), rubric);
    c = byId(card);
  });

  it('meets the five required elements, each at full points and without a suggestion', () => {
    for (const id of ['four-ones', 'incentive-mechanism', 'support-funding', 'shortcomings', 'plans']) {
      expect([id, c[id].status, c[id].score, c[id].suggestion]).toEqual([id, 'met', c[id].max, null]);
      expect(c[id].evidence.length).toBeGreaterThan(0);
      for (const e of c[id].evidence) expectWellPlaced(e, text);
    }
  });

  it('four-ones: all four parts, from the 四个一 sentence on line 5', () => {
    expect(c['four-ones'].parts!.every((p) => p.found)).toBe(true);
    const [e] = c['four-ones'].evidence;
    expect(e.line).toBe(5);
    expect(e.text).toContain('每个月至少到人武部办公一次、每季度召开一次人武部党委会');
    expect(e.section).toBe('一、牢记使命，认真履行第一责任人职责');
    expect(e.highlights.map((h) => text.slice(h.start, h.end))).toContain('每个月');
  });

  it('incentive-mechanism: 纳入地方建设综合考评 on line 7', () => {
    const e = c['incentive-mechanism'].evidence.find((x) => x.text.includes('纳入地方建设综合考评'));
    expect(e?.line).toBe(7);
    expect(e?.signal).toBe('党管武装纳入考核/目标责任制');
    expect(e!.highlights.map((h) => text.slice(h.start, h.end))).toContain('纳入');
  });

  it('support-funding: the 保障模式 of 武装工作保障经费 on line 7, not the 慰问金 sentence', () => {
    const f = c['support-funding'];
    expect(f.evidence.map((e) => e.line)).toEqual([7]);
    expect(f.evidence[0].text).toMatch(/^对武装工作保障经费实行优先保障原则/);
    expect(f.evidence.some((e) => e.text.includes('慰问金'))).toBe(false);
    expect(f.evidence[0].highlights.map((h) => text.slice(h.start, h.end))).toEqual(expect.arrayContaining(['经费', '保障模式']));
  });

  it('shortcomings: the closing paragraph on line 10', () => {
    const e = c.shortcomings.evidence[0];
    expect(e.line).toBe(10);
    expect(e.section).toBe('结尾');
    expect(e.text).toContain('探索创新不够');
    expect(e.highlights.map((h) => text.slice(h.start, h.end))).toContain('不够');
  });

  // The closing 今后 paragraph (line 11) is the 范文's vow ("进一步加大国防后备力量建设力度"): a plan with no measure of its own.
  // What makes the plans met is the measure in the body, "下个月，我们将召开常委议军会" (line 7).
  it('plans: met by the 议军会 called for next month on line 7, not by the closing vow on line 11', () => {
    expect(c.plans.evidence.map((x) => x.line)).toEqual([7]);
    const [e] = c.plans.evidence;
    expect(e.text).toMatch(/^下个月，我们将召开常委议军会/);
    expect(e.highlights.map((h) => text.slice(h.start, h.end))).toContain('议军');
  });

  it('every criterion gives at most three evidence sentences, in reading order', () => {
    for (const k of card.criteria) {
      expect(k.evidence.length).toBeLessThanOrEqual(3);
      const starts = k.evidence.map((e) => e.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it('adds up: max 100, score = criteria − deductions, placeholder deductions capped at 5', () => {
    expect(card.max).toBe(100);
    expect(card.rubric).toEqual({ id: 'party-armed-forces', name: rubric.name, version: rubric.version, digest: rubric.digest });
    expect(card.title).toBe('人武部党委第一书记2022年党管武装工作述职报告');
    const raw = card.criteria.reduce((n, k) => n + k.score, 0);
    expect(card.deductions).toBe(card.findings.reduce((n, f) => n + f.deduction, 0));
    expect(card.score).toBeCloseTo(Math.max(0, raw - card.deductions), 5);
    const placeholders = card.findings.filter((f) => f.rule === 'placeholder');
    expect(placeholders.length).toBeGreaterThan(5);
    expect(placeholders.reduce((n, f) => n + f.deduction, 0)).toBe(5);
    const band = rubric.grades.find((g) => card.score >= (g.min * card.max) / 100)!;
    expect(card.grade).toBe(band.name);
  });
});

const TITLE = '2022年党管武装工作述职报告';
async function scoreBody(...lines: string[]): Promise<Record<string, CriterionScore>> {
  return byId(scoreReport(await parseText([TITLE, '一、履职情况', ...lines].join('\n')), rubric));
}

describe('partial credit', () => {
  it('two of the four frequencies: partial, 7.5 of 15, the suggestion names the two missing parts', async () => {
    const c = (await scoreBody('我坚持每月到人武部办公一次、每季度召开一次人武部党委会。'))['four-ones'];
    expect(c.status).toBe('partial');
    expect(c.score).toBe(7.5);
    expect(c.max).toBe(15);
    expect(c.parts!.map((p) => p.found)).toEqual([true, true, false, false]);
    expect(c.suggestion).toBe(
      '“四个一”只写了一部分，请补全每一项的频次和本人实际做了什么（次数、时间、解决的问题）。（尚缺：每半年与人武部党委成员谈心谈话（或参加军事日活动）；每年带头调研、解决一批实际问题（或讲国防教育课））',
    );
    expect(c.evidence).toHaveLength(1);
  });

  it('one of four: partial, 15/4 to two decimals (3.75, not 3.8)', async () => {
    const c = (await scoreBody('我坚持每月到人武部现场办公一次。'))['four-ones'];
    expect(c.status).toBe('partial');
    expect(c.score).toBe(3.75);
    expect(c.suggestion).toContain('（尚缺：每季度召开党委会/议军会研究武装工作；每半年与人武部党委成员谈心谈话（或参加军事日活动）；每年带头调研、解决一批实际问题（或讲国防教育课））');
  });

  it('the routine only named, none of its parts shown: partial, and the suggestion asks for all of it, not for "the rest"', async () => {
    const c = (await scoreBody('我始终把落实“四个一”制度作为履职的重要抓手。'))['four-ones'];
    expect(c.status).toBe('partial');
    expect(c.parts!.every((p) => !p.found)).toBe(true);
    expect(c.suggestion).toBe(rubric.criteria.find((k) => k.id === 'four-ones')!.suggestion);
  });

  it('three of four is met (partsForMet: 3) and earns all 15 points', async () => {
    const c = (await scoreBody('我全年到人武部办公12次，主持召开人武部党委会4次，6月、12月与人武部党委成员各谈一次话。'))['four-ones'];
    expect(c.status).toBe('met');
    expect(c.score).toBe(15);
    expect(c.suggestion).toBeNull();
    expect(c.parts!.map((p) => p.found)).toEqual([true, true, true, false]);
  });

  it('“每半年与人武部党委成员谈一次心” counts as the half-year talk', async () => {
    const c = (await scoreBody('我坚持每月到人武部办公一次、每季度召开一次人武部党委会、每半年与人武部党委成员谈一次心。'))['four-ones'];
    expect(c.parts!.find((p) => p.id === 'half-year-talk')!.found).toBe(true);
  });

  it('a partial signal without parts earns partialCredit (half of 10) and the partial suggestion', async () => {
    const c = (await scoreBody('我高度重视武装工作经费保障，在资金上给予大力支持。'))['support-funding'];
    expect(c.status).toBe('partial');
    expect(c.score).toBe(5);
    expect(c.suggestion).toBe('经费保障只是原则表述，请补充纳入预算的做法和具体金额。');
    expect(c.evidence.map((e) => e.signal)).toEqual(['提到经费保障（无具体安排）']);
  });

  it('missing: no points, no evidence, the full suggestion', async () => {
    const c = (await scoreBody('我认真履行第一书记职责。'))['support-funding'];
    expect(c).toMatchObject({ status: 'missing', score: 0, evidence: [] });
    expect(c.suggestion).toBe(rubric.criteria.find((k) => k.id === 'support-funding')!.suggestion);
  });

  it('reads a heading in Traditional characters as its Simplified twin: faults under 存在問題和下步打算 are no plans', async () => {
    const c = byId(scoreReport(await parseText(['縣委書記2025年黨管武裝工作述職報告', '一、履職情況', '我認真履行第一書記職責。', '二、存在問題和下步打算', '一是民兵分隊人員多為兼職，全年只集中訓練了5天。'].join('\n')), rubric));
    expect(c['shortcomings'].status).toBe('met');
    expect(c['plans'].status).toBe('missing');
  });

  it('reads a heading in plain words as the faults’ (四、做得不够的, 二、没有做到的), not one that names the good and the bad alike', async () => {
    const under = async (heading: string) => byId(scoreReport(await parseText(['艾力库勒镇党委书记2024年抓武装工作情况', '一、镇武装部我常去', '一年去了13次。', heading, '冲锋舟只有1个人会开。'].join('\n')), rubric));
    expect((await under('四、做得不够的'))['shortcomings'].status).toBe('partial');
    expect((await under('二、没有做到的'))['shortcomings'].status).toBe('partial');
    expect((await under('四、抓得好的和抓得不好的，有没有说法？'))['shortcomings'].status).toBe('missing');
  });

  it('evidence from a plans heading has no empty highlights', async () => {
    // A plan with no measure in it ("加强学习") is only partial; its evidence still has real highlights.
    const c = (await scoreBody('我认真履行第一书记职责。', '二、下步打算', '一是加强学习。'))['plans'];
    expect(c.status).toBe('partial');
    expect(c.evidence.length).toBe(1);
    for (const e of c.evidence) for (const h of e.highlights) expect(h.end).toBeGreaterThan(h.start);
  });
});

/** A two-part routine (每月办公, 每季度议军), with the criterion's extra keys (recital, claimedOnly, shortPartsForPartial). */
function routine(extra: string): Rubric {
  const r = parseRubric(
    `id: routine
name: 例行制度
version: "1.0"
grades:
  - { name: 合格, min: 60 }
  - { name: 不合格, min: 0 }
criteria:
  - id: routine
    name: 例行
    points: 10
    partsForMet: 2
${extra}    parts:
      - id: office
        name: 每月办公
        match: { regex: '每月[^，。；、]{0,8}办公|办公[0-9]+次' }
        short:
          - { name: 办公不足, match: { regex: '办公[2-9]次' } }
      - id: meeting
        name: 每季度议军
        match: { regex: '每季度[^，。；、]{0,8}议军|议军[4-9]次' }
    suggestion: 写例行制度
    partialSuggestion: 只写了一部分
`,
    'routine.yaml',
  );
  if (!r.ok) throw new Error(r.error.map((e) => e.message).join('\n'));
  return r.value;
}
const scoreRoutine = async (rubric: Rubric, ...lines: string[]) => scoreReport(await parseText(['2025年述职报告', ...lines].join('\n')), rubric).criteria[0];

describe('a recital of the routine (recital)', () => {
  const SHORT = '    shortPartsForPartial: 2\n';
  const RECITAL = `${SHORT}    recital: { regex: '每月[^。]*每季度' }\n`;

  it('proves none of its parts once another sentence counts one of them short', async () => {
    const c = await scoreRoutine(routine(RECITAL), '我坚持每月到人武部办公一次、每季度召开一次议军会。', '全年到人武部办公3次。');
    expect(c.status).not.toBe('met');
    expect(c.parts!.find((p) => p.id === 'meeting')!.found).toBe(false);
  });

  it('stands when no part is counted short, or when the criterion names no recital', async () => {
    expect((await scoreRoutine(routine(RECITAL), '我坚持每月到人武部办公一次、每季度召开一次议军会。', '全年到人武部办公12次。')).status).toBe('met');
    expect((await scoreRoutine(routine(SHORT), '我坚持每月到人武部办公一次、每季度召开一次议军会。', '全年到人武部办公3次。')).status).toBe('met');
  });
});

describe('the routine only claimed (claimedOnly)', () => {
  const CLAIMED = "    claimedOnly: { regex: '^(?![^。]*[0-9]次)[^。]*每月[^。]*每季度[^。]*' }\n";

  it('is partial when every part found is in a claim of its frequencies', async () => {
    const c = await scoreRoutine(routine(CLAIMED), '我坚持每月到人武部办公一次、每季度召开一次议军会，全年严格落实。');
    expect(c.status).toBe('partial');
    // The parts it names are still shown as found, each earning half its share, as a part counted short does.
    expect(c.parts!.every((p) => p.found)).toBe(true);
    expect(c.score).toBe(5);
    expect(c.suggestion).toContain('只写了制度规定的频次');
    // (The full suggestion, not the partial one's "only some of it".)
    expect(c.suggestion!.startsWith('写例行制度')).toBe(true);
  });

  it('is met once a part is shown elsewhere, or when the criterion names no claim', async () => {
    expect((await scoreRoutine(routine(CLAIMED), '我坚持每月到人武部办公一次、每季度召开一次议军会。', '全年议军4次。')).status).toBe('met');
    expect((await scoreRoutine(routine(''), '我坚持每月到人武部办公一次、每季度召开一次议军会，全年严格落实。')).status).toBe('met');
  });
});

describe('grades and the total', () => {
  function twoCriteria(quality = ''): Rubric {
    const r = parseRubric(
      `id: two
name: 两项标准
version: "2.0"
grades:
  - { name: 优秀, min: 90 }
  - { name: 合格, min: 50 }
  - { name: 不合格, min: 0 }
criteria:
  - id: funding
    name: 经费
    points: 10
    signals:
      - { name: 有金额, match: { all: [{ regex: '经费|列支' }, { quantity: money }] } }
    suggestion: 写经费
  - id: conscription
    name: 征兵
    points: 10
    signals:
      - { name: 征兵完成, match: { all: [{ regex: '征兵' }, { regex: '完成' }] } }
    suggestion: 写征兵
${quality}`,
      'two.yaml',
    );
    if (!r.ok) throw new Error(r.error.map((e) => e.message).join('\n'));
    return r.value;
  }
  const FUNDING = '县财政列支410万元用于民兵训练。';
  const CONSCRIPTION = '我们完成了全年征兵任务。';

  it('a band with a condition on the required criteria: 90 points without the 下步打算 is no 优秀 and no 良好', async () => {
    const body = ['我坚持每月到县人武部现场办公一次，全年共12次；每季度主持召开一次县委常委会专题研究武装工作，全年4次；每半年与人武部党委成员谈心一次；7月带队到乡镇调研民兵建设2次。'];
    const card = scoreReport(await parseText([TITLE, '一、履职情况', ...body].join('\n')), rubric);
    const planless = { ...rubric, grades: rubric.grades.map((g) => ({ ...g, min: g.min ? 10 : 0 })) };
    const graded = scoreReport(await parseText([TITLE, '一、履职情况', ...body].join('\n')), planless);
    expect(card.criteria.find((c) => c.id === 'plans')!.status).toBe('missing');
    // Every band's minimum lowered to 10 %: the score reaches all of them, the missing plans keep it out of 优秀 and 良好.
    expect(graded.score).toBeGreaterThanOrEqual(10);
    expect(graded.grade).toBe('合格');
  });

  it('bands by share of the maximum: 20/20 优秀, 10/20 exactly 合格, 0/20 不合格', async () => {
    const two = twoCriteria();
    const grade = async (...lines: string[]) => {
      const card = scoreReport(await parseText([TITLE, '一、履职情况', '我认真履职。', ...lines].join('\n')), two);
      return [card.score, card.max, card.grade];
    };
    expect(await grade(FUNDING, CONSCRIPTION)).toEqual([20, 20, '优秀']);
    expect(await grade(FUNDING)).toEqual([10, 20, '合格']);
    expect(await grade(CONSCRIPTION)).toEqual([10, 20, '合格']);
    expect(await grade()).toEqual([0, 20, '不合格']);
  });

  it('the total never goes below 0, whatever the deductions', async () => {
    const two = twoCriteria(`quality:\n  tooShort: { deduct: 50, minChars: 800 }\n`);
    const card = scoreReport(await parseText([TITLE, '一、履职情况', FUNDING].join('\n')), two);
    expect(card.criteria.map((k) => k.score)).toEqual([10, 0]);
    expect(card.deductions).toBe(50);
    expect(card.score).toBe(0);
    expect(card.grade).toBe('不合格');
  });

  it('keepHits lists every firing with its criterion; without it there are no hits', async () => {
    const two = twoCriteria();
    const report = await parseText([TITLE, '一、履职情况', FUNDING, CONSCRIPTION].join('\n'));
    const withHits = scoreReport(report, two, { keepHits: true });
    expect(withHits.hits!.map((h) => [h.criterion, h.signal, h.unit.original])).toEqual([
      ['funding', '有金额', FUNDING],
      ['conscription', '征兵完成', CONSCRIPTION],
    ]);
    expect('hits' in scoreReport(report, two)).toBe(false);
  });
});

describe('ignore', () => {
  const rubric = (): Rubric => {
    const r = parseRubric(
      tinyRubric(`  - id: funding
    name: 经费
    points: 10
    suggestion: 写经费
    signals:
      - name: 有经费
        match: { terms: [经费] }
        ignore: [{ terms: [经费紧张] }]
`),
      'tiny.yaml',
    );
    if (!r.ok) throw new Error(r.error.map((e) => e.message).join('\n'));
    return r.value;
  };

  it('blanks exactly the ignored phrase, also after characters outside the BMP (two UTF-16 units each)', async () => {
    // 𠀀 and 𠀁 are one character but two code units each: blanking by characters would shift the range by two.
    const ignoredOnly = scoreReport(await parseText('𠀀𠀁村反映经费紧张。\n'), rubric());
    expect(ignoredOnly.criteria[0].status).toBe('missing');
    const both = scoreReport(await parseText('𠀀𠀁村反映经费紧张，安排经费20万元。\n'), rubric());
    expect(both.criteria[0].status).toBe('met');
    expect(both.criteria[0].evidence[0].highlights).toHaveLength(1);
    const text = '𠀀𠀁村反映经费紧张，安排经费20万元。';
    expect(text.slice(both.criteria[0].evidence[0].highlights[0].start, both.criteria[0].evidence[0].highlights[0].end)).toBe('经费');
    expect(both.criteria[0].evidence[0].highlights[0].start).toBe(text.lastIndexOf('经费'));
  });
});

  it('blanks the paragraph a wider window reads as it blanks each of its sentences', async () => {
    const r = parseRubric(
      tinyRubric(`  - id: incentive
    name: 考核
    points: 10
    suggestion: 写考核
    signals:
      - name: 扣分且同段写明考核
        match:
          all:
            - { terms: [扣分] }
            - { terms: [考核] }
          within: paragraph
        ignore: [{ regex: '训练考核' }]
`),
      'tiny.yaml',
    );
    if (!r.ok) throw new Error(r.error.map((e) => e.message).join('\n'));
    // The assessment named in the paragraph is the militia's training test, which the criterion ignores.
    const training = scoreReport(await parseText('民兵训练考核全部合格。完不成任务的乡镇一律扣分。\n'), r.value);
    expect(training.criteria[0].status).toBe('missing');
    const officials = scoreReport(await parseText('乡镇综合考核中单列武装工作。完不成任务的乡镇一律扣分。\n'), r.value);
    expect(officials.criteria[0].status).toBe('met');
  });

describe('evidence from a Word table', () => {
  it('quotes the row with its cells apart (｜, not tabs), one character for each tab so the offsets hold', async () => {
    const { parseReport } = await import('@shuzhi/parser');
    const file = fileURLToPath(new URL('../../../corpus/reports/19-city-2024-table-evidence.docx', import.meta.url));
    const parsed = await parseReport(file);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const rows = scoreReport(parsed.value, rubric).criteria.flatMap((c) => c.evidence).filter((e) => e.section.endsWith('› 表格'));
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.map((e) => e.text)).toContain('到人武部办公｜每月至少1次｜12次');
    for (const e of rows) {
      expect(e.text).not.toContain('\t');
      expect(parsed.value.text.slice(e.start, e.end).replaceAll('\t', '｜')).toBe(e.text);
    }
  });
});

describe('a budget table’s rows', () => {
  const report = (...table: string[]) =>
    ['县委书记2024年党管武装工作述职报告', '一、履行第一责任人职责', '全年到人武部办公12次，召开议军会4次。', '二、经费保障', '县财政安排武装工作经费如下：', ...table, '三、存在的不足', '对民兵训练过问不够。'].join('\n');
  const statuses = async (text: string) => {
    const c = byId(scoreReport(await parseText(text), rubric));
    return Object.fromEntries(['support-funding', 'conscription', 'militia-building', 'defense-education'].map((id) => [id, c[id].status]));
  };

  it('are the funding’s evidence, not work on what they pay for: under “金额（万元）”, in Markdown or with tabs', async () => {
    for (const rows of [
      ['| 项目 | 金额（万元） |', '| --- | --- |', '| 征兵工作 | 38 |', '| 民兵训练 | 60 |', '| 国防教育 | 12 |'],
      ['序号\t项目\t金额（万元）', '1\t征兵工作\t38', '2\t民兵训练\t60', '3\t国防教育\t12'],
      ['项目\t2023年\t2024年', '征兵工作\t30万元\t38万元', '民兵训练\t55万元\t60万元', '国防教育\t10万元\t12万元'],
    ]) {
      expect(await statuses(report(...rows))).toEqual({ 'support-funding': 'met', conscription: 'missing', 'militia-building': 'missing', 'defense-education': 'missing' });
    }
  });

  it('a row that also says what was done is read, and a table of counts is no budget', async () => {
    const done = await statuses(report('项目\t完成情况\t经费（万元）', '征兵工作\t完成征集新兵57名\t38'));
    expect(done.conscription).toBe('met');
    const counts = await statuses(report('项目\t完成数', '征集新兵\t57名', '民兵整组编建基干民兵\t900人'));
    expect([counts.conscription, counts['militia-building']]).toEqual(['met', 'met']);
  });
});

describe('a table’s column of who led each row', () => {
  const statuses = async (...lines: string[]) => {
    const c = byId(scoreReport(await parseText(lines.join('\n')), rubric));
    return Object.fromEntries(['conscription', 'defense-education'].map((id) => [id, c[id].status]));
  };

  it('a unit other than the reporter’s under 牵头单位 did the row’s work', async () => {
    const text = ['双河镇党委书记2025年度党管武装工作述职报告', '一、主要工作', '事项\t牵头单位\t完成情况'];
    expect((await statuses(...text, '国防教育进校园\t县教育局\t5月在镇中学开展6场'))['defense-education']).toBe('missing');
    expect((await statuses(...text, '国防教育进校园\t镇党委\t5月在镇中学开展6场'))['defense-education']).toBe('met');
  });

  it('a name that is not the named reporter’s under 主持或负责 did it (a report drafted for a secretary on sick leave)', async () => {
    const text = ['龙樟镇党委书记2024年党管武装工作述职报告', '镇党委书记钟伟明同志今年5月至9月因病休养，受他委托，由我代为报告。', '一、全年工作一览', '时间\t工作事项\t主持或负责'];
    expect(await statuses(...text, '5—8月\t征兵宣传、体检28人，批准入伍11人\t曾庆辉', '9月\t国防教育进校园、圩日宣传共6场\t邓志勇')).toEqual({ conscription: 'missing', 'defense-education': 'missing' });
    expect(await statuses(...text, '5—8月\t征兵宣传、体检28人，批准入伍11人\t钟伟明', '9月\t国防教育进校园、圩日宣传共6场\t钟伟明')).toEqual({ conscription: 'met', 'defense-education': 'met' });
  });
});

describe('a table of the faults beside the plans', () => {
  it('reads its 下步措施 column as the plans and the rest of the row as the faults', async () => {
    const text = [
      '市委书记2022年党管武装工作述职报告',
      '一、履职情况',
      '全年到人武部办公12次，召开议军会4次。',
      '二、存在问题及下步打算',
      '存在问题\t原因\t下步措施',
      '适龄青年外出务工多，兵源不足\t本地就业岗位少\t2023年在外出务工青年中开展网上征兵宣传',
      '民兵训练基地配套不完善\t建设资金有限\t2023年6月前完成训练基地宿舍楼建设',
    ].join('\n');
    const c = byId(scoreReport(await parseText(text), rubric));
    // (The plan cell's 征兵宣传 is no conscription done.)
    expect([c.plans.status, c.conscription.status]).toEqual(['met', 'missing']);
  });

  it('reads 整改措施 as the plans where the table has no column of what was done, and still reads the faults before them', async () => {
    const text = [
      '街道党工委书记2024年党管武装工作述职报告',
      '一、履职情况',
      '全年到街道武装部办公12次，召开党工委会研究武装工作4次。',
      '二、存在问题及整改措施',
      '问题\t原因\t整改措施\t时限',
      '物业民兵排训练出勤率只有六成左右\t本人督促不够，未与物业公司签订民兵工作责任书\t与2家物业公司签订民兵工作责任书，民兵出勤情况纳入物业服务企业年度考评\t2025年3月',
    ].join('\n');
    const c = byId(scoreReport(await parseText(text), rubric));
    expect([c.plans.status, c.shortcomings.status, c['incentive-mechanism'].status]).toEqual(['met', 'met', 'missing']);
  });
});

describe('a 四个一 table with a 完成情况 column', () => {
  const report = (...rows: string[]) =>
    ['区委书记2023年党管武装工作述职报告', '一、落实“四个一”制度', '项目\t要求\t完成情况\t备注', ...rows, '二、存在的不足', '对民兵训练过问不够。'].join('\n');
  const parts = async (text: string) => {
    const c = byId(scoreReport(await parseText(text), rubric));
    return { found: c['four-ones'].parts!.filter((p) => p.found).map((p) => p.id), c };
  };
  const OFFICE = '到人武部办公\t每月1次\t11次。2月因疫情防控未去\t—';
  const MEETINGS = '常委会议军\t每季度1次\t4次\t研究议题9个';

  it('reads the verdict in the 完成情况 cell of a Word row, not in the others: 计划 in 要求 and 未 in 备注 are none', async () => {
    const { found } = await parts(report('到人武部办公\t计划每月1次\t12次\t8月因防汛未去，9月补办', MEETINGS, '谈心谈话\t每半年1次\t2次\t共16人次', '开展专题调研\t每年1次\t0次\t—'));
    expect(found).toContain('monthly-office');
    expect(found).toContain('quarterly-meeting');
    expect(found).not.toContain('annual-research');
  });

  it('a later sentence of the cell is its own verdict: “国防教育课未讲” is not quoted as education given', async () => {
    const { c } = await parts(report(OFFICE, MEETINGS, '调研、讲国防教育课\t每年各1次\t到企业民兵连调研3次；国防教育课未讲\t—'));
    expect(c['defense-education'].evidence.map((e) => e.text).join()).not.toContain('未讲');
  });
});

describe('a closing table comparing years (指标｜2023年｜2024年)', () => {
  const report = (...rows: string[]) =>
    ['市委书记2024年党管武装工作述职报告', '一、履职情况', '我始终把党管武装作为分内之责。', '附：主要工作数据表', '指标\t2023年\t2024年', ...rows].join('\n');
  const card = async (text: string) => byId(scoreReport(await parseText(text), rubric));

  it('reads the year reported by its column, the unit in the row’s label: the routine, the funding and the recruits', async () => {
    const c = await card(
      report('到市人武部办公（次）\t9\t11', '主持市委常委会议军（次）\t3\t4', '与人武部党委成员谈心谈话（人次）\t8\t6', '专题调研（次）\t1\t2', '武装工作经费（市本级，万元）\t398\t452', '征集新兵（名）\t126\t131'),
    );
    expect(c['four-ones'].parts!.filter((p) => p.found).map((p) => p.id)).toEqual(['monthly-office', 'quarterly-meeting', 'half-year-talk', 'annual-research']);
    expect([c['four-ones'].status, c['support-funding'].status, c.conscription.status]).toEqual(['met', 'met', 'met']);
  });

  it('does not count a year before the one reported: a count only under 2023 (the 2024 cell “—”) shows nothing', async () => {
    const c = await card(report('到市人武部办公（次）\t9\t—', '主持市委常委会议军（次）\t3\t—', '与人武部党委成员谈心谈话（人次）\t8\t—', '武装工作经费（市本级，万元）\t398\t—'));
    expect(c['four-ones'].parts!.filter((p) => p.found)).toEqual([]);
    expect(c['support-funding'].evidence.map((e) => e.text).join()).not.toContain('398');
  });
});

describe('the 四个一 kept in name but not in number', () => {
  const report = (...lines: string[]) => ['县委书记2023年党管武装工作述职报告', '一、履行第一责任人职责', ...lines].join('\n');
  const fourOnes = async (text: string) => byId(scoreReport(await parseText(text), rubric))['four-ones'];
  const SLOGAN = '我坚持“四个一”制度，即每月到人武部办公一次、每季度召开一次常委会专题研究武装工作、每半年与人武部党委成员谈一次心、每年带头开展一次调研。';

  it('three parts short by the report’s own counts (办公7次, 议军2次, 谈心1次) make it partial, each short part shown with its count; two are still met', async () => {
    const c = await fourOnes(report(`${SLOGAN}全年到人武部办公7次，主持召开县委常委会专题议军2次，6月与人武部党委成员谈心1次，8月带队到乡镇调研民兵建设。`));
    expect(c.status).toBe('partial');
    expect(c.parts!.filter((p) => p.short).map((p) => p.id)).toEqual(['monthly-office', 'quarterly-meeting', 'half-year-talk']);
    expect(c.suggestion).toContain('次数不足');
    expect(c.evidence.map((e) => e.text).join()).toContain('办公7次');
    const two = await fourOnes(report(`${SLOGAN}全年到人武部办公7次，主持召开县委常委会专题议军2次，6月、12月与人武部党委成员谈心16人次，8月带队到乡镇调研民兵建设。`));
    expect([two.status, two.parts!.filter((p) => p.short).map((p) => p.id)]).toEqual(['met', ['monthly-office', 'quarterly-meeting']]);
  });

  it('a part shown short beside parts kept in full is shown: office 12, 党委会3次, talks twice is met; two meetings alone are no routine', async () => {
    const shown = await fourOnes(report('全年到乡武装部办公12次，乡党委会专题研究武装工作3次（2月、4月、10月），7月、12月两次与武装部长谈心。'));
    expect(shown.status).toBe('met');
    expect(shown.parts!.filter((p) => p.found).map((p) => p.id)).toEqual(['monthly-office', 'quarterly-meeting', 'half-year-talk']);
    const alone = await fourOnes(report('县委常委会全年两次专题研究武装工作。'));
    expect(alone.status).toBe('missing');
  });

  it('an ordinal is no count: “区委常委会第三次议军” and “第二次到人武部办公” are not short', async () => {
    const c = await fourOnes(report('全年到人武部办公12次，区委常委会专题议军4次，6月、12月与人武部党委成员谈心16人次，8月带队到乡镇调研民兵建设。', '区委常委会第三次议军研究了民兵应急物资仓库建设。', '第二次到人武部办公时协调解决了营区供暖问题。'));
    expect([c.status, c.parts!.filter((p) => p.short).map((p) => p.id)]).toEqual(['met', []]);
  });

  it('one short part is forgiven (9 office days, the rest kept), and the once-a-year form’s counts are not short', async () => {
    const one = await fourOnes(report('全年到人武部办公9次，主持召开县委常委会专题研究武装工作4次，6月、12月与人武部党委成员谈心16人次，8月带队到乡镇调研民兵建设。'));
    expect([one.status, one.parts!.filter((p) => p.short).length]).toEqual(['met', 1]);
    const yearly = await fourOnes(
      report('州里对第一书记的要求是“四个一”：每年至少专题研究一次武装工作、到人武部现场办公一次、参加一次军事日活动、讲一次国防教育课。今年县委常委会专题研究武装工作3次，到人武部现场办公4次，7月参加人武部军事日，9月到乡小学讲了一堂国防教育课。'),
    );
    expect([yearly.status, yearly.parts!.some((p) => p.short)]).toEqual(['met', false]);
  });
});

describe('faults phrased softly, under a heading about problems and plans', () => {
  const report = (closing: string) =>
    ['中共某旗委书记2020年党管武装工作述职报告', '', '一、主要工作', '', '全年征集新兵62名。', '', '二、问题和打算', '', closing, ''].join('\n');

  it('reads "问题和打算" as heading both, so a fault under it is no plan', async () => {
    const card = byId(scoreReport(await parseText(report('我本人对民兵训练看汇报多、到现场少，全年没有去训练场跟训一次。')), rubric));
    expect(card.shortcomings.status).toBe('met');
    expect(card.plans.status).toBe('missing');
  });

  it('takes "还有提升空间" for a fault', async () => {
    const card = byId(scoreReport(await parseText(report('回头看这一年，民兵训练工作还有提升空间。')), rubric));
    expect(card.shortcomings.status).toBe('met');
  });
});

describe('a heading inside "问题和打算"', () => {
  it('says what its sentences are: "（二）2024年打算" heads plans, "（一）存在的不足" faults (holdout23/01)', async () => {
    const text = ['沙源市委书记2023年度党管武装工作述职报告', '', '一、主要工作', '', '全年到军分区办公11次。', '', '二、问题和下一步打算', '', '（一）存在的不足', '', '一是到基层人武部少。全年去县区人武部只有3次。', '', '（二）2024年打算', '', '一是把到军分区办公固定在每月第一周，同时每季度至少到一个县区人武部现场办公一次。二是市财政安排300万元，年内完成金滩县人武部营区改造。', ''].join('\n');
    const card = byId(scoreReport(await parseText(text), rubric));
    expect(card.plans.status).toBe('met');
    expect(card.plans.evidence[0].text).toContain('每月第一周');
    expect(card.shortcomings.status).toBe('met');
  });
});

describe('the faults and plans under one heading in other words', () => {
  const text = ['汉北区委书记2024年度党管武装工作述职报告', '', '一、主要工作', '', '全年到区人武部办公13次。', '', '六、查问题，明确下步努力方向', '', '一年来的不足，主要在我自己：民兵训练基地用地，我两次在常委会上讲了要办，但没有盯住，至今未落地。', '', '2025年是“十四五”收官之年。一是3月底前由我牵头召开专题会，解决民兵训练基地用地；二是汛前组织一次区、镇两级民兵应急力量拉动演练。', ''].join('\n');

  it('reads "查问题" as naming the faults, and a paragraph opening on the next year as the plans (holdout682/02, 686/06)', async () => {
    const card = byId(scoreReport(await parseText(text), rubric));
    expect(card.shortcomings.status).toBe('met');
    expect(card.plans.status).toBe('met');
    expect(card.plans.evidence[0].text).toContain('3月底前');
  });

  it('but not "找问题" in a heading of work done (holdout424/11)', async () => {
    const research = ['某乡党委书记2025年党管武装工作述职报告', '', '（三）抓调研、找问题', '', '4月到东湖、北汊两个村看民兵查螺灭螺，9月到渔民安置点走访退捕渔民民兵12户。', ''].join('\n');
    expect(byId(scoreReport(await parseText(research), rubric)).shortcomings.status).toBe('missing');
  });
});

describe('a report on the first half of a year', () => {
  it('reads a sentence opening on 下半年 as its plans (holdout699/07), as a year’s report reads it as work done', async () => {
    const text = (title: string) => [title, '', '上半年，我到镇武装部办公4次。3月完成民兵整组，编组基干民兵86人。不足是民兵训练至今没有开展，我抓得不紧。下半年，8月前完成征兵体检政审，9月组织基干民兵集中训练7天。', ''].join('\n');
    expect(byId(scoreReport(await parseText(text('沙湄镇党委书记2019年上半年党管武装工作述职')), rubric)).plans.status).toBe('met');
    expect(byId(scoreReport(await parseText(text('沙湄镇党委书记2019年党管武装工作述职')), rubric)).plans.status).toBe('missing');
  });

  it('and a later clause opening on 下半年 as its plans too: a need ahead is no mention of the work done (holdout699/09)', async () => {
    const text = (title: string) => [title, '', '上半年，我到乡武装部办公3次，完成民兵整组。上半年工作虽然取得了一些成绩，但下半年还需在民兵训练、国防教育上下功夫，进一步提高武装工作水平。', ''].join('\n');
    expect(byId(scoreReport(await parseText(text('岩口乡党委书记2026年上半年党管武装工作述职')), rubric))['defense-education'].status).toBe('missing');
    expect(byId(scoreReport(await parseText(text('岩口乡党委书记2026年党管武装工作述职')), rubric))['defense-education'].status).toBe('partial');
  });
});

describe('plans outside a plans heading, and a transcript’s years', () => {
  const report = (lines: string[]) => ['杉溪区委书记2024年度党管武装工作述职报告', ...lines, ''].join('\n');

  it('reads a completion still ahead as a plan: 完成 after 将 is no past marker (holdout712/03)', async () => {
    const text = report(['全年到区人武部办公12次。征兵体检站改造从年初拖到年底才完成，我协调不够。', '我将在一季度完成企业民兵点验，对不达标的民兵排重新编组。']);
    expect(byId(scoreReport(await parseText(text), rubric)).plans.status).toBe('met');
  });

  it('reads a transcript dated at its meeting in the next January as telling its plans as this year’s (holdout715/06)', async () => {
    const text = report(['2025年1月16日 军分区党委扩大会议', '去年我到区人武部办公12次。', '今年，一是营区改造6月底前完工；二是11个街道的专武干部，我每人至少谈一次。']);
    expect(byId(scoreReport(await parseText(text), rubric)).plans.status).toBe('met');
  });

  it('and its year as 去年, at a meeting named by its room too (holdout715/02)', async () => {
    const text = report(['2025年1月19日　军分区会议室', '主持人：下面请杉溪区委书记述职。', '先说“四个一”。去年我到区人武部办公9次，主持区委常委会议军4次，和人武部班子成员谈心谈话5人次，9月到3个街道调研民兵编组。']);
    expect(byId(scoreReport(await parseText(text), rubric))['four-ones'].status).toBe('met');
  });
});

describe('a point’s label over what came before the reporter', () => {
  it('is no mention of the reporter’s own (holdout723/04)', async () => {
    const text = (arrived: string) =>
      ['澜东区委书记2024年度党管武装工作述职报告', '', `${arrived}，市委决定我到澜东区工作，任区委书记，兼任区人武部党委第一书记。`, '', '一、全年工作情况', '', '- **经费保障。** 区财政年初安排人武部工作经费230万元，保障了各项任务的完成。', ''].join('\n');
    expect(byId(scoreReport(await parseText(text('10月上旬'), 'report.md'), rubric))['support-funding'].status).toBe('missing');
    expect(byId(scoreReport(await parseText(text('1月上旬'), 'report.md'), rubric))['support-funding'].status).not.toBe('missing');
  });
});

describe('a general report’s funding section', () => {
  it('credits no money its sentence names for other work ("老旧小区改造"), though the title names the armed-forces work', async () => {
    const text = ['枫台县委书记2025年度述职报告（党管武装）', '', '一、关于武装工作', '', '今年我2次到县人武部办公。', '', '二、强化资金保障', '', '全年统筹乡村振兴衔接资金1.1亿元。县级财政对县城老旧小区改造安排保障资金4800万元，改造小区21个。', ''].join('\n');
    expect(byId(scoreReport(await parseText(text), rubric))['support-funding'].status).toBe('missing');
  });
});

describe('a general report’s closing faults', () => {
  const shortcomingsOf = async (file: string) => {
    const parsed = await parseReport(fileURLToPath(new URL(`../../../corpus/${file}`, import.meta.url)));
    if (!parsed.ok) throw new Error(parsed.error.message);
    return byId(scoreReport(parsed.value, rubric)).shortcomings.status;
  };

  it('reads the stock faults closing a 个人工作总结 as its other work’s', async () => {
    expect(await shortcomingsOf('holdout73/reports/12_weitang_township_2026.txt')).toBe('missing');
  });

  it('but as the work’s when their paragraph names it ("……抓落实的力度还需加大。今后，我将……进一步做好武装工作")', async () => {
    expect(await shortcomingsOf('reports/06-street-2025-short.txt')).toBe('partial');
  });
});

describe('the faults’ own heading in other words', () => {
  const report = (heading: string, body: string) => ['中共某镇党委书记2023年党管武装工作述职报告', '', '一、主要工作', '', '全年征集新兵11名。', '', heading, '', body, ''].join('\n');

  it('reads "三、存在困难" as the faults’ heading: hardships listed there are the stock faults, partial', async () => {
    const body = '一是我镇青壮年外出务工人员多，民兵集中训练难度大；二是镇级财力紧张，武装工作投入有限。';
    expect(byId(scoreReport(await parseText(report('三、存在困难', body)), rubric)).shortcomings.status).toBe('partial');
    expect(byId(scoreReport(await parseText(report('三、工作开展', body)), rubric)).shortcomings.status).toBe('missing');
  });

  it('under "存在的主要问题", a point that opens with some of those the work is for names their fault, not the reporter’s', async () => {
    const card = byId(scoreReport(await parseText(report('三、存在的主要问题', '一是少数退役军人对安置政策理解有偏差，存在上访苗头。')), rubric));
    expect(card.shortcomings.status).toBe('missing');
  });
});

describe('who acts after a fronted topic', () => {
  it('hands on the reporter of "……“四个一”要求，我一直牢记在心" to the next sentence', async () => {
    const text = ['某街道党工委书记2023年党管武装工作述职报告', '', '街道党工委书记“四个一”要求，我一直牢记在心。今年上半年、下半年各与街道武装部长谈心一次，了解队伍思想和工作困难。', ''].join('\n');
    const fourOnes = byId(scoreReport(await parseText(text), rubric))['four-ones'];
    expect(fourOnes.parts?.find((p) => p.name.includes('谈心'))?.found).toBe(true);
  });
});

describe('the level above', () => {
  it('in a district’s report, the whole city’s result is the city’s, not the district’s', async () => {
    const text = ['中共北源区委书记2026年党管武装工作述职报告', '', '今年全市征兵工作圆满完成，共输送新兵2680名，大学生比例达到88%。我区较好地完成了征兵任务。', ''].join('\n');
    expect(byId(scoreReport(await parseText(text), rubric)).conscription.status).not.toBe('met');
  });

  it('in a county’s report, the city’s weight on the counties is the city’s mechanism', async () => {
    const text = ['中共北川县委书记2024年党管武装工作述职报告', '', '市委把党管武装工作纳入对各县（市、区）党委的年度综合考核，占4分，我县连续三年得满分。', ''].join('\n');
    expect(byId(scoreReport(await parseText(text), rubric))['incentive-mechanism'].status).not.toBe('met');
  });
});

describe('a table under a caption', () => {
  it('reads its rows as the caption says: "表3 2024年打算" heads plans, as a heading would', async () => {
    const text = [
      '# 中共北溪新区工委书记2023年党管武装工作述职报告',
      '',
      '今年完成民兵整组，编兵1826名。',
      '',
      '表3 2024年打算',
      '',
      '| 措施 | 责任单位 | 完成时间 |',
      '| --- | --- | --- |',
      '| 出台《企业民兵管理办法》，企业民兵离职实行7日内报备 | 人武部 | 2024年3月 |',
      '| 在化工园区建设民兵应急救援训练场，投资150万元 | 建设局 | 2024年10月 |',
      '',
    ].join('\n');
    const card = byId(scoreReport(await parseText(text, 'report.md'), rubric));
    expect(card.plans.status).toBe('met');
    expect(card.plans.evidence.map((e) => e.text).join('\n')).toContain('民兵应急救援训练场');
    // The planned money is no money spent.
    expect(card['support-funding'].status).not.toBe('met');
  });
});

describe('which evidence is quoted first', () => {
  it('the sentences that show the work plainly, not the first that mention it (the seed’s 民兵建设)', async () => {
    const card = scoreReport(await parseText(readFileSync(SEED_PATH, 'utf8')), rubric);
    const militia = byId(card)['militia-building'].evidence.map((e) => e.text);
    expect(militia).toContain('在民兵整组、民兵军事训练、征兵、抢险救灾等重大活动，我都坚持做到亲临一线，现场检查指导。');
    expect(militia).not.toContain('精心谋划武装工作大计，认真研究解决民兵预备役建设重大问题。');
  });

  /** The quoted sentences of a criterion in a report written out line by line. */
  const evidenceOf = async (lines: string[], id: string) => byId(scoreReport(await parseText(lines.join('\n')), rubric))[id].evidence.map((e) => e.text);

  it('the work under its own heading before a passing mention elsewhere, shown in reading order', async () => {
    const militia = await evidenceOf(
      [
        '县委书记2024年党管武装工作述职报告',
        '一、履行第一责任人职责',
        '全年召开常委会研究征兵、民兵整组、国防教育等工作4次，落实经费120万元。',
        '二、抓好民兵建设',
        '一是完成民兵整组，编建基干民兵900人。',
        '二是组织民兵应急分队集中训练两期。',
        '三是在防汛抢险中出动民兵200人次。',
      ],
      'militia-building',
    );
    expect(militia).toEqual(['一是完成民兵整组，编建基干民兵900人。', '二是组织民兵应急分队集中训练两期。', '三是在防汛抢险中出动民兵200人次。']);
  });

  it('under its own heading before a sentence under another criterion’s heading, however plain (holdout349/01)', async () => {
    const conscription = await evidenceOf(
      [
        '县委书记2024年党管武装工作述职报告',
        '一、健全考评激励机制',
        '对征兵、民兵整组排名后三位的乡镇，由我本人约谈党委书记，年内约谈2人。',
        '二、征兵工作',
        '全年征集新兵152人，其中大学生97人。',
        '3月我在全县征兵动员会上部署三条宣传渠道。',
        '5月我到县一高征兵宣传点现场答疑2次。',
      ],
      'conscription',
    );
    expect(conscription).toEqual(['全年征集新兵152人，其中大学生97人。', '3月我在全县征兵动员会上部署三条宣传渠道。', '5月我到县一高征兵宣传点现场答疑2次。']);
  });

  it('a met criterion by the sentences that prove it, not by one that only names the work (holdout345/01)', async () => {
    const text = [
      '县委书记2023年党管武装工作述职报告',
      '2023年，我把圩堤防汛、返乡青年征兵、退役军人返乡创业三件事作为抓武装工作的着力点，现将履职情况报告如下。',
      '一、拥军优属',
      '八一前夕我带队走访驻县部队1个、重点优抚对象56户。',
    ].join('\n');
    const card = byId(scoreReport(await parseText(text), rubric));
    expect(card['support-for-military'].status).toBe('met');
    expect(card['support-for-military'].evidence.map((e) => e.text)).toEqual(['八一前夕我带队走访驻县部队1个、重点优抚对象56户。']);
    // (The things a priority statement names are no count of the work: the opening alone shows 征兵 in name only.)
    expect(card.conscription.status).toBe('partial');
  });

  const REVIEWED = [
    '市委书记2022年党管武装工作述职报告',
    '一、征兵工作',
    '全年征集新兵305名，其中大学生272名。',
    '二、存在的不足和下步打算',
    '一是对征兵工作倾注精力过多，亲自过问细节较多，对分管领导放手不够。',
    '二是本人到人武部现场办公少，对民兵训练研究不深。明年我将推动民兵训练基地建设。',
  ];

  it('not from the faults’ and plans’ section, nor from a sentence stating a fault, when the work sections show it (holdout3/04’s 征兵)', async () => {
    const text = [...REVIEWED, '三、民兵建设', '完成民兵整组，编建基干民兵900人。'].join('\n');
    const card = byId(scoreReport(await parseText(text), rubric));
    expect(card.conscription.evidence.map((e) => e.text)).toEqual(['全年征集新兵305名，其中大学生272名。']);
    expect(card['militia-building'].evidence.map((e) => e.text)).toEqual(['完成民兵整组，编建基干民兵900人。']);
  });

  it('a paragraph pasted twice is quoted once, and the next sentence that shows the work takes its place (holdout18/07)', async () => {
    const pasted = '今年完成民兵整组，编建基干民兵900人。';
    const lines = ['区委书记2024年党管武装工作述职报告', '一、民兵建设', pasted, '组织民兵应急分队集中训练两期。', '二、双拥工作', '春节走访慰问军属120户。', pasted, '在防汛抢险中出动民兵200人次。'];
    const militia = await evidenceOf(lines, 'militia-building');
    expect(militia.filter((t) => t === pasted)).toHaveLength(1);
    expect(militia).toHaveLength(3);
  });

  it('from there when nothing else shows it, so a credit can still be traced', async () => {
    const card = byId(scoreReport(await parseText(REVIEWED.join('\n')), rubric));
    expect(card.conscription.evidence.map((e) => e.text)).toEqual(['全年征集新兵305名，其中大学生272名。']);
    const militia = card['militia-building'];
    if (militia.status !== 'missing') expect(militia.evidence.length).toBeGreaterThan(0);
  });
});

describe('faults are quoted from their own section first', () => {
  it('四、问题与不足 before a body sentence that also reads as a fault (a GBK report of the second blind set)', async () => {
    const { parseReport } = await import('@shuzhi/parser');
    const parsed = await parseReport(fileURLToPath(new URL('../../../corpus/holdout2/reports/06_shimen_county_2024.txt', import.meta.url)));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const faults = byId(scoreReport(parsed.value, rubric)).shortcomings.evidence;
    expect(faults.length).toBe(3);
    for (const e of faults) expect(e.section.startsWith('四、问题与不足')).toBe(true);
  });
});

describe('explainReport', () => {
  it('tells for each sentence a signal\'s words found what became of it, and gives the same card as scoreReport', async () => {
    const loaded = loadRubric('party-armed-forces');
    if (!loaded.ok) throw new Error('the default rubric does not load');
    const report = await parseText(
      [
        '中共北川县委书记2024年党管武装工作述职报告',
        '一、主要工作',
        '县财政全年拨付武装工作经费320万元。今年县财政本应安排民兵训练经费200万元，因财政困难未能安排。县审计局对武装工作经费80万元的使用情况进行了审计。邻县财政安排武装工作经费300万元，值得学习。',
        '二、下步打算',
        '明年将把武装工作经费增加到400万元。',
      ].join('\n'),
    );
    const { card, traces } = explainReport(report, loaded.value, ['support-funding']);
    expect(card).toEqual(scoreReport(report, loaded.value));
    expect(new Set(traces.map((t) => t.criterion))).toEqual(new Set(['support-funding']));
    const verdicts = (fragment: string) => new Set(traces.filter((t) => t.unit.text.includes(fragment)).map((t) => t.verdict));
    expect(verdicts('320万元')).toEqual(new Set(['hit']));
    expect(verdicts('本应安排')).toEqual(new Set(['blanked']));
    expect(verdicts('审计')).toContain('veto');
    expect(traces.find((t) => t.verdict === 'veto')?.veto).toEqual({ regex: expect.stringContaining('审计') });
    expect(verdicts('邻县')).toEqual(new Set(['refused']));
    // A sentence not counted carries the judge's own cause where it can tell one, as the card's setAside does.
    expect(traces.find((t) => t.unit.text.includes('邻县'))).toMatchObject({ cause: 'otherActor', reason: SET_ASIDE_REASONS.otherActor });
    expect(verdicts('400万元')).toEqual(new Set(['stance']));
    // What the words found, in the sentence.
    const hit = traces.find((t) => t.verdict === 'hit')!;
    expect(hit.spans.map((x) => report.text.slice(x.start, x.end))).toContain('320万元');
  });
});

describe('why quoted proof counts as partial only', () => {
  it('the suggestion says so when a quoted sentence reads like proof (its figure left blank), and not when the work is only named', async () => {
    const blank = byId(scoreReport(await parseText(['石桥镇党委书记2023年党管武装工作述职报告', '镇党委召开征兵动员会，深入各村开展征兵宣传，完成县下达的征兵任务X名。'].join('\n')), rubric))['conscription'];
    expect(blank.status).toBe('partial');
    expect(blank.suggestion).toContain('（只算部分满足的证据：句中的数字留空');
    const named = byId(scoreReport(await parseText(['石桥镇党委书记2023年党管武装工作述职报告', '镇党委高度重视征兵工作。'].join('\n')), rubric))['conscription'];
    expect(named.status).toBe('partial');
    expect(named.suggestion).not.toContain('只算部分满足的证据');
  });

  it('and when the quoted sentence is a partial signal’s own, its amount left blank (经费……XX万元)', async () => {
    const funding = byId(scoreReport(await parseText(['石桥镇党委书记2025年党管武装工作述职报告', '镇党委将武装工作经费纳入镇财政年度预算，全年列支武装工作经费XX万元。'].join('\n')), rubric))['support-funding'];
    expect(funding.status).toBe('partial');
    expect(funding.suggestion).toContain('（只算部分满足的证据：句中的数字留空');
  });

  it('a plan with a deadline (cues.deadline) keeps its measure whatever amount is left blank, and a rubric sets its own deadlines', async () => {
    const plans = async (r: Rubric, when: string) =>
      byId(scoreReport(await parseText(['石桥镇党委书记2025年党管武装工作述职报告', '下步打算', `${when}把镇民兵器材室从老粮站搬到镇政府院内，投入XX万元配齐防汛器材。`].join('\n')), r))['plans'].status;
    expect(await plans(rubric, '明年春节前')).toBe('met');
    expect(await plans(rubric, '明年麦收前')).toBe('partial');
    const harvest = { ...rubric, cues: { ...rubric.cues, deadline: [...rubric.cues.deadline, '麦收前'] } };
    expect(await plans(harvest, '明年麦收前')).toBe('met');
    expect(await plans({ ...rubric, cues: { ...rubric.cues, deadline: [] } }, '明年春节前')).toBe('partial');
  });
});

describe('a term’s report (2022年至2024年)', () => {
  const TERM = [
    '汶北区委书记2022年至2024年党管武装工作述职报告',
    '现将2022年至2024年汶北区党管武装工作情况报告如下。我于2023年3月到汶北区任职，2022年的工作由前任区委书记主持，这里一并汇报。',
    '一、主要工作',
    '2022年，全区8个街道配齐了专职武装部长。',
    '2023年4月以来，我到区人武部办公19次（2023年9次，2024年10次），主持区委常委会议军5次（2023年2次，2024年3次）。2024年5月，我带队到3个街道调研民兵应急分队建设。',
    '区本级武装工作经费2022年210万元、2023年228万元、2024年246万元，全额列入预算。',
  ].join('\n');

  it('leaves out the years before the reporter came, and reads its later years as done, not as plans', async () => {
    const c = byId(scoreReport(await parseText(TERM), rubric));
    // The predecessor's 2022 is all the cadres have.
    expect(c['armed-forces-cadres'].status).toBe('missing');
    // 2024 is one of the years reported on: its research is work done.
    expect(c['four-ones'].parts?.find((p) => p.id === 'annual-research')?.found).toBe(true);
    // Money over the term, the reporter's years among them.
    expect(c['support-funding'].status).toBe('met');
  });
});

describe('what was set aside (setAside): the sentences that name a criterion’s work and earned nothing, with why', () => {
  const REPORT = [
    '石桥镇党委书记2024年党管武装工作述职报告',
    '我于2024年7月到石桥镇任党委书记。',
    '一、主要工作',
    '3月，镇党委出台《石桥镇村级武装工作考核办法》，把武装工作纳入村级年度考核。',
    '镇武装部长带队到8个村调研民兵连建设。',
    '8月，我到镇武装部办公，与武装部长谈心谈话1次。',
    '镇财政安排武装工作经费12万元，全额列入预算。',
    '二、存在不足和下步打算',
    '一是我到武装部办公次数偏少。',
    '二是2025年将把专武干部培训列入镇党委年度计划，上半年举办一期培训班。',
  ].join('\n');

  it('traces a 缺项 to the sentences that name the work, each with its cause and its reason in the reviewer’s words', async () => {
    const text = REPORT;
    const c = byId(scoreReport(await parseText(text), rubric));
    const incentive = c['incentive-mechanism'];
    expect(incentive.status).toBe('missing');
    expect(incentive.setAside?.map((a) => [a.cause, a.text])).toEqual([['beforeArrival', '3月，镇党委出台《石桥镇村级武装工作考核办法》，把武装工作纳入村级年度考核。']]);
    expect(incentive.setAside![0].reason).toBe('写的是本人到任之前的工作');
    // Quoted like evidence: its line, its offsets.
    expect(text.slice(incentive.setAside![0].start, incentive.setAside![0].end)).toBe(incentive.setAside![0].text);
    expect(incentive.setAside![0].line).toBe(4);
    const cadres = c['armed-forces-cadres'];
    expect(cadres.status).toBe('missing');
    expect(cadres.setAside?.map((a) => a.cause)).toEqual(['plan']);
  });

  it('names the cause of a clause blanked as not the reporter’s work: handed to someone (由……牵头), a rule kept (按照……要求于每年……)', async () => {
    const text = ['西堤街道党工委书记2022年党管武装工作述职报告', '一、主要工作', '2022年民兵整组由郑立平同志牵头，调整基干民兵64人。', '二、武装工作', '民兵整组按照区人武部要求于每年4月完成。'].join('\n');
    const militia = byId(scoreReport(await parseText(text), rubric))['militia-building'];
    expect(militia.status).toBe('missing');
    expect(militia.setAside?.map((a) => [a.cause, a.line])).toEqual([
      ['otherActor', 3],
      ['rule', 5],
    ]);
  });

  it('traces a 缺项 named only in passing to that mention, and a routine recited to the cause its ignored phrase gives (because: rule)', async () => {
    const text = [
      '石桥镇党委书记2024年党管武装工作述职报告',
      '一、主要工作',
      '我始终把“四个一”作为党管武装的基本要求，即每月到人武部办公一次、每季度主持召开一次议军会议、每半年与人武部党委成员谈一次心，凡人武部呈报的文件必阅。',
      '民兵整组由副镇长王晓东同志带领镇武装部完成。',
    ].join('\n');
    const c = byId(scoreReport(await parseText(text), rubric));
    expect(c['militia-building'].status).toBe('missing');
    expect(c['militia-building'].setAside?.map((a) => [a.cause, a.line])).toEqual([['otherActor', 4]]);
    // (The recited routine is blanked by the rubric's list, whose entry says why, not by "凡……必阅", which would say 尚未完成.)
    expect(c['four-ones'].status).toBe('missing');
    expect(c['four-ones'].setAside?.map((a) => [a.cause, a.line, a.reason])).toEqual([['rule', 3, '写的是制度规定或要求，不是实际做了什么']]);
    const { traces } = explainReport(await parseText(text), rubric, ['four-ones']);
    const recited = traces.filter((t) => t.unit.text.startsWith('我始终把'));
    expect(recited.length).toBeGreaterThan(0);
    expect(recited.every((t) => t.verdict === 'ignored' && t.cause === 'rule')).toBe(true);
  });

  it('traces money the vetoes take as the level above’s to their cause (because: levelAbove)', async () => {
    const text = ['澜峡县委书记2022年党管武装工作述职报告', '一、经费保障', '积极争取三峡后续工作专项资金180万元，用于民兵应急物资储备库建设。'].join('\n');
    const funding = byId(scoreReport(await parseText(text), rubric))['support-funding'];
    expect(funding.status).toBe('missing');
    expect(funding.setAside?.map((a) => [a.cause, a.line])).toEqual([['levelAbove', 3]]);
  });

  it('names the missing parts’ sentences of a partial routine, never a sentence already credited, and nothing for a criterion met', async () => {
    const c = byId(scoreReport(await parseText(REPORT), rubric));
    const routine = c['four-ones'];
    expect(routine.status).toBe('partial');
    expect(routine.setAside?.map((a) => a.cause)).toEqual(['otherActor']);
    expect(routine.setAside![0].text).toBe('镇武装部长带队到8个村调研民兵连建设。');
    const quoted = new Set(routine.evidence.map((e) => e.start));
    expect(routine.setAside!.some((a) => quoted.has(a.start))).toBe(false);
    expect(c['support-funding'].status).toBe('met');
    expect(c['support-funding'].setAside).toBeUndefined();
  });
});
