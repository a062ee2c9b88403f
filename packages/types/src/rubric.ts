import type { ShuzhiError } from './errors.ts';
import type { SetAsideCause } from './score.ts';

/**
 * A rubric, as loaded from YAML and validated. The YAML form is documented
 * for rubric owners in rubrics/README.md; this is its checked, typed shape.
 */

/** How a sentence relates to the reporter's own work in the period. */
export type Stance = 'done' | 'plan' | 'shortcoming' | 'any';

/** Where a matcher looks. */
export type Scope =
  | { kind: 'document' }
  | { kind: 'closing' }
  | { kind: 'sections'; heading: string }
  | { kind: 'not-sections'; heading: string }
  /** The first sentence of a section whose own heading matches: an outline's answer under its question ("七、拥军优属情况：已落实。"). */
  | { kind: 'opens'; heading: string };

/**
 * The window of an `all` matcher. `topic`: the sentence's clauses that are about the criterion's own
 * kind of work (see `Criterion.topic`), so that a sentence chaining several kinds ("……做好征兵、国防教育等工作，
 * 全年输送新兵74名，全民国防教育深入开展") gives each kind only what its own clauses say. `clause`: one clause of the
 * sentence holds a match of every child.
 */
export type Within = 'sentence' | 'clause' | 'paragraph' | 'topic' | { chars: number };

export type Quantity = 'money' | 'count' | 'percent' | 'frequency' | 'any';

/** The figures a shortfall compares: counts (名, 人, 次…) or money (万元…). */
export type Shortfall = 'count' | 'money';

/**
 * A matcher finds spans in one sentence (or its paragraph, for `all` with a
 * wider window). Matchers compose: `all` (co-occurrence), `any`, and `not`
 * (a veto on the same window).
 */
export type Matcher =
  | { terms: string[]; word?: boolean }
  | { regex: string; flags?: string }
  | { quantity: Quantity }
  /** The report's title matches the expression (what the whole report is about); an empty span at the sentence's start. */
  | { title: string }
  /** The expression is found somewhere in the report (a count left blank elsewhere: a template not filled in); an empty span at the sentence's start. */
  | { report: string }
  /** A heading above the sentence matches the expression ("二、到任以来履行第一书记职责情况"); an empty span at the sentence's start. */
  | { section: string }
  /** A result below its target in the sentence, by its own figures ("任务120名，实际输送98名"). */
  | { shortfall: Shortfall }
  /** A row of a table whose first row (its header, "项目｜金额（万元）") matches the expression; an empty span at the row's start. */
  | { header: string }
  /**
   * A cell of a table row whose column's name, in the table's header, matches `column`, in which `match` finds something
   * (a ledger "季度｜到人武部办公｜主持议军…" tells what each count is by its column); the spans `match` finds there.
   */
  | { column: string; match: Matcher }
  | { all: Matcher[]; within?: Within }
  | { any: Matcher[] }
  | { classify: string; min?: number };

/**
 * A veto or an ignored phrase (`unless`, `ignore`), with the cause a reviewer is told of a sentence of the work it takes
 * from the criterion (a superior's money: `levelAbove`); without one, such a sentence is not listed among those not counted.
 */
export type Guard = Matcher & { because?: SetAsideCause };

export interface Signal {
  /** What this signal proves, for the reviewer ("经费有具体数额"). */
  name: string;
  /** null: every sentence in the signal's stance (e.g. any sentence that states a plan). */
  match: Matcher | null;
  /** `met` proves the criterion, `partial` only part of it. */
  strength: 'met' | 'partial';
  /** Which sentences may count: the reporter's own past work (default), plans, or shortcomings. */
  stance: Stance;
  scope: Scope;
  /** Vetoes: a sentence matching any of these does not count for this signal. */
  unless: Guard[];
  /** Phrases blanked out before matching (e.g. 训练考核 for a signal about 考核 of officials). */
  ignore: Guard[];
}

export interface Part {
  id: string;
  name: string;
  signals: Signal[];
  /**
   * What shows the part kept short of what it asks, in the reporter's own account ("全年到人武部办公7次" against
   * 每月), found or not: see shortPartsForPartial.
   */
  short: Signal[];
}

export interface Criterion {
  id: string;
  name: string;
  points: number;
  required: boolean;
  /** Why this item weighs what it does (shown to rubric owners and reviewers). */
  why?: string;
  /**
   * Words that name this criterion's kind of work (a regular expression). A clause naming a kind starts that kind's
   * stretch of a sentence; a clause naming none belongs to the stretch before it. Used by `within: topic`.
   */
  topic?: string;
  signals: Signal[];
  /** Distinct parts that count toward met/partial (e.g. the four frequencies of 四个一). */
  parts: Part[];
  partsForMet: number;
  partsForPartial: number;
  /**
   * With this many parts short (the report's own count below what the part asks), met is partial: the routine kept in
   * name but not in number. None: short parts are not asked about.
   */
  shortPartsForPartial?: number;
  /**
   * A sentence that lists the routine by its frequencies ("我始终坚持每月到人武部办公一次、每季度召开一次议军会、……"): when
   * another sentence shows a part it lists short ("全年……议军会3次"), it is the rule recited, not the year told, and proves
   * none of its parts. Asked only with shortPartsForPartial.
   */
  recital?: Matcher;
  /**
   * A sentence that gives the routine only by its frequencies ("我坚持每月到武装部办公一次、每季度召开一次党工委议军会、……，全年严格
   * 落实"): when every part found is in such sentences and nothing of it is counted anywhere, the routine is claimed, not shown,
   * and it is partial however many parts the claim names.
   */
  claimedOnly?: Matcher;
  /** Share of the points a partial status earns when there are no parts to count. */
  partialCredit: number;
  /** Vetoes and ignored phrases shared by all signals and parts of the criterion. */
  unless: Guard[];
  ignore: Guard[];
  suggestion: string;
  partialSuggestion?: string;
}

