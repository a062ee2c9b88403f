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
      const [name, criterion, expected, target, text] = line.split('\t');
      const b = { ...BASE };
      target.split('+').forEach((t, k) => (b[t] = text.split(' ||| ')[k].replace(/\\n/g, '\n')));
      return { name, criterion, expected: expected as Status, text: build(b) };
    });
}

/** Cases the rules do not get right yet, each with why (see the closing note of the session that added them). */
const KNOWN: Record<string, string> = {
  f14_four_inviteBei: '“人武部每半年与我谈心一次”: the talk with the reporter, started by the 人武部, still counts as the half-year talk',
  f42_sc_others: '“各乡镇普遍存在民兵训练不足的问题” counts as a shortcoming of the reporter’s own domain, as the labelled sets read such lines',
  f42a_sc_xiangzhen: 'the same',
  f48_sc_english: 'English text is not read',
  f71_cons_tijian: '“体检合格率仅为38%”: a low figure stated as a fact is not recognised as a fault, so the 征兵 figure counts',
  f73_cons_lianxi: '“入伍意向登记仅2人”: the same',
};

let rubric: Rubric;
beforeAll(() => {
  rubric = defaultRubric();
});

describe.each(['honest.tsv', 'traps.tsv'])('adversarial cases in %s', (file) => {
  for (const c of cases(file)) {
    (KNOWN[c.name] ? it.fails : it)(`${c.name}: ${c.criterion} is ${c.expected}`, async () => {
      const card = scoreReport(await parseText(c.text), rubric);
      const got = card.criteria.find((k) => k.id === c.criterion)!;
      expect(got.status, JSON.stringify(got.evidence.map((e) => e.text))).toBe(c.expected);
    });
  }
});
