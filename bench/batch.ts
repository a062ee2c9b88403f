/**
 * Batch benchmark: the whole `shuzhi score DIR --out sheet.xlsx` command
 * (parsing, scoring, copy detection, the xlsx export; started as bin/shuzhi starts it) on N generated
 * reports, with --jobs 1 and 2, beside the floor (bench/floor.mjs). Wall
 * time and peak RSS come from GNU time (apt: time). Prints Markdown rows.
 *
 *   pnpm exec tsx bench/batch.ts 100 1000 10000
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const sizes = process.argv.slice(2).map(Number);

function timed(cmd: string, args: string[]): { seconds: number; rssMB: number; stderr: string } {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', cmd, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  const last = r.stderr.trim().split('\n').pop()!.split(' ');
  return { seconds: Number(last[0]), rssMB: Math.round(Number(last[1]) / 1024), stderr: r.stderr };
}

console.log('| N | what | jobs | time | peak RSS |');
console.log('| --- | --- | --- | --- | --- |');
for (const n of sizes) {
  const dir = join(ROOT, 'bench/out', String(n));
  if (!existsSync(dir)) execFileSync(process.execPath, ['--import', 'tsx', 'bench/generate.ts', String(n)], { cwd: ROOT });
  for (const threads of [1, 2]) {
    const out = execFileSync(process.execPath, ['bench/floor.mjs', dir, String(threads)], { cwd: ROOT, encoding: 'utf8' });
    const floor = JSON.parse(out) as { ms: number; rssMB: number };
    console.log(`| ${n} | floor: read + mammoth + nodejieba cut | ${threads} | ${(floor.ms / 1000).toFixed(1)} s | ${floor.rssMB} MB |`);
  }
  for (const jobs of [1, 2]) {
    const work = mkdtempSync(join(tmpdir(), 'shuzhi-bench-'));
    const r = timed(process.execPath, ['packages/cli/launch.js', 'score', dir, '--out', join(work, 'sheet.xlsx'), '--no-cache', '--jobs', String(jobs)]);
    const similar = /疑似雷同 (\d+) 对/.exec(r.stderr)?.[1];
    console.log(`| ${n} | shuzhi score --out sheet.xlsx (no cache) | ${jobs} | ${r.seconds.toFixed(1)} s | ${r.rssMB} MB |${similar ? ` ${similar} similar pairs` : ''}`);
    rmSync(work, { recursive: true, force: true });
  }
}
