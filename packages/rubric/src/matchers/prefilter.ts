import { RegExpParser, type AST } from '@eslint-community/regexpp';
import { normalizeText } from '@shuzhi/text';
import type { Matcher, Paragraph } from '@shuzhi/types';
import type { ReportView, Unit } from '../view.ts';
import { readsPastSentence } from './types.ts';

/**
 * A cheap test that a matcher cannot match a sentence, asked before the
 * matcher itself: most sentences hold none of the words a signal looks for,
 * and running its expressions over them is most of the work of scoring.
 *
 * From the matcher, the words one of which every match must contain (as
 * search engines do for regular expressions: RE2's prefilter, codesearch):
 * 经费 or 资金 for `(经费|资金)[^。]{0,6}(保障|列入)`. A sentence is then
 * skipped when for some required set none of its words can be in the text,
 * told by a bitmap of the text's characters. Sound by construction: the test
 * may let through a sentence the matcher rejects, never the reverse.
 */
export type Prefilter = (unit: Unit, view: ReportView) => boolean;

/** Any of these words, in the sentence or in its whole paragraph (a window wider than the sentence). */
interface Clause {
  words: string[];
  paragraph: boolean;
}

/** More alternatives than this in one set cost more to test than they save, and no one writes a set that large on purpose. */
const MAX_WORDS = 64;

const parser = new RegExpParser({ ecmaVersion: 2025 });

/** The prefilter of a matcher, or null when nothing cheap can be told (every sentence is asked). */
export function compilePrefilter(m: Matcher): Prefilter | null {
  const clauses = clausesOf(m, false);
  if (!clauses?.length) return null;
  const compiled = clauses.map((c) => ({ words: c.words.map((word) => ({ word, bits: bitsOf(word) })), paragraph: c.paragraph }));
  return (unit, view) => {
    const maps = bitmaps(view);
    for (const c of compiled) {
      const [map, at, text] = c.paragraph ? [maps.paragraph(unit.paragraph), 0, unit.paragraph.normalized] : [maps.units, maps.unit(unit), unit.text];
      // The bitmap rules most words out at a few bit tests; a word whose characters are all there is then looked for itself
      // (民 and 兵 are in many a sentence that holds no 民兵).
      if (!c.words.some((w) => has(map, at, w.bits) && text.includes(w.word))) return false;
    }
    return true;
  };
}

/**
 * What every match needs, as sets of words that must all be satisfied (each by
 * one of its words); null or [] when nothing is known. `paragraph` says the
 * window is wider than the sentence (sound for a few characters around it too).
 */
function clausesOf(m: Matcher, paragraph: boolean): Clause[] | null {
  if ('terms' in m) return [{ words: [...new Set(m.terms.map(normalizeText))], paragraph }];
  if ('regex' in m) {
    const words = regexWords(m.regex, m.flags ?? '');
    return words ? [{ words, paragraph }] : null;
  }
  if ('all' in m) {
    const wide = paragraph || readsPastSentence(m.within);
    // Every child must match in the window.
    return m.all.flatMap((c) => clausesOf(c, wide) ?? []);
  }
  // What its cell must hold, the row holds.
  if ('column' in m) return clausesOf(m.match, paragraph);
  if ('any' in m) {
    // One child matches: the union of one clause of each, read in the widest window any of them reads.
    const words = new Set<string>();
    let wide = paragraph;
    for (const c of m.any) {
      const best = mostTelling(clausesOf(c, paragraph) ?? [], (clause) => clause.words);
      if (!best) return null;
      best.words.forEach((w) => words.add(w));
      wide ||= best.paragraph;
    }
    return words.size <= MAX_WORDS ? [{ words: [...words], paragraph: wide }] : null;
  }
  // A quantity, a title, the report, a table header, a shortfall, a classifier: no word is required.
  return null;
}

/**
 * An expression's `test`, asked only of a text that holds one of the words every match needs (see `regexWords`): for the
 * judge's long alternations of cues, which irregexp tries at every position of every clause (the other actors' pattern cost
 * ~6 µs on a 12-character clause, and 4 of 5 clauses hold none of its 170 words). The same answers as the expression's.
 */
