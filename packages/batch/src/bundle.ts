import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';
import { defaultCacheDir, toolVersion } from './cache.ts';
import { makeDirs } from './dirs.ts';

const WORKER_SOURCE = fileURLToPath(new URL('./worker.ts', import.meta.url));
const PACKAGES = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Each bundled source keeps its own `import.meta.url`, so the files it finds
 * beside itself (the segmenter's dictionary, the rubrics) and the packages it
 * loads with createRequire (nodejieba, natural) resolve as from the sources.
 */
const ownImportMetaUrl: Plugin = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      if (!args.path.startsWith(PACKAGES)) return undefined;
      const source = readFileSync(args.path, 'utf8');
      return { contents: source.replace(/\bimport\.meta\.url\b/g, JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
    });
  },
};

/** CommonJS libraries inside an ES module still call require() for Node's built-in modules. (Spelled so the plugin above leaves it alone.) */
const REQUIRE_BANNER = `import { createRequire as shuzhiCreateRequire } from 'node:module'; const require = shuzhiCreateRequire(import.meta${'.'}url);`;

let pending: Promise<string | null> | undefined;

/**
 * The scoring worker as one JavaScript file: the TypeScript sources and the
 * libraries they import, bundled by esbuild on first use and kept in the
 * user's cache folder under the tool's digest (sources and lockfile) and the
 * checkout's location, so any change builds a new one. A worker thread then starts
 * without tsx and without resolving a few hundred modules: ~0.1 s instead of
 * ~0.4 s per thread. Resolves to null when the bundle cannot be built; the
 * workers then run the sources through tsx.
 */
export function bundledWorker(): Promise<string | null> {
  pending ??= build().catch(() => null);
  return pending;
}

async function build(): Promise<string> {
  // The bundle points into this checkout (see ownImportMetaUrl): another checkout of the same sources needs its own.
  const key = createHash('sha256').update(toolVersion()).update(PACKAGES).digest('hex').slice(0, 16);
  // In this user's cache folder, not the shared temp folder: another user could plant code there that workers would run.
  const dir = join(defaultCacheDir(), 'worker');
  const file = join(dir, `${key}.mjs`);
  if (existsSync(file)) return file;
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [WORKER_SOURCE],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    // A native addon stays where it was installed (the segmenter loads it with createRequire anyway).
    external: ['nodejieba'],
    banner: { js: REQUIRE_BANNER },
    plugins: [ownImportMetaUrl],
  });
  makeDirs(dir);
  // Written under a temporary name and renamed: two processes may build it at once.
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, result.outputFiles[0].contents);
  renameSync(tmp, file);
  return file;
}
