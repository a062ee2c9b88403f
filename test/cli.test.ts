import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

  it('without bundles (SHUZHI_NO_BUNDLE, or esbuild killed by an early Ctrl-C), worker threads still start from another folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shuzhi-nobundle-'));
    for (let k = 1; k <= 8; k++) copyFileSync(join(CORPUS, 'reports', '01-county-2023-typed-headings.txt'), join(dir, `r${k}.txt`));
    const r = spawnSync(`${ROOT}bin/shuzhi`, ['score', '.', '--jobs', '2', '--no-cache', '--format', 'json'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', CI: 'true', SHUZHI_NO_BUNDLE: '1' },
    });
    rmSync(dir, { recursive: true, force: true });
    expect(r.stderr).not.toContain('ERR_MODULE_NOT_FOUND');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).reports.filter((x: { ok: boolean }) => x.ok)).toHaveLength(8);
  }, 60_000);

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

describe('usage', () => {
  it('help is in Chinese, section titles included', () => {
    const r = shuzhi('--help');
    expect(r.code).toBe(0);
    for (const t of ['用法：', '选项：', '命令：']) expect(r.stdout).toContain(t);
    expect(r.stdout).not.toMatch(/^(Usage|Options|Commands):/m);
  });

  it('prints its version with --version and -V, exit code 0', () => {
    for (const flag of ['--version', '-V']) {
      const r = shuzhi(flag);
      expect(r.code).toBe(0);
      expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });

  it('a missing argument is named in Chinese, as its help describes it, never by its code name', () => {
    const said = (...args: string[]) => {
      const r = shuzhi(...args);
      expect(r.code).toBe(2);
      return r.stderr.split('\n')[0];
    };
    expect(said('score')).toBe('shuzhi: 缺少参数：报告文件、文件夹或通配符');
    expect(said('parse')).toBe('shuzhi: 缺少参数：报告文件');
    expect(said('check')).toBe('shuzhi: 缺少参数：报告文件');
    expect(said('rubric', 'test', 'party-armed-forces')).toBe('shuzhi: 缺少参数：标注文件');
    expect(said('review', 'set', 'a.txt', '--reason', 'x')).toBe('shuzhi: 缺少参数：评分项 id 或名称，如 support-funding 或 经费保障');
    expect(said('review', 'clear')).toBe('shuzhi: 缺少参数：报告文件');
  }, 60_000);

  it('check given a folder points to score, with exit code 2', () => {
    const r = shuzhi('check', `${CORPUS}reports`, '--no-interactive');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`shuzhi: ${CORPUS}reports: 这是一个文件夹；check 自查一份报告，给一个文件夹评分请用 shuzhi score ${CORPUS}reports\n`);
  }, 60_000);

  it('a folder without reports is named, with exit code 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shuzhi-empty-'));
    const r = shuzhi('score', dir);
    rmSync(dir, { recursive: true, force: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`shuzhi: ${dir} 中没有找到可评分的报告文件（支持 .docx .doc .md .txt .mht） [NO_REPORTS]\n`);
  });
});

