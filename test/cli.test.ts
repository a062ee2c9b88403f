import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CORPUS, SEED } from './corpus.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BAD = fileURLToPath(new URL('./fixtures/bad/', import.meta.url));

/** Runs the real CLI as `pnpm shuzhi` does, without a TTY. */
function shuzhi(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'packages/cli/src/bin.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CI: 'true' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('bin/shuzhi', () => {
  it('runs the CLI from another folder, resolving paths from there', () => {
    const r = spawnSync(`${ROOT}bin/shuzhi`, ['parse', '000_89e244e137c03851.txt', '--format', 'json'], {
      cwd: fileURLToPath(new URL('./fixtures/seed/', import.meta.url)),
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', CI: 'true' },
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).title).toBe('人武部党委第一书记2022年党管武装工作述职报告');
  });

  it('runs through a symbolic link to it (installed into a folder on PATH)', () => {
    const bin = mkdtempSync(join(tmpdir(), 'shuzhi-bin-'));
    symlinkSync(`${ROOT}bin/shuzhi`, join(bin, 'shuzhi'));
    const r = spawnSync(join(bin, 'shuzhi'), ['parse', '000_89e244e137c03851.txt', '--format', 'json'], {
      cwd: fileURLToPath(new URL('./fixtures/seed/', import.meta.url)),
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', CI: 'true' },
    });
    rmSync(bin, { recursive: true, force: true });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).title).toBe('人武部党委第一书记2022年党管武装工作述职报告');
  });
});

describe('shuzhi parse', () => {
  it('prints only the parse contract as JSON on stdout', () => {
    const r = shuzhi('parse', SEED, '--format', 'json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.format).toBe('txt');
    expect(json.sections.map((s: { kind: string }) => s.kind)).toEqual(['preamble', 'heading', 'heading', 'heading', 'closing']);
    expect(json.sections[2].paragraphs[0].points.map((p: { label: string }) => p.label)).toEqual(['一是', '二是', '三是']);
  });

  it('gives one line naming the file and the cause for bad input, and exits 1', () => {
    const r = shuzhi('parse', `${BAD}encrypted.docx`);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('encrypted.docx');
    expect(r.stderr).toContain('[ENCRYPTED]');
  });

  it('exits 2 on a usage error', () => {
    expect(shuzhi('parse').code).toBe(2);
    expect(shuzhi('parse', SEED, '--format', 'xml').code).toBe(2);
  });
});

describe('shuzhi score', () => {
  it('scores a folder recursively, lists failures in the JSON, and exits 1 when any file failed', () => {
    const r = shuzhi('score', `${CORPUS}reports/10-same-report.txt`, BAD, '--format', 'json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.schema).toBe('shuzhi.scores/1');
    expect(json.rubric.id).toBe('party-armed-forces');
    const byName = Object.fromEntries(json.reports.map((x: { file: string }) => [x.file.split('/').pop(), x]));
    expect(byName['10-same-report.txt'].ok).toBe(true);
    expect(byName['10-same-report.txt'].criteria.map((c: { id: string }) => c.id).slice(0, 5)).toEqual(['four-ones', 'incentive-mechanism', 'support-funding', 'shortcomings', 'plans']);
    expect(byName['encrypted.docx']).toEqual({ file: `${BAD}encrypted.docx`, ok: false, error: { code: 'ENCRYPTED', message: expect.any(String) } });
    expect(byName['bomb.docx'].error.code).toBe('UNSAFE_ARCHIVE');
    // Every report-like file of the folder is listed, scored or failed; README.md is a .md and is scored too.
    expect(json.reports.length).toBe(16);
    expect(r.stderr).toContain('[ENCRYPTED]');
  });

  it('scores a file reached by several paths once, and lists a broken link in a folder as a failure', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shuzhi-paths-'));
    const folder = join(dir, '收到的 报告');
    mkdirSync(folder);
    copyFileSync(`${CORPUS}reports/01-county-2023-typed-headings.txt`, join(folder, '张三 述职.txt'));
    copyFileSync(`${CORPUS}reports/07-county-2020-gbk.txt`, join(folder, '王五.txt'));
    symlinkSync(join(folder, '王五.txt'), join(folder, '王五-链接.txt'));
    symlinkSync(join(dir, 'nowhere.txt'), join(folder, '断开的链接.txt'));
    const r = spawnSync(join(ROOT, 'bin/shuzhi'), ['score', '收到的 报告', '收到的 报告', '收到的 报告/张三 述职.txt', './收到的 报告/张三 述职.txt', '--format', 'json', '--no-cache'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', CI: 'true' },
    });
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.reports.map((x: { file: string; ok: boolean; error?: { code: string } }) => [x.file, x.ok ? 'ok' : x.error!.code])).toEqual([
      ['收到的 报告/断开的链接.txt', 'NOT_FOUND'],
      ['收到的 报告/王五.txt', 'ok'],
      ['收到的 报告/张三 述职.txt', 'ok'],
    ]);
    expect(json.similar).toEqual([]);
    expect(r.stderr).toContain('每个文件只评一次');
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints a readable Chinese report with evidence and suggestions', () => {
    const r = shuzhi('score', `${CORPUS}reports/06-street-2025-short.txt`);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('得分：');
    expect(r.stdout).toContain('✖ 落实“四个一”制度（必备）  0/15  缺项');
    expect(r.stdout).toContain('建议：写明本人落实“四个一”制度的情况');
    expect(r.stdout).toContain('证据［第3行');
  });

  it('refuses a bad rubric with file, line and column, and exits 2', () => {
    const r = shuzhi('score', SEED, '--rubric', `${BAD}README.md`);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/README\.md:\d+:\d+: .*\[RUBRIC_(YAML|INVALID)\]/);
  });
});
