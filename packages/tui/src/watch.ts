import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { watch } from 'chokidar';
import { readCause } from '@shuzhi/types';

export interface ReportWatch {
  /** Resolves once the watcher is set up (changes before that are not seen). */
  ready: Promise<void>;
  close(): Promise<void>;
}

export type WatchEvent = 'change' | 'unlink';

/**
 * Calls back when `file` is saved. The folder is watched (depth 0, only this
 * file let through), not the file itself: editors that save by writing a
 * temporary file and renaming it over the report (vim, VS Code "atomic"
 * saves), and Word/WPS, which delete and re-create a .docx, change the
 * file's inode, and a watch on the old inode would go quiet. A delete
 * followed by a re-create is one `change`; a delete that is not followed by
 * one is reported as `unlink`; so is not a file whose read permission was
 * taken away (chokidar reports that as unlink), which is a `change`, so the
 * re-score says why it cannot be read. Writes are awaited until the size stops
 * changing, so a half-written .docx is not read.
 */
export function watchReport(
  file: string,
  onEvent: (event: WatchEvent) => void,
  options: {
    stabilityMs?: number;
    onError?: (err: Error) => void;
    /** A save after this time (ms since the epoch) but before the watcher was ready is reported once it is: the first reading may predate it. */
    changedSince?: number;
  } = {},
): ReportWatch {
  const target = resolve(file);
  const dir = dirname(target);
  const watcher = watch(dir, {
    ignoreInitial: true,
    depth: 0,
    ignored: (path: string) => {
      const p = resolve(path);
      return p !== dir && p !== target;
    },
    awaitWriteFinish: { stabilityThreshold: options.stabilityMs ?? 250, pollInterval: 50 },
    atomic: true,
  });
  watcher.on('add', () => onEvent('change'));
  watcher.on('change', () => onEvent('change'));
  watcher.on('unlink', () => onEvent(existsSync(target) ? 'change' : 'unlink'));
  watcher.on('error', (err) => options.onError?.(err as Error));
  const ready = new Promise<void>((done) =>
    watcher.once('ready', () => {
      // (A file missing now is reported by the first reading, or by the watcher when it comes back.)
      const since = options.changedSince;
      if (since !== undefined && (statSync(target, { throwIfNoEntry: false })?.mtimeMs ?? 0) > since) onEvent('change');
      done();
    }),
  );
  return { ready, close: () => watcher.close() };
}

/** What the status line says when watching fails: chokidar's errors are Node's, in English. */
export const watchErrorText = (err: unknown): string =>
  // ENOSPC from a watcher is the system's limit of watches, not a full disk.
  `监视出错：${(err as { code?: unknown })?.code === 'ENOSPC' ? '系统的文件监视数已达上限（可调大 fs.inotify.max_user_watches）' : readCause(err)}`;

/** What the check screen and its plain-text mode say while the watched file is gone. */
export const GONE_TEXT = '文件已删除或移走，等待重新出现…';
