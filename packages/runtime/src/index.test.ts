import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bundled, cacheDir, makeDirs, sourceDigest, sourcesDigest } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'shuzhi-runtime-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('makeDirs', () => {
  it('makes the missing parents, accepts a folder that exists, and refuses a file in the way', () => {
    makeDirs(join(dir, 'a', 'b', 'c'));
    expect(existsSync(join(dir, 'a', 'b', 'c'))).toBe(true);
    makeDirs(join(dir, 'a', 'b'));
    writeFileSync(join(dir, 'file'), 'x');
    expect(() => makeDirs(join(dir, 'file', 'sub'))).toThrow(/ENOTDIR|EEXIST/);
  });

  it('fails at once under /proc, where Node’s recursive mkdir spins forever', () => {
    if (!existsSync('/proc/self')) return;
    expect(() => makeDirs('/proc/shuzhi-test/a/b')).toThrow(/ENOENT/);
  });
});

describe('sourcesDigest', () => {
  it('changes with a matching source file, not with tests or other files', () => {
    const root = join(dir, 'src-tree');
    makeDirs(join(root, 'lib'));
    writeFileSync(join(root, 'lib', 'a.ts'), 'export const a = 1;\n');
    const first = sourcesDigest([root], /\.ts$/);
    writeFileSync(join(root, 'lib', 'a.test.ts'), 'test');
    writeFileSync(join(root, 'notes.md'), 'notes');
    expect(sourcesDigest([root], /\.ts$/)).toBe(first);
    writeFileSync(join(root, 'lib', 'a.ts'), 'export const a = 2;\n');
    expect(sourcesDigest([root], /\.ts$/)).not.toBe(first);
    expect(sourcesDigest([root], /\.ts$/, ['salt'])).not.toBe(sourcesDigest([root], /\.ts$/));
  });
});

describe('bundled', () => {
  const entry = fileURLToPath(new URL('../../batch/src/worker.ts', import.meta.url));

  it('builds a bundle once, under the digest of the sources, in the cache folder', async () => {
    process.env.SHUZHI_CACHE_DIR = join(dir, 'cache');
    const file = await bundled(entry, 'worker');
    expect(file).toBe(join(cacheDir(), 'bundles', readdirSync(join(cacheDir(), 'bundles'))[0], 'worker.mjs'));
    expect(file!).toContain(`worker-`);
    expect(await bundled(entry, 'worker')).toBe(file);
    expect(sourceDigest()).toMatch(/^[0-9a-f]{16}$/);

    const code = readFileSync(file!, 'utf8');
    // Each source keeps its own location, so the dictionary beside the segmenter is found from the bundle.
    expect(code).toContain(JSON.stringify(pathToFileURL(fileURLToPath(new URL('../../text/src/segmenter.ts', import.meta.url))).href));
    // piscina starts workers from its own files: the CLI's bundle imports it where pnpm put it.
    const cli = await bundled(fileURLToPath(new URL('../../cli/src/bin.ts', import.meta.url)), 'cli');
    const chunks = readdirSync(join(cli!, '..', 'chunks')).map((c) => readFileSync(join(cli!, '..', 'chunks', c), 'utf8'));
    expect(chunks.some((c) => /from "file:\/\/[^"]*\/piscina\/[^"]*"/.test(c))).toBe(true);
    expect(chunks.some((c) => /class Piscina\b/.test(c))).toBe(false);
    // No half-built folder is left behind.
    expect(readdirSync(join(cacheDir(), 'bundles')).filter((d) => d.endsWith('.tmp'))).toEqual([]);
  });

  it('is null when the cache folder cannot be made, so callers fall back to the sources', async () => {
    writeFileSync(join(dir, 'blocker'), 'x');
    process.env.SHUZHI_CACHE_DIR = join(dir, 'blocker', 'cache');
    expect(await bundled(fileURLToPath(new URL('../../export/src/index.ts', import.meta.url)), 'export')).toBeNull();
  });
});

describe('the CLI launcher', () => {
  const launch = fileURLToPath(new URL('../../cli/launch.js', import.meta.url));
  const rubric = fileURLToPath(new URL('../../../rubrics/party-armed-forces.yaml', import.meta.url));
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, [launch, 'rubric', 'validate', rubric], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: 'true', ...env } });

  it('runs the same CLI from the bundle and, without one, from the sources', () => {
    const fromBundle = run({ SHUZHI_CACHE_DIR: join(dir, 'launch-cache') });
    const fromSources = run({ SHUZHI_NO_BUNDLE: '1' });
    expect(fromBundle.status).toBe(0);
    expect(fromBundle.stdout).toContain('party-armed-forces');
    expect(readdirSync(join(dir, 'launch-cache', 'bundles')).some((d) => d.startsWith('cli-'))).toBe(true);
    expect(fromSources.status).toBe(0);
    expect(fromSources.stdout).toBe(fromBundle.stdout);
  });
});
