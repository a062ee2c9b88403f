import type { BatchResult, GradeBand, Override, RubricRef } from '@shuzhi/types';
import type { Outcome } from './outcome.ts';
import { reviewCard } from './review.ts';

export const SCORES_SCHEMA = 'shuzhi.scores/1';


/**
 * The `shuzhi.scores/1` contract (README: "JSON 输出"). Field order is part of the contract's readability.
 *
 * Given a whole BatchResult it adds, after `schema`, `rubric`, `reports` (unchanged):
 * per report `overrides`, `reviewedScore` and `reviewedGrade` when a reviewer set any, top-level `similar` and `groups`
 * (always, possibly empty), and `interrupted: true` with the `unscored` files when the run was stopped.
 * Given only a rubric and outcomes it produces exactly the original form.
 */
export function scoresToJson(result: BatchResult, options?: { grades?: GradeBand[] }): ReturnType<typeof scoresJson> & { similar: unknown[]; groups: unknown[]; interrupted?: true; unscored?: string[] };
export function scoresToJson(rubric: RubricRef, outcomes: Outcome[]): ReturnType<typeof scoresJson>;
export function scoresToJson(first: RubricRef | BatchResult, second?: Outcome[] | { grades?: GradeBand[] }) {
  if (Array.isArray(second) || !('outcomes' in first)) return scoresJson(first as RubricRef, (second as Outcome[] | undefined) ?? []);
  const result = first;
  return {
    ...scoresJson(result.rubric, result.outcomes, result.overrides ?? {}, second?.grades),
    similar: (result.similar ?? []).map((p) => ({
      a: p.a,
      b: p.b,
      similarity: p.similarity,
      passages: p.passages.map((s) => ({ text: s.text, a: side(s.a), b: side(s.b) })),
    })),
    groups: (result.groups ?? []).map((g) => ({ files: g.files, similarity: g.similarity })),
    ...(result.interrupted ? { interrupted: true as const, unscored: result.unscored ?? [] } : {}),
  };
}

/** The total and grade after a reviewer's overrides, beside the machine's `score` and `grade`. */
const reviewed = (r: { score: number; grade: string; gradeNote?: string }) => ({ reviewedScore: r.score, reviewedGrade: r.grade, ...(r.gradeNote ? { reviewedGradeNote: r.gradeNote } : {}) });

const side = (s: { paragraph: number; line: number | null; start: number; end: number }) => ({ paragraph: s.paragraph, line: s.line, start: s.start, end: s.end });

const override = (o: Override) => ({ criterion: o.criterion, points: o.points, reason: o.reason, ...(o.reviewer !== undefined ? { reviewer: o.reviewer } : {}), at: o.at, ...(o.reportChanged ? { reportChanged: true } : {}), ...(o.rubricChanged ? { rubricChanged: true } : {}) });

function scoresJson(rubric: RubricRef, outcomes: Outcome[], overrides: Record<string, Override[]> = {}, grades?: GradeBand[]) {
  return {
    schema: SCORES_SCHEMA,
    rubric: { id: rubric.id, name: rubric.name, version: rubric.version, digest: rubric.digest },
    reports: outcomes.map((o) => {
      if (!o.ok) return { file: o.file, ok: false, error: { code: o.error.code, message: o.error.message } };
      const c = o.card;
      const given = Object.hasOwn(overrides, o.file) ? overrides[o.file] : [];
      return {
        file: o.file,
        ok: true,
        title: c.title,
        score: c.score,
        max: c.max,
        grade: c.grade,
        ...(c.gradeNote ? { gradeNote: c.gradeNote } : {}),
        deductions: c.deductions,
        criteria: c.criteria.map((k) => ({
          id: k.id,
          name: k.name,
          required: k.required,
          status: k.status,
          score: k.score,
          max: k.max,
          evidence: k.evidence.map((e) => ({ text: e.text, section: e.section, paragraph: e.paragraph, line: e.line, start: e.start, end: e.end, signal: e.signal })),
          suggestion: k.suggestion,
          ...(k.parts ? { parts: k.parts } : {}),
          ...(k.setAside ? { setAside: k.setAside.map((a) => ({ text: a.text, section: a.section, paragraph: a.paragraph, line: a.line, start: a.start, end: a.end, signal: a.signal, cause: a.cause, reason: a.reason })) } : {}),
        })),
        findings: c.findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, text: f.text, paragraph: f.paragraph, line: f.line, deduction: f.deduction })),
        ...(given?.length ? { overrides: given.map(override), ...reviewed(reviewCard(c, o.file, given, { grades })) } : {}),
      };
    }),
  };
}