describe('shuzhi check --strict', () => {
  it('passes a complete report (exit 0) and fails a draft with a required element missing or a blank left, saying why (exit 1)', () => {
    const complete = shuzhi('check', `${CORPUS}reports/01-county-2023-typed-headings.txt`, '--strict');
    expect(complete.code).toBe(0);
    expect(complete.stdout).toContain('得分：');
    const blank = shuzhi('check', `${CORPUS}reports/16-county-2024-heading-styles.docx`, '--strict');
    expect(blank.code).toBe(1);
    expect(blank.stderr).toMatch(/未通过自查（未填写的占位符 \d+ 处）/);
    const missing = shuzhi('check', `${CORPUS}reports/04-county-2019-part-style.txt`, '--strict');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('未通过自查（缺项：下步打算）');
    // Without --strict the same draft is a reading, not a failure.
    expect(shuzhi('check', `${CORPUS}reports/04-county-2019-part-style.txt`, '--no-interactive').code).toBe(0);
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

  it('exits 2 on a usage error, pointing to the help of the command used', () => {
    expect(shuzhi('parse').code).toBe(2);
    expect(shuzhi('parse', SEED, '--format', 'xml').code).toBe(2);
    const r = shuzhi('review', 'set', SEED, '经费', '5');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('缺少必填选项 --reason');
    expect(r.stderr).toContain('用 shuzhi review set --help 查看用法');
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
    expect(json.reports.length).toBe(17);
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

  it('expands a quoted glob pattern itself; a pattern matching nothing is one error naming it, the rest is scored, exit code 1', () => {
    const r = shuzhi('score', `${CORPUS}reports/0[12]-*.txt`, `${CORPUS}reports/*.pdf`, '--format', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).reports.map((x: { file: string; ok: boolean }) => [x.file.split('/').pop(), x.ok])).toEqual([
      ['01-county-2023-typed-headings.txt', true],
      ['02-city-2021-runin-headings.txt', true],
    ]);
    expect(r.stderr).toContain(`shuzhi: ${CORPUS}reports/*.pdf: 没有与这个通配符匹配的文件 [NO_MATCH]\n`);
    const alone = shuzhi('score', `${CORPUS}reports/*.pdf`);
    expect(alone.code).toBe(1);
    expect(alone.stderr).toBe(`shuzhi: ${CORPUS}reports/*.pdf: 没有与这个通配符匹配的文件 [NO_MATCH]\n`);
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

describe('shuzhi rubric explain', () => {
  it('says sentence by sentence why a criterion\'s signals count it or not, by the criterion\'s name or id', () => {
    const r = shuzhi('rubric', 'explain', `${ROOT}corpus/reports/10-same-report.txt`, '经费保障');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^经费保障 support-funding：(满足|部分满足|缺项) [\d.]+\/10$/m);
    expect(r.stdout).toMatch(/^  ［第\d+[行段]·[^］]+］.+$/m);
    expect(r.stdout).toMatch(/^    [✔✖] .+（(满足|部分满足)信号）( 找到(“[^”]+”)+)?：(计入|不计：.+)$/m);
    expect(r.stdout).not.toContain('落实“四个一”制度 four-ones');
    const bad = shuzhi('rubric', 'explain', `${ROOT}corpus/reports/10-same-report.txt`, 'no-such');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^shuzhi: 评分标准中没有评分项「no-such」（可用：four-ones（落实“四个一”制度）、/);
  });
});

describe('shuzhi rubric test', () => {
  it('names each criterion as the reviewer reads it beside its id, and statuses in Chinese beside the labels file\'s words', () => {
    const r = shuzhi('rubric', 'test', 'party-armed-forces', `${ROOT}corpus/holdout2/labels.json`);
    expect(r.stdout).toMatch(/^落实“四个一”制度 four-ones\s+\d+\.\d%/m);
    const status = '(满足（met）|部分满足（partial）|缺项（missing）)';
    expect(r.stdout).toMatch(new RegExp(`^  \\S+  reports/\\S+：应为 ${status}，评为 ${status}`, 'm'));
    expect(r.stdout).not.toMatch(/应为 (met|partial|missing)/);
    expect(r.stdout).toMatch(/^  占位符未填 placeholder\s+\d+\/\d+\/\d+$/m);
  });

  it('names the path it tried for a report it cannot read (from the labels file\'s folder), and no accuracy when nothing was labelled', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shuzhi-labels-'));
    mkdirSync(join(dir, 'batch'));
    mkdirSync(join(dir, 'sub'));
    copyFileSync(`${CORPUS}reports/01-county-2023-typed-headings.txt`, join(dir, 'batch/r.txt'));
    writeFileSync(join(dir, 'sub/labels.json'), JSON.stringify({ reports: { 'batch/r.txt': { criteria: { plans: 'met' } } } }));
    writeFileSync(join(dir, 'empty.json'), JSON.stringify({ reports: {} }));
    const run = (labels: string) =>
      spawnSync(join(ROOT, 'bin/shuzhi'), ['rubric', 'test', 'party-armed-forces', labels], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: 'true' } });
    const missing = run('sub/labels.json');
    expect(missing.stdout).toContain('\n无法读取（标注中的路径按标注文件所在的文件夹 sub 解析）：\n  sub/batch/r.txt: 文件不存在 [NOT_FOUND]\n');
    expect(missing.stdout).toContain('标注报告 0 份，总体准确率 —（没有可以比对的标注）');
    const none = run('empty.json');
    expect(none.stdout).toContain('标注文件中没有标注任何报告，总体准确率 —\n');
    expect(none.stdout).not.toContain('0.0%');
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});

describe('shuzhi review', () => {
  it('set, list and clear name the criterion in Chinese; list keeps the id beside it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shuzhi-review-'));
    const file = join(dir, 'r.txt');
    copyFileSync(`${CORPUS}reports/01-county-2023-typed-headings.txt`, file);
    const set = shuzhi('review', 'set', file, 'support-for-military', '3', '--reason', '复核');
    expect(set.stdout).toBe(`已记录：${file} 的「拥军优属」调整为 3 分（复核）→ ${join(dir, 'shuzhi-review.json')}\n`);
    const list = shuzhi('review', 'list', dir);
    expect(list.code).toBe(0);
    expect(list.stdout.split('\n')[1]).toMatch(/^r\.txt\t拥军优属（support-for-military）\t3\t复核\t\t\d{4}-\d\d-\d\d \d\d:\d\d\t$/);
    expect(list.stdout).not.toMatch(/\tsupport-for-military\t/);
    // A report changed since the override was set, or gone, says so.
    appendFileSync(file, '\n补充一句。\n');
    expect(shuzhi('review', 'list', dir).stdout.split('\n')[1]).toMatch(/\t复核后报告已修改，请重新核对$/);
    rmSync(file);
    expect(shuzhi('review', 'list', dir).stdout.split('\n')[1]).toMatch(/\t报告文件已不存在$/);
    copyFileSync(`${CORPUS}reports/01-county-2023-typed-headings.txt`, file);
    expect(shuzhi('review', 'clear', file, 'support-for-military').stdout).toBe(`已撤销 1 项：${file} 的「拥军优属」\n`);
    // Full-width digits as a Chinese keyboard types them: echoed as the number recorded.
    expect(shuzhi('review', 'set', file, 'plans', '７．５', '--reason', '复核').stdout).toBe(`已记录：${file} 的「下步打算」调整为 7.5 分（复核）→ ${join(dir, 'shuzhi-review.json')}\n`);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('set refuses a review file of another rubric (its criteria and maxima differ); score applies one only to its own rubric', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shuzhi-review-rubric-'));
    const file = join(dir, 'r.txt');
    copyFileSync(`${CORPUS}reports/01-county-2023-typed-headings.txt`, file);
    expect(shuzhi('review', 'set', file, 'plans', '5', '--reason', '复核').code).toBe(0);
    const other = shuzhi('review', 'set', file, 'plans', '15', '--reason', '复核', '--rubric', 'grassroots-party-building');
    expect(other.code).toBe(2);
    expect(other.stderr).toBe(
      `shuzhi: ${join(dir, 'shuzhi-review.json')}: 复核文件属于评分标准“party-armed-forces”，不能记入按“grassroots-party-building”所做的调整；请改用 --rubric party-armed-forces，或用 --review 另给一个复核文件 [REVIEW_OTHER_RUBRIC]\n`,
    );
    const under = shuzhi('score', file, '--rubric', 'grassroots-party-building', '--format', 'json');
    expect(JSON.parse(under.stdout).reports[0].overrides).toBeUndefined();
    expect(under.stderr).toContain(`${join(dir, 'shuzhi-review.json')}: 复核文件属于评分标准“party-armed-forces”，本次按“grassroots-party-building”评分，其中的复核调整未用上`);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('a damaged review file: scored and exported all the same, exit 1; an override that cannot apply is named, not dropped silently', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shuzhi-review-damaged-'));
    copyFileSync(`${CORPUS}reports/01-county-2023-typed-headings.txt`, join(dir, 'r.txt'));
    const review = join(dir, 'shuzhi-review.json');
    writeFileSync(review, '{"reports": {\n');
    const r = shuzhi('score', dir, '--out', join(dir, '评分表.csv'), '--no-interactive');
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, '评分表.csv'))).toBe(true);
    expect(r.stderr).toContain(`shuzhi: ${review}: 复核文件不是有效的 JSON（第 2 行）；其中的复核调整本次未用上 [REVIEW_INVALID]\n`);
    writeFileSync(review, JSON.stringify({ schema: 'shuzhi.review/1', rubric: 'party-armed-forces', reports: { 'r.txt': { overrides: [{ criterion: 'plans', points: 'abc', reason: 'x', at: '2026-01-01T00:00:00Z' }] } } }));
    const dropped = shuzhi('score', dir, '--no-interactive');
    expect(dropped.code).toBe(0);
    expect(dropped.stderr).toContain(`shuzhi: ${review}: r.txt 的「下步打算」调整得分 "abc" 不是 0 到 10 之间的数，已忽略\n`);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('a review file named on the command line that is not there: NOT_FOUND, exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shuzhi-review-missing-'));
    const missing = join(dir, 'nothere.json');
    const score = shuzhi('score', `${CORPUS}reports/01-county-2023-typed-headings.txt`, '--review', missing);
    expect(score.code).toBe(2);
    expect(score.stderr).toBe(`shuzhi: ${missing}: 复核文件不存在 [NOT_FOUND]\n`);
    const list = shuzhi('review', 'list', missing);
    expect(list.code).toBe(2);
    expect(list.stderr).toBe(`shuzhi: ${missing}: 复核文件不存在 [NOT_FOUND]\n`);
    // A folder without a review file yet has nothing to list, which is no error; one whose sub-folder holds the batch's says where.
    expect(shuzhi('review', 'list', dir)).toMatchObject({ code: 0, stdout: `（没有调整：${dir}/shuzhi-review.json 不存在）\n` });
    mkdirSync(join(dir, '收到的报告'));
    writeFileSync(join(dir, '收到的报告', 'shuzhi-review.json'), JSON.stringify({ rubric: 'party-armed-forces', reports: {} }));
    expect(shuzhi('review', 'list', dir).stdout).toBe(`（没有调整：${dir}/shuzhi-review.json 不存在；复核文件在报告所在的文件夹中，这里的子文件夹有：${join(dir, '收到的报告', 'shuzhi-review.json')}）\n`);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  // Root reads and writes anything: permission cases run as nobody, who must be able to reach the checkout
  // (not so in a private temporary folder, mktemp -d); otherwise they are skipped.
  const RUNUSER = '/usr/sbin/runuser';
  const asRoot = process.getuid?.() === 0;
  const canRunAsOther = !asRoot || (existsSync(RUNUSER) && spawnSync(RUNUSER, ['-u', 'nobody', '--', 'test', '-r', `${ROOT}packages/cli/launch.js`]).status === 0);
  const runAsOther = (command: string[], cache: string) =>
    asRoot
      ? spawnSync(RUNUSER, ['-u', 'nobody', '--', 'env', `SHUZHI_CACHE_DIR=${cache}`, 'NO_COLOR=1', 'CI=true', ...command], { encoding: 'utf8' })
      : spawnSync(command[0], command.slice(1), { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: 'true', SHUZHI_CACHE_DIR: cache } });

  it('set on a report that cannot be scored records the adjustment and says it waits for the report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shuzhi-review-empty-'));
    const file = join(dir, '空白.txt');
    writeFileSync(file, '');
    const r = shuzhi('review', 'set', file, '经费', '3', '--reason', '复核');
    rmSync(dir, { recursive: true, force: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已记录：');
    expect(r.stderr).toBe(`shuzhi: 注意：${file} 目前无法评分（文件为空（0 字节） [EMPTY_FILE]），这项调整在报告能评分后才生效\n`);
  }, 60_000);

  it('score --review given a folder, or a file it may not read: a Chinese cause with the code, no Node English', () => {
    const report = `${CORPUS}reports/01-county-2023-typed-headings.txt`;
    const dir = mkdtempSync(join(tmpdir(), 'shuzhi-review-dir-'));
    const r = shuzhi('score', report, '--review', dir);
    expect(r.stderr).toBe(`shuzhi: ${dir}: 这是一个文件夹，请给出复核文件的路径 [REVIEW_INVALID]\n`);
    expect(r.code).toBe(2);
    chmodSync(dir, 0o755);
    const locked = join(dir, 'shuzhi-review.json');
    writeFileSync(locked, '{"schema": "shuzhi.review/1", "rubric": "party-armed-forces", "reports": {}}');
    chmodSync(locked, 0o000);
    const command = [`${ROOT}bin/shuzhi`, 'score', report, '--no-cache', '--review', locked];
    const cache = mkdtempSync(join(tmpdir(), 'shuzhi-review-cache-'));
    chmodSync(cache, 0o777);
    const u = canRunAsOther ? runAsOther(command, cache) : null;
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    if (u) expect(u.stderr).toBe(`shuzhi: ${locked}: 复核文件无法读取：没有读取权限 [REVIEW_INVALID]\n`);
  }, 60_000);

  it.skipIf(!canRunAsOther)('score on a folder with a sub-folder it may not list: the folder is a failure with its cause, the rest is scored, exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shuzhi-locked-'));
    const cache = mkdtempSync(join(tmpdir(), 'shuzhi-locked-cache-'));
    copyFileSync(`${CORPUS}reports/01-county-2023-typed-headings.txt`, join(dir, 'r.txt'));
    const locked = join(dir, '锁住的文件夹');
    mkdirSync(locked);
    copyFileSync(`${CORPUS}reports/01-county-2023-typed-headings.txt`, join(locked, 'x.txt'));
    chmodSync(dir, 0o755);
    chmodSync(locked, 0o000);
    chmodSync(cache, 0o777);
    const r = runAsOther([`${ROOT}bin/shuzhi`, 'score', dir, '--format', 'json'], cache);
    chmodSync(locked, 0o755);
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    expect(r.stderr).not.toMatch(/Error|at async/);
    expect(r.status).toBe(1);
    const reports = JSON.parse(r.stdout).reports as { file: string; ok: boolean; error?: { code: string; message: string } }[];
    expect(Object.fromEntries(reports.map((x) => [x.file, x.ok]))).toEqual({ [join(dir, 'r.txt')]: true, [locked]: false });
    expect(reports.find((x) => !x.ok)!.error).toMatchObject({ code: 'READ_ERROR', message: '无法读取文件夹，其中的报告未评分：没有读取权限' });
  }, 60_000);

  it.skipIf(!canRunAsOther)('set in a folder that refuses the review file: one Chinese line with the cause, exit 1, no temp file left', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shuzhi-ro-'));
    const cache = mkdtempSync(join(tmpdir(), 'shuzhi-ro-cache-'));
    copyFileSync(`${CORPUS}reports/01-county-2023-typed-headings.txt`, join(dir, 'r.txt'));
    chmodSync(dir, 0o555);
    chmodSync(cache, 0o777);
    // Root writes anywhere: run as another user, as a reviewer on a shared folder would.
    const command = [`${ROOT}bin/shuzhi`, 'review', 'set', join(dir, 'r.txt'), 'four-ones', '3', '--reason', '复核'];
    const r = runAsOther(command, cache);
    const left = readdirSync(dir);
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    expect(r.stderr).toBe(`shuzhi: ${join(dir, 'shuzhi-review.json')}: 无法写入：没有写入权限 [WRITE_ERROR]\n`);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(left).toEqual(['r.txt']);
  }, 60_000);
});

