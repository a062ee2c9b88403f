import type { CriterionScore, Finding, QualityRule, Rubric } from '@shuzhi/types';
import type { ReportView } from '../view.ts';
import { levelInconsistency } from './level-inconsistency.ts';
import { offTopic } from './off-topic.ts';
import { formatMismatch } from './format-mismatch.ts';
import { otherDocument } from './other-document.ts';
import { outdatedTerm } from './outdated-term.ts';
import { placeholder } from './placeholder.ts';
import { repeatedParagraph } from './repeated-paragraph.ts';
import { tooShort } from './too-short.ts';
import { vague } from './vague.ts';

/** A finding before the rubric's severity and deduction are applied. */
export type RawFinding = Omit<Finding, 'severity' | 'deduction' | 'rule'>;

/** A quality check: a small function from the report and its options (and the criteria's outcomes, for the few that ask) to findings. */
export type QualityCheck = (view: ReportView, options: Record<string, unknown>, criteria?: readonly CriterionScore[]) => RawFinding[];

const CHECKS: Record<QualityRule['rule'], QualityCheck> = {
  placeholder,
  'outdated-term': outdatedTerm,
  'level-inconsistency': levelInconsistency,
  vague,
  'too-short': tooShort,
  'off-topic': offTopic,
  'repeated-paragraph': repeatedParagraph,
  'other-document': otherDocument,
  'format-mismatch': formatMismatch,
};

/** Runs the rubric's quality rules; each finding carries the points it deducts (capped per rule). */
export function runQualityChecks(view: ReportView, rubric: Rubric, criteria: readonly CriterionScore[] = []): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rubric.quality) {
    let left = rule.maxDeduct;
    for (const raw of CHECKS[rule.rule](view, rule.options, criteria)) {
      const deduction = Math.min(rule.deduct, left);
      left -= deduction;
      findings.push({ rule: rule.rule, severity: rule.severity, deduction, ...raw });
    }
  }
  return findings;
}
