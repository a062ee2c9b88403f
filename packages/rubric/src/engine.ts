import { gradeFor, gradeNote, roundPoints, rubricRef, type Criterion, type CriterionScore, type Evidence, type Guard, type Matcher, type Report, type Rubric, type ScoreCard, type Scope, type SetAside, type SetAsideCause, type Signal, type Stance, type Status } from '@shuzhi/types';
import { loadClassifier } from './classifier.ts';
import { compileMatcher, widens, type Compiled, type CompileEnv, type Span } from './matchers/index.ts';
import { compilePrefilter, type Prefilter } from './matchers/prefilter.ts';
import { compileQuantity, isFullRate } from './matchers/quantity.ts';
import { createTopics } from './matchers/topics.ts';
import { runQualityChecks } from './quality/index.ts';
import { createStanceJudge, type StanceJudge } from './stance.ts';
import { buildView, headingText, joinedCues, underHeading, type ReportView, type Unit } from './view.ts';

/** A matcher with its prefilter: a sentence the prefilter turns away is one the matcher would not match. */
interface Guarded {
  match: Compiled;
  can: Prefilter | null;
  /** As the rubric writes it, for `explainReport`. */
  source: Matcher;
  /** What a reviewer is told of a sentence of the work it takes (see Guard). */
  because?: SetAsideCause;
}

interface CompiledSignal {
  signal: Signal;
  match: Compiled | null;
  /** The match's prefilter. */
  can: Prefilter | null;
  unless: Guarded[];
  ignore: Guarded[];
  /** Its match reads the paragraph around the sentence, which is then read with the ignored phrases blanked. */
  widens: boolean;
  inScope: (unit: Unit) => boolean;
}

interface CompiledCriterion {
  criterion: Criterion;
  signals: CompiledSignal[];
  recital: Compiled | null;
  claimedOnly: Compiled | null;
  parts: { id: string; name: string; signals: CompiledSignal[]; short: CompiledSignal[] }[];
  /**
   * Why a met sentence shows the work in name only: a figure left blank and none filled in (cues.blankFigure), a stock claim and no
   * figure but a full rate (cues.stockClaim), or the reporter only present, and no figure of the place's own work of it in the
   * paragraph (cues.attendedOnly), or the level above's standing committee at it in a township's report (StanceJudge.levelAbove).
   * (For a stock claim and for the reporter only present, a figure in a clause of another field's is none: see `ownFigure`.)
   */
  nameOnly: (unit: Unit, view: ReportView, judge: StanceJudge, stance?: Stance) => NameOnly | null;
  /** The sentence stands under another criterion's heading and none of its own (see `awayFromHome`). */
  away: (unit: Unit) => boolean;
}

export interface CompiledRubric {
  rubric: Rubric;
  criteria: CompiledCriterion[];
}

/** A signal firing on one sentence: the raw material of evidence. */
export interface Hit {
  criterion?: string;
  signal: string;
  strength: 'met' | 'partial';
  stance: Stance;
  unit: Unit;
  spans: Span[];
  /** Why a met signal's hit counts as partial only. */
  nameOnly?: NameOnly;
}

const compiledRubrics = new WeakMap<Rubric, CompiledRubric>();

