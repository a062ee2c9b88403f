import type { Criterion } from '@shuzhi/types';
import { CLAUSE, type ReportView, type Unit } from '../view.ts';
import { allMatches, type Span } from './types.ts';

/** Where each kind of work is spoken of in a sentence: absolute ranges by criterion id. */
export interface Topics {
  /** The clauses of the sentence about the kind, or null when the sentence chains no kinds (the whole sentence is about what it names). */
  ranges(unit: Unit, view: ReportView, kind: string): Span[] | null;
}

/** A sentence naming fewer kinds than this is about them together ("为征兵工作营造浓厚氛围，全年举办国防教育宣讲46场"). */
const CHAIN = 3;

/**
 * The stretches of a sentence that chains kinds of work (three or more). A clause that names kinds belongs to them
 * (a list such as "做好征兵、国防教育等工作" to each); a clause that names none belongs to those of the clause before
 * it, and clauses before the first named kind to that first one ("组织高一新生军训4800人，开展国防教育").
 */
export function createTopics(criteria: Criterion[]): Topics {
  const topical = criteria.filter((c) => c.topic);
  const kinds = topical.map((c) => c.id);
  // One pass over a sentence finds every kind it names: each topic is a named group of one expression.
  const anyKind = kinds.length ? new RegExp(topical.map((c, k) => `(?<k${k}>${c.topic})`).join('|'), 'g') : null;
  const byView = new WeakMap<ReportView, Map<number, Map<string, Span[]> | null>>();
  const stretches = (unit: Unit): Map<string, Span[]> | null => {
    if (!anyKind) return null;
    const hits = allMatches(anyKind, unit.text).map((m) => ({ at: m.index, kind: kinds[kinds.findIndex((_id, k) => m.groups![`k${k}`] !== undefined)] }));
    if (new Set(hits.map((h) => h.kind)).size < CHAIN) return null;
    const clauses = [...unit.text.matchAll(CLAUSE)].map((m) => ({
      start: unit.start + m.index,
      end: unit.start + m.index + m[0].length,
      named: [...new Set(hits.filter((h) => h.at >= m.index && h.at < m.index + m[0].length).map((h) => h.kind))],
    }));
    const first = clauses.find((c) => c.named.length > 0)!;
    const out = new Map<string, Span[]>();
    let owners = first.named;
    for (const c of clauses) {
      if (c.named.length) owners = c.named;
      for (const id of owners) (out.get(id) ?? out.set(id, []).get(id)!).push({ start: c.start, end: c.end });
    }
    return out;
  };
  return {
    ranges(unit, view, kind) {
      let units = byView.get(view);
      if (!units) byView.set(view, (units = new Map()));
      let found = units.get(unit.id);
      if (found === undefined) units.set(unit.id, (found = stretches(unit)));
      return found === null ? null : (found.get(kind) ?? []);
    },
  };
}
