import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cut } from '@shuzhi/text';
import type { CriterionScore, Rubric } from '@shuzhi/types';
import { parseReport } from '../../parser/src/index.ts';
import { parseText } from '../../parser/src/testing.ts';
import { DEFAULT_CUES } from './cues.ts';
import { scoreReport } from './engine.ts';
import { loadRubric } from './load.ts';
import { createStanceJudge } from './stance.ts';
import type { Span } from './matchers/index.ts';
import { buildView, type Unit } from './view.ts';

/**
 * The stance traps of the default rubric: keywords that are not evidence
 * (a plan, a shortcoming, someone else's work, a quotation) and evidence
 * written without the keywords. Each report is a title, one section with an
 * opening sentence that proves nothing, and the sentence under test.
 */
/** Every report of the three labelled corpus sets, parsed. */
async function* corpusReports() {
  for (const set of ['reports', 'holdout', 'holdout2']) {
    const dir = new URL(`../../../corpus/${set}/`, import.meta.url);
    for (const name of readdirSync(dir).filter((f) => /\.(txt|md|docx|doc)$/.test(f))) {
      const parsed = await parseReport({ name, bytes: readFileSync(new URL(name, dir)) });
      if (parsed.ok) yield { name, report: parsed.value };
    }
  }
}

let rubric: Rubric;
beforeAll(() => {
  const r = loadRubric();
  if (!r.ok) throw new Error(r.error.map((e) => e.message).join('\n'));
  rubric = r.value;
});

const TITLE = '2022年党管武装工作述职报告';
const OPENING = '一年来，我认真履行人武部党委第一书记职责，把武装工作摆上重要位置。';

/** The criteria of a whole report's text, by id. */
async function scoreText(lines: string[]): Promise<Record<string, CriterionScore>> {
  const card = scoreReport(await parseText(lines.join('\n') + '\n'), rubric);
  return Object.fromEntries(card.criteria.map((c) => [c.id, c]));
}

const score = (...lines: string[]) => scoreText([TITLE, '一、履职情况', OPENING, ...lines]);

const REQUIRED = ['four-ones', 'incentive-mechanism', 'support-funding', 'shortcomings', 'plans'];
const statuses = (card: Record<string, CriterionScore>) => Object.fromEntries(REQUIRED.map((id) => [id, card[id].status]));

describe('stance: the opening sentence alone', () => {
  it('proves none of the required elements', async () => {
    expect(statuses(await score())).toEqual({ 'four-ones': 'missing', 'incentive-mechanism': 'missing', 'support-funding': 'missing', shortcomings: 'missing', plans: 'missing' });
  });
});

describe('stance: sections that state nothing', () => {
  const sections = (...lines: string[]) => parseText([TITLE, '一、履职情况', OPENING, ...lines].join('\n') + '\n').then((r) => scoreReport(r, rubric));
  const byId = (card: { criteria: CriterionScore[] }) => Object.fromEntries(card.criteria.map((c) => [c.id, c]));

  it('a 下步打算 section holding only “（待补充）” is missing, and the blank is a placeholder finding', async () => {
    const card = await sections('二、存在的不足', '调研还不够深入，解决问题的力度有待加大。', '三、下步打算', '（待补充）');
    expect(byId(card).plans.status).toBe('missing');
    expect(byId(card).plans.evidence).toEqual([]);
    expect(card.findings.filter((f) => f.rule === 'placeholder').map((f) => f.message).join()).toContain('待补充');
  });

  it('“略” or “无” under a heading is no statement either (control: a real plan under the same heading is met)', async () => {
    expect(byId(await sections('二、下步打算', '略。')).plans.status).toBe('missing');
    expect(byId(await sections('二、下步打算', '无')).plans.status).toBe('missing');
    expect(byId(await sections('二、下步打算', '明年将每季度召开一次议军会，推动民兵训练基地建设。')).plans.status).toBe('met');
    // This year's work written under the plans heading is not a plan.
    expect(byId(await sections('二、下步打算', '补充一句：今年还组织了民兵应急演练。')).plans.status).toBe('missing');
  });

  it('a shortcomings section that denies any shortcoming is missing', async () => {
    const card = await sections('二、问题与差距', '我们取得的成绩是显著的，各项工作都走在了全市前列，没有明显的短板。');
    expect(byId(card).shortcomings.status).toBe('missing');
    for (const denial of ['不存在突出问题。', '本人没有发现明显的短板和不足。', '没有什么不足之处。', '暂未发现明显问题和不足。']) {
      expect(byId(await sections('二、存在的不足', denial)).shortcomings.status, denial).toBe('missing');
    }
    // A fault stated without the word 不足 is still one.
    expect(byId(await sections('二、存在的不足', '青山乡基层武装部规范化建设推进较慢，3个民兵连训练场地不达标。')).shortcomings.status).not.toBe('missing');
    // Control: a shortcoming stated plainly in the same section.
    expect(byId(await sections('二、问题与差距', '民兵训练的实战化水平还不够高。')).shortcomings.status).not.toBe('missing');
  });
});