export function compileRubric(rubric: Rubric): CompiledRubric {
  const cached = compiledRubrics.get(rubric);
  if (cached) return cached;
  const topics = createTopics(rubric.criteria);
  // Each criterion's topic, compiled once: what a paragraph's own figures are of, and where a criterion's home is (see `awayFromHome`).
  const topicOf = new Map(rubric.criteria.map((c) => [c.id, c.topic ? new RegExp(c.topic) : null]));
  const awayFor = awayFromHome(topicOf);
  const base: CompileEnv = rubric.classifier ? { classifier: loadClassifier(rubric.classifier.training), topics } : { topics };
  // A criterion's vetoes and ignored phrases apply to each of its signals, and a rubric repeats lists through YAML anchors
  // (ignore: *secured): each is compiled once, so that what it finds in a sentence is found once (see `ignoredIn`).
  const guards = new Map<string, Guarded>();
  const lists = new Map<string, Guarded[]>();
  const compileSignal = (signal: Signal, criterion: Criterion): CompiledSignal => {
    const env = { ...base, kind: criterion.id };
    const guarded = (guard: Guard): Guarded => {
      const key = `${criterion.id}\u0000${JSON.stringify(guard)}`;
      let g = guards.get(key);
      if (!g) {
        const { because, ...m } = guard;
        const source = m as Matcher;
        guards.set(key, (g = { match: compileMatcher(source, env), can: compilePrefilter(source), source, ...(because ? { because } : {}) }));
      }
      return g;
    };
    const list = (ms: Guard[]): Guarded[] => {
      const key = `${criterion.id}\u0000${JSON.stringify(ms)}`;
      let gs = lists.get(key);
      if (!gs) lists.set(key, (gs = ms.map(guarded)));
      return gs;
    };
    return {
      signal,
      match: signal.match ? compileMatcher(signal.match, env) : null,
      can: signal.match ? compilePrefilter(signal.match) : null,
      unless: list([...signal.unless, ...criterion.unless]),
      ignore: list([...signal.ignore, ...criterion.ignore]),
      widens: signal.match ? widens(signal.match) : false,
      inScope: scopeTest(signal.scope),
    };
  };
  const blankFigure = joinedCues(rubric.cues.blankFigure);
  const filled = compileQuantity('any');
  const stockClaim = joinedCues(rubric.cues.stockClaim);
  const attendedOnly = joinedCues(rubric.cues.attendedOnly);
  const deadline = joinedCues(rubric.cues.deadline);
  const counted = (u: Unit, view: ReportView) => filled({ text: u.text, offset: u.start, unit: u, view });
  const claims = stockClaim ? new RegExp(stockClaim.source, 'g') : null;
  /** Where the stock claim's words stand in the sentence, as absolute spans. */
  const claimSpans = (u: Unit): Span[] => (claims ? [...u.text.matchAll(claims)].map((m) => ({ start: u.start + m.index, end: u.start + m.index + m[0].length })) : []);
  const nameOnlyFor = (criterion: Criterion) => {
    const topic = topicOf.get(criterion.id) ?? null;
    const otherTopics = [...topicOf].filter(([id, re]) => id !== criterion.id && re !== null).map(([, re]) => re!);
    // A figure of another field's clause is no figure of this work: "乡党委会研究武装工作2次，按要求完成民兵整组" for the militia.
    const ownFigure = (u: Unit, s: Span) => {
      const clause = clauseAround(u.text, s.start - u.start, s.end - u.start);
      return (topic?.test(clause) ?? true) || !otherTopics.some((re) => re.test(clause));
    };
    return (unit: Unit, view: ReportView, judge: StanceJudge, stance: Stance = 'done'): NameOnly | null => {
      if (judge.levelAbove(unit)) return 'levelAbove';
      if (stance === 'done' && judge.unpaidElsewhere(unit)) return 'unpaid';
      // (Not present only, in a fault: "我没有到县人武部参加过一次军事日活动" owns a concrete fault, holdout860/12.)
      const reason = blankFigure?.test(unit.text) ? 'blankFigure' : stockClaim?.test(unit.text) ? 'stockClaim' : stance !== 'shortcoming' && attendedOnly?.test(unit.text) ? 'attendedOnly' : null;
      // (For a stock claim, a full rate is the claim's own figure, no count of the work: "按要求完成，民兵训练合格率100%"; so is, of work
      // told done, a figure inside the claim's words, "军属满意度98.6%" — a plan's target is its measure, "满意度提高到95%以上".)
      const claimed = reason === 'stockClaim' && stance === 'done' ? claimSpans(unit) : [];
      const inClaim = (s: Span) => claimed.some((c) => c.start <= s.start && s.end <= c.end);
      const figures = reason === null ? [] : (counted(unit, view) ?? []).filter((s) => (reason === 'blankFigure' || ownFigure(unit, s)) && (reason !== 'stockClaim' || (!isFullRate(unit.text.slice(s.start - unit.start, s.end - unit.start)) && !inClaim(s))));
      if (reason === null || figures.length) return null;
      // A plan's deadline is its measure, whatever amount is left blank: "明年春节前把镇民兵器材室从老粮站搬到镇政府院内，投入XX万元……".
      if (reason === 'blankFigure' && stance === 'plan' && deadline?.test(unit.text)) return null;
      // Present at the work whose figures the paragraph gives as the place's own ("全市征集新兵57名……。我参加了征兵动员会"): read with
      // them; not beside someone else's ("征兵工作由乡长牵头，……定兵3人。12月我参加了新兵欢送会").
      const withOwnFigures = (u: Unit) => u.paragraph === unit.paragraph && u !== unit && (topic?.test(u.text) ?? true) && judge.accepts('done', u, counted(u, view) ?? []);
      return reason === 'attendedOnly' && view.units.some(withOwnFigures) ? null : reason;
    };
  };
  // A criterion's own sentence tests (its recital, its claim), read with its topic.
  const criterionMatcher = (m: Matcher | undefined, criterion: Criterion): Compiled | null => (m ? compileMatcher(m, { ...base, kind: criterion.id }) : null);
  const compiled: CompiledRubric = {
    rubric,
    criteria: rubric.criteria.map((criterion) => ({
      criterion,
      signals: criterion.signals.map((s) => compileSignal(s, criterion)),
      recital: criterionMatcher(criterion.recital, criterion),
      claimedOnly: criterionMatcher(criterion.claimedOnly, criterion),
      parts: criterion.parts.map((p) => ({ id: p.id, name: p.name, signals: p.signals.map((s) => compileSignal(s, criterion)), short: p.short.map((s) => compileSignal(s, criterion)) })),
      nameOnly: nameOnlyFor(criterion),
      away: awayFor(criterion),
    })),
  };
  compiledRubrics.set(rubric, compiled);
  return compiled;
}

/**
 * Work named in passing under another criterion's heading and none of the criterion's own: "对征兵、民兵整组排名后三位的乡镇，由我本人
 * 约谈党委书记" under （二）健全考评激励机制 is the incentive's sanction. It counts, but is quoted for 征兵 after the sentences of the
 * same strength that stand under its own words or under no one's (see `pickEvidence`).
 */
