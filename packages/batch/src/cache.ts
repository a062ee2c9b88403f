import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import type { TaskResult } from './analyze.ts';
import { cacheDir, makeDirs, sourcesDigest } from '@shuzhi/runtime';

/** Where results are kept: $SHUZHI_CACHE_DIR, else $XDG_CACHE_HOME/shuzhi, else ~/.cache/shuzhi. */
export const defaultCacheDir = cacheDir;

const PACKAGES = fileURLToPath(new URL('../../', import.meta.url));
let toolDigest: string | undefined;

/**
 * The tool's version for caching: a digest of the source of every package
 * that decides a score, the segmenter's dictionary, and the lockfile (the
 * libraries that parse the files). Any change invalidates old results;
 * nothing depends on remembering to bump.
 */
export function toolVersion(): string {
  toolDigest ??= sourcesDigest(
    ['types', 'text', 'parser', 'rubric', 'similar', 'batch'].map((pkg) => join(PACKAGES, pkg)),
    /\.(ts|utf8|json)$/,
  );
  return toolDigest;
}

/**
 * Why results cannot be kept in `dir` (it cannot be made or written), or
 * null when they can: the caller then scores without a cache and says so.
 */
export function cacheProblem(dir: string): string | null {
  try {
    makeDirs(dir);
    const probe = join(dir, `.probe.${process.pid}.${threadId}`);
    writeFileSync(probe, '');
    rmSync(probe);
    return null;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return '没有写入权限';
    if (code === 'ENOTDIR' || code === 'EEXIST') return '路径中有同名文件';
    if (code === 'ENOENT') return '无法在此创建文件夹';
    return code ?? (err as Error).message;
  }
}

/**
 * Results by content: sha256 of the file's bytes + rubric + tool version.
 * One small JSON file per result, written atomically, so a crash loses at
 * most the report being written and a re-run picks up where it stopped.
 */
export class ResultCache {
  constructor(
    private readonly dir: string,
    private readonly salt: string,
  ) {
    makeDirs(dir);
  }

  key(bytes: Uint8Array): string {
    return createHash('sha256').update(this.salt).update(bytes).digest('hex');
  }

  get(key: string): TaskResult | undefined {
    try {
      return JSON.parse(readFileSync(this.path(key), 'utf8')) as TaskResult;
    } catch {
      return undefined;
    }
  }

  /** Stores a result; a cache that cannot be written (full disk, no permission) only costs a re-score later. */
  set(key: string, result: TaskResult): void {
    const path = this.path(key);
    // Worker threads of one process may store the same content (a copied file) at once.
    const tmp = `${path}.${process.pid}.${threadId}.tmp`;
    try {
      writeFileSync(tmp, JSON.stringify(result));
      renameSync(tmp, path);
    } catch {
      rmSync(tmp, { force: true });
    }
  }

  /** Number of entries and bytes (for `--no-cache` advice and tests). */
  size(): { entries: number; bytes: number } {
    let entries = 0;
    let bytes = 0;
    for (const name of readdirSync(this.dir)) {
      if (!name.endsWith('.json')) continue;
      entries++;
      bytes += statSync(join(this.dir, name)).size;
    }
    return { entries, bytes };
  }

  private path(key: string): string {
    return join(this.dir, `${key}.json`);
  }
}