describe('stance: support-funding', () => {
  it('funding named only in another department’s audit is missing', async () => {
    const c = await score('县审计局在对县财政局的专项审计中，核查了民兵训练经费410万元的使用情况。');
    expect(c['support-funding'].status).toBe('missing');
    expect(c['support-funding'].score).toBe(0);
    expect(c['support-funding'].evidence).toEqual([]);
  });

  it('the same amount granted by the reporter’s side is met (control for the audit veto)', async () => {
    const c = await score('县财政拨付民兵训练经费410万元。');
    expect(c['support-funding'].status).toBe('met');
    expect(c['support-funding'].evidence.map((e) => e.signal)).toEqual(['经费有具体金额']);
  });

  it('“经费保障还不到位” alone is a shortcoming (the stock line: partial), not funding', async () => {
    const c = await score('经费保障还不到位。');
    expect(c['support-funding'].status).toBe('missing');
    expect(c.shortcomings.status).toBe('partial');
  });

  it('“财政列支410万元用于民兵训练” is met without the word 经费', async () => {
    const c = await score('县财政列支410万元用于民兵训练。');
    const f = c['support-funding'];
    expect(f.status).toBe('met');
    expect(f.score).toBe(10);
    expect(f.evidence).toHaveLength(1);
    expect(f.evidence[0].text).toBe('县财政列支410万元用于民兵训练。');
    expect(f.evidence[0].line).toBe(4);
    expect(f.evidence[0].signal).toBe('经费有具体金额');
  });
});

describe('stance: incentive-mechanism', () => {
  it('“明年将建立考核激励机制” alone: incentive missing, plans met', async () => {
    const c = await score('明年将建立考核激励机制。');
    expect(c['incentive-mechanism'].status).toBe('missing');
    expect(c.plans.status).toBe('met');
    expect(c.plans.evidence[0].text).toBe('明年将建立考核激励机制。');
  });

  it('a plan to put 党管武装 into the assessment is a plan, not a mechanism', async () => {
    const c = await score('明年，我们将把党管武装工作纳入年度考核，建立考核激励机制。');
    expect(c['incentive-mechanism'].status).toBe('missing');
    expect(c.plans.status).toBe('met');
  });

  it('“尚未建立党管武装考核制度” is missing (and a shortcoming)', async () => {
    const c = await score('目前尚未建立党管武装考核制度。');
    expect(c['incentive-mechanism'].status).toBe('missing');
    expect(c.shortcomings.status).toBe('met');
  });

  it('“没有把党管武装工作纳入综合考核” is a shortcoming, not a mechanism', async () => {
    const c = await score('我们没有把党管武装工作纳入综合考核。');
    expect(c['incentive-mechanism'].status).toBe('missing');
  });

  it('考核 of militia training only is missing', async () => {
    const c = await score('组织开展民兵军事训练考核，考核优良率达95.4%。');
    expect(c['incentive-mechanism'].status).toBe('missing');
  });

  it('考核 of militia training put into the militia plan is still not an incentive mechanism', async () => {
    const c = await score('我们把民兵军事训练考核纳入民兵工作年度计划，考核优良率达95.4%。');
    expect(c['incentive-mechanism'].status).toBe('missing');
  });

  it('党管武装 put into the county assessment by the reporter is met (control)', async () => {
    const c = await score('我把党管武装工作纳入全县综合考核，占3分，并与干部评先评优挂钩。');
    expect(c['incentive-mechanism'].status).toBe('met');
    expect(c['incentive-mechanism'].evidence[0].signal).toBe('党管武装纳入考核/目标责任制');
  });

  it('a past 将…纳入了 is done, not a plan', async () => {
    const c = await score('我们将党管武装工作纳入了领导班子目标责任制考核，分值占5分。');
    expect(c['incentive-mechanism'].status).toBe('met');
    expect(c.plans.status).toBe('missing');
  });
});

