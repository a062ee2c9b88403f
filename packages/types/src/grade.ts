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