describe('Ctrl-C during shuzhi score', () => {
  /** Starts a batch, sends SIGINT once stderr shows `when`, and waits for the end. */
  function interrupt(dir: string, out: string, when: RegExp): Promise<{ code: number | null; signal: string | null; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [join(ROOT, 'packages/cli/launch.js'), 'score', dir, '--no-cache', '--jobs', '1', '--out', out], {
        env: { ...process.env, NO_COLOR: '1', CI: 'true' },
      });
      let stderr = '';
      let sent = false;
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        stderr += chunk;
        if (!sent && when.test(stderr)) {
          sent = true;
          child.kill('SIGINT');
        }
      });
      child.on('exit', (code, signal) => resolve({ code, signal, stderr }));
    });
  }

  function folder(copies: number): string {
    const dir = mkdtempSync(join(tmpdir(), 'shuzhi-sigint-'));
    for (let k = 1; k <= copies; k++) copyFileSync(join(CORPUS, 'reports', '05-township-2022-no-headings.txt'), join(dir, `r${k}.txt`));
    return dir;
  }

  it('after the last report is scored: writes the scoring sheet as usual instead of dying', async () => {
    const dir = folder(12);
    const out = join(dir, '评分表.xlsx');
    // The copies are flagged once scoring is over, just before the sheet is written.
    const r = await interrupt(dir, out, /疑似雷同/);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('评分表已写入');
    expect(existsSync(out)).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('before scoring starts (a first run building its bundle): says so and exits 130', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'shuzhi-cache-'));
    const child = spawn(process.execPath, [join(ROOT, 'packages/cli/launch.js'), 'score', join(CORPUS, 'reports'), '--no-cache'], {
      env: { ...process.env, NO_COLOR: '1', CI: 'true', SHUZHI_CACHE_DIR: cache },
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // Within the bundle's build: its folder appears in the cache once esbuild has loaded, and launch.js sets its handler
    // before it asks for the bundle. (A fixed delay raced Node's start on a loaded machine.)
    const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    const building = setInterval(() => {
      if (readdirSync(cache).length > 0) {
        clearInterval(building);
        child.kill('SIGINT');
      }
    }, 5);
    const code = await exited;
    clearInterval(building);
    rmSync(cache, { recursive: true, force: true });
    expect(code).toBe(130);
    expect(stderr).toContain('已中断，没有写出任何文件');
  }, 60_000);

  it('mid-batch: keeps what was scored, writes it, lists the rest as not scored and exits 130', async () => {
    const dir = folder(300);
    const out = join(dir, '评分表.xlsx');
    const r = await interrupt(dir, out, /已处理 \d+\/300/);
    expect(r.code).toBe(130);
    expect(r.stderr).toContain('正在停止');
    expect(r.stderr).toMatch(/已中断，\d+ 份未评分/);
    expect(existsSync(out)).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
