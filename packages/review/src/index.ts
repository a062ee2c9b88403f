import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Outcome, Override, Result, ReviewFile, Rubric, ScoreCard, ShuzhiError } from '@shuzhi/types';
import { fail, ok, readCause, writeCause } from '@shuzhi/types';

export const REVIEW_FILE_NAME = 'shuzhi-review.json';
export type ReviewError = ShuzhiError<
  'REVIEW_INVALID' | 'REVIEW_OTHER_RUBRIC' | 'REVIEW_UNKNOWN_CRITERION' | 'REVIEW_BAD_POINTS' | 'REVIEW_NO_REASON' | 'WRITE_ERROR' | 'NOT_FOUND'
>;

/** Where a report's overrides are kept unless told otherwise: the review file in the report's own folder. */
export function reviewPathOf(file: string): string {
  return join(dirname(resolve(file)), REVIEW_FILE_NAME);
}

/**
 * A review file, or an empty one for `rubric` where there is none yet. `mustExist`: the user named the file, so a path
 * that leads nowhere is a slip to report (NOT_FOUND), not an empty review.
 */
export function readReview(path: string, rubric: string, options: { mustExist?: boolean } = {}): Result<ReviewFile, ReviewError> {
  const invalid = (message: string) => fail<ReviewError>({ code: 'REVIEW_INVALID', file: path, message });
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    // No review file yet. (Only ENOENT: a folder the user may not open is a problem to report, not an empty review.)
    if ((err as { code?: unknown }).code === 'ENOENT') {
      return options.mustExist ? fail({ code: 'NOT_FOUND', file: path, message: '复核文件不存在' }) : ok({ schema: 'shuzhi.review/1', rubric, reports: {} });
    }
    // A folder is the likely slip (--review DIR): say what to give instead.
    if ((err as { code?: unknown }).code === 'EISDIR') return invalid('这是一个文件夹，请给出复核文件的路径');
    return invalid(`复核文件无法读取：${readCause(err)}`);
  }
  let review: ReviewFile;
  try {
    // A byte-order mark (Notepad) is not JSON, but the file is fine.
    review = JSON.parse(text.replace(/^\uFEFF/, '')) as ReviewFile;
  } catch (err) {
    return invalid(`复核文件不是有效的 JSON${jsonWhere(text, (err as Error).message)}`);
  }
  if (!review || typeof review !== 'object' || review.schema !== 'shuzhi.review/1' || typeof review.reports !== 'object' || !review.reports) {
    return invalid('不是 shuzhi 复核文件（缺少 schema: shuzhi.review/1）');
  }
  // Overrides are points of one rubric's criteria: a file that does not say which cannot be applied to any.
  if (typeof review.rubric !== 'string' || !review.rubric) return invalid('复核文件没有写明所用的评分标准（rubric）');
  return ok(review);
}

/**
 * The review file a change under `rubric` is recorded in: refused when it belongs to another rubric, whose criteria and
 * maximum points differ (its overrides would be applied to the wrong criteria, or cut to another maximum).
 */
export function readReviewFor(path: string, rubric: string): Result<ReviewFile, ReviewError> {
  const read = readReview(path, rubric);
  if (!read.ok || read.value.rubric === rubric) return read;
  return fail({
    code: 'REVIEW_OTHER_RUBRIC',
    file: path,
    message: `复核文件属于评分标准“${read.value.rubric}”，不能记入按“${rubric}”所做的调整；请改用 --rubric ${read.value.rubric}，或用 --review 另给一个复核文件`,
  });
}

/** `（第 3 行）` from JSON.parse's English "at position N", when it gives one. */
function jsonWhere(text: string, message: string): string {
  const at = /at position (\d+)/.exec(message);
  if (!at) return text.trim() ? '' : '（文件内容为空）';
  const line = text.slice(0, Number(at[1])).split('\n').length;
  return `（第 ${line} 行）`;
}

/**
 * Written atomically: a crash never leaves half a review file. A folder that
 * refuses the file (no permission, full disk) is an error value, and the temp
 * file is removed so it does not sit beside the reports.
 */
export function writeReview(path: string, review: ReviewFile): Result<{ path: string }, ReviewError> {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, `${JSON.stringify(review, null, 2)}\n`);
    renameSync(tmp, path);
    return ok({ path });
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      // Never created (the folder refused it): nothing to remove.
    }
    return fail({ code: 'WRITE_ERROR', file: path, message: `无法写入：${writeCause(err)}` });
  }
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

/**
 * Whether the report changed since an override was set, `now` being its file's digest today (see fileDigest): each override
 * keeps the hash of the text it was judged on, a review file from before kept one hash per report.
 */
export function changedSince(override: Pick<Override, 'sha256'>, entry: ReviewFile['reports'][string], now: string | undefined): boolean {
  const hash = override.sha256 ?? entry.sha256;
  return hash !== undefined && hash !== now;
}

export interface CriterionRef {
  id: string;
  name: string;
  points: number;
}