function awayFromHome(topicOf: Map<string, RegExp | null>): (criterion: Criterion) => (unit: Unit) => boolean {
  return (criterion) => {
    const own = topicOf.get(criterion.id);
    const others = [...topicOf].filter(([id, re]) => id !== criterion.id && re !== null).map(([, re]) => re!);
    if (!own) return () => false;
    return (unit) => {
      // (Innermost first.)
      const headed = unit.sections.filter((s) => s.heading !== null);
      const inner = headed[0];
      return inner !== undefined && !headed.some((s) => own.test(headingText(s))) && others.some((re) => re.test(headingText(inner)));
    };
  };
}

/** The clause of a sentence that holds [from, to). */
function clauseAround(text: string, from: number, to: number): string {
  let start = from;
  while (start > 0 && !CLAUSE_END.test(text[start - 1])) start--;
  let end = to;
  while (end < text.length && !CLAUSE_END.test(text[end])) end++;
  return text.slice(start, end);
}

const CLAUSE_END = /[，,；;。：:！!？?]/;

function scopeTest(scope: Scope): (unit: Unit) => boolean {
  switch (scope.kind) {
    case 'document':
      return () => true;
    case 'closing':
      return (u) => u.inClosing;
    case 'sections': {
      const re = new RegExp(scope.heading);
      return (u) => underHeading(u, re);
    }
    case 'not-sections': {
      const re = new RegExp(scope.heading);
      return (u) => !underHeading(u, re);
    }
    case 'opens': {
      const re = new RegExp(scope.heading);
      return (u) => {
        const own = u.sections[0];
        return u.position === 0 && !u.isHeading && own !== undefined && own.heading !== null && own.paragraphs[0] === u.paragraph && re.test(headingText(own));
      };
    }
  }
}

/**
 * Why a signal whose words a sentence holds did or did not take it: it counts (`hit`), the sentence is not in the stance
 * the signal asks for (`stance`: a heading, a plan for work done, …), nothing is left once the rubric's ignored phrases
 * alone are blanked (`ignored`: a routine recited, a count left blank), or once the faults, the work not done and quoted
 * speech are blanked too (`blanked`), a veto applies (`veto`), or the judge refuses it (`refused`: someone else's
 * act, a denial, an earlier time, work named in passing while stating a fault), or it counts as partial only, the sentence's
 * figure left blank and none filled in (`blankFigure`, see cues.blankFigure), its claim made in stock words with no figure
 * (`stockClaim`, see cues.stockClaim), the reporter only present at it, no figure of it beside (`attendedOnly`, see cues.attendedOnly), or,
 * in a township's report, the level above's standing committee at it (`levelAbove`, see StanceJudge.levelAbove), or its every sum
 * one another sentence says is still unpaid (`unpaid`, see StanceJudge.unpaidElsewhere).
 */
export type Verdict = 'hit' | 'stance' | 'ignored' | 'blanked' | 'veto' | 'refused' | NameOnly;
/** Why a met sentence counts as partial only: see Verdict. */
export type NameOnly = 'blankFigure' | 'stockClaim' | 'attendedOnly' | 'levelAbove' | 'unpaid';
/** The same, in the reviewer's words (the card's suggestion, `rubric explain`). */
export const NAME_ONLY_REASONS: Record<NameOnly, string> = {
  blankFigure: '句中的数字留空（如 X名、**场），没有填了的数字',
  stockClaim: '句中只有“按要求”“保障有力”之类的套话，没有数字',
  attendedOnly: '只写了本人参加或到场，本段没有本人所做的数字',
  levelAbove: '这句写的是上级党委常委会的工作，不是本级的',
  unpaid: '句中的金额，报告另一处写明至今尚未拨付到位',
};

export interface Trace {
  criterion: string;
  /** The part of the criterion the signal proves, if any. */
  part?: string;
  signal: string;
  strength: 'met' | 'partial';
  stance: Stance;
  unit: Unit;
  verdict: Verdict;
  /** What the signal's words found in the sentence. */
  spans: Span[];
  /** The veto that applied. */
  veto?: Matcher;
  /**
   * Why a sentence of work was not counted as the reporter's own of the period, when the judge can tell, or the rubric's veto or
   * ignored phrase that took it says (its `because`), as `setAside` says it.
   */
  cause?: SetAsideCause;
  reason?: string;
}

type Tracer = (t: Omit<Trace, 'criterion' | 'part'>) => void;

