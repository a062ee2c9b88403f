import { chmodSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchErrorText, watchReport, type ReportWatch, type WatchEvent } from './watch.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('watchReport', () => {
  let dir: string | null = null;
  let watcher: ReportWatch | null = null;
  afterEach(async () => {
    await watcher?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function setUp() {
    dir = mkdtempSync(join(tmpdir(), 'shuzhi-watch-'));
    const file = join(dir, '述职报告.txt');
    writeFileSync(file, '一、履职情况\n');
    const events: WatchEvent[] = [];
    watcher = watchReport(file, (e) => events.push(e), { stabilityMs: 50 });
    await watcher.ready;
    const next = async (n: number) => {
      const until = Date.now() + 5000;
      while (events.length < n && Date.now() < until) await sleep(20);
      return events.slice(0, n);
    };
    return { file, events, next };
  }

  it('reports a save made after changedSince but before the watcher was ready, once it is; nothing for an older file', async () => {
    dir = mkdtempSync(join(tmpdir(), 'shuzhi-watch-'));
    const file = join(dir, '述职报告.txt');
    const before = Date.now() - 60_000;
    writeFileSync(file, '一、履职情况\n');
    const events: WatchEvent[] = [];
    watcher = watchReport(file, (e) => events.push(e), { stabilityMs: 50, changedSince: before });
    await watcher.ready;
    expect(events).toEqual(['change']);
    await watcher.close();
    const quiet: WatchEvent[] = [];
    watcher = watchReport(file, (e) => quiet.push(e), { stabilityMs: 50, changedSince: Date.now() + 60_000 });
    await watcher.ready;
    expect(quiet).toEqual([]);
  });

  it('reports a delete as unlink and the file coming back as change', async () => {
    const { file, next } = await setUp();
    unlinkSync(file);
    expect(await next(1)).toEqual(['unlink']);
    writeFileSync(file, '二、存在问题\n');
    expect(await next(2)).toEqual(['unlink', 'change']);
  });

  it('reports a file made unreadable, which chokidar calls unlink, as change: it is still there', async () => {
    const { file, next } = await setUp();
    chmodSync(file, 0o000);
    expect(await next(1)).toEqual(['change']);
    chmodSync(file, 0o644);
    expect(await next(2)).toEqual(['change', 'change']);
  });
});

it('says why watching failed in Chinese, not in Node\'s English', () => {
  const err = Object.assign(new Error("EACCES: permission denied, watch '/srv/报告'"), { code: 'EACCES' });
  expect(watchErrorText(err)).toBe('监视出错：没有读取权限');
  expect(watchErrorText(Object.assign(new Error('ENOSPC: System limit for number of file watchers reached'), { code: 'ENOSPC' }))).toBe('监视出错：系统的文件监视数已达上限（可调大 fs.inotify.max_user_watches）');
});