export function guardedTest(re: RegExp): { test(text: string): boolean } {
  if (re.global || re.sticky) throw new Error('guardedTest: a global or sticky expression keeps state between calls');
  const words = regexWords(re.source, re.flags, MAX_GUARD_WORDS);
  if (!words) return re;
  // The words by their first character: a text is scanned once, each of its characters looked up in a bit set first
  // (most are no word's first) and only then among the words.
  const first = new Uint32Array(2048);
  const byFirst = new Map<number, string[]>();
  for (const w of words) {
    const c = w.charCodeAt(0);
    first[c >>> 5] |= 1 << (c & 31);
    const list = byFirst.get(c);
    if (list) list.push(w);
    else byFirst.set(c, [w]);
  }
  const holdsWord = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if ((first[c >>> 5] & (1 << (c & 31))) === 0) continue;
      for (const w of byFirst.get(c)!) if (w.length === 1 || text.startsWith(w, i)) return true;
    }
    return false;
  };
  return { test: (text) => holdsWord(text) && re.test(text) };
}

/** A guard scans the text once whatever the number of words; past a couple of thousand, the expression is no list of cues. */
const MAX_GUARD_WORDS = 2048;

/** Of several sets of words, the most telling: its shortest word longest, then fewest words. */
function mostTelling<T>(items: readonly T[], words: (item: T) => Iterable<string>): T | null {
  let chosen: T | null = null;
  let score = -1;
  for (const item of items) {
    const list = [...words(item)];
    const s = Math.min(...list.map((w) => w.length)) * 1000 - list.length;
    if (s > score) [chosen, score] = [item, s];
  }
  return chosen;
}

/** What a node of an expression can match, when few strings (`exact`), and words one of which every match contains (`need`). */
interface Info {
  exact: Set<string> | null;
  need: Set<string> | null;
}

const MAX_EXACT = 64;
const NONE: Info = { exact: null, need: null };
const EMPTY: Info = { exact: new Set(['']), need: null };

/** The words one of which every non-empty match of the expression contains, or null (or more than `max` of them). */
export function regexWords(source: string, flags: string, max = MAX_WORDS): string[] | null {
  // Case folding and a dot that spans lines change what a literal character matches: then nothing is told.
  if (/[iv]/.test(flags)) return null;
  let pattern: AST.Pattern;
  try {
    pattern = parser.parsePattern(source, undefined, undefined, { unicode: true });
  } catch {
    return null;
  }
  const need = needOf(alternativesInfo(pattern.alternatives, max));
  return need && need.size <= max ? minimal(need) : null;
}

/** Without the words that hold another of the set: 经费保障 is found wherever 保障 is looked for. */
function minimal(words: Set<string>): string[] {
  const all = [...words];
  return all.filter((w) => !all.some((v) => v !== w && w.includes(v)));
}

function needOf(info: Info): Set<string> | null {
  if (info.need) return info.need;
  return info.exact && info.exact.size > 0 && !info.exact.has('') ? info.exact : null;
}

function alternativesInfo(alternatives: AST.Alternative[], max: number): Info {
  const infos = alternatives.map((alt) => sequenceInfo(alt, max));
  let exact: Set<string> | null = new Set();
  const need = new Set<string>();
  let needed = true;
  for (const info of infos) {
    if (exact && info.exact && exact.size + info.exact.size <= MAX_EXACT) info.exact.forEach((s) => exact!.add(s));
    else exact = null;
    const n = needOf(info);
    if (n) n.forEach((s) => need.add(s));
    else needed = false;
  }
  return { exact, need: needed && need.size <= max ? need : null };
}

/** A sequence: runs of exact elements give their concatenations; the best of the sets found is the need. */
function sequenceInfo(alt: AST.Alternative, max: number): Info {
  const candidates: Set<string>[] = [];
  let run: Set<string> = new Set(['']);
  let allExact = true;
  const close = () => {
    if (run.size > 0 && !run.has('')) candidates.push(run);
  };
  for (const element of alt.elements) {
    const info = elementInfo(element, max);
    if (info.exact) {
      if (run.size * info.exact.size <= MAX_EXACT) run = product(run, info.exact);
      else {
        close();
        allExact = false;
        run = info.exact;
      }
      continue;
    }
    allExact = false;
    close();
    run = new Set(['']);
    const n = needOf(info);
    if (n) candidates.push(n);
  }
  close();
  const need = mostTelling(candidates, (set) => set);
  return { exact: allExact ? run : null, need };
}