/** Every sentence on which the signal fires, in the stance it asks for, and no veto applies. */
function fire(cs: CompiledSignal, view: ReportView, judge: StanceJudge, strength: 'met' | 'partial', trace?: Tracer, nameOnly?: CompiledCriterion['nameOnly']): Hit[] {
  const hits: Hit[] = [];
  const { stance } = cs.signal;
  const memo = ignoreMemo(view, cs.ignore);
  const ignoredBy = (unit: Unit): Span[] => {
    let spans = memo.units[unit.id];
    if (!spans) memo.units[unit.id] = spans = cs.ignore.flatMap((m) => ignoredIn(m, unit, view));
    return spans;
  };
  // (Only the ignored phrases: what is not work done still tells what the paragraph is about, "2021年，市财政投入武装工作经费……。
  // 今年，我们继续在经费上给予保障".)
  const blankedParagraph = (unit: Unit): string => {
    const p = unit.paragraph;
    let text = memo.paragraphs.get(p);
    if (text === undefined) {
      const spans: Span[] = [];
      for (let id = unit.id - unit.position; view.units[id]?.paragraph === p; id++) spans.push(...ignoredBy(view.units[id]));
      memo.paragraphs.set(p, (text = blank(p.normalized, p.start, spans)));
    }
    return text;
  };
  // (Only when tracing: the spans it tells are those in the sentence.)
  const tell =
    trace &&
    ((verdict: Verdict, unit: Unit, spans: Span[], veto?: Matcher, because?: SetAsideCause) =>
      trace({
        signal: cs.signal.name,
        strength,
        stance,
        unit,
        verdict,
        spans: spans.filter((x) => x.end > x.start && x.start >= unit.start && x.end <= unit.end),
        veto,
        ...(because ? { cause: because, reason: SET_ASIDE_REASONS[because] } : {}),
      }));
  for (const unit of view.units) {
    if (!cs.inScope(unit) || (cs.can && !cs.can(unit, view))) continue;
    // Work only named, in the faults' or the plans' part ("乡镇专武干部兼职多，精力难以集中" under 存在不足和下步打算): the fault's or the
    // plan's subject, not work shown. (A count there still shows it: "我到人武部办公11次，没有做到每月一次"; and a table there may have a
    // column of what was done: "项目｜2024年落实情况｜2025年打算".)
    if (strength === 'partial' && stance === 'done' && unit.review && unit.tableHeader === null) continue;
    // The stance the judge would refuse anyway, decided once per sentence for all signals: most sentences are neither plans nor faults.
    // (Asked first unless tracing, which tells what the words matched where the stance is wrong.)
    const possible = judge.possible(stance, unit);
    if (!possible && !(tell && cs.match)) continue;
    const raw = { text: unit.text, offset: unit.start, unit, view };
    // Blanking only removes text, so a signal that finds nothing in the raw sentence is done with it.
    const first = cs.match ? cs.match(raw) : null;
    if (cs.match && !first) continue;
    if (!possible) {
      tell?.('stance', unit, first!);
      continue;
    }
    const ignored = [...ignoredBy(unit), ...judge.excluded(stance, unit)];
    const win = ignored.length || cs.widens ? { ...raw, text: blank(unit.text, unit.start, ignored), paragraph: () => blankedParagraph(unit) } : raw;
    let matched = cs.match ? (win === raw ? first : cs.match(win)) : judge.cues(stance, unit);
    // A plan or a fault is judged by its own cues when the match only gates it: a partial signal asks only whether it is one
    // (what field it names is the met signal's question), and a title or a table's header says where, not what.
    if (matched && cs.match && (stance === 'plan' || stance === 'shortcoming') && (strength === 'partial' || matched.every((s) => s.end === s.start))) {
      matched = judge.cues(stance, unit);
    }
    if (!matched) {
      if (first && tell) {
        // (Told apart because the judge can say why it blanked a clause, and the rubric's list says nothing of why.)
        const byList = (): boolean => ignoredBy(unit).length > 0 && !cs.match!({ ...raw, text: blank(unit.text, unit.start, ignoredBy(unit)), paragraph: () => blankedParagraph(unit) });
        const verdict = !cs.match || cs.match(win) ? 'stance' : byList() ? 'ignored' : 'blanked';
        // (An ignored phrase that says why, the first that blanks something of the sentence.)
        const because = verdict === 'ignored' ? cs.ignore.find((g) => g.because && ignoredIn(g, unit, view).length)?.because : undefined;
        tell(verdict, unit, first, undefined, because);
      }
      continue;
    }
    const veto = cs.unless.find((v) => (!v.can || v.can(unit, view)) && v.match(win));
    if (veto) {
      tell?.('veto', unit, matched, veto.source, veto.because);
      continue;
    }
    // (Not the empty spans of header and title, which say where, not what: the judge weighs what matched.)
    const inSentence = matched.filter((s) => s.start >= unit.start && s.end <= unit.end && s.end > s.start);
    if (!judge.accepts(stance, unit, inSentence.length ? inSentence : matched)) {
      tell?.('refused', unit, matched);
      continue;
    }
    // A met signal's sentence whose figure is left blank and none filled in ("完成县下达的征兵任务X名"), or that claims the work in
    // stock words with no figure ("防雹民兵分队按要求组建", "10月，按要求完成民兵整组工作"), shows the work in name only.
    const named = strength === 'met' && nameOnly !== undefined ? nameOnly(unit, view, judge, stance) : null;
    tell?.(named ?? 'hit', unit, matched);
    // A plan or a shortcoming shows its cue ("今后", "还不够") beside what it is about.
    const cues = cs.match && (stance === 'plan' || stance === 'shortcoming') ? (judge.cues(stance, unit) ?? []).filter((s) => s.start >= unit.start && s.end <= unit.end) : [];
    hits.push({ signal: cs.signal.name, strength: named ? 'partial' : strength, stance, unit, spans: cues.length ? [...inSentence, ...cues] : inSentence, ...(named ? { nameOnly: named } : {}) });
  }
  return hits;
}

/**
 * What a report's sentences hold of ignored phrases, kept for the report: a criterion's list applies to each of its
 * signals, and a widened signal reads the whole paragraph blanked.
 */
interface IgnoreMemo {
  /** By matcher: its spans in each sentence (by unit id), as found. */
  byMatcher: Map<Guarded, Span[][]>;
  byList: Map<Guarded[], ListMemo>;
}

/** A list's spans in each sentence (by unit id), and each paragraph's text with them blanked. */
interface ListMemo {
  units: Span[][];
  paragraphs: Map<Unit['paragraph'], string>;
}

