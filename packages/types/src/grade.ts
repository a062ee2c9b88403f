import type { GradeBand } from './rubric.ts';
import type { Status } from './score.ts';

/**
 * The grade of a score: the first band (highest minimum first) whose minimum, a percentage of the maximum, the score
 * reaches and whose condition on the required criteria holds — a report without its 下步打算 is no 优秀 however many
 * points the rest earned. `required` holds the statuses of the required criteria.
 */
export function gradeFor(score: number, max: number, grades: readonly GradeBand[], required: readonly Status[] = []): string {
  const holds = (band: GradeBand) =>
    band.required === undefined || (band.required === 'met' ? required.every((s) => s === 'met') : required.every((s) => s !== 'missing'));
  return grades.find((g) => score >= (g.min * max) / 100 && holds(g))?.name ?? grades[grades.length - 1]?.name ?? '';
}

/**
 * Why the grade is below the band the total alone reaches, in the reader's words ("总分够“良好”，但必备项有缺项，等级最高为“合格”"),
 * or null when it is not: a reviewer or author otherwise sees 86 points graded 合格 without a reason.
 */
export function gradeNote(score: number, max: number, grades: readonly GradeBand[], required: readonly Status[] = []): string | null {
  const byScore = gradeFor(score, max, grades);
  const grade = gradeFor(score, max, grades, required);
  if (byScore === grade) return null;
  const why = required.some((s) => s === 'missing') ? '必备项有缺项' : '必备项未全部满足';
  return `总分够“${byScore}”，但${why}，等级为“${grade}”`;
}