describe('stance: four-ones', () => {
  it('someone else’s routine (副书记坚持每月……每季度……) is missing', async () => {
    const c = await score('副书记坚持每月到人武部办公一次、每季度召开一次人武部党委会、每半年与人武部党委成员谈一次话、每年开展一次国防后备力量建设调研。');
    expect(c['four-ones'].status).toBe('missing');
    expect(c['four-ones'].parts!.map((p) => p.found)).toEqual([false, false, false, false]);
  });

  it('a routine the reporter requires of township secretaries (我要求各乡镇党委书记……) is theirs, not the reporter’s', async () => {
    const c = await score('我要求各乡镇党委书记每月到武装部办公一次。');
    expect(c['four-ones'].status).toBe('missing');
  });

  it('the four frequencies alone, nothing counted, are claimed: partial, every part found at half its share', async () => {
    const c = await score('我坚持每月到人武部办公一次、每季度召开一次人武部党委会、每半年与人武部党委成员谈一次话、每年带头开展一次国防后备力量建设调研。');
    expect(c['four-ones'].status).toBe('partial');
    expect(c['four-ones'].score).toBe(7.5);
    expect(c['four-ones'].parts!.map((p) => [p.id, p.found])).toEqual([
      ['monthly-office', true],
      ['quarterly-meeting', true],
      ['half-year-talk', true],
      ['annual-research', true],
    ]);
  });

  it('the four frequencies separated by commas: “与人武部党委成员谈话” does not make the next clause someone else’s', async () => {
    const c = await score('我每月到人武部办公一次，每季度主持召开一次人武部党委会，每半年与人武部党委成员谈一次话，每年带头开展一次调研。');
    expect(c['four-ones'].parts!.map((p) => [p.id, p.found])).toEqual([
      ['monthly-office', true],
      ['quarterly-meeting', true],
      ['half-year-talk', true],
      ['annual-research', true],
    ]);
  });

  it('“四个一工程” of another kind is missing', async () => {
    const c = await score('我坚持落实“四个一工程”，推动乡村振兴各项任务落地。');
    expect(c['four-ones'].status).toBe('missing');
  });

  it('the reporter’s own “四个一” slogan without its content is partial (control for 四个一工程)', async () => {
    const c = await score('我坚持落实“四个一”制度。');
    expect(c['four-ones'].status).toBe('partial');
    expect(c['four-ones'].evidence.map((e) => e.signal)).toEqual(['提到本人落实“四个一”']);
  });
});

describe('stance: shortcomings', () => {
  it('不足为奇 and 人手不足的连队 only: missing', async () => {
    const c = await score('民兵训练强度大，出现个别伤病也不足为奇。我先后走访了人手不足的连队，帮助解决实际困难。');
    expect(c.shortcomings.status).toBe('missing');
  });

  it('克服了人手不足的困难 is an achievement, not a shortcoming', async () => {
    const c = await score('我们克服了人手不足的困难，圆满完成征兵任务。');
    expect(c.shortcomings.status).toBe('missing');
  });

  it('“坦率地讲，到人武部调研还不够深入，全年只去了3次” is met, with 不够 highlighted', async () => {
    const c = await score('坦率地讲，到人武部调研还不够深入，全年只去了3次。');
    const s = c.shortcomings;
    expect(s.status).toBe('met');
    expect(s.evidence).toHaveLength(1);
    const e = s.evidence[0];
    expect(e.text).toBe('坦率地讲，到人武部调研还不够深入，全年只去了3次。');
    expect(e.line).toBe(4);
    expect(e.signal).toBe('自述具体的不足');
    // What falls short (人武部) and the cues (不够, 全年只去了) are highlighted.
    expect(e.highlights.map((h) => e.text.slice(h.start - (e.start), h.end - e.start))).toEqual(['人武部', '不够', '全年只去了']);
    expect(e.highlights[1].start - e.start).toBe('坦率地讲，到人武部调研还'.length);
  });

  it('a heading “二、存在的不足” followed by “无。” is missing', async () => {
    const c = await score('二、存在的不足', '无。');
    expect(c.shortcomings.status).toBe('missing');
    expect(c.shortcomings.suggestion).toMatch(/^在报告末尾如实查摆/);
  });

  it('points under a shortcomings heading are met', async () => {
    const c = await score('二、存在的不足', '一是到乡镇调研民兵工作不够深入，全年只去了3个乡镇。二是对民兵训练的保障力度还不够大，训练器材3年没有更新。');
    expect(c.shortcomings.status).toBe('met');
    expect(c.shortcomings.evidence.map((e) => e.text)).toEqual(['一是到乡镇调研民兵工作不够深入，全年只去了3个乡镇。', '二是对民兵训练的保障力度还不够大，训练器材3年没有更新。']);
  });

  it('the stock lines under a shortcomings heading, with nothing a reviewer could check, are partial', async () => {
    const c = await score('二、存在的不足', '一是到乡镇调研民兵工作不够深入。二是对民兵训练的保障力度还不够大。');
    expect(c.shortcomings.status).toBe('partial');
    expect(c.shortcomings.evidence.every((e) => e.section === '二、存在的不足')).toBe(true);
  });
});

