import { appendFileSync, chmodSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Outcome, ReviewFile, ScoreCard } from '@shuzhi/types';
import { readCause } from '@shuzhi/types';
import { clearOverride, fileDigest, findCriterion, overridesFor, parsePoints, parsePointsFor, readReview, readReviewFor, reviewKey, reviewPathOf, setOverride, writeReview } from './index.ts';
import { tempDir } from '../../../test/temp.ts';

const CRITERIA = [
  { id: 'support-funding', name: '经费保障', points: 10 },
  { id: 'plans', name: '下步打算', points: 10 },
];
const empty = (): ReviewFile => ({ schema: 'shuzhi.review/1', rubric: 'party-armed-forces', reports: {} });
/** A one-line report in a fresh folder, and where its review file goes. */
function reportBesideReview(name: string): { file: string; path: string } {
  const file = join(tempDir('review'), name);
  writeFileSync(file, '述职报告\n');
  return { file, path: reviewPathOf(file) };
}
const outcome = (file: string, rubric = 'party-armed-forces', digest = 'd1'): Outcome => ({
  file,
  ok: true,
  card: { file, rubric: { id: rubric, name: '标准', version: '1', digest }, criteria: CRITERIA.map((c) => ({ id: c.id, name: c.name, max: c.points })) } as ScoreCard,
});

describe('setOverride', () => {
  it('takes a criterion by id or by its Chinese name, and refuses unknown items, points out of range and a missing reason', () => {
    const byName = setOverride(empty(), 'a.txt', { criterion: '经费保障', points: 6, reason: '第3段写明了经费' }, { criteria: CRITERIA });
    expect(byName.ok && byName.value.reports['a.txt'].overrides[0]).toMatchObject({ criterion: 'support-funding', points: 6 });
    expect(setOverride(empty(), 'a.txt', { criterion: '征兵', points: 1, reason: 'x' }, { criteria: CRITERIA })).toMatchObject({ ok: false, error: { code: 'REVIEW_UNKNOWN_CRITERION' } });
    // The Chinese name, in 「」: a name may itself hold “…”.
    expect(setOverride(empty(), 'a.txt', { criterion: 'plans', points: 11, reason: 'x' }, { criteria: CRITERIA })).toMatchObject({ ok: false, error: { code: 'REVIEW_BAD_POINTS', message: '「下步打算」的得分须在 0 到 10 之间' } });
    expect(setOverride(empty(), 'a.txt', { criterion: 'plans', points: 5, reason: ' ' }, { criteria: CRITERIA })).toMatchObject({ ok: false, error: { code: 'REVIEW_NO_REASON' } });
  });

  it('replaces the override of the same criterion, and clearOverride removes one or all', () => {
    let review = empty();
    for (const points of [3, 7]) {
      const r = setOverride(review, 'a.txt', { criterion: 'plans', points, reason: '复核' }, { criteria: CRITERIA });
      if (!r.ok) throw new Error(r.error.message);
      review = r.value;
    }
    const r = setOverride(review, 'a.txt', { criterion: 'support-funding', points: 4, reason: '复核' }, { criteria: CRITERIA });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.reports['a.txt'].overrides.map((o) => [o.criterion, o.points])).toEqual([
      ['plans', 7],
      ['support-funding', 4],
    ]);
    expect(clearOverride(r.value, 'a.txt', 'plans').removed).toBe(1);
    expect(clearOverride(r.value, 'a.txt')).toMatchObject({ removed: 2, review: { reports: {} } });
  });
});

