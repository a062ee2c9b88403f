import type { Criterion } from '@shuzhi/types';
import type { ReportView, Unit } from '../view.ts';
import { CLAUSE_MARKS } from '../view.ts';
import type { Span } from './types.ts';

/** Where each kind of work is spoken of in a sentence: absolute ranges by criterion id. */
export interface Topics {
  /** The clauses of the sentence about the kind, or null when the sentence chains no kinds (the whole sentence is about what it names). */
  ranges(unit: Unit, view: ReportView, kind: string): Span[] | null;
}

const CLAUSE = new RegExp(`[^${CLAUSE_MARKS}]+`, 'g');

/** A sentence naming fewer kinds than this is about them together ("为征兵工作营造浓厚氛围，全年举办国防教育宣讲46场"). */
const CHAIN = 3;

/**
 * The stretches of a sentence that chains kinds of work (three or more). A clause that names kinds belongs to them
 * (a list such as "做好征兵、国防教育等工作" to each); a clause that names none belongs to those of the clause before
 * it, and clauses before the first named kind to that first one ("组织高一新生军训4800人，开展国防教育").
 */
export function createTopics(criteria: Criterion[]): Topics {
  const kinds = criteria.filter((c) => c.topic).map((c) => ({ id: c.id, re: new RegExp(c.topic!) }));
  const byView = new WeakMap<ReportView, Map<number, Map<string, Span[]> | null>>();
  const stretches = (unit: Unit): Map<string, Span[]> | null => {
    const clauses = [...unit.text.matchAll(CLAUSE)].map((m) => ({ start: unit.start + m.index, end: unit.start + m.index + m[0].length, named: kinds.filter((k) => k.re.test(m[0])).map((k) => k.id) }));
    const first = clauses.find((c) => c.named.length > 0);
    if (!first || new Set(clauses.flatMap((c) => c.named)).size < CHAIN) return null;
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
