import { open, readdir, stat } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { basename, extname, isAbsolute, join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/**
 * Files in a folder of submissions that are not submissions: our own exports
 * and configuration. Everything else is taken, so a photographed report or a
 * PDF shows up as a failure rather than vanishing.
 */
const NOT_SUBMISSIONS = new Set(['.json', '.jsonl', '.yaml', '.yml', '.csv', '.xlsx', '.html', '.htm', '.log', '.tmp']);
/** The first line of our Markdown exports (EXPORT_MARKER in @shuzhi/export; not imported, to keep start-up light). */
const EXPORT_MARKER = '<!-- shuzhi:export -->';

async function isOurExport(path: string): Promise<boolean> {
  const file = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(64), 0, 64, 0);
    return buffer.subarray(0, bytesRead).toString('utf8').startsWith(EXPORT_MARKER);
  } finally {
    await file.close();
  }
}

export interface Found {
  files: string[];
  /** Files in folders that are not submissions (exports, configuration, hidden and Word lock files), counted so nothing vanishes silently. */
  ignored: string[];
  /** Paths to a file already found (the same folder or file given twice, `x` and `./x`, a link to a file in the batch): scored once. */
  repeated: string[];
  /** Glob patterns that matched no file: each one error for the user, while the rest of the batch is scored. */
  unmatched: string[];
}

/** The batch's own review file (REVIEW_FILE_NAME in @shuzhi/review, not imported for the same reason): read by `score`, never counted as skipped. */
const REVIEW_FILE = 'shuzhi-review.json';

/** Within a folder or among a pattern's matches: hidden files and Word's lock files (~$x.docx) are no submissions. */
const isHiddenOrLock = (name: string) => name.startsWith('.') || name.startsWith('~$');

/** Our exports and configuration files, which sit beside the reports they were made from. */
async function isNotSubmission(path: string): Promise<boolean> {
  const ext = extname(path).toLowerCase();
  return NOT_SUBMISSIONS.has(ext) || ((ext === '.md' || ext === '.markdown') && (await isOurExport(path)));
}

const byName = (a: string, b: string) => a.localeCompare(b, 'zh');

/**
 * Files, folders (recursive) and glob patterns → report files in a stable
 * order. A path that exists is taken as it is, even with * or [ in its name;
 * a pattern is expanded here, because shells on Windows pass it on
 * unexpanded (and a quoted one arrives so everywhere). A file named on the
 * command line is always taken; inside folders and among a pattern's
 * matches, hidden files and Word's lock files (~$x.docx) are passed over,
 * and exports and configuration files are left out and counted.
 */
export async function findReports(paths: string[]): Promise<Found> {
  const files: string[] = [];
  const ignored: string[] = [];
  const unmatched: string[] = [];
  const walk = async (dir: string) => {
    // A folder that cannot be listed (no permission) goes to the loader, which names it among the failures.
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => null);
    if (!entries) {
      files.push(dir);
      return;
    }
    entries.sort((a, b) => byName(a.name, b.name));
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.name === 'node_modules' || e.name === REVIEW_FILE) continue;
      if (isHiddenOrLock(e.name)) {
        if (e.isFile()) ignored.push(path);
        continue;
      }
      // A link to a file is taken like the file, and a broken link too (it fails as NOT_FOUND rather than vanish);
      // links to folders are not followed (they can loop).
      const target = e.isSymbolicLink() ? await stat(path).catch(() => null) : null;
      const isFile = e.isFile() || (e.isSymbolicLink() && (target === null || target.isFile()));
      if (e.isDirectory()) await walk(path);
      else if (await isNotSubmission(path)) ignored.push(path);
      else if (isFile) files.push(path);
      else ignored.push(path);
    }
  };
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    if (info?.isDirectory()) await walk(p);
    else if (info || !isDynamicPattern(p)) files.push(p); // missing files are reported by the loader as NOT_FOUND
    else {
      // Patterns use forward slashes; a Windows user types backslashes, which elsewhere escape.
      const pattern = process.platform === 'win32' ? p.replaceAll('\\', '/') : p;
      const matches = await glob(pattern, { onlyFiles: true, absolute: isAbsolute(p), expandDirectories: false });
      if (!matches.length) unmatched.push(p);
      for (const m of matches.sort(byName)) {
        if (basename(m) === REVIEW_FILE) continue;
        if (isHiddenOrLock(basename(m)) || (await isNotSubmission(m))) ignored.push(m);
        else files.push(m);
      }
    }
  }
  // One file reached by two paths would be scored twice and flagged as a copy of itself. Of a file and a link
  // to it, the file's own path is kept.
  const at = new Map<string, number>();
  const unique: string[] = [];
  const repeated: string[] = [];
  for (const f of files) {
    const key = realPath(f);
    const k = at.get(key);
    if (k === undefined) {
      at.set(key, unique.push(f) - 1);
    } else if (resolve(f) === key && resolve(unique[k]) !== key) {
      repeated.push(unique[k]);
      unique[k] = f;
    } else {
      repeated.push(f);
    }
  }
  return { files: unique, ignored, repeated, unmatched };
}

function realPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return resolve(path);
  }
}
