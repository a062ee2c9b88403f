import { normalizeText } from '@shuzhi/text';
import type { Matcher, Within } from '@shuzhi/types';
import { CLAUSE, cellSpans, cellsOf, underHeading } from '../view.ts';
import { compileQuantity } from './quantity.ts';
import { compileRegex } from './regex.ts';
import { compileShortfall } from './shortfall.ts';
import { compileTerms } from './terms.ts';
import { readsPastSentence, type Compiled, type CompileEnv, type Span, type Window } from './types.ts';

/** Turns a rubric matcher into a function over a window of text. */
export function compileMatcher(m: Matcher, env: CompileEnv = {}): Compiled {
  if ('terms' in m) return compileTerms(m.terms, m.word);
  if ('regex' in m) return compileRegex(m.regex, m.flags);
  if ('quantity' in m) return compileQuantity(m.quantity);
  if ('header' in m) return compileHeader(m.header);
  if ('column' in m) return compileColumn(m.column, compileMatcher(m.match, env));
  if ('shortfall' in m) return compileShortfall(m.shortfall);
  if ('title' in m) return compileTitle(m.title);
  if ('report' in m) return compileReport(m.report);
  if ('section' in m) return compileSection(m.section);
  if ('any' in m) {
    const children = m.any.map((c) => compileMatcher(c, env));
    return (win) => {
      let spans: Span[] | null = null;
      for (const child of children) {
        const found = child(win);
        if (found) spans = spans ? spans.concat(found) : found;
      }
      return spans;
    };
  }
  if ('all' in m) {
    const children = m.all.map((c) => compileMatcher(c, env));
    if (m.within === 'topic') return compileAllInTopic(children, env);
    if (m.within === 'clause') return compileAllInClause(children);
    return compileAll(children, m.within ?? 'sentence');
  }
  return compileClassify(m.classify, m.min ?? 0.6, env);
}

/**
 * Co-occurrence: every child matches within the window (the sentence, its
 * paragraph, or N characters around the sentence), and at least one match
 * lies in the sentence itself so the evidence is the sentence that shows it.
 */
function compileAll(children: Compiled[], within: Exclude<Within, 'topic' | 'clause'>): Compiled {
  return (win) => {
    const wide = widen(win, within);
    const spans: Span[] = [];
    for (const child of children) {
      const found = child(wide);
      if (!found) return null;
      spans.push(...found);
    }
    const { start, end } = win.unit;
    return spans.some((s) => s.start >= start && s.end <= end) ? spans : null;
  };
}

/** What each child finds in the window, or null as soon as one finds nothing. */
function everyChild(children: Compiled[], win: Window): Span[][] | null {
  const found: Span[][] = [];
  for (const child of children) {
    const spans = child(win);
    if (!spans) return null;
    found.push(spans);
  }
  return found;
}

/** Co-occurrence within the sentence's clauses about the criterion's own kind of work (see `Within`). */
function compileAllInTopic(children: Compiled[], env: CompileEnv): Compiled {
  const { topics, kind } = env;
  if (!topics || !kind) throw new Error('within: topic needs the criterion’s topic');
  return (win) => {
    // The sentence's stretches only once every child matches somewhere in it: most sentences stop at the first child.
    const found = everyChild(children, win);
    if (!found) return null;
    const ranges = topics.ranges(win.unit, win.view, kind);
    if (ranges === null) return found.flat();
    const spans: Span[] = [];
    for (const f of found) {
      const inside = f.filter((s) => ranges.some((r) => s.start >= r.start && s.end <= r.end));
      if (!inside.length) return null;
      spans.push(...inside);
    }
    return spans;
  };
}

/**
 * Co-occurrence within one clause of the sentence (between its commas, semicolons, colons and a table's cells): "镇党委把征兵工作
 * 列入村级考核，全年输送新兵11名" has an assessment and a figure, but not in one clause. The clause is the condition; the spans are
 * all the children found in the sentence, as for `sentence` (whose act it is is judged from the whole of it: "8月党工委会出台办法，
 * 在社区年度考核中武装工作占4分").
 */
function compileAllInClause(children: Compiled[]): Compiled {
  return (win) => {
    const found = everyChild(children, win);
    if (!found) return null;
    for (const m of win.text.matchAll(CLAUSE)) {
      const start = win.offset + m.index;
      const end = start + m[0].length;
      if (found.every((f) => f.some((s) => s.start >= start && s.end <= end))) return found.flat();
    }
    return null;
  };
}

function widen(win: Window, within: Exclude<Within, 'topic' | 'clause'>): Window {
  if (within === 'sentence') return win;
  const p = win.unit.paragraph;
  const text = win.paragraph ? win.paragraph() : p.normalized;
  if (within === 'paragraph') return { ...win, text, offset: p.start };
  const from = Math.max(p.start, win.unit.start - within.chars);
  const to = Math.min(p.end, win.unit.end + within.chars);
  return { ...win, text: text.slice(from - p.start, to - p.start), offset: from };
}

/**
 * What the whole report is about, and whose it is, by its title ("……党管武装工作述职报告", not "……年度述职报告") and the byline
 * under it that names the reporter's post when the title does not ("2025年党管武装工作述职报告" over "**澜泽高新技术产业园区党工委
 * 书记　秦雨桐**", "述职人：镇党委书记 杜海峰").
 */
