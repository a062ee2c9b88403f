import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReport } from '@shuzhi/parser';
import { loadRubric, scoreReport } from '@shuzhi/rubric';
import { formatPoints as fmt } from '@shuzhi/types';
// Display width as the UI measures it (the root package does not depend on @shuzhi/tui).
import { widthOf as stringWidth } from '../packages/tui/src/width.ts';
import { CORPUS } from './corpus.ts';

/**
 * The real CLI on a real terminal: tmux at 80×24 runs `pnpm shuzhi check`
 * and `pnpm shuzhi score DIR`, keys are sent with send-keys and the screen is
 * read with capture-pane. With UPDATE_SCREENS=1 the captures for the README
 * are written to docs/screens/.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HAS_TMUX = spawnSync('tmux', ['-V']).status === 0;
if (!HAS_TMUX) console.warn('tui-e2e: SKIPPED — tmux is not installed (apt-get install tmux); the terminal UI end-to-end tests did not run.');

const SOCKET = `shuzhi-e2e-${process.pid}`;
const PLANS = '　　下一步，我将每季度召开一次议军会，推动民兵训练基地建设。\n';
const REPORT = '04-county-2019-part-style.txt'; // lacks 下步打算 (corpus/labels.json)

/** tmux's environment: not CI (the UI would fall back to plain text), no colour, so captures read the same everywhere. */
function tmuxEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (k !== 'CI' && k !== 'CONTINUOUS_INTEGRATION' && !k.startsWith('CI_') && !k.startsWith('VITEST')) env[k] = v;
  return { ...env, NO_COLOR: '1', TERM: 'xterm-256color', LANG: 'C.UTF-8' };
}