describe('overridesFor', () => {
  it('finds overrides in the review file beside each report, and marks those of a report changed since', () => {
    const { file, path } = reportBesideReview('张三.txt');
    const set = setOverride(empty(), reviewKey(path, file), { criterion: 'plans', points: 5, reason: '结尾有打算' }, { criteria: CRITERIA, sha256: fileDigest(file) });
    if (!set.ok) throw new Error(set.error.message);
    writeReview(path, set.value);
    expect(readReview(path, 'party-armed-forces').ok).toBe(true);

    const before = overridesFor([outcome(file)]);
    expect(before).toMatchObject({ warnings: [], errors: [], overrides: { [file]: [{ criterion: 'plans', points: 5 }] } });
    expect(before.overrides[file][0].reportChanged).toBeUndefined();

    appendFileSync(file, '补充一段。\n');
    const after = overridesFor([outcome(file)]);
    expect(after.warnings).toEqual([`${file}: 复核后报告已修改，复核调整仍然有效，请重新核对`]);
    expect(after.overrides[file][0]).toMatchObject({ criterion: 'plans', points: 5, reportChanged: true });
  });

  it('a new override on a changed report does not hide that the earlier one was judged against the old text', () => {
    const { file, path } = reportBesideReview('李四.txt');
    const first = setOverride(empty(), reviewKey(path, file), { criterion: 'plans', points: 5, reason: '结尾有打算' }, { criteria: CRITERIA, sha256: fileDigest(file) });
    if (!first.ok) throw new Error(first.error.message);
    appendFileSync(file, '补充一段。\n');
    const second = setOverride(first.value, reviewKey(path, file), { criterion: 'support-funding', points: 6, reason: '补了经费' }, { criteria: CRITERIA, sha256: fileDigest(file) });
    if (!second.ok) throw new Error(second.error.message);
    writeReview(path, second.value);
    const found = overridesFor([outcome(file)]);
    expect(found.overrides[file].map((o) => [o.criterion, o.reportChanged ?? false])).toEqual([
      ['plans', true],
      ['support-funding', false],
    ]);
    // The hash stays in the review file, out of the score card.
    expect(found.overrides[file].every((o) => !('sha256' in o))).toBe(true);
  });

  it('marks an override set under a rubric edited since (same id and version, other text), and keeps it', () => {
    const { file, path } = reportBesideReview('赵六.txt');
    const set = setOverride(empty(), reviewKey(path, file), { criterion: 'plans', points: 5, reason: '结尾有打算' }, { criteria: CRITERIA, sha256: fileDigest(file), rubricDigest: 'd1' });
    if (!set.ok) throw new Error(set.error.message);
    writeReview(path, set.value);
    expect(overridesFor([outcome(file)])).toMatchObject({ warnings: [], overrides: { [file]: [{ criterion: 'plans', points: 5 }] } });
    const edited = overridesFor([outcome(file, 'party-armed-forces', 'd2')]);
    expect(edited.warnings).toEqual([`${file}: 复核后评分标准“party-armed-forces”已修改，复核调整仍然有效，请重新核对`]);
    expect(edited.overrides[file][0]).toMatchObject({ criterion: 'plans', points: 5, rubricChanged: true });
    expect(edited.overrides[file].every((o) => !('rubricDigest' in o))).toBe(true);
  });
});

describe('overridesFor: overrides that cannot apply', () => {
  it('says so, naming the review file and the report, for each override left out: a report that is gone, a criterion the rubric does not have, points that are no number or out of range, no reason', () => {
    const { file, path } = reportBesideReview('王五.txt');
    const at = '2024-03-01T08:00:00Z';
    const review = {
      ...empty(),
      reports: {
        '王五.txt': {
          overrides: [
            { criterion: 'emergency-response', points: 3, reason: '另一份标准的项', at },
            { criterion: 'plans', points: 'abc', reason: '复核', at },
            { criterion: 'support-funding', points: 15, reason: '复核', at },
            { criterion: 'support-funding', points: 6, reason: ' ', at },
            { criterion: 'plans', points: 7.5, reason: '结尾有打算', at },
          ],
        },
        '已删除.txt': { overrides: [{ criterion: 'plans', points: 5, reason: '复核', at }] },
      },
    } as unknown as ReviewFile;
    writeReview(path, review);
    const found = overridesFor([outcome(file)]);
    expect(found.overrides[file]).toEqual([{ criterion: 'plans', points: 7.5, reason: '结尾有打算', at }]);
    expect(found.errors).toEqual([]);
    expect(found.warnings).toEqual([
      `${path}: 王五.txt 调整的评分项“emergency-response”不在评分标准“party-armed-forces”中，已忽略`,
      `${path}: 王五.txt 的「下步打算」调整得分 "abc" 不是 0 到 10 之间的数，已忽略`,
      `${path}: 王五.txt 的「经费保障」调整得分 15 不是 0 到 10 之间的数，已忽略`,
      `${path}: 王五.txt 的「经费保障」调整没有写明理由，已忽略`,
      `${path}: 1 份报告已不存在（改名或删除？），其复核调整未用上：已删除.txt`,
    ]);
  });

  it('applies a review file only to the rubric it belongs to, and says once when it is another', () => {
    const { file, path } = reportBesideReview('钱九.txt');
    writeReview(path, { schema: 'shuzhi.review/1', rubric: 'grassroots-party-building', reports: { '钱九.txt': { overrides: [{ criterion: 'plans', points: 5, reason: '复核', at: '2024-03-01T08:00:00Z' }] } } });
    expect(overridesFor([outcome(file)])).toEqual({
      overrides: {},
      errors: [],
      warnings: [`${path}: 复核文件属于评分标准“grassroots-party-building”，本次按“party-armed-forces”评分，其中的复核调整未用上`],
    });
    expect(overridesFor([outcome(file, 'grassroots-party-building')]).overrides[file]).toHaveLength(1);
  });

  it('a damaged review file is an error value, and the other folders\' overrides still apply', () => {
    const broken = reportBesideReview('甲.txt');
    writeFileSync(broken.path, '{"reports": {\n');
    const fine = reportBesideReview('乙.txt');
    writeReview(fine.path, { ...empty(), reports: { '乙.txt': { overrides: [{ criterion: 'plans', points: 5, reason: '复核', at: '2024-03-01T08:00:00Z' }] } } });
    const found = overridesFor([outcome(broken.file), outcome(fine.file)]);
    expect(found.errors).toEqual([{ code: 'REVIEW_INVALID', file: broken.path, message: '复核文件不是有效的 JSON（第 2 行）；其中的复核调整本次未用上' }]);
    expect(Object.keys(found.overrides)).toEqual([fine.file]);
  });
});