function compileTitle(source: string): Compiled {
  const re = new RegExp(source, 'u');
  return oncePerReport((view) => re.test(normalizeText(titleText(view.report))));
}

/** A matcher that says where by something of the whole report, asked once per report: every sentence of it, or none. */
function oncePerReport(test: (view: Window['view']) => boolean): Compiled {
  const byView = new WeakMap<Window['view'], boolean>();
  return (win) => {
    let holds = byView.get(win.view);
    if (holds === undefined) byView.set(win.view, (holds = test(win.view)));
    return holds ? where(win) : null;
  };
}

/** A line naming the post and the person, no sentence: "述职人：镇党委书记 杜海峰" (not "2024年，我认真履行……第一书记职责，……"). */
const BYLINE = /^(?=[^，。；,;！？]*$)[^，。；,;！？]{0,30}(书记|述职人|报告人)/;

function titleText(report: Window['view']['report']): string {
  const opening = report.sections[0];
  if (!opening || opening.heading !== null) return report.title ?? '';
  const bylines = opening.paragraphs.slice(0, 3).filter((p) => p.normalized.trim().length <= 40 && BYLINE.test(p.normalized.trim()));
  return [report.title ?? '', ...bylines.map((p) => p.text)].join('\n');
}

/** Whether the expression is found anywhere in the report, asked once per report: a template's counts left blank elsewhere. */
function compileReport(source: string): Compiled {
  const re = new RegExp(source, 'u');
  return oncePerReport((view) => view.units.some((u) => re.test(u.text)));
}

/** What the part of the report is about, by a heading above the sentence ("二、到任以来履行第一书记职责情况"). */
function compileSection(source: string): Compiled {
  const re = new RegExp(source, 'u');
  const byUnit = new WeakMap<Window['unit'], boolean>();
  return (win) => {
    let under = byUnit.get(win.unit);
    if (under === undefined) byUnit.set(win.unit, (under = underHeading(win.unit, re)));
    return under ? where(win) : null;
  };
}

/** A table row by its table's header: where the row's cells get their meaning ("金额（万元）" makes "38" money). */
function compileHeader(source: string): Compiled {
  const re = new RegExp(source, 'u');
  return (win) => (win.unit.tableHeader !== null && re.test(win.unit.tableHeader) ? where(win) : null);
}

/**
 * A cell of a table row by its column's name: the row's cells read one by one under the header's ("季度｜到人武部办公｜主持议军"),
 * so that "共3次" is a count of office days where the column says so. Each cell named so is read by the inner matcher on its own
 * (the part of it inside the window, which a sentence of a cell may cut).
 */
function compileColumn(source: string, inner: Compiled): Compiled {
  const re = new RegExp(source, 'u');
  return (win) => {
    const { tableHeader, paragraph } = win.unit;
    if (tableHeader === null) return null;
    const cells = cellSpans(paragraph.normalized);
    let spans: Span[] | null = null;
    cellsOf(tableHeader).forEach((name, k) => {
      if (!re.test(name) || !cells[k]) return;
      const from = Math.max(paragraph.start + cells[k].start, win.offset);
      const to = Math.min(paragraph.start + cells[k].end, win.offset + win.text.length);
      if (to <= from) return;
      const found = inner({ ...win, text: win.text.slice(from - win.offset, to - win.offset), offset: from });
      if (found) spans = spans ? spans.concat(found) : found;
    });
    return spans;
  };
}

/** What a matcher that says where, not what, finds: an empty span at the sentence's start. */
const where = (win: Window): Span[] => [{ start: win.unit.start, end: win.unit.start }];

function compileClassify(label: string, min: number, env: CompileEnv): Compiled {
  return (win) => {
    if (!env.classifier) return null;
    const p = env.classifier.classify(win.unit.text)[label] ?? 0;
    return p >= min ? [{ start: win.unit.start, end: win.unit.end }] : null;
  };
}

/** A matcher as far as its windows go: the rubric's, or the schema's input before its defaults. */
type Windowed = { all: readonly Windowed[]; within?: Within } | { any: readonly Windowed[] } | { regex: string } | { terms: readonly string[] } | { quantity: string } | { header: string } | { column: string; match: Windowed } | { shortfall: string } | { title: string } | { report: string } | { section: string } | { classify: string };

/** Whether an `all` in the matcher, or in one inside it, has a window that `test` accepts. */
export function someWindow(m: Windowed, test: (within: Within | undefined) => boolean): boolean {
  if ('all' in m) return test(m.within) || m.all.some((c) => someWindow(c, test));
  if ('any' in m) return m.any.some((c) => someWindow(c, test));
  if ('column' in m) return someWindow(m.match, test);
  return false;
}

/** Whether the matcher reads more than its sentence (a paragraph or characters around it). */
export const widens = (m: Matcher): boolean => someWindow(m, readsPastSentence);

export type { Compiled, CompileEnv, SentenceClassifier, Span, Window } from './types.ts';
export { quantityPattern } from './quantity.ts';
export { allMatches } from './types.ts';
