import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Matcher } from '@shuzhi/types';
import { parseReport } from '@shuzhi/parser';
import { loadRubric } from '../load.ts';
import { buildView } from '../view.ts';
import { compileMatcher } from './index.ts';
import { compilePrefilter, guardedTest, regexWords } from './prefilter.ts';
import { createTopics } from './topics.ts';
import { testWindows } from './testing.ts';

const sorted = (words: string[] | null) => (words ? [...words].sort() : null);

describe('regexWords', () => {
  it('finds the words one of which every match contains', () => {
    // (Of two sets as telling, the first.)
    expect(sorted(regexWords('(经费|资金)[^。]{0,6}(保障|列入)', ''))).toEqual(['经费', '资金']);
    expect(sorted(regexWords('(经费|资金)[^。]{0,6}(保障工作|列入预算)', ''))).toEqual(['保障工作', '列入预算']);
    expect(sorted(regexWords('议军会?', ''))).toEqual(['议军']);
    expect(sorted(regexWords('[县市]人武部', ''))).toEqual(['县人武部', '市人武部']);
    expect(sorted(regexWords('(?<!按)计划', ''))).toEqual(['计划']);
    expect(sorted(regexWords('^每(个)?(月|季度)', ''))).toEqual(['每个季度', '每个月', '每季度', '每月']);
  });

  it('tells nothing when some match may hold none of its words', () => {
    // An alternative of classes only, an optional group, a case-folding flag, a property escape.
    expect(regexWords('经费|\\d+', '')).toBeNull();
    expect(sorted(regexWords('经费|\\d+元', ''))).toEqual(['元', '经费']);
    expect(regexWords('(经费)?保障', '')).toEqual(['保障']);
    expect(regexWords('(经费)?', '')).toBeNull();
    expect(regexWords('ABC', 'i')).toBeNull();
    expect(regexWords('\\p{Script=Han}{2}', '')).toBeNull();
    expect(regexWords('[^。]+', '')).toBeNull();
    expect(regexWords('(', '')).toBeNull();
  });
});

describe('compilePrefilter', () => {
  const { setup, unit, view } = testWindows(['2024年述职报告', '县财政列支经费80万元。', '民兵训练扎实开展。另有其事。'].join('\n'));

  it('turns away a sentence without the words, in the sentence or, for a wider window, the paragraph', async () => {
    await setup();
    const funding = compilePrefilter({ all: [{ terms: ['经费'] }, { regex: '列支|拨付' }] })!;
    expect(funding(unit('县财政'), view())).toBe(true);
    expect(funding(unit('民兵训练'), view())).toBe(false);
    const wide = compilePrefilter({ all: [{ terms: ['民兵'] }, { terms: ['其事'] }], within: 'paragraph' })!;
    expect(wide(unit('民兵训练'), view())).toBe(true);
    expect(wide(unit('另有其事'), view())).toBe(true);
    expect(wide(unit('县财政'), view())).toBe(false);
  });

  it("turns away a sentence that holds a word's characters apart but not the word", async () => {
    const { setup, unit, view } = testWindows(['2024年述职报告', '兵役登记覆盖全体适龄青年，居民参与踊跃。'].join('\n'));
    await setup();
    // (民 and 兵 are both there; 民兵 is not.)
    expect(compilePrefilter({ terms: ['民兵'] })!(unit('兵役登记'), view())).toBe(false);
    expect(compilePrefilter({ terms: ['兵役'] })!(unit('兵役登记'), view())).toBe(true);
  });

  it('is absent when the matcher needs no word (a quantity, a classifier, an alternative without words)', () => {
    expect(compilePrefilter({ quantity: 'money' })).toBeNull();
    expect(compilePrefilter({ any: [{ terms: ['经费'] }, { quantity: 'money' }] })).toBeNull();
  });

  it('never turns away a sentence the matcher matches: every matcher of the default rubric on the corpus', async () => {
    const loaded = loadRubric('party-armed-forces');
    if (!loaded.ok) throw new Error('the default rubric does not load');
    const topics = createTopics(loaded.value.criteria);
    const compiled = loaded.value.criteria.flatMap((c) =>
      [...c.signals, ...c.parts.flatMap((p) => [...p.signals, ...p.short])]
        .flatMap((s): Matcher[] => [...(s.match ? [s.match] : []), ...s.unless, ...s.ignore])
        .concat(c.unless, c.ignore)
        .map((m) => ({ match: compileMatcher(m, { topics, kind: c.id }), can: compilePrefilter(m) }))
        .filter((m) => m.can !== null),
    );
    expect(compiled.length).toBeGreaterThan(100);
    const dir = new URL('../../../../corpus/reports/', import.meta.url);
    let turnedAway = 0;
    for (const name of readdirSync(dir)) {
      const parsed = await parseReport({ name, bytes: readFileSync(new URL(name, dir)) });
      if (!parsed.ok) continue;
      const v = buildView(parsed.value, loaded.value.cues);
      for (const u of v.units) {
        for (const m of compiled) {
          if (m.can!(u, v)) continue;
          turnedAway++;
          expect(m.match({ text: u.text, offset: u.start, unit: u, view: v })).toBeNull();
        }
      }
    }
    expect(turnedAway).toBeGreaterThan(10000);
  });
});

describe('guardedTest', () => {
  it('answers as the expression does, asking it only of a text with one of its words', () => {
    const re = /^[^，。]{0,4}?(副书记|(县|市)长|他)(?!们)/;
    const guarded = guardedTest(re);
    expect(guarded).not.toBe(re);
    for (const text of ['副书记带队检查', '今年县长主持召开', '他们都来了', '我每月到人武部办公', '', '由他负责']) expect(guarded.test(text)).toBe(re.test(text));
  });

  it('is the expression itself when no word is needed, and refuses one that keeps state', () => {
    const re = /经费|\d+/;
    expect(guardedTest(re)).toBe(re);
    expect(() => guardedTest(/经费/g)).toThrow();
  });

  it('gives the same answers as the judge\'s cue lists on every clause of the corpus', async () => {
    const loaded = loadRubric('party-armed-forces');
    if (!loaded.ok) throw new Error('the default rubric does not load');
    const { cues } = loaded.value;
    const lists = [cues.shortcoming, cues.notDone, cues.notDoneHere, cues.background, cues.otherActors, cues.outsiders].map((l) => new RegExp(l.map((c) => `(?:${c})`).join('|')));
    const guards = lists.map(guardedTest);
    expect(guards.filter((g, k) => g !== lists[k]).length).toBe(lists.length);
    const dir = new URL('../../../../corpus/reports/', import.meta.url);
    let asked = 0;
    for (const name of readdirSync(dir)) {
      const parsed = await parseReport({ name, bytes: readFileSync(new URL(name, dir)) });
      if (!parsed.ok) continue;
      for (const u of buildView(parsed.value, cues).units) {
        for (const text of [u.text, ...u.text.split(/[，,；;：:]/)]) {
          asked++;
          lists.forEach((re, k) => {
            const answer = guards[k].test(text);
            expect(answer, `${re.source.slice(0, 40)} on “${text}”`).toBe(re.test(text));
          });
        }
      }
    }
    expect(asked).toBeGreaterThan(2000);
  });
});
