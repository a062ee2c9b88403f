import type { ReportMeta } from './report.ts';
import type { RubricRef, ScoreCard } from './score.ts';
import type { ShuzhiError } from './errors.ts';

/** One file of a batch: scored, or failed with a coded error. Failures are listed, never dropped. */
export type Outcome = { file: string; ok: true; card: ScoreCard } | { file: string; ok: false; error: ShuzhiError };

/** Where a shared passage sits in one report. */
export interface PassageSide {
  paragraph: number;
  line: number | null;
  start: number;
  end: number;
}

/** A stretch of text two reports share (after normalization). */
export interface SharedPassage {
  text: string;
  a: PassageSide;
  b: PassageSide;
}

/** Two reports suspected of copying: one from the other, or both from one 范文. */
export interface SimilarPair {
  a: string;
  b: string;
  /** Jaccard similarity of their sampled character 5-grams once genre boilerplate is removed, 0–1. */
  similarity: number;
  passages: SharedPassage[];
}

/** Reports that follow one template: every member is near-duplicate of another member. */
export interface TemplateGroup {
  files: string[];
  /** Lowest pairwise similarity that links the group. */
  similarity: number;
}

/** A reviewer's adjustment of one criterion's points, with the reason. */
export interface Override {
  criterion: string;
  points: number;
  reason: string;
  reviewer?: string;
  /** ISO time the override was set. */
  at: string;
  /** sha256 of the report file the reviewer judged: each override keeps its own, so a later one does not hide a change. */
  sha256?: string;
  /** Set when the report was scored again: its file changed after the override was set, so the override needs checking. */
  reportChanged?: true;
  /** The digest of the rubric the reviewer judged under (see `Rubric.digest`). */
  rubricDigest?: string;
  /** Set when the report was scored again under a rubric changed since the override was set: the override needs checking too. */
  rubricChanged?: true;
}

/** The review file beside a batch (`shuzhi-review.json`): overrides per report, kept across re-scoring. */
export interface ReviewFile {
  schema: 'shuzhi.review/1';
  rubric: string;
  /** Keyed by the report's path relative to the review file. */
  reports: Record<string, { /** Review files written before overrides kept their own hash. */ sha256?: string; overrides: Override[] }>;
}

/** How far a batch has got, reported after every file. */
export interface BatchProgress {
  done: number;
  total: number;
  failed: number;
  /** Results taken from the cache. */
  cached: number;
  /** The file that just finished. */
  file: string | null;
  elapsedMs: number;
}

export interface BatchResult {
  rubric: RubricRef;
  outcomes: Outcome[];
  similar: SimilarPair[];
  groups: TemplateGroup[];
  /** Overrides by file (as in `outcomes`), when a review file was used. */
  overrides: Record<string, Override[]>;
  /** True when the run was stopped (Ctrl-C) before every file was scored. */
  interrupted: boolean;
  /** The files an interrupted run did not reach, so that nothing is silently left out. */
  unscored?: string[];
}

export type { ReportMeta };