const ignoreMemos = new WeakMap<ReportView, IgnoreMemo>();

function memoOf(view: ReportView): IgnoreMemo {
  let memo = ignoreMemos.get(view);
  if (!memo) ignoreMemos.set(view, (memo = { byMatcher: new Map(), byList: new Map() }));
  return memo;
}

function ignoreMemo(view: ReportView, list: Guarded[]): ListMemo {
  const { byList } = memoOf(view);
  let memo = byList.get(list);
  if (!memo) byList.set(list, (memo = { units: [], paragraphs: new Map() }));
  return memo;
}

function ignoredIn(m: Guarded, unit: Unit, view: ReportView): Span[] {
  const { byMatcher } = memoOf(view);
  let found = byMatcher.get(m);
  if (!found) byMatcher.set(m, (found = []));
  let spans = found[unit.id];
  if (!spans) found[unit.id] = spans = m.can && !m.can(unit, view) ? [] : (m.match({ text: unit.text, offset: unit.start, unit, view }) ?? []);
  return spans;
}

/** The text with ignored phrases replaced by spaces (same length in UTF-16 units, so offsets hold). */
function blank(text: string, offset: number, spans: Span[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const from = Math.max(at, s.start - offset);
    const to = Math.min(text.length, s.end - offset);
    if (to <= from) continue;
    out += text.slice(at, from) + ' '.repeat(to - from);
    at = to;
  }
  return out + text.slice(at);
}

const MAX_EVIDENCE = 3;

