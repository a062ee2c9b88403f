import type { Rubric } from '@shuzhi/types';
import type { Outcome } from './outcome.ts';

export const SCORES_SCHEMA = 'shuzhi.scores/1';

/** The `shuzhi.scores/1` contract (README: "JSON 输出"). Field order is part of the contract's readability. */
export function scoresToJson(rubric: Pick<Rubric, 'id' | 'name' | 'version'>, outcomes: Outcome[]) {
  return {
    schema: SCORES_SCHEMA,
    rubric: { id: rubric.id, name: rubric.name, version: rubric.version },
    reports: outcomes.map((o) => {
      if (!o.ok) return { file: o.file, ok: false, error: { code: o.error.code, message: o.error.message } };
      const c = o.card;
      return {
        file: o.file,
        ok: true,
        title: c.title,
        score: c.score,
        max: c.max,
        grade: c.grade,
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
        })),
        findings: c.findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, text: f.text, paragraph: f.paragraph, line: f.line, deduction: f.deduction })),
      };
    }),
  };
}