describe('stance: plans', () => {
  it('今后 only inside a quoted speech (他强调：“今后要……”) is missing', async () => {
    const c = await score('在全县武装工作会议上，他强调：“今后要进一步加强民兵建设。”');
    expect(c.plans.status).toBe('missing');
  });

  it('今后 in reported speech without quotes (他在讲话中指出，今后要……) is missing', async () => {
    const c = await score('他在讲话中指出，今后要进一步加强民兵建设。');
    expect(c.plans.status).toBe('missing');
  });

  it('“展望新的一年，我们将……” is met', async () => {
    const c = await score('展望新的一年，我们将新建民兵训练基地1处。');
    expect(c.plans.status).toBe('met');
    expect(c.plans.evidence[0].text).toBe('展望新的一年，我们将新建民兵训练基地1处。');
    expect(c.plans.evidence[0].signal).toBe('今后的具体打算');
  });

  it('a vow that names fields but no measure of its own (展望新的一年，我们将进一步加强国防后备力量建设) is partial', async () => {
    const c = await score('展望新的一年，我们将进一步加强民兵队伍建设，做好征兵和国防教育工作，推动武装工作再上新台阶。');
    expect(c.plans.status).toBe('partial');
    expect(c.plans.evidence[0].signal).toBe('笼统的打算（未说明具体措施）');
  });

  it('sentences under a plans heading are plans even without a future word', async () => {
    const c = await score('二、下步打算', '一是加强学习。二是在6月底前完成民兵整组。');
    expect(c.plans.status).toBe('met');
    // The evidence is what proves it met: the concrete plan, not the token one beside it.
    expect(c.plans.evidence.map((e) => e.text)).toEqual(['二是在6月底前完成民兵整组。']);
  });
});