describe('readReviewFor', () => {
  it('refuses to record into a review file of another rubric, and starts a new file for the rubric given', () => {
    const { path } = reportBesideReview('孙七.txt');
    expect(readReviewFor(path, 'grassroots-party-building')).toEqual({ ok: true, value: { ...empty(), rubric: 'grassroots-party-building' } });
    writeReview(path, empty());
    expect(readReviewFor(path, 'grassroots-party-building')).toEqual({
      ok: false,
      error: {
        code: 'REVIEW_OTHER_RUBRIC',
        file: path,
        message: '复核文件属于评分标准“party-armed-forces”，不能记入按“grassroots-party-building”所做的调整；请改用 --rubric party-armed-forces，或用 --review 另给一个复核文件',
      },
    });
    expect(readReviewFor(path, 'party-armed-forces')).toEqual({ ok: true, value: empty() });
  });
});

describe('readReview', () => {
  const read = (path: string) => readReview(path, 'party-armed-forces');

  it('a folder, text that is not JSON, or JSON that is not a review file: one Chinese line with REVIEW_INVALID', () => {
    const dir = tempDir('read-review');
    expect(read(dir)).toEqual({ ok: false, error: { code: 'REVIEW_INVALID', file: dir, message: '这是一个文件夹，请给出复核文件的路径' } });
    const path = join(dir, 'shuzhi-review.json');
    writeFileSync(path, '{\n  "schema": "shuzhi.review/1",\n  reports: {}\n}\n');
    expect(read(path)).toMatchObject({ ok: false, error: { code: 'REVIEW_INVALID', message: '复核文件不是有效的 JSON（第 3 行）' } });
    writeFileSync(path, '');
    expect(read(path)).toMatchObject({ ok: false, error: { code: 'REVIEW_INVALID', message: '复核文件不是有效的 JSON（文件内容为空）' } });
    writeFileSync(path, 'null');
    expect(read(path)).toMatchObject({ ok: false, error: { code: 'REVIEW_INVALID', message: '不是 shuzhi 复核文件（缺少 schema: shuzhi.review/1）' } });
    writeFileSync(path, JSON.stringify({ schema: 'shuzhi.review/1', reports: {} }));
    expect(read(path)).toMatchObject({ ok: false, error: { code: 'REVIEW_INVALID', message: '复核文件没有写明所用的评分标准（rubric）' } });
    // Notepad's byte-order mark is not an error.
    writeFileSync(path, `\uFEFF${JSON.stringify(empty())}`);
    expect(read(path)).toEqual({ ok: true, value: empty() });
  });

  it.skipIf(process.getuid?.() === 0)('a file without read permission says so in Chinese', () => {
    const { path } = reportBesideReview('周八.txt');
    writeFileSync(path, JSON.stringify(empty()));
    chmodSync(path, 0o000);
    try {
      expect(read(path)).toMatchObject({ ok: false, error: { code: 'REVIEW_INVALID', message: '复核文件无法读取：没有读取权限' } });
    } finally {
      chmodSync(path, 0o644);
    }
  });

  it('no review file yet is an empty review, unless the user named it; a path that cannot be reached is a problem to report', () => {
    const dir = tempDir('read-review');
    expect(read(join(dir, 'shuzhi-review.json'))).toEqual({ ok: true, value: empty() });
    expect(readReview(join(dir, 'nothere.json'), 'party-armed-forces', { mustExist: true })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', file: join(dir, 'nothere.json'), message: '复核文件不存在' },
    });
    const file = join(dir, 'report.txt');
    writeFileSync(file, '述职报告');
    // A file where a folder should be (ENOTDIR, as a folder without permission gives EACCES): not silently "no overrides".
    expect(read(join(file, 'shuzhi-review.json'))).toMatchObject({ ok: false, error: { code: 'REVIEW_INVALID', message: '复核文件无法读取：路径中的某一级不是文件夹' } });
  });

  it('names the cause of an unreadable file in Chinese, not Node’s English', () => {
    expect(readCause({ code: 'EACCES' })).toBe('没有读取权限');
    expect(readCause({ code: 'EISDIR' })).toBe('这是一个文件夹');
    expect(readCause({ code: 'EXYZ' })).toBe('系统错误 EXYZ');
  });
});