export type Severity = 'error' | 'warning' | 'info';

export interface QualityRule {
  rule: 'placeholder' | 'outdated-term' | 'level-inconsistency' | 'vague' | 'too-short' | 'off-topic' | 'repeated-paragraph' | 'other-document' | 'format-mismatch';
  severity: Severity;
  /** Points deducted per finding, and at most in total for this rule. */
  deduct: number;
  maxDeduct: number;
  options: Record<string, unknown>;
}

export interface GradeBand {
  name: string;
  /** Percentage of the maximum score. */
  min: number;
  /** Reached only when every required criterion is met (`met`), or none is missing (`present`). */
  required?: 'met' | 'present';
}

export interface Cues {
  plan: string[];
  /** Future markers that a past marker (`past`) in the same sentence cancels. */
  planWeak: string[];
  /** Work done (了, 已, 完成): cancels `planWeak`; a clause with one reports something done. */
  past: string[];
  /** Under a plans heading, a sentence that reports this year's work ("今年还组织了……") is no plan. */
  doneUnderPlans: string[];
  /** Not the reporter's work in the period: rules, questions, conditions, pending or proposed things, someone else's responsibility, earlier years. */
  notDone: string[];
  /** As notDone, for the matched clause itself only ("由县人武部负责考核打分"). */
  notDoneHere: string[];
  /** Superiors and other places: someone else for the reporter's work, plans and shortcomings alike. */
  outsiders: string[];
  shortcoming: string[];
  notShortcoming: string[];
  otherActors: string[];
  selfActors: string[];
  speech: string[];
  /**
   * The words before a quotation that make it the reporter's own answer in an interview's record ("答：“……”", "谢永涛同志答：“……”"):
   * his own account, not someone else's speech.
   */
  answer: string[];
  /** Description of the jurisdiction ("地处……", "辖12个行政村"): context, never evidence of work done. */
  background: string[];
  /** A sentence that states nothing: a placeholder or filler left for later ("（待补充）", "略", "无"). Never evidence of anything. */
  empty: string[];
  planHeadings: string;
  /** Something to do: a sentence under a plans heading, or opening with 今后/展望, plans only with one ("今后一个时期，形势更加复杂" does not). */
  planActions: string;
  shortcomingHeadings: string;
  /**
   * Titles of documents that are no account of the reporter's work, submitted in its place (a meeting's notice, the
   * 人武部部长's own 述职, the 人武部's 工作总结): nothing in them is the reporter's work, plan or fault.
   */
  notTheReport: string[];
  /**
   * In a township's or a street's report, a clause that claims the whole county's (district's) work as the reporter's own
   * ("推动全县武装工作再上新台阶"): the report then calls its own place 全县, and its 全县 is no longer the level above.
   */
  claimedWhole: string[];
  /**
   * A figure left blank in a draft ("完成县下达的征兵任务X名", "开展国防教育宣讲**场"): a sentence that holds one and no figure filled
   * in shows the work only in name, so a signal that would meet its criterion with it gives partial (a placeholder is no count).
   */
  blankFigure: string[];
  /**
   * A time a plan is to be done by ("明年春节前", "6月底前", "年底以前"): a plan that names one has its measure, so a figure left blank in
   * it ("投入XX万元") does not make it a plan in name only.
   */
  deadline: string[];
  /**
   * A stock claim of the work ("按要求完成", "保障有力", "圆满完成"): a sentence that holds one and no figure (a month is none) shows the work
   * only in name, so a signal that would meet its criterion with it gives partial, as the labelling standard says.
   */
  stockClaim: string[];
  /**
   * The reporter only present ("我参加了征兵动员会", "送兵当天我到场"): a sentence that holds one and no figure shows the work only in name
   * (unless its paragraph gives the place's own figures of the same work), so a signal that would meet its criterion with it gives
   * partial, as the blind labellers read attendance.
   */
  attendedOnly: string[];
}

export interface Rubric {
  id: string;
  name: string;
  version: string;
  genre?: string;
  /** File it was loaded from, for messages. */
  source?: string;
  /**
   * What the rubric's results depend on, hashed: its text and the training data it names. A cached result and a
   * reviewer's override are told by it whether the rubric changed since, whatever its version says.
   */
  digest: string;
  grades: GradeBand[];
  criteria: Criterion[];
  quality: QualityRule[];
  cues: Cues;
  /** Labelled sentences for `classify` matchers, relative to the rubric file. */
  classifier?: { training: string };
  /** What validation let pass but the owner should look at (`rubric validate` prints them), with file, line and column. */
  warnings?: ShuzhiError[];
}