function tmux(...args: string[]): string {
  const r = spawnSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8', env: tmuxEnv() });
  if (r.status !== 0) throw new Error(`tmux ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

const sh = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

function start(name: string, command: string, log: string): void {
  // The pane stays after the command ends, to read what it printed and its exit code.
  tmux('new-session', '-d', '-s', name, '-x', '80', '-y', '24', `cd ${sh(ROOT)} && ${command} 2>${sh(log)}; echo "EXIT $?"; sleep 600`);
}

const screen = (name: string) => tmux('capture-pane', '-p', '-t', name);

async function waitFor(name: string, ok: (s: string) => boolean, what: string, timeoutMs = 90_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const s = screen(name);
    if (ok(s)) return s;
    if (Date.now() > until) throw new Error(`screen never showed ${what}:\n${s}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** One key at a time: tmux would otherwise deliver Escape and the next key as one Alt-chord. */
async function keys(name: string, ...ks: string[]): Promise<void> {
  for (const k of ks) {
    tmux('send-keys', '-t', name, k);
    await new Promise((r) => setTimeout(r, 150));
  }
}

async function cardOf(name: string, text: string) {
  const rubric = loadRubric('party-armed-forces');
  if (!rubric.ok) throw new Error('rubric');
  const parsed = await parseReport({ name, bytes: new Uint8Array(Buffer.from(text, 'utf8')) });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return scoreReport(parsed.value, rubric.value);
}

const lines = (s: string) => s.replace(/\n+$/, '').split('\n');

function saveScreen(file: string, capture: string): void {
  if (!process.env.UPDATE_SCREENS) return;
  mkdirSync(join(ROOT, 'docs/screens'), { recursive: true });
  writeFileSync(join(ROOT, 'docs/screens', file), `${lines(capture).map((l) => l.trimEnd()).join('\n')}\n`);
}

describe.runIf(HAS_TMUX)(HAS_TMUX ? 'terminal UI in tmux (80×24)' : 'terminal UI in tmux — SKIPPED: tmux is not installed', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'shuzhi-tui-'));
  });

  afterAll(() => {
    spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
    rmSync(dir, { recursive: true, force: true });
  });

  it('check --watch: first frame while loading, the checklist, keys, and the change after a save', async () => {
    const file = join(dir, '述职报告.txt');
    const original = readFileSync(`${CORPUS}reports/${REPORT}`, 'utf8');
    writeFileSync(file, original);
    const before = await cardOf(REPORT, original);
    const after = await cardOf(REPORT, original + PLANS);
    expect(before.criteria.find((c) => c.id === 'plans')?.status).toBe('missing');

    const log = join(dir, 'check.log');
    start('check', `SHUZHI_TIMING=1 pnpm --silent shuzhi check ${sh(file)} --watch`, log);

    // The plain first frame (or Ink's loading frame) comes before the score.
    const loading = await waitFor('check', (s) => /正在启动|正在加载|得分 \d/.test(s), 'the first frame');
    expect(loading).toContain('述职报告自查 · 述职报告.txt');
    const s = await waitFor('check', (x) => x.includes(`得分 ${fmt(before.score)}/100`), 'the score');
    expect(s).toContain(before.title!);
    expect(s).toContain(`等级 ${before.grade}`);
    expect(s).toMatch(/✔ 建立激励考核机制\*\s+10\/10/);
    expect(s).toMatch(/✖ 下步打算\*\s+0\/10/);
    expect(s).toContain('缺项：下步打算');
    expect(s).toContain('监视中');
    expect(s).toContain('警告 第11行');
    expect(lines(s).length).toBeLessThanOrEqual(24);
    for (const l of lines(s)) expect(stringWidth(l)).toBeLessThanOrEqual(80);

    await keys('check', 'Down');
    let t = await waitFor('check', (x) => x.includes('▶✔ 建立激励考核机制'), '↓ moving the selection');
    expect(t).toContain('证据（1）：');
    await keys('check', 'Down');
    t = await waitFor('check', (x) => x.includes('▶◐ 经费保障'), 'the partial criterion');
    expect(t).toContain('建议：经费保障只是原则表述');

    await keys('check', 'Enter');
    t = await waitFor('check', (x) => x.includes('Esc/←/q 收起'), 'Enter expanding the evidence');
    expect(t).toContain('县里在「经费」上');
    await keys('check', 'Escape');
    await waitFor('check', (x) => x.includes('评分项（*必备）'), 'Esc collapsing');
    await keys('check', '?');
    t = await waitFor('check', (x) => x.includes('帮助（按任意键关闭）'), '? showing help');
    expect(t).toContain('在“评分项”和“问题”之间切换');
    await keys('check', 'Escape');
    await waitFor('check', (x) => x.includes('评分项（*必备）'), 'help closed');

    // A save that adds the plans: the score goes up, 下步打算 turns ✔, the selection stays.
    appendFileSync(file, PLANS);
    const change = `${fmt(before.score)} → ${fmt(after.score)} (+${fmt(after.score - before.score)})`;
    t = await waitFor('check', (x) => x.includes(change), `the change line ${change}`);
    expect(t).toContain('下步打算 ✖→✔');
    expect(t).toContain(`得分 ${fmt(after.score)}/100`);
    expect(t).toMatch(/✔ 下步打算\*\s+10\/10/);
    expect(t).toContain('▶◐ 经费保障');
    saveScreen('check.txt', t);

    // An editor that saves by writing a new file and renaming it over the old one (new inode).
    const fixed = `${original + PLANS}`.replace('社会主义新农村建设', '乡村振兴');
    const edited = await cardOf(REPORT, fixed);
    writeFileSync(`${file}.swp`, fixed);
    renameSync(`${file}.swp`, file);
    t = await waitFor('check', (x) => x.includes(`得分 ${fmt(edited.score)}/100`), 'the re-score after a rename-save');
    expect(t).toContain(`${fmt(after.score)} → ${fmt(edited.score)}`);
    expect(t).toContain('问题 1→0');

    await keys('check', 'q');
    t = await waitFor('check', (x) => x.includes('EXIT'), 'the exit');
    expect(t).toContain('EXIT 0');
    expect(t).toContain(`得分 ${fmt(edited.score)}/100`);
    const timing = readFileSync(log, 'utf8');
    const at = (event: string) => Number(new RegExp(`${event} (\\d+)`).exec(timing)?.[1]);
    console.log(`tui-e2e: ${timing.trim()}`);
    // The first frame does not wait for the scoring thread (the rubric, the segmenter) or for Ink: it comes before both.
    // (An order, not a time: how long each takes is measured under bench/, and varies with the machine's load.)
    expect(at('first frame')).toBeGreaterThan(0);
    expect(at('first frame')).toBeLessThan(at('worker started'));
    expect(at('first frame')).toBeLessThan(at('ink loaded'));
  }, 240_000);

  it('check --watch on a file that cannot be scored: says why in the panes, scores it once a save fixes it, says when it is deleted and scores it when it is back', async () => {
    const file = join(dir, '乱码.txt');
    writeFileSync(file, Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256)));
    start('unreadable', `pnpm --silent shuzhi check ${sh(file)} --watch`, join(dir, 'unreadable.log'));
    let t = await waitFor('unreadable', (x) => x.includes('无法评分，没有问题清单'), 'the failure in the panes');
    expect(t).toContain('[BINARY_FILE]');
    expect(t).not.toContain('评分中');
    writeFileSync(file, readFileSync(`${CORPUS}reports/${REPORT}`));
    t = await waitFor('unreadable', (x) => x.includes('得分 75.5/100'), 'the score after the save');
    expect(t).not.toContain('无法评分');
    // A bad save, then a delete: the screen says the file is gone, not the bad save's error.
    writeFileSync(file, '');
    await waitFor('unreadable', (x) => x.includes('[EMPTY_FILE]'), 'the failed re-score');
    rmSync(file);
    t = await waitFor('unreadable', (x) => x.includes('文件已删除或移走，等待重新出现'), 'the file gone');
    expect(t).not.toContain('EMPTY_FILE');
    // Restored: scored again.
    writeFileSync(file, readFileSync(`${CORPUS}reports/${REPORT}`, 'utf8') + PLANS);
    t = await waitFor('unreadable', (x) => x.includes('较上次保存：75.5 → 85.5'), 'the score after it reappears');
    expect(t).not.toContain('等待重新出现');
    await keys('unreadable', 'q');
    await waitFor('unreadable', (x) => x.includes('EXIT'), 'the exit');
  }, 240_000);

  it('check --watch --rubric FILE: a rubric owner saves the rubric and sees the report scored with it; a broken save is told and the last good version kept', async () => {
    const report = join(dir, 'tuning.txt');
    const rubricFile = join(dir, 'tuned.yaml');
    copyFileSync(`${CORPUS}reports/${REPORT}`, report);
    const original = readFileSync(join(ROOT, 'rubrics/party-armed-forces.yaml'), 'utf8');
    writeFileSync(rubricFile, original);
    start('tuning', `pnpm --silent shuzhi check ${sh(report)} --watch --rubric ${sh(rubricFile)}`, join(dir, 'tuning.log'));
    let t = await waitFor('tuning', (x) => x.includes('得分 75.5/100'), 'the first score');
    // 下步打算 (missing in this report) worth 5 points less: the total's maximum falls, the score stays.
    const plans = /(\n  - id: plans\n(?:    .*\n)*?    points: )(\d+)/.exec(original);
    expect(plans).not.toBeNull();
    writeFileSync(rubricFile, original.replace(plans![0], `${plans![1]}${Number(plans![2]) - 5}`));
    t = await waitFor('tuning', (x) => x.includes('评分标准已更新，较上次评分'), 'the re-score with the edited rubric');
    expect(t).toContain('得分 75.5/95');
    writeFileSync(rubricFile, original.replace('criteria:', 'criteria: ['));
    t = await waitFor('tuning', (x) => x.includes('评分标准有错误，仍按上一版评分'), 'the broken rubric told');
    expect(t).toContain('tuned.yaml:');
    expect(t).toContain('得分 75.5/95');
    // Fixed again: scored with it, and r on an unchanged rubric re-scores the report.
    writeFileSync(rubricFile, original);
    t = await waitFor('tuning', (x) => x.includes('评分标准已更新') && x.includes('得分 75.5/100'), 'the rubric fixed');
    expect(t).not.toContain('评分标准有错误');
    await keys('tuning', 'q');
    await waitFor('tuning', (x) => x.includes('EXIT'), 'the exit');
  }, 240_000);

  it('score DIR: progress, the table, sort, detail, an override into the review file, quit', async () => {
    const folder = join(dir, '收到的报告');
    mkdirSync(folder);
    for (const f of [REPORT, '06-street-2025-short.txt', '10-same-report.txt']) copyFileSync(`${CORPUS}reports/${f}`, join(folder, f));
    start('batch', `pnpm --silent shuzhi score ${sh(folder)} --no-cache`, join(dir, 'batch.log'));

    let t = await waitFor('batch', (x) => x.includes('排序：得分（高→低）'), 'the table');
    expect(t).toContain('3 份');
    expect(t).toMatch(/▶10-same-report\.txt\s+100 优秀\s+✔ ✔ ✔ ✔ ✔/);
    expect(t).toMatch(/04-county-2019-part-style\.txt\s+75\.5 合格\s+◐ ✔ ◐ ✔ ✖\s+1/);
    expect(t).toMatch(/06-street-2025-short\.txt\s+\d+(\.\d)? 不合格/);
    for (const l of lines(t)) expect(stringWidth(l)).toBeLessThanOrEqual(80);
    saveScreen('batch.txt', t);

    await keys('batch', 's');
    t = await waitFor('batch', (x) => x.includes('排序：得分（低→高）'), 's changing the sort');
    const rows = lines(t).filter((l) => /\.txt\s/.test(l));
    expect(rows[0]).toContain('06-street-2025-short.txt');

    // The selection follows the report across sorts: 10 (best) is now last; ↑ reaches 04.
    await keys('batch', 'Up', 'Enter');
    t = await waitFor('batch', (x) => x.includes('评分表 › 04-county-2019-part-style.txt'), 'Enter opening the detail');
    expect(t).toContain('得分 75.5/100');
    await keys('batch', 'j', 'j', 'o');
    await waitFor('batch', (x) => x.includes('调整「经费保障」的得分'), 'o asking for points');
    await keys('batch', '8', 'Enter');
    await waitFor('batch', (x) => x.includes('调整为 8 分的理由'), 'the reason prompt');
    tmux('send-keys', '-t', 'batch', '-l', '写明了预算金额');
    await keys('batch', 'Enter');
    t = await waitFor('batch', (x) => x.includes('已记录'), 'the override recorded');
    expect(t).toContain(`已记录：${REPORT} 的「经费保障」调整为 8 分`);
    expect(t).toContain('得分 78.5/100（机评 75.5）');
    const review = JSON.parse(readFileSync(join(folder, 'shuzhi-review.json'), 'utf8'));
    expect(review.reports[REPORT].overrides[0]).toMatchObject({ criterion: 'support-funding', points: 8, reason: '写明了预算金额' });

    await keys('batch', 'Escape');
    t = await waitFor('batch', (x) => x.includes('排序：'), 'Esc back to the table');
    expect(t).toMatch(/04-county-2019-part-style\.txt\s+调78\.5/);
    await keys('batch', 'q');
    t = await waitFor('batch', (x) => x.includes('EXIT'), 'the exit');
    expect(t).toContain('共 3 份：评分 3 份；复核调整 1 项');
    expect(t).toContain('EXIT 0');
    expect(existsSync(join(folder, 'shuzhi-review.json'))).toBe(true);
  }, 240_000);

  it('score: Ctrl-C leaves no half-drawn progress line, says 正在停止 and 已中断 on their own lines, and writes the sheet (plain and terminal UI)', async () => {
    const folder = join(dir, '中断');
    mkdirSync(folder);
    // Each copy differs (a line of its own), so none is scored from another's result and the batch takes a while.
    const original = readFileSync(`${CORPUS}reports/${REPORT}`, 'utf8');
    for (let k = 1; k <= 600; k++) writeFileSync(join(folder, `r${k}.txt`), `${original}\n　　第${k}份。\n`);
    for (const [name, flags] of [
      ['int-plain', '--no-interactive'],
      ['int-ui', ''],
    ]) {
      const out = join(dir, `${name}.xlsx`);
      // Not start(): stderr stays on the terminal, where the progress bar is drawn.
      tmux('new-session', '-d', '-s', name, '-x', '80', '-y', '24', `cd ${sh(ROOT)} && bin/shuzhi score ${sh(folder)} --no-cache --jobs 1 --out ${sh(out)} ${flags}; echo "EXIT $?"; sleep 600`);
      await waitFor(name, (x) => Math.max(0, ...[...x.matchAll(/评分中 \S+ +(\d+)\/600/g)].map((m) => Number(m[1]))) >= 5, 'the progress');
      tmux('send-keys', '-t', name, 'C-c');
      const t = await waitFor(name, (x) => x.includes('EXIT'), 'the exit');
      const said = lines(t).filter((l) => l.trim());
      expect(said.find((l) => l.includes('正在停止'))).toMatch(/^shuzhi: 正在停止，已评分的结果会保存/);
      expect(said).toContain(`shuzhi: 评分表已写入 ${out}`);
      expect(said.filter((l) => /^shuzhi: 已中断，\d+ 份未评分$/.test(l))).toHaveLength(1);
      // The bar is cleared (plain) or gone with the screen (UI); the echoed ^C is not left on a line.
      expect(t).not.toContain('评分中');
      expect(t).not.toContain('^C');
      expect(said.at(-1)).toBe('EXIT 130');
      expect(existsSync(out)).toBe(true);
    }
  }, 240_000);

  it('score DIR --out: a sheet that cannot be written at the end says why and exits 1, as without the screen', async () => {
    const folder = join(dir, '写不出');
    mkdirSync(folder);
    for (const f of [REPORT, '10-same-report.txt']) copyFileSync(`${CORPUS}reports/${f}`, join(folder, f));
    const out = join(dir, '写不出.xlsx');
    start('unwritten', `pnpm --silent shuzhi score ${sh(folder)} --no-cache --out ${sh(out)}`, join(dir, 'unwritten.log'));
    // The path was free when the command started; another program takes it while the workers start.
    await waitFor('unwritten', (x) => x.includes('正在启动评分线程'), 'the start');
    writeFileSync(out, 'taken');
    const t = await waitFor('unwritten', (x) => x.includes('导出失败'), 'the failed export');
    expect(t).toContain('文件已存在');
    await keys('unwritten', 'q');
    const end = await waitFor('unwritten', (x) => x.includes('EXIT'), 'the exit');
    expect(end).toContain('EXIT 1');
    expect(readFileSync(out, 'utf8')).toBe('taken');
  }, 240_000);

  it('score DIR: an override the review file cannot take says why in Chinese, with the code', async () => {
    const folder = join(dir, '只读复核');
    mkdirSync(folder);
    for (const f of [REPORT, '10-same-report.txt']) copyFileSync(`${CORPUS}reports/${f}`, join(folder, f));
    // A review file whose folder is removed while the table is open: refused at write time, even for root.
    const review = join(dir, 'none', 'r.json');
    mkdirSync(join(dir, 'none'));
    // With an override it cannot use, named on stderr once the screen is gone, as without the screen.
    const unusable = { criterion: 'plans', points: 'abc', reason: '复核', at: '2026-01-01T00:00:00Z' };
    writeFileSync(review, JSON.stringify({ schema: 'shuzhi.review/1', rubric: 'party-armed-forces', reports: { [`../只读复核/${REPORT}`]: { overrides: [unusable] } } }));
    start('refused', `pnpm --silent shuzhi score ${sh(folder)} --no-cache --review ${sh(review)}`, join(dir, 'refused.log'));
    await waitFor('refused', (x) => x.includes('排序：得分（高→低）'), 'the table');
    rmSync(join(dir, 'none'), { recursive: true, force: true });
    await keys('refused', 'Enter');
    await waitFor('refused', (x) => x.includes('评分表 ›'), 'the detail');
    await keys('refused', 'o');
    await waitFor('refused', (x) => x.includes('的得分（0–'), 'o asking for points');
    await keys('refused', '8', 'Enter');
    await waitFor('refused', (x) => x.includes('的理由'), 'the reason prompt');
    tmux('send-keys', '-t', 'refused', '-l', '复核');
    await keys('refused', 'Enter');
    const t = await waitFor('refused', (x) => x.includes('[WRITE_ERROR]'), 'the write error');
    expect(t).toContain('r.json: 无法写入：所在文件夹不存在 [WRITE_ERROR]');
    expect(t).not.toMatch(/ENOENT|no such file/);
    await keys('refused', 'Escape', 'q');
    await waitFor('refused', (x) => x.includes('EXIT'), 'the exit');
    expect(readFileSync(join(dir, 'refused.log'), 'utf8')).toContain(`shuzhi: ${review}: ../只读复核/${REPORT} 的「下步打算」调整得分 "abc" 不是 0 到 10 之间的数，已忽略\n`);
  }, 240_000);
});

it('check prints plain text without a terminal (not a TTY, CI), never a raw-mode error', () => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'packages/cli/src/bin.ts', 'check', `${CORPUS}reports/${REPORT}`], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', NO_COLOR: '1' },
  });
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('得分：75.5 / 100');
  expect(r.stdout).toContain('✖ 下步打算（必备）  0/10  缺项');
  expect(r.stderr).not.toMatch(/raw mode/i);
  const j = spawnSync(process.execPath, ['--import', 'tsx', 'packages/cli/src/bin.ts', 'check', `${CORPUS}reports/${REPORT}`, '--format', 'json'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  expect(JSON.parse(j.stdout).reports[0].score).toBe(75.5);
}, 60_000);