describe('createStanceJudge', () => {
  const LINES = [
    '下个月，我们将召开常委议军会。',
    '我们将武装工作纳入了年度考核。',
    '我们将继续加强民兵建设。',
    '出现个别伤病也不足为奇。',
    '调研还不够深入，解决问题的力度有待加大。',
    '他强调：“工作还不够扎实。”',
  ];

  async function judged() {
    const report = await parseText([TITLE, '一、履职情况', ...LINES].join('\n'));
    const view = buildView(report, DEFAULT_CUES);
    const judge = createStanceJudge(view, DEFAULT_CUES);
    const unit = (fragment: string) => {
      const u = view.units.find((x) => x.original.includes(fragment));
      if (!u) throw new Error(fragment);
      return u;
    };
    const words = (spans: { start: number; end: number }[] | null) => (spans ?? []).map((s) => report.text.slice(s.start, s.end));
    return { judge, unit, words };
  }

  it('past and doneUnderPlans are the rubric’s cues: cleared, 了 no longer cancels a weak plan marker, and nothing else becomes past', async () => {
    const report = await parseText([TITLE, '一、履职情况', ...LINES, '我们将继续加强民兵建设，已组织了集中训练。', '二、下步打算', '今年还组织了民兵应急演练。'].join('\n'));
    const judgeWith = (cues: typeof DEFAULT_CUES) => {
      const view = buildView(report, cues);
      const unit = (fragment: string) => view.units.find((x) => x.original.includes(fragment))!;
      return { judge: createStanceJudge(view, cues), unit };
    };
    const byDefault = judgeWith(DEFAULT_CUES);
    expect(byDefault.judge.future(byDefault.unit('已组织了'))).toBe(false);
    expect(byDefault.judge.future(byDefault.unit('今年还组织了'))).toBe(false);
    const cleared = judgeWith({ ...DEFAULT_CUES, past: [], doneUnderPlans: [] });
    expect(cleared.judge.future(cleared.unit('已组织了'))).toBe(true);
    expect(cleared.judge.future(cleared.unit('今年还组织了'))).toBe(true);
    expect(cleared.judge.future(cleared.unit('不足为奇'))).toBe(false);
  });

  it('future: a strong marker, a weak one, and a weak one cancelled by 了', async () => {
    const { judge, unit, words } = await judged();
    expect(judge.future(unit('下个月'))).toBe(true);
    expect(words(judge.cues('plan', unit('下个月')))).toEqual(['下个月']);
    expect(judge.future(unit('我们将继续'))).toBe(true);
    expect(words(judge.cues('plan', unit('我们将继续')))).toEqual(['我们将继续']);
    expect(judge.future(unit('纳入了'))).toBe(false);
    expect(judge.cues('plan', unit('纳入了'))).toBeNull();
  });

  it('shortcomings: word-aligned cues, vetoes and quotations', async () => {
    const { judge, unit, words } = await judged();
    expect(words(judge.shortcomings(unit('调研还不够深入')))).toEqual(['不够', '有待']);
    expect(judge.shortcomings(unit('不足为奇'))).toEqual([]);
    expect(judge.shortcomings(unit('他强调'))).toEqual([]);
  });

  it('accepts: done refuses a plan and a shortcoming; plan and shortcoming accept them', async () => {
    const { judge, unit } = await judged();
    const whole = (fragment: string): [Unit, Span[]] => {
      const u = unit(fragment);
      return [u, [{ start: u.start, end: u.start + 2 }]];
    };
    expect(judge.accepts('done', ...whole('下个月'))).toBe(false);
    expect(judge.accepts('plan', ...whole('下个月'))).toBe(true);
    expect(judge.accepts('done', ...whole('纳入了'))).toBe(true);
    expect(judge.accepts('shortcoming', ...whole('调研还不够深入'))).toBe(true);
    expect(judge.accepts('done', ...whole('调研还不够深入'))).toBe(false);
    expect(judge.accepts('shortcoming', ...whole('不足为奇'))).toBe(false);
    expect(judge.accepts('any', ...whole('不足为奇'))).toBe(true);
  });

  it('possible: never false where accepts could say yes (the engine skips those sentences unmatched)', async () => {
    let accepted = 0;
    for await (const { name, report } of corpusReports()) {
      const view = buildView(report, DEFAULT_CUES);
      const judge = createStanceJudge(view, DEFAULT_CUES);
      for (const unit of view.units) {
        // Every two-character span of the sentence, so a cue anywhere in it counts.
        const spans = Array.from({ length: Math.max(1, unit.text.length - 1) }, (_, k) => ({ start: unit.start + k, end: unit.start + k + 2 }));
        for (const stance of ['done', 'plan', 'shortcoming', 'any'] as const) {
          const yes = spans.some((s) => judge.accepts(stance, unit, [s]));
          if (yes) accepted++;
          if (yes) expect(judge.possible(stance, unit), `${name}: ${stance} “${unit.text}”`).toBe(true);
        }
      }
    }
    expect(accepted).toBeGreaterThan(1000);
  });
});

describe('word boundaries inside a clause', () => {
  it('are those of the whole sentence: jieba never makes a word across a punctuation mark', async () => {
    const boundaries = (text: string) => new Set(cut(text).flatMap((t) => [t.start, t.end]));
    let clauses = 0;
    for await (const { name, report } of corpusReports()) {
      for (const unit of buildView(report, DEFAULT_CUES).units) {
        const whole = boundaries(unit.text);
        let from = 0;
        for (const piece of unit.text.split(/(?<=[，,；;：:])/)) {
          const local = boundaries(piece);
          for (let k = 1; k < piece.length; k++) expect(local.has(k), `${name}: “${piece}” at ${k}`).toBe(whole.has(from + k));
          from += piece.length;
          clauses++;
        }
      }
    }
    expect(clauses).toBeGreaterThan(2000);
  });
});

