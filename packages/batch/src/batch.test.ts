import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRubric } from '@shuzhi/rubric';
import type { Rubric } from '@shuzhi/types';
import { defaultCacheDir } from './cache.ts';
import { bundledWorker } from './scorer.ts';
import { cacheProblem, scoreBatch, type Progress } from './index.ts';
import { tempDir } from '../../../test/temp.ts';

const REPORTS = fileURLToPath(new URL('../../../corpus/reports/', import.meta.url));
const BAD = fileURLToPath(new URL('../../../test/fixtures/bad/', import.meta.url));

let rubric: Rubric;
let dir: string;
let files: string[];

beforeAll(() => {
  const loaded = loadRubric();
  if (!loaded.ok) throw new Error('rubric');
  rubric = loaded.value;
  dir = mkdtempSync(join(tmpdir(), 'shuzhi-batch-'));
  for (const f of ['01-county-2023-typed-headings.txt', '07-county-2020-gbk.txt', '11-county-2021-markdown.md', '18-county-2023-auto-numbering.docx', '20-township-2021-word97.doc']) copyFileSync(join(REPORTS, f), join(dir, f));
  // A second copy of a report under another name, and two broken files.
  copyFileSync(join(REPORTS, '01-county-2023-typed-headings.txt'), join(dir, '01-copy.txt'));
  copyFileSync(join(BAD, 'encrypted.docx'), join(dir, 'encrypted.docx'));
  writeFileSync(join(dir, 'empty.txt'), '');
  files = readdirSync(dir).sort().map((f) => join(dir, f));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const summary = (r: Awaited<ReturnType<typeof scoreBatch>>) =>
  r.outcomes.map((o) => (o.ok ? `${o.file.split('/').pop()} ${o.card.score}` : `${o.file.split('/').pop()} ${o.error.code}`));

describe('scoreBatch', () => {
  it('scores every file in order, lists failures with their codes, and finds the copy', async () => {
    const result = await scoreBatch({ files, rubric, jobs: 1, cache: false });
    expect(result.interrupted).toBe(false);
    expect(result.outcomes.map((o) => o.file)).toEqual(files);
    expect(summary(result).filter((s) => /[A-Z_]{5,}$/.test(s))).toEqual(['empty.txt EMPTY_FILE', 'encrypted.docx ENCRYPTED']);
    expect(result.similar.map((p) => [p.a, p.b].map((f) => f.split('/').pop()).sort())).toEqual([['01-copy.txt', '01-county-2023-typed-headings.txt']]);
    // The fingerprints carry no text: the passages come from reading the pair's reports again.
    const text = readFileSync(files.find((f) => f.endsWith('01-copy.txt'))!, 'utf8');
    expect(result.similar[0].passages.length).toBeGreaterThan(3);
    for (const p of result.similar[0].passages) expect(text).toContain(p.text.slice(0, 8));
  });

  it('gives the same results from two worker threads as from one, passages included', async () => {
    const one = await scoreBatch({ files, rubric, jobs: 1, cache: false });
    const two = await scoreBatch({ files, rubric, jobs: 2, cache: false });
    expect(summary(two)).toEqual(summary(one));
    expect(two.similar).toEqual(one.similar);
  });

  it('scores with the rubric it was given, in the worker threads too, though its file changes on disk meanwhile', async () => {
    const path = join(tempDir('rubric'), 'mine.yaml');
    const source = readFileSync(rubric.source!, 'utf8').replace(/^classifier:\n  training: .*$/m, `classifier:\n  training: ${rubric.classifier!.training}`);
    writeFileSync(path, source);
    const mine = loadRubric(path);
    if (!mine.ok) throw new Error('the copied rubric does not load');
    // Every criterion worth 1 point more on disk, after it was loaded.
    writeFileSync(path, source.replace(/^    points: (\d+)$/gm, (_m, n) => `    points: ${Number(n) + 1}`));
    // On this thread (one file, one job) and in worker threads.
    for (const jobs of [1, 2]) {
      const result = await scoreBatch({ files: files.slice(0, 1), rubric: mine.value, jobs, cache: false });
      const card = result.outcomes[0].ok ? result.outcomes[0].card : null;
      expect(card?.max).toBe(mine.value.criteria.reduce((sum, c) => sum + c.points, 0));
    }
  });

  it('reports progress for every file', async () => {
    const seen: Progress[] = [];
    await scoreBatch({ files, rubric, jobs: 1, cache: false, onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => p.done)).toEqual(files.map((_f, k) => k + 1));
    expect(seen[seen.length - 1]).toMatchObject({ done: files.length, total: files.length, failed: 2 });
  });

  it('keeps results in the cache: a re-run scores nothing again, and a copied file gets its own name', async () => {
    const cache = tempDir('cache');
    const first = await scoreBatch({ files, rubric, jobs: 1, cache });
    let cached = 0;
    const second = await scoreBatch({ files, rubric, jobs: 1, cache, onProgress: (p) => (cached = p.cached) });
    expect(cached).toBe(files.length);
    expect(summary(second)).toEqual(summary(first));
    const copy = second.outcomes.find((o) => o.file.endsWith('01-copy.txt'));
    expect(copy?.ok && copy.card.file).toBe(join(dir, '01-copy.txt'));
    expect(second.similar.length).toBe(1);
  });

  it('stops on abort, returns what was scored, and a re-run picks up from the cache', async () => {
    const cache = tempDir('cache');
    const abort = new AbortController();
    const partial = await scoreBatch({
      files,
      rubric,
      jobs: 1,
      cache,
      signal: abort.signal,
      onProgress: (p) => {
        if (p.done === 3) abort.abort();
      },
    });
    expect(partial.interrupted).toBe(true);
    expect(partial.outcomes.length).toBeGreaterThanOrEqual(3);
    expect(partial.outcomes.length).toBeLessThan(files.length);
    // Every file is accounted for: scored, failed, or listed as not reached.
    expect([...partial.outcomes.map((o) => o.file), ...(partial.unscored ?? [])].sort()).toEqual([...files].sort());
    let cached = 0;
    const rest = await scoreBatch({ files, rubric, jobs: 1, cache, onProgress: (p) => (cached = p.cached) });
    expect(rest.interrupted).toBe(false);
    expect(cached).toBeGreaterThanOrEqual(partial.outcomes.filter((o) => o.ok || o.error.code !== 'EMPTY_FILE').length);
  });
});

describe('the bundled worker', () => {
  it('is built once, in the user\'s cache folder (not the shared temp folder), and is what the worker threads run', async () => {
    const file = await bundledWorker();
    expect(file).not.toBeNull();
    expect(file!.startsWith(join(defaultCacheDir(), 'bundles', 'worker-'))).toBe(true);
    expect(existsSync(file!)).toBe(true);
    // Its sources keep their own location: the segmenter's dictionary and nodejieba resolve from packages/, not from the temp folder.
    expect(readFileSync(file!, 'utf8')).toContain(JSON.stringify(pathToFileURL(fileURLToPath(new URL('../../text/src/segmenter.ts', import.meta.url))).href));
    expect(await bundledWorker()).toBe(file);
  });
});

describe('a cache folder that cannot be made', () => {
  it('scores every file afresh instead of failing them', async () => {
    const blocker = join(dir, 'not-a-folder');
    writeFileSync(blocker, 'x');
    const result = await scoreBatch({ files, rubric, jobs: 1, cache: join(blocker, 'cache') });
    expect(summary(result).filter((s) => /INTERNAL_ERROR/.test(s))).toEqual([]);
    expect(result.outcomes.filter((o) => o.ok)).toHaveLength(files.length - 2);
  });
});

describe('cacheProblem', () => {
  it('says why a folder cannot hold the cache, without hanging where Node’s recursive mkdir would (under /proc)', () => {
    expect(cacheProblem(join(dir, 'a', 'b', 'cache'))).toBeNull();
    expect(existsSync(join(dir, 'a', 'b', 'cache'))).toBe(true);
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, 'x');
    expect(cacheProblem(join(blocker, 'cache'))).toBe('路径中有同名文件');
    if (existsSync('/proc/self')) expect(cacheProblem('/proc/shuzhi-test/cache')).toBe('无法在此创建文件夹');
  });
});
