/** $SHUZHI_CACHE_DIR, else $XDG_CACHE_HOME/shuzhi, else ~/.cache/shuzhi. */
export function cacheDir(): string;

/**
 * `mkdir -p`, without Node's `{ recursive: true }`, which loops forever at
 * full CPU where a parent exists but refuses new entries with ENOENT (a
 * folder under /proc). Throws the system's error when a folder cannot be made.
 */
export function makeDirs(dir: string): void;

/**
 * A digest of the files under `roots` whose names match `include` (tests,
 * node_modules, fixtures and hidden folders left out), each with its path
 * relative to packages/, and of the lockfile (the libraries in use); `salt`
 * goes in first. Changes with any of them; nothing depends on remembering to bump.
 */
export function sourcesDigest(roots: string[], include: RegExp, salt?: string[]): string;

/** A digest of every package's sources and manifest, the lockfile, the Node version and the checkout's location: what a bundle is built from. */
export function sourceDigest(): string;

/**
 * The JavaScript bundle of a TypeScript entry point (`name.mjs`, with lazily
 * loaded chunks beside it), built by esbuild on first use into
 * `cacheDir()/bundles/` under `sourceDigest()`. Null when it cannot be built
 * (no esbuild, no writable cache folder), or with SHUZHI_NO_BUNDLE set: run
 * the sources through tsx then.
 */
export function bundled(entry: string, name: string): Promise<string | null>;