/** Sets (or replaces) the override of one criterion (by id or by its Chinese name) of one report. */
export function setOverride(
  review: ReviewFile,
  key: string,
  override: Omit<Override, 'at'> & { at?: string },
  limits: { criteria: CriterionRef[]; sha256?: string; rubricDigest?: string },
): Result<ReviewFile, ReviewError> {
  const found = findCriterion(limits.criteria, override.criterion);
  if (!found.ok) return found;
  const criterion = found.value;
  override = { ...override, criterion: criterion.id };
  const points = pointsWithin(override.points, criterion);
  if (!points.ok) return points;
  if (!override.reason.trim()) return fail({ code: 'REVIEW_NO_REASON', message: '调整得分必须写明理由（--reason）' });
  const entry = review.reports[key] ?? { overrides: [] };
  // Earlier overrides of the report keep the hash they were set against (an old file's one hash for all, if that is all there is).
  const overrides = entry.overrides.filter((o) => o.criterion !== override.criterion).map((o) => (o.sha256 || !entry.sha256 ? o : { ...o, sha256: entry.sha256 }));
  overrides.push({
    ...override,
    at: override.at ?? new Date().toISOString(),
    ...(limits.sha256 ? { sha256: limits.sha256 } : {}),
    ...(limits.rubricDigest ? { rubricDigest: limits.rubricDigest } : {}),
  });
  return ok({ ...review, reports: { ...review.reports, [key]: { overrides } } });
}

/** What a review file needs to know of a rubric's criteria. */
export const criterionRefs = (rubric: Rubric): CriterionRef[] => rubric.criteria.map((c) => ({ id: c.id, name: c.name, points: c.points }));

