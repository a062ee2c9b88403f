import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const PACKAGES = fileURLToPath(new URL('../../', import.meta.url));

export function cacheDir() {
  return process.env.SHUZHI_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'shuzhi');
}

export function makeDirs(dir) {
  try {
    mkdirSync(dir);
  } catch (err) {
    if (err.code === 'EEXIST' && statSync(dir).isDirectory()) return;
    const parent = dirname(dir);
    if (err.code !== 'ENOENT' || parent === dir) throw err;
    makeDirs(parent);
    mkdirSync(dir);
  }
}

export function sourcesDigest(roots, include, salt = []) {
  const hash = createHash('sha256');
  for (const s of salt) hash.update(s);
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'fixtures' && !entry.name.startsWith('.')) visit(path);
      } else if (include.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        hash.update(relative(PACKAGES, path)).update(readFileSync(path));
      }
    }
  };
  for (const root of roots) visit(root);
  const lockfile = join(PACKAGES, '../pnpm-lock.yaml');
  if (existsSync(lockfile)) hash.update(readFileSync(lockfile));
  return hash.digest('hex').slice(0, 16);
}

let digest;

export function sourceDigest() {
  digest ??= sourcesDigest([PACKAGES], /\.(tsx?|js|json)$/, [PACKAGES, process.version]);
  return digest;
}

/**
 * Each bundled source keeps its own `import.meta.url`, so what it finds beside
 * itself (dictionaries, rubrics, the worker's entry) and what it loads with
 * createRequire (nodejieba, exceljs) resolve as from the sources.
 */
const ownImportMetaUrl = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.(tsx?|js)$/ }, (args) => {
      if (!args.path.startsWith(PACKAGES) || args.path.includes('/node_modules/')) return undefined;
      const source = readFileSync(args.path, 'utf8');
      const loader = args.path.endsWith('.tsx') ? 'tsx' : args.path.endsWith('.ts') ? 'ts' : 'js';
      return { contents: source.replace(/\bimport\.meta\.url\b/g, JSON.stringify(pathToFileURL(args.path).href)), loader };
    });
  },
};

/**
 * Libraries that cannot live inside a bundle stay where they were installed,
 * imported by absolute URL: a native addon, one that starts workers from its
 * own files, the bundler itself, and this module, which the launcher has
 * already loaded (one copy: the digest of the sources is computed once).
 * ink's optional devtools are left out.
 */
const INSTALLED = /^(nodejieba|piscina|esbuild|@shuzhi\/runtime)$/;
const installedLibraries = {
  name: 'installed-libraries',
  setup(build) {
    build.onResolve({ filter: INSTALLED }, async (args) => {
      if (args.pluginData === 'installed') return undefined;
      const found = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: 'installed' });
      return found.errors.length ? undefined : { path: pathToFileURL(found.path).href, external: true };
    });
    build.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: 'react-devtools-core', namespace: 'left-out' }));
    build.onLoad({ filter: /.*/, namespace: 'left-out' }, () => ({ contents: 'export default {};', loader: 'js' }));
  },
};

/** CommonJS libraries inside an ES module still call require() for Node's built-in modules. (Spelled so ownImportMetaUrl leaves it alone.) */
const REQUIRE_BANNER = `import { createRequire as shuzhiCreateRequire } from 'node:module'; const require = shuzhiCreateRequire(import.meta${'.'}url);`;

/** Bundles kept per name: older ones (other versions of the sources) are removed, unless recent enough that a running process may still load their chunks. */
const KEEP = 4;
const KEEP_DAYS = 7;

const pending = new Map();

export function bundled(entry, name) {
  if (process.env.SHUZHI_NO_BUNDLE) return Promise.resolve(null);
  const key = `${name}\n${entry}`;
  if (!pending.has(key)) pending.set(key, build(entry, name).catch(() => null));
  return pending.get(key);
}

async function build(entry, name) {
  const root = join(cacheDir(), 'bundles');
  const dir = join(root, `${name}-${createHash('sha256').update(sourceDigest()).update(entry).digest('hex').slice(0, 16)}`);
  const file = join(dir, `${name}.mjs`);
  if (existsSync(file)) return file;
  const esbuild = await import('esbuild');
  makeDirs(root);
  // Built beside its final place and renamed: two processes may build it at once, and a half-written bundle is never run.
  const tmp = `${dir}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await esbuild.build({
      entryPoints: { [name]: entry },
      bundle: true,
      splitting: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outdir: tmp,
      outExtension: { '.js': '.mjs' },
      chunkNames: 'chunks/[name]-[hash]',
      sourcemap: 'linked',
      logLevel: 'silent',
      banner: { js: REQUIRE_BANNER },
      plugins: [ownImportMetaUrl, installedLibraries],
    });
    renameSync(tmp, dir);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(file)) throw err;
  }
  prune(root, name, dir);
  return file;
}

function prune(root, name, current) {
  try {
    const old = readdirSync(root)
      .filter((d) => d.startsWith(`${name}-`) && !d.endsWith('.tmp') && join(root, d) !== current)
      .map((d) => ({ path: join(root, d), mtime: statSync(join(root, d)).mtimeMs }))
      .sort((a, b) => b.mtime - a.mtime);
    for (const { path, mtime } of old.slice(KEEP - 1)) if (Date.now() - mtime > KEEP_DAYS * 86400e3) rmSync(path, { recursive: true, force: true });
  } catch {
    // Pruning is housekeeping: a folder that cannot be listed or removed stays.
  }
}