function product(a: Set<string>, b: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

function elementInfo(e: AST.Element, max: number): Info {
  switch (e.type) {
    case 'Character':
      return { exact: new Set([String.fromCodePoint(e.value)]), need: null };
    case 'CharacterClass': {
      if (e.negate || e.unicodeSets) return NONE;
      const chars = new Set<string>();
      for (const item of e.elements) {
        if (item.type === 'Character') chars.add(String.fromCodePoint(item.value));
        else if (item.type === 'CharacterClassRange' && item.max.value - item.min.value < 16) {
          for (let c = item.min.value; c <= item.max.value; c++) chars.add(String.fromCodePoint(c));
        } else return NONE;
      }
      return chars.size > 0 && chars.size <= MAX_EXACT ? { exact: chars, need: null } : NONE;
    }
    case 'Assertion':
      // A lookaround or an anchor consumes nothing: what it asks of the text around is not in the match.
      return EMPTY;
    case 'Group':
    case 'CapturingGroup':
      return alternativesInfo(e.alternatives, max);
    case 'Quantifier': {
      const inner = elementInfo(e.element, max);
      if (e.min === 0) return e.max === 1 && inner.exact && inner.exact.size < MAX_EXACT ? { exact: new Set(['', ...inner.exact]), need: null } : NONE;
      if (e.min === 1 && e.max === 1) return inner;
      // At least one repetition: whatever one repetition needs.
      return { exact: null, need: needOf(inner) };
    }
    default:
      // A character set (\d, \s, .), a back-reference: nothing known.
      return NONE;
  }
}

// ---- The characters a text holds, as a 1,024-bit map (a Bloom filter of one hash): a word can be in the text only if all its
// characters' bits are set. A sentence sets few of the bits; a paragraph of a few hundred characters a fifth of them.

const WORDS = 32;

const bitOf = (code: number) => (Math.imul(code, 0x9e3779b1) >>> 22) & 1023;

/** A word's bits, without repeats. */
function bitsOf(word: string): number[] {
  const bits = new Set<number>();
  for (let i = 0; i < word.length; i++) bits.add(bitOf(word.charCodeAt(i)));
  return [...bits];
}

function has(map: Uint32Array, at: number, bits: number[]): boolean {
  for (const b of bits) if ((map[at + (b >>> 5)] & (1 << (b & 31))) === 0) return false;
  return true;
}

function fill(map: Uint32Array, at: number, text: string) {
  for (let i = 0; i < text.length; i++) {
    const b = bitOf(text.charCodeAt(i));
    map[at + (b >>> 5)] |= 1 << (b & 31);
  }
}

interface Bitmaps {
  /** Every sentence's map, one after another. */
  units: Uint32Array;
  /** Where the sentence's map starts in `units`. */
  unit(unit: Unit): number;
  paragraph(p: Paragraph): Uint32Array;
}

const byView = new WeakMap<ReportView, Bitmaps>();

/** Each sentence's and paragraph's map, made when first asked (a sentence's text is what a matcher reads of it). */
function bitmaps(view: ReportView): Bitmaps {
  let maps = byView.get(view);
  if (maps) return maps;
  const units = new Uint32Array(view.units.length * WORDS);
  const known = new Uint8Array(view.units.length);
  const paragraphs = new Map<Paragraph, Uint32Array>();
  maps = {
    units,
    unit(u) {
      const at = u.id * WORDS;
      if (!known[u.id]) {
        fill(units, at, u.text);
        known[u.id] = 1;
      }
      return at;
    },
    paragraph(p) {
      let map = paragraphs.get(p);
      if (!map) {
        map = new Uint32Array(WORDS);
        fill(map, 0, p.normalized);
        paragraphs.set(p, map);
      }
      return map;
    },
  };
  byView.set(view, maps);
  return maps;
}
