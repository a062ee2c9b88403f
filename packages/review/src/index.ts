import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Outcome, Override, Result, ReviewFile, ShuzhiError } from '@shuzhi/types';
import { fail, ok } from '@shuzhi/types';

export const REVIEW_FILE_NAME = 'shuzhi-review.json';
export type ReviewError = ShuzhiError<'REVIEW_INVALID' | 'REVIEW_UNKNOWN_CRITERION' | 'REVIEW_BAD_POINTS'>;

/**
 * Where a batch keeps its reviewer overrides: beside the batch (in the folder
 * scored, when one folder is given), else in the current folder.
 */
export function defaultReviewPath(paths: string[]): string {
  if (paths.length === 1 && existsSync(paths[0]) && !/\.\w+$/.test(paths[0])) return join(paths[0], REVIEW_FILE_NAME);
  return resolve(REVIEW_FILE_NAME);
}

export function readReview(path: string, rubric: string): Result<ReviewFile, ReviewError> {
  if (!existsSync(path)) return ok({ schema: 'shuzhi.review/1', rubric, reports: {} });
  try {
    const review = JSON.parse(readFileSync(path, 'utf8')) as ReviewFile;
    if (review.schema !== 'shuzhi.review/1' || typeof review.reports !== 'object') {
      return fail({ code: 'REVIEW_INVALID', file: path, message: '不是 shuzhi 复核文件（缺少 schema: shuzhi.review/1）' });
    }
    return ok(review);
  } catch (err) {
    return fail({ code: 'REVIEW_INVALID', file: path, message: `复核文件无法读取（${(err as Error).message}）` });
  }
}

/** Written atomically: a crash never leaves half a review file. */
export function writeReview(path: string, review: ReviewFile): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(review, null, 2)}\n`);
  renameSync(tmp, path);
}

/** The key of a report in a review file: its path relative to the review file. */
export function reviewKey(reviewPath: string, file: string): string {
  const rel = relative(dirname(resolve(reviewPath)), resolve(file));
  return isAbsolute(rel) ? rel : rel.split('\\').join('/');
}

export function fileDigest(file: string): string | undefined {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    return undefined;
  }
}

/** Sets (or replaces) the override of one criterion of one report. */
export function setOverride(
  review: ReviewFile,
  key: string,
  override: Omit<Override, 'at'> & { at?: string },
  limits: { criteria: Map<string, number>; sha256?: string },
): Result<ReviewFile, ReviewError> {
  const max = limits.criteria.get(override.criterion);
  if (max === undefined) {
    return fail({ code: 'REVIEW_UNKNOWN_CRITERION', message: `评分标准中没有评分项“${override.criterion}”（可用：${[...limits.criteria.keys()].join('、')}）` });
  }
  if (!Number.isFinite(override.points) || override.points < 0 || override.points > max) {
    return fail({ code: 'REVIEW_BAD_POINTS', message: `“${override.criterion}”的得分须在 0 到 ${max} 之间` });
  }
  if (!override.reason.trim()) return fail({ code: 'REVIEW_BAD_POINTS', message: '调整得分必须写明理由（--reason）' });
  const entry = review.reports[key] ?? { overrides: [] };
  const overrides = entry.overrides.filter((o) => o.criterion !== override.criterion);
  overrides.push({ ...override, at: override.at ?? new Date().toISOString() });
  return ok({ ...review, reports: { ...review.reports, [key]: { sha256: limits.sha256 ?? entry.sha256, overrides } } });
}

export function clearOverride(review: ReviewFile, key: string, criterion?: string): ReviewFile {
  const entry = review.reports[key];
  if (!entry) return review;
  const overrides = criterion ? entry.overrides.filter((o) => o.criterion !== criterion) : [];
  const reports = { ...review.reports };
  if (overrides.length) reports[key] = { ...entry, overrides };
  else delete reports[key];
  return { ...review, reports };
}

/** Overrides for the outcomes of a batch, keyed by each outcome's file as given. */
export function overridesFor(review: ReviewFile, reviewPath: string, outcomes: Outcome[]): Record<string, Override[]> {
  const out: Record<string, Override[]> = {};
  for (const o of outcomes) {
    const entry = review.reports[reviewKey(reviewPath, o.file)];
    if (o.ok && entry?.overrides.length) out[o.file] = entry.overrides;
  }
  return out;
}
