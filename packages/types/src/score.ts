import type { ReportMeta } from './report.ts';
import type { Severity } from './rubric.ts';

/** Which rubric a card was scored with; `digest` tells an edited rubric from the one a review was made under. */
export interface RubricRef {
  id: string;
  name: string;
  version: string;
  digest: string;
}

/** The score card: what `scoreReport` produces and every presenter reads. */

export type Status = 'met' | 'partial' | 'missing';

export interface Evidence {
  text: string;
  /** The heading path of the section holding it, e.g. "二、狠抓落实 › 一是", or 开头/结尾. */
  section: string;
  paragraph: number;
  line: number | null;
  start: number;
  end: number;
  /** Matched words inside `text`, as offsets into the report text. */
  highlights: { start: number; end: number }[];
  /** Which signal or part this sentence proves. */
  signal: string;
}

/**
 * Why a sentence that names the work was not counted for it: the work is a plan or a rule, a fault, not done or denied, done
 * later, in an earlier year or after the year reported, by the predecessor or before the reporter came, by a stand-in while the reporter was away, by
 * someone else or the level above; or it is background, others' words, words in quotation marks, or what the report itself
 * says is not the reporter's.
 */
export const SET_ASIDE_CAUSES = [
  'plan',
  'rule',
  'fault',
  'notDone',
  'negated',
  'retracted',
  'later',
  'background',
  'earlierYear',
  'disowned',
  'predecessor',
  'beforeArrival',
  'afterPeriod',
  'whileAway',
  'otherActor',
  'levelAbove',
  'othersWords',
  'quoted',
] as const;
export type SetAsideCause = (typeof SET_ASIDE_CAUSES)[number];

/** A sentence naming the criterion's work that earned nothing, and why: what a reviewer checks before trusting a 缺项. */
export interface SetAside extends Evidence {
  cause: SetAsideCause;
  /** The cause in the reviewer's words. */
  reason: string;
}

export interface CriterionScore {
  id: string;
  name: string;
  required: boolean;
  status: Status;
  score: number;
  max: number;
  evidence: Evidence[];
  /** Set when the status is partial or missing: what to add. */
  suggestion: string | null;
  /** Parts found, for criteria made of parts (e.g. 3/4 of 四个一). */
  parts?: { id: string; name: string; found: boolean; short?: boolean }[];
  /** When the status is partial or missing: sentences that name the work and were not counted, with why (at most two). */
  setAside?: SetAside[];
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  text: string;
  paragraph: number | null;
  line: number | null;
  start: number | null;
  end: number | null;
  /** Points this finding took off the total. */
  deduction: number;
}

export interface ScoreCard {
  file: string;
  title: string | null;
  /** The year and level the report states (for the scoring sheet). */
  meta: ReportMeta;
  rubric: RubricRef;
  score: number;
  max: number;
  grade: string;
  /** Why the grade is below the band the total alone reaches (see gradeNote); absent when it is not. */
  gradeNote?: string;
  deductions: number;
  criteria: CriterionScore[];
  findings: Finding[];
}