function toEvidence(hit: Hit): Evidence {
  const { unit } = hit;
  const table = unit.paragraph.origin === 'table';
  return {
    // A Word table row's cells are joined by tabs, which a sheet cell or a terminal shows as blanks; a full-width bar
    // is one character as the tab is, so the offsets of the highlights still hold.
    text: table ? unit.original.replaceAll('\t', '｜') : unit.original,
    // A table row is cited as such: a Word user looks for a table, not a paragraph.
    section: table ? `${unit.sectionPath} › 表格` : unit.sectionPath,
    paragraph: unit.paragraph.index,
    line: unit.paragraph.line,
    start: unit.start,
    end: unit.end,
    highlights: mergeSpans(hit.spans.filter((s) => s.end > s.start)),
    signal: hit.signal,
  };
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/**
 * Evidence a reviewer reads first: met before partial, then the sentences that
 * show the work most plainly (the reporter named, a figure, done; more of what
 * the signal looks for), one sentence each, shown in reading order. Reading
 * order alone quoted the opening's slogans ("认真研究解决民兵预备役建设重大
 * 问题") before the sentence that reports the training. Work mentioned in
 * passing while stating a fault is left out when other sentences show it
 * (`aside`). The sentence chosen for each part found is always shown, and a
 * sentence repeated word for word once.
 */
function pickEvidence(parts: Hit[], hits: Hit[], max: number, judge: StanceJudge, away: (unit: Unit) => boolean, met: boolean): Evidence[] {
  // By text, not by place: a paragraph pasted twice would otherwise be quoted twice in one cell.
  const seen = new Set<string>();
  const chosen: Hit[] = [];
  const take = (hit: Hit) => {
    if (seen.has(hit.unit.text) || chosen.length >= max) return;
    seen.add(hit.unit.text);
    chosen.push(hit);
  };
  parts.forEach(take);
  const shown = [...parts, ...hits].some((h) => !aside(h, judge)) ? hits.filter((h) => !aside(h, judge)) : hits;
  // A met criterion is shown by what proves it: a sentence that only names the work ("……三件事作为着力点，现将履职情况报告如下")
  // would read as proof.
  const proofShown = met && (parts.length > 0 || shown.some((h) => h.strength === 'met'));
  // Under the criterion's own heading before work named in passing under another's (see `awayFromHome`).
  const isAway = (h: Hit) => h.stance === 'done' && away(h.unit);
  for (const strength of proofShown ? (['met'] as const) : (['met', 'partial'] as const)) {
    const unseen = shown.filter((h) => h.strength === strength && !seen.has(h.unit.text));
    for (const candidates of [unseen.filter((h) => !isAway(h)), unseen.filter(isAway)]) {
      // Ranked only when not all of them can be shown.
      const ranked =
        candidates.length <= max - chosen.length
          ? candidates
          : candidates
              .map((hit) => ({ hit, plain: plainness(hit, judge) }))
              .sort((a, b) => b.plain - a.plain || a.hit.unit.start - b.hit.unit.start)
              .map((r) => r.hit);
      ranked.forEach(take);
    }
  }
  return chosen.sort((a, b) => a.unit.start - b.unit.start).map(toEvidence);
}

/**
 * Work done, read from a sentence of the faults' or the plans' section (or
 * the unheaded closing that holds them) or from one that states a fault:
 * "二是对征兵工作倾注精力过多，……对分管领导放手不够" in 存在的不足和下步打算
 * does not show the recruiting work.
 */
function aside(hit: Hit, judge: StanceJudge): boolean {
  if (hit.stance !== 'done') return false;
  return hit.unit.review || judge.shortcomings(hit.unit).length > 0;
}

/**
 * How plainly a hit shows the work done: under a heading that names what it
 * found ("1.征兵工作"), in a sentence the judge reads as plain (the reporter
 * named, a figure, done), finding more different things, and not aside.
 */
function plainness(hit: Hit, judge: StanceJudge): number {
  // A fault or a plan is quoted from its own section first (四、问题与不足), then as the report goes.
  if (hit.stance === 'plan' || hit.stance === 'shortcoming') return hit.unit.context === hit.stance ? 1 : 0;
  if (hit.stance !== 'done') return 0;
  const { unit } = hit;
  const found: string[] = [];
  let underIt = false;
  for (const s of hit.spans) {
    if (s.end <= s.start) continue;
    const text = unit.text.slice(s.start - unit.start, s.end - unit.start);
    if (found.includes(text)) continue;
    found.push(text);
    for (const section of unit.sections) underIt ||= headingText(section).includes(text);
  }
  return (underIt ? 3 : 0) + 2 * judge.plainness(unit) + Math.min(found.length, 4) - (aside(hit, judge) ? AWAY_FROM_WORK : 0);
}

/** More than any other difference in plainness: a part's sentence that is aside is compared with the part's others last. */
const AWAY_FROM_WORK = 20;

/** Why a sentence naming the work earned nothing, in the reviewer's words (the card's `setAside`). */
export const SET_ASIDE_REASONS: Record<SetAsideCause, string> = {
  predecessor: '写的是前任任内的工作',
  earlierYear: '写的是往年或几年来累计的工作，不是本年度的',
  beforeArrival: '写的是本人到任之前的工作',
  afterPeriod: '写的是述职年度结束之后（新的一年）的工作，不是本年度的',
  whileAway: '写的是本人外出、学习等期间由他人代为开展的工作',
  otherActor: '写的是其他人或其他单位所做的工作，没有写明本人或本级党委的作为',
  levelAbove: '写的是上一级（如全县、全市）的工作或数字，不是本级的',
  plan: '写的是打算或计划，不是已经做了的工作',
  rule: '写的是制度规定或要求，不是实际做了什么',
  later: '句中说这项工作要到以后才做',
  retracted: '报告中说这项工作后来取消、没有落实，或在更正说明中收回',
  notDone: '写的是尚未完成、正在办理、假设或由他人负责的事项，不是本人已经做了的工作',
  negated: '句中说没有做这项工作',
  fault: '出现在写问题、不足的句子里，不是已经做了的工作',
  background: '这是概况或背景介绍，不是本年度所做的工作',
  othersWords: '这是他人的点评、评议或意见，不是本人的述职内容',
  quoted: '出现在引号里引用的话中，不算叙述做了的工作',
  disowned: '报告中说明这一句不作为本人的述职内容',
};

/** Who and when first: what a reviewer most often disputes; then the tense; then the rest. */
const SET_ASIDE_ORDER = Object.keys(SET_ASIDE_REASONS) as SetAsideCause[];
const MAX_SET_ASIDE = 2;

/**
 * The sentences that name a criterion's work and were not counted for it, with why: a 缺项 beside "我的前任……制定了《考核办法》"
 * is traced to that sentence instead of to nothing. The criterion's met signals (and those of the parts not found; for a 缺项 with
 * none of these, its partial signals) are asked again with their verdicts kept; only sentences of work done that the judge can say
 * why it refused are told, never one already credited.
 */
function setAsideFor(cc: CompiledCriterion, view: ReportView, judge: StanceJudge, unfound: CompiledCriterion['parts'], credited: Set<Unit>): SetAside[] {
  const found = new Map<Unit, { hit: Hit; cause: SetAsideCause }>();
  const record: Tracer = (t) => {
    if (t.stance !== 'done' || credited.has(t.unit) || found.has(t.unit)) return;
    // (A veto or an ignored phrase tells its own cause when the rubric gives one; the judge tells the rest.)
    const cause = t.verdict === 'veto' || t.verdict === 'ignored' ? (t.cause ?? null) : t.verdict === 'stance' || t.verdict === 'blanked' || t.verdict === 'refused' ? judge.whyNotDone(t.verdict, t.unit, t.spans) : null;
    if (cause) found.set(t.unit, { hit: { signal: t.signal, strength: 'met', stance: 'done', unit: t.unit, spans: t.spans }, cause });
  };
  for (const cs of cc.signals) if (cs.signal.strength === 'met') fire(cs, view, judge, 'met', record);
  for (const p of unfound) for (const cs of p.signals) fire(cs, view, judge, 'met', record);
  // A 缺项 whose work the report names only in passing is traced to that mention too ("征兵工作在县人武部指导下圆满完成任务"):
  // what the reviewer sees of it otherwise is nothing.
  if (credited.size === 0 && found.size === 0) for (const cs of cc.signals) if (cs.signal.strength === 'partial') fire(cs, view, judge, 'partial', record);
  return [...found.values()]
    .sort((a, b) => SET_ASIDE_ORDER.indexOf(a.cause) - SET_ASIDE_ORDER.indexOf(b.cause) || a.hit.unit.start - b.hit.unit.start)
    .slice(0, MAX_SET_ASIDE)
    .sort((a, b) => a.hit.unit.start - b.hit.unit.start)
    .map(({ hit, cause }) => ({ ...toEvidence(hit), cause, reason: SET_ASIDE_REASONS[cause] }));
}

export function scoreCriterion(
  cc: CompiledCriterion,
  view: ReportView,
  judge: StanceJudge,
  everySignal = false,
  trace?: (t: Trace) => void,
): CriterionScore & { hits: Hit[] } {
  const { criterion } = cc;
  const tracer = (part?: string): Tracer | undefined => trace && ((t) => trace({ ...t, criterion: criterion.id, ...(part ? { part } : {}) }));
  // (A met signal's hit in a sentence that shows the work in name only comes back partial.)
  const fired = cc.signals.filter((cs) => cs.signal.strength === 'met').flatMap((cs) => fire(cs, view, judge, 'met', tracer(), cc.nameOnly));
  const met = fired.filter((h) => h.strength === 'met');
  const blanked = fired.filter((h) => h.strength === 'partial');
  // Once a met signal proves the criterion, partial ones cannot change it: skip them unless every hit is wanted (rubric test).
  const partial = [
    ...blanked,
    ...(met.length && !everySignal ? [] : cc.signals.filter((cs) => cs.signal.strength === 'partial').flatMap((cs) => fire(cs, view, judge, 'partial', tracer()))),
  ];
  const hits = [...met, ...partial];
  const parts = cc.parts.map((p) => {
    const partHits = p.signals.flatMap((cs) => fire(cs, view, judge, 'met', tracer(p.name))).map((h) => ({ ...h, signal: p.name }));
    // Asked only where the criterion limits short parts; a part may be short and not found ("议军2次" against quarterly).
    const shortHits = criterion.shortPartsForPartial !== undefined ? p.short.flatMap((cs) => fire(cs, view, judge, 'met', tracer(`${p.name}（次数不足）`))).map((h) => ({ ...h, signal: p.name })) : [];
    return { id: p.id, name: p.name, hits: partHits, shortHits };
  });
  // A recital of the routine whose part another sentence shows short is the rule, not the year told (see `Criterion.recital`).
  if (cc.recital) {
    const listing = new Set(parts.flatMap((p) => p.hits.map((h) => h.unit)));
    for (const unit of listing) {
      const belied = parts.some((p) => p.hits.some((h) => h.unit === unit) && p.shortHits.some((h) => h.unit !== unit));
      if (belied && cc.recital({ text: unit.text, offset: unit.start, unit, view })) for (const p of parts) p.hits = p.hits.filter((h) => h.unit !== unit);
    }
  }
  // Beside a part kept in full, a part shown with a count short of its frequency is shown ("党委会研究武装工作3次" against
  // quarterly): how many are short decides below. Alone, two meetings are the committee's, no routine of the reporter's.
  const keptInFull = parts.filter((p) => p.hits.length > 0);
  const partsFound = keptInFull.length ? parts.filter((p) => p.hits.length > 0 || p.shortHits.length > 0) : keptInFull;
  const shortParts = parts.filter((p) => p.shortHits.length > 0);
  // The routine kept in name but not in number ("每月到人武部办公一次……" then "全年到人武部办公7次，主持召开常委会专题议军2次"):
  // with enough parts short, met is partial.
  const keptShort = criterion.shortPartsForPartial !== undefined && shortParts.length >= criterion.shortPartsForPartial;
  // The routine given only by its frequencies, nothing of it counted anywhere (see `Criterion.claimedOnly`): claimed, not shown.
  const claimed = (hit: Hit) => cc.claimedOnly!({ text: hit.unit.text, offset: hit.unit.start, unit: hit.unit, view });
  const onlyClaimed = cc.claimedOnly !== null && keptInFull.length > 0 && shortParts.length === 0 && parts.every((p) => p.hits.every(claimed));

  let status: Status = 'missing';
  if (hits.some((h) => h.strength === 'met') || (parts.length > 0 && partsFound.length >= criterion.partsForMet && !keptShort && !onlyClaimed)) status = 'met';
  else if (hits.length > 0 || (parts.length > 0 && partsFound.length >= criterion.partsForPartial)) status = 'partial';

  let score = 0;
  if (status === 'met') score = criterion.points;
  else if (status === 'partial') {
    // A part found but short earns half its share.
    // (So does each part only claimed.)
    const shortFound = onlyClaimed ? partsFound.length : keptShort ? shortParts.filter((p) => partsFound.includes(p)).length : 0;
    score = partsFound.length > 0 ? (criterion.points * (partsFound.length - shortFound / 2)) / parts.length : criterion.points * criterion.partialCredit;
  }

  // One sentence per part found first (so every part credited can be checked, all four of 四个一 included), then the signals.
  // A short part is shown by the sentence that gives its count.
  const partEvidence = partsFound.map((p) => {
    if ((keptShort || !p.hits.length) && p.shortHits.length) return p.shortHits[0];
    let best = p.hits[0];
    let most = p.hits.length > 1 ? plainness(best, judge) : 0;
    for (const h of p.hits.slice(1)) {
      const plain = plainness(h, judge);
      if (plain > most) [best, most] = [h, plain];
    }
    return best;
  });
  const evidence = pickEvidence(partEvidence, hits, Math.max(MAX_EVIDENCE, partEvidence.length), judge, cc.away, status === 'met');
  const missingParts = parts.filter((p) => !partsFound.includes(p)).map((p) => p.name);
  let suggestion: string | null = null;
  if (status !== 'met') {
    // (Partial with none of its parts shown, the routine only named: what to write is all of it, not "the rest".)
    const noPart = parts.length > 0 && partsFound.length === 0;
    // (Every part only claimed is no part written: "只写了一部分" would send the author looking for a part that is missing.)
    suggestion = status === 'partial' && !noPart && !onlyClaimed ? (criterion.partialSuggestion ?? criterion.suggestion) : criterion.suggestion;
    if (missingParts.length && parts.length && !noPart) suggestion += `（尚缺：${missingParts.join('；')}）`;
    if (keptShort) suggestion += `（次数不足：${shortParts.map((p) => p.name).join('；')}）`;
    if (onlyClaimed) suggestion += '（只写了制度规定的频次，没有写本人实际做了几次）';
    // A quoted sentence that reads like proof and counts as partial only: why, so that the points can be traced to it.
    const quoted = (h: Hit) => evidence.some((e) => e.start === h.unit.start);
    const why = status === 'partial' ? [...new Set(blanked.filter(quoted).flatMap((h) => (h.nameOnly ? [h.nameOnly] : [])))] : [];
    // (A partial signal's own sentence with its figure left blank says so too: "全年列支武装工作经费XX万元" wants the amount filled
    // in, not the arrangement the sentence already states.)
    if (status === 'partial' && !why.includes('blankFigure') && partial.some((h) => quoted(h) && cc.nameOnly(h.unit, view, judge) === 'blankFigure')) why.push('blankFigure');
    if (why.length) suggestion += `（只算部分满足的证据：${why.map((w) => NAME_ONLY_REASONS[w]).join('；')}）`;
  }
  // (Not while tracing: `explainReport` tells every verdict itself.)
  const setAside =
    status === 'met' || trace
      ? []
      : setAsideFor(
          cc,
          view,
          judge,
          cc.parts.filter((_, k) => !partsFound.includes(parts[k])),
          new Set([...hits, ...parts.flatMap((p) => [...p.hits, ...p.shortHits])].map((h) => h.unit)),
        );
  return {
    id: criterion.id,
    name: criterion.name,
    required: criterion.required,
    status,
    score: roundPoints(score),
    max: criterion.points,
    evidence: status === 'missing' ? [] : evidence,
    suggestion,
    ...(parts.length ? { parts: parts.map((p) => ({ id: p.id, name: p.name, found: partsFound.includes(p), ...(p.shortHits.length ? { short: true } : {}) })) } : {}),
    ...(setAside.length ? { setAside } : {}),
    // Which signals fired where is asked for by `rubric test` only: a batch would copy every hit of every criterion for nothing.
    hits: everySignal ? [...parts.flatMap((p) => p.hits), ...hits].map((h) => ({ ...h, criterion: criterion.id })) : [],
  };
}

export interface ScoreOptions {
  /** Keep every hit (for `rubric test`): which signals fired where. */
  keepHits?: boolean;
}

/**
 * For a rubric owner tuning signals: every sentence whose words a signal of the criteria matched, and what became of it
 * (see `Verdict`), beside the card. Every signal is asked, partial ones too.
 */
export function explainReport(report: Report, rubric: Rubric, criteria?: string[]): { card: ScoreCard; traces: Trace[] } {
  const compiled = compileRubric(rubric);
  const view = buildView(report, rubric.cues);
  const judge = createStanceJudge(view, rubric.cues);
  const traces: Trace[] = [];
  for (const cc of compiled.criteria) {
    if (criteria && !criteria.includes(cc.criterion.id)) continue;
    scoreCriterion(cc, view, judge, true, (t) => {
      const cause = t.cause ?? (t.stance === 'done' && (t.verdict === 'stance' || t.verdict === 'blanked' || t.verdict === 'refused') ? judge.whyNotDone(t.verdict, t.unit, t.spans) : null);
      traces.push(cause ? { ...t, cause, reason: SET_ASIDE_REASONS[cause] } : t);
    });
  }
  return { card: scoreReport(report, rubric), traces };
}

/** report + rubric → score card: each criterion's status, points, evidence and suggestion; quality findings. */
export function scoreReport(report: Report, rubric: Rubric, options: ScoreOptions = {}): ScoreCard & { hits?: Hit[] } {
  const compiled = compileRubric(rubric);
  const view = buildView(report, rubric.cues);
  const judge = createStanceJudge(view, rubric.cues);
  const scored = compiled.criteria.map((cc) => scoreCriterion(cc, view, judge, options.keepHits));
  const criteria = scored.map(({ hits: _hits, ...rest }) => rest);
  const findings = runQualityChecks(view, rubric, criteria);
  const max = rubric.criteria.reduce((sum, c) => sum + c.points, 0);
  const deductions = roundPoints(findings.reduce((sum, f) => sum + f.deduction, 0));
  const raw = criteria.reduce((sum, c) => sum + c.score, 0);
  const score = roundPoints(Math.max(0, raw - deductions));
  const required = criteria.filter((c) => c.required).map((c) => c.status);
  const grade = gradeFor(score, max, rubric.grades, required);
  const note = gradeNote(score, max, rubric.grades, required);
  return {
    file: report.file,
    title: report.title,
    meta: report.meta,
    rubric: rubricRef(rubric),
    score,
    max,
    grade,
    ...(note ? { gradeNote: note } : {}),
    deductions,
    criteria,
    findings,
    ...(options.keepHits ? { hits: scored.flatMap((s) => s.hits) } : {}),
  };
}
