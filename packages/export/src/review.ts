import { gradeFor, gradeNote, roundPoints, type BatchResult, type CriterionScore, type GradeBand, type Override, type ScoreCard, type ShuzhiError, type SimilarPair, type Status, type TemplateGroup } from '@shuzhi/types';

/**
 * The reviewer's view of a batch, shared by every scoring-sheet format:
 * reports ranked by their total after overrides, failures, similar pairs with
 * their template group. Pure; reads only the BatchResult.
 */

export interface ReviewOptions {
  /**
   * The rubric's grade bands. When given, a report whose total an override
   * changed is graded again; without them it keeps the machine grade, marked
   * "（机评）", since a BatchResult does not carry the bands.
   */
  grades?: GradeBand[];
}

export interface ReviewedCriterion extends CriterionScore {
  /** The override that applies (the last one for this criterion), or null. */
  override: Override | null;
  /** Points after the override, else the machine points. (Overrides are checked against the criterion's range where they are read: `overridesFor`.) */
  points: number;
  /** The status the points say after review: the machine's when the points are its own, else met at full points, partial above 0, missing at 0. */
  reviewedStatus: Status;
}

export interface ReviewedReport {
  /** 1-based; equal totals share a rank (1, 2, 2, 4). */
  rank: number;
  file: string;
  card: ScoreCard;
  criteria: ReviewedCriterion[];
  /** Every override recorded for the file, as given. */
  overrides: Override[];
  /** The machine total (card.score). */
  machineScore: number;
  /** The total after overrides (= machineScore when none changed a point). */
  score: number;
  grade: string;
  /** Why the grade is below the band the total alone reaches (the machine's note, or asked again after overrides). */
  gradeNote?: string;
  /** True when overrides changed any criterion's points (the total may be the same: +5 on one, −5 on another). */
  adjusted: boolean;
  /** Names of required criteria missing after review (reviewedStatus missing: the machine's missing not raised above 0, or an override to 0). */
  missing: string[];
}

export interface ReviewedPair extends SimilarPair {
  /** 1-based index into `groups` of the template group holding both files, or null. */
  group: number | null;
}

export interface Review {
  rubric: BatchResult['rubric'];
  reports: ReviewedReport[];
  failures: { file: string; error: ShuzhiError }[];
  similar: ReviewedPair[];
  groups: TemplateGroup[];
  /** Criteria in rubric order (from the cards), for the per-criterion columns. */
  criteria: { id: string; name: string; max: number; required: boolean }[];
  interrupted: boolean;
  /** True when any report has overrides (the sheets then show machine and adjusted points). */
  hasOverrides: boolean;
}

/** Code-unit order: stable and locale-independent, so the sheets are reproducible. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function reviewCard(card: ScoreCard, file: string, overrides: Override[] = [], options: ReviewOptions = {}): Omit<ReviewedReport, 'rank'> {
  const last = new Map<string, Override>();
  for (const o of overrides) last.set(o.criterion, o);
  const criteria = card.criteria.map((c): ReviewedCriterion => {
    const override = last.get(c.id) ?? null;
    // The reviewer's number as entered (5.25 stays 5.25).
    const points = override ? override.points : c.score;
    const reviewedStatus: Status = points === c.score ? c.status : points >= c.max ? 'met' : points > 0 ? 'partial' : 'missing';
    return { ...c, override, points, reviewedStatus };
  });
  const adjusted = criteria.some((c) => c.points !== c.score);
  // (Rounded: sums of points, 5.25 + 3.75, without floating-point noise.)
  const score = adjusted ? roundPoints(Math.max(0, criteria.reduce((s, c) => s + c.points, 0) - card.deductions)) : card.score;
  // (A required criterion the reviewer gave points is no longer missing; one set to nothing is: the grade is asked again even when
  // the total is the same, +5 on one criterion and −5 on another.)
  const required = criteria.filter((c) => c.required);
  const graded = adjusted && Boolean(options.grades?.length);
  const grade = !adjusted ? card.grade : graded ? gradeFor(score, card.max, options.grades!, required.map((c) => c.reviewedStatus)) : `${card.grade}（机评）`;
  const note = !adjusted ? (card.gradeNote ?? null) : graded ? gradeNote(score, card.max, options.grades!, required.map((c) => c.reviewedStatus)) : null;
  const missing = required.filter((c) => c.reviewedStatus === 'missing').map((c) => c.name);
  return { file, card, criteria, overrides, machineScore: card.score, score, grade, ...(note ? { gradeNote: note } : {}), adjusted, missing };
}

/** Own entries only: a file named `constructor` must not pick up Object.prototype. */
const overridesOf = (result: BatchResult, file: string): Override[] =>
  result.overrides && Object.hasOwn(result.overrides, file) && Array.isArray(result.overrides[file]) ? result.overrides[file] : [];

/** The failure a file an interrupted run never reached is listed with (the sheets, the text and the batch screen say it alike). */
export const notScoredError = (file: string): ShuzhiError => ({ code: 'NOT_SCORED', file, message: '评分被中断，本文件未评分' });

export function reviewBatch(result: BatchResult, options: ReviewOptions = {}): Review {
  const scored: Omit<ReviewedReport, 'rank'>[] = [];
  const failures: Review['failures'] = [];
  for (const o of result.outcomes) {
    if (o.ok) scored.push(reviewCard(o.card, o.file, overridesOf(result, o.file), options));
    else failures.push({ file: o.file, error: o.error });
  }
  // Files an interrupted run never reached are listed with the failures, never dropped.
  for (const file of result.unscored ?? []) {
    failures.push({ file, error: notScoredError(file) });
  }
  scored.sort((a, b) => b.score - a.score || byText(a.file, b.file));
  const reports: ReviewedReport[] = [];
  for (const [i, r] of scored.entries()) {
    const rank = i > 0 && r.score === scored[i - 1].score ? reports[i - 1].rank : i + 1;
    reports.push({ rank, ...r });
  }

  const criteria: Review['criteria'] = [];
  const seen = new Set<string>();
  for (const r of reports) {
    for (const c of r.card.criteria) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      criteria.push({ id: c.id, name: c.name, max: c.max, required: c.required });
    }
  }

  const groups = result.groups ?? [];
  const groupOf = (a: string, b: string) => {
    const i = groups.findIndex((g) => g.files.includes(a) && g.files.includes(b));
    return i < 0 ? null : i + 1;
  };
  const similar = [...(result.similar ?? [])]
    .sort((x, y) => y.similarity - x.similarity || byText(x.a, y.a) || byText(x.b, y.b))
    .map((p) => ({ ...p, group: groupOf(p.a, p.b) }));

  return {
    rubric: result.rubric,
    reports,
    failures,
    similar,
    groups,
    criteria,
    interrupted: result.interrupted,
    hasOverrides: reports.some((r) => r.overrides.length > 0),
  };
}
