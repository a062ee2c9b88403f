import { chmodSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchReport, type ReportWatch, type WatchEvent } from './watch.ts';

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