describe('a report written of the reporter in the third person', () => {
  const statusOf = async (lines: string[], id: string) => {
    const card = scoreReport(await parseText(lines.join('\n')), rubric);
    return card.criteria.find((c) => c.id === id)!.status;
  };
  const BODY = ['一、抓履职', '他全年到区人武部办公13次，主持召开区委常委会专题议军4次（1月、4月、7月、10月）。3月、9月，他两次与人武部党委成员谈心谈话。'];

  it('reads the name in the title, or the opening 事迹 sentence, and 他 as the reporter', async () => {
    expect(await statusOf(['岱垣区委书记马振东同志2025年度党管武装工作述职报告', ...BODY], 'four-ones')).toBe('met');
    expect(await statusOf(['2025年度党管武装工作述职报告', '马振东同志自担任区委书记、区人武部党委第一书记以来，始终把党管武装作为重大政治责任。', ...BODY], 'four-ones')).toBe('met');
  });

  it('does not read a deputy named first, nor 他 in a report that names nobody so', async () => {
    expect(await statusOf(['2025年度党管武装工作述职报告', '张明同志担任区委副书记，分管武装工作。', ...BODY], 'four-ones')).not.toBe('met');
    expect(await statusOf(['2025年度党管武装工作述职报告', '区委副书记张明分管武装工作。', ...BODY], 'four-ones')).not.toBe('met');
  });
});

describe('four-ones: a ledger by quarter', () => {
  const LEDGER = [
    '全年本人落实“四个一”情况按季度记录如下。',
    '季度\t到人武部办公\t主持议军\t谈心谈话\t调研',
    '一季度\t1月12日、2月20日、3月16日，共3次\t2月20日常委会议军1次\t—\t—',
    '二季度\t4月、5月、6月各1次，共3次\t5月9日常委会议军1次\t6月下旬与人武部党委成员逐一谈心，5人\t—',
  ];

  it('reads each count by its column: office days, meetings and talks are three parts, met', async () => {
    const c = await score(...LEDGER);
    expect(c['four-ones'].status).toBe('met');
    expect(c['four-ones'].parts!.filter((p) => p.found).map((p) => p.id)).toEqual(['monthly-office', 'quarterly-meeting', 'half-year-talk']);
  });

  it('a column left empty ("—") is no part', async () => {
    const c = await score(LEDGER[0], LEDGER[1], LEDGER[2]);
    expect(c['four-ones'].parts!.filter((p) => p.found).map((p) => p.id)).toEqual(['monthly-office', 'quarterly-meeting']);
  });
});

describe('a report that states no year of its own (a first months report, "到任以来")', () => {
  it('is of the year the reporter came: what the report dates before the arrival is the predecessor’s', async () => {
    const incentive = (
      await scoreText([
        '洹平市委书记到任以来党管武装工作述职报告',
        '2023年8月14日，我到洹平市任市委书记，同时担任市人武部党委第一书记。现将到任以来的履职情况报告如下。',
        '一、主要工作',
        '今年6月，市委出台了《洹平市党管武装工作考核细则》，年底将第一次按细则进行考核。',
        '到任后，我到市人武部现场办公5次，主持召开市委常委会专题研究武装工作2次。',
      ])
    )['incentive-mechanism'];
    expect(incentive.status).toBe('missing');
    expect(incentive.setAside?.[0]).toMatchObject({ cause: 'beforeArrival' });
  });

  it('but not when it names years past the next: a report of the years since the arrival', async () => {
    const card = await scoreText([
      '任职以来党管武装工作述职报告',
      '我于2023年9月任柳堤镇党委书记，兼任镇武装部第一书记，至今两年半。',
      '一、落实“四个一”情况',
      '召开镇党委会专题研究武装工作9次，其中2025年4次（2月民兵整组、5月汛前准备、8月征兵、11月武装部正规化建设）。',
    ]);
    expect(card['military-affairs-meetings'].status).toBe('met');
  });
});

describe('a line that introduces a list with its colon', () => {
  it('heads the list as a short label would: the items after "明年重点做好以下几件事：" are plans, those after "一年来主要做了以下工作：" work done', async () => {
    const incentive = async (intro: string) =>
      (await scoreText(['洇浦镇党委书记2026年党管武装工作述职', '三、不足和明年打算', '说实话，有两件事我做得不好。', intro, '上半年出台村级武装工作考核办法，武装工作占村级年度考核5分。']))['incentive-mechanism'].status;
    expect(await incentive('明年重点做好以下几件事：')).toBe('missing');
    expect(await incentive('明年打算做这么几件：')).toBe('missing');
    expect(await incentive('一年来主要做了以下工作：')).toBe('met');
  });
});