/** A criterion's name as typed on a command line: without quotes of any kind or spaces ("落实"四个一"制度"). */
const bare = (name: string) => name.replace(/[“”‘’"'「」『』\s]/g, '');

/**
 * A criterion named by id or by its Chinese name, as the rubric has it, or by a part of the name only one criterion has
 * ("四个一", "经费"); else the error naming the ones there are.
 */
export function findCriterion(criteria: CriterionRef[], given: string): Result<CriterionRef, ReviewError> {
  const found = criteria.find((c) => c.id === given || c.name === given || bare(c.name) === bare(given));
  if (found) return ok(found);
  const part = bare(given);
  const candidates = part ? criteria.filter((c) => bare(c.name).includes(part)) : [];
  if (candidates.length === 1) return ok(candidates[0]);
  const among = candidates.length > 1 ? candidates : criteria;
  const what = candidates.length > 1 ? `「${given}」可指多个评分项，请写全名或 id` : `评分标准中没有评分项「${given}」`;
  return fail({ code: 'REVIEW_UNKNOWN_CRITERION', message: `${what}（${candidates.length > 1 ? '' : '可用：'}${among.map((c) => `${c.id}（${c.name}）`).join('、')}）` });
}

/** Points as a reviewer types them: a plain decimal with at most two decimals (8, 7.25, or in full-width digits), not 0x0F or 1e1. */
export function parsePoints(text: string): Result<number, ReviewError> {
  const half = text.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/^\s*\d+(\.\d{1,2})?\s*$/.test(half)) return ok(Number(half));
  // Points are shown to two decimals everywhere: a third would be summed but never seen.
  if (/^\s*\d+\.\d{3,}\s*$/.test(half)) return fail({ code: 'REVIEW_BAD_POINTS', message: `得分最多两位小数，如 7.25（收到“${text}”）` });
  if (/^\s*[-－]\s*\d/.test(text)) return fail({ code: 'REVIEW_BAD_POINTS', message: `得分不能是负数，请给 0 到该项满分之间的数（收到“${text}”）` });
  return fail({ code: 'REVIEW_BAD_POINTS', message: `得分须是数字，如 8 或 7.5（收到“${text}”）` });
}

/** Points within 0…the criterion's maximum, or the error saying the range. */
export function pointsWithin(points: number, criterion: CriterionRef): Result<number, ReviewError> {
  if (Number.isFinite(points) && points >= 0 && points <= criterion.points) return ok(points);
  return fail({ code: 'REVIEW_BAD_POINTS', message: `「${criterion.name}」的得分须在 0 到 ${criterion.points} 之间` });
}

/** Points typed for one criterion (the command line's and the batch screen's): a number first, then within its range. */
export function parsePointsFor(text: string, criterion: CriterionRef): Result<number, ReviewError> {
  const points = parsePoints(text);
  return points.ok ? pointsWithin(points.value, criterion) : points;
}

/** Removes one criterion's override, or all of a report's; says how many were removed. */
export function clearOverride(review: ReviewFile, key: string, criterion?: string): { review: ReviewFile; removed: number } {
  const entry = review.reports[key];
  if (!entry) return { review, removed: 0 };
  const overrides = criterion ? entry.overrides.filter((o) => o.criterion !== criterion) : [];
  const reports = { ...review.reports };
  if (overrides.length) reports[key] = { ...entry, overrides };
  else delete reports[key];
  return { review: { ...review, reports }, removed: entry.overrides.length - overrides.length };
}

export interface FoundOverrides {
  /** By each outcome's file as given. */
  overrides: Record<string, Override[]>;
  /** Overrides left unused, and why: one line each, naming the review file (and the report). */
  warnings: string[];
  /** Review files that could not be read: their overrides are missing from the scores, which a caller must not pass off as complete. */
  errors: ReviewError[];
}

/**
 * Overrides for the outcomes of a batch, keyed by each outcome's file as
 * given: from one review file when named, else from the review file in each
 * report's folder (where `review set` puts them). Only a review file of the
 * rubric the batch was scored with applies, and only overrides a reviewer
 * could have set under it (a criterion it has, points within its range, a
 * reason); the others are named in the warnings. A report changed since it
 * was reviewed keeps its overrides, with a warning to look again.
 */
export function overridesFor(outcomes: Outcome[], reviewPath?: string): FoundOverrides {
  /** Each review file read once; null when it cannot be used (unreadable, another rubric's). */
  const files = new Map<string, ReviewFile | null>();
  const overrides: Record<string, Override[]> = {};
  const warnings: string[] = [];
  const errors: ReviewError[] = [];
  for (const o of outcomes) {
    if (!o.ok) continue;
    const path = reviewPath ?? reviewPathOf(o.file);
    const rubric = o.card.rubric.id;
    if (!files.has(path)) {
      const read = readReview(path, rubric);
      if (!read.ok) errors.push({ ...read.error, message: `${read.error.message}；其中的复核调整本次未用上` });
      else if (read.value.rubric !== rubric) warnings.push(`${path}: 复核文件属于评分标准“${read.value.rubric}”，本次按“${rubric}”评分，其中的复核调整未用上`);
      files.set(path, read.ok && read.value.rubric === rubric ? read.value : null);
    }
    const review = files.get(path);
    const key = reviewKey(path, o.file);
    const entry = review && Object.hasOwn(review.reports, key) ? review.reports[key] : undefined;
    if (!entry) continue;
    const usable = usableOverrides(entry, o.card, (why) => warnings.push(`${path}: ${key} ${why}，已忽略`));
    if (!usable.length) continue;
    const now = fileDigest(o.file);
    // And against the rubric it was judged under: an owner may edit criteria and keep the id and the version.
    const rubricChanged = (digest?: string) => digest !== undefined && digest !== o.card.rubric.digest;
    // The hashes are the review file's business, not the score card's.
    overrides[o.file] = usable.map(({ sha256, rubricDigest, ...x }) => ({
      ...x,
      ...(changedSince({ sha256 }, entry, now) ? { reportChanged: true as const } : {}),
      ...(rubricChanged(rubricDigest) ? { rubricChanged: true as const } : {}),
    }));
    if (usable.some((x) => changedSince(x, entry, now))) warnings.push(`${o.file}: 复核后报告已修改，复核调整仍然有效，请重新核对`);
    if (usable.some((x) => rubricChanged(x.rubricDigest))) warnings.push(`${o.file}: 复核后评分标准“${o.card.rubric.id}”已修改，复核调整仍然有效，请重新核对`);
  }
  // Overrides of reports that are gone (deleted, renamed) would otherwise wait unseen in the review file.
  for (const [path, review] of files) {
    if (!review) continue;
    const gone = Object.keys(review.reports).filter((key) => !existsSync(resolve(dirname(resolve(path)), key)));
    if (gone.length) warnings.push(`${path}: ${gone.length} 份报告已不存在（改名或删除？），其复核调整未用上：${gone.slice(0, 3).join('、')}${gone.length > 3 ? ' 等' : ''}`);
  }
  return { overrides, warnings, errors };
}

/** A report's overrides that `review set` could have written under the card's rubric; each other one is told to `drop`. */
function usableOverrides(entry: ReviewFile['reports'][string], card: ScoreCard, drop: (why: string) => void): Override[] {
  if (!entry || typeof entry !== 'object' || !Array.isArray(entry.overrides)) {
    drop('的记录格式不对（应为 { "overrides": [ … ] }）');
    return [];
  }
  const criteria = new Map(card.criteria.map((c) => [c.id, c]));
  const problem = (x: Partial<Override> | null): string | null => {
    if (!x || typeof x !== 'object' || typeof x.criterion !== 'string') return '有一项调整格式不对（缺少 criterion）';
    const c = criteria.get(x.criterion);
    if (!c) return `调整的评分项“${x.criterion}”不在评分标准“${card.rubric.id}”中`;
    if (typeof x.points !== 'number' || !pointsWithin(x.points, { id: c.id, name: c.name, points: c.max }).ok) {
      return `的「${c.name}」调整得分 ${JSON.stringify(x.points) ?? '（空）'} 不是 0 到 ${c.max} 之间的数`;
    }
    if (typeof x.reason !== 'string' || !x.reason.trim()) return `的「${c.name}」调整没有写明理由`;
    return null;
  };
  return entry.overrides.filter((x) => {
    const why = problem(x);
    if (why) drop(why);
    return !why;
  });
}