describe('writeReview', () => {
  it('returns a Chinese WRITE_ERROR instead of throwing, and leaves no temp file behind', () => {
    const { path } = reportBesideReview('赵六.txt');
    // A folder where the review file should be: the temp file is written, the move fails.
    mkdirSync(path);
    writeFileSync(join(path, 'x'), '');
    expect(writeReview(path, empty())).toEqual({ ok: false, error: { code: 'WRITE_ERROR', file: path, message: '无法写入：这是一个文件夹' } });
    expect(readdirSync(join(path, '..')).sort()).toEqual(['shuzhi-review.json', '赵六.txt']);

    const missing = join(path, '..', '没有的文件夹', 'shuzhi-review.json');
    expect(writeReview(missing, empty())).toMatchObject({ ok: false, error: { code: 'WRITE_ERROR', message: '无法写入：所在文件夹不存在' } });
  });

  // Root writes anywhere; test/cli.test.ts covers this as another user.
  it.skipIf(process.getuid?.() === 0)('a read-only folder says there is no permission', () => {
    const { file, path } = reportBesideReview('孙七.txt');
    chmodSync(join(file, '..'), 0o555);
    try {
      expect(writeReview(path, empty())).toMatchObject({ ok: false, error: { code: 'WRITE_ERROR', message: '无法写入：没有写入权限' } });
    } finally {
      chmodSync(join(file, '..'), 0o755);
    }
  });
});

describe('parsePoints', () => {
  it('takes plain decimals only', () => {
    expect(parsePoints('8')).toEqual({ ok: true, value: 8 });
    expect(parsePoints('7.5')).toEqual({ ok: true, value: 7.5 });
    expect(parsePoints('７．５')).toEqual({ ok: true, value: 7.5 });
    for (const bad of ['0x0F', '1e1', 'abc', '', '-1', '7.125']) expect(parsePoints(bad)).toMatchObject({ ok: false, error: { code: 'REVIEW_BAD_POINTS' } });
    expect(parsePoints('-1')).toMatchObject({ error: { message: '得分不能是负数，请给 0 到该项满分之间的数（收到“-1”）' } });
  });

  it('for one criterion: full-width digits as typed on a Chinese keyboard, then within its range', () => {
    const plans = CRITERIA[1];
    expect(parsePointsFor('９', plans)).toEqual({ ok: true, value: 9 });
    expect(parsePointsFor('１０', plans)).toEqual({ ok: true, value: 10 });
    expect(parsePointsFor('１１', plans)).toMatchObject({ ok: false, error: { code: 'REVIEW_BAD_POINTS', message: '「下步打算」的得分须在 0 到 10 之间' } });
    expect(parsePointsFor('九', plans)).toMatchObject({ ok: false, error: { message: '得分须是数字，如 8 或 7.5（收到“九”）' } });
  });
});

describe('findCriterion', () => {
  const criteria = [
    { id: 'four-ones', name: '落实“四个一”制度', points: 15 },
    { id: 'support-funding', name: '经费保障', points: 10 },
    { id: 'shortcomings', name: '查摆存在的不足', points: 10 },
    { id: 'plans', name: '下步打算', points: 10 },
  ];
  it('by id, by name with any quotes, or by a part of the name only one criterion has', () => {
    for (const given of ['four-ones', '落实“四个一”制度', '落实"四个一"制度', '四个一']) expect(findCriterion(criteria, given)).toMatchObject({ ok: true, value: { id: 'four-ones' } });
    expect(findCriterion(criteria, '经费')).toMatchObject({ ok: true, value: { id: 'support-funding' } });
  });

  it('names the candidates when a part fits several, and all criteria when none', () => {
    expect(findCriterion(criteria, '存在')).toMatchObject({ ok: true, value: { id: 'shortcomings' } });
    expect(findCriterion(criteria, '打')).toMatchObject({ ok: true, value: { id: 'plans' } });
    expect(findCriterion([...criteria, { id: 'x', name: '下步安排打算', points: 5 }], '打算')).toMatchObject({ ok: false, error: { message: '「打算」可指多个评分项，请写全名或 id（plans（下步打算）、x（下步安排打算））' } });
    expect(findCriterion(criteria, '征兵')).toMatchObject({ ok: false, error: { code: 'REVIEW_UNKNOWN_CRITERION' } });
  });
});
