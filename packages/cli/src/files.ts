import { open, readdir, stat } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

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
}

/**
 * Files and folders (recursive) → report files in a stable order. A file
 * named on the command line is always taken; inside folders, hidden files
 * and Word's lock files (~$x.docx) are passed over, and exports and
 * configuration files are left out and counted.
 */
export async function findReports(paths: string[]): Promise<Found> {
  const files: string[] = [];
  const ignored: string[] = [];
  const walk = async (dir: string) => {
    // A folder that cannot be listed (no permission) goes to the loader, which names it among the failures.
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => null);
    if (!entries) {
      files.push(dir);
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name, 'zh'));
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.name === 'node_modules') continue;
      if (e.name.startsWith('.') || e.name.startsWith('~$')) {
        if (e.isFile()) ignored.push(path);
        continue;
      }
      const ext = extname(e.name).toLowerCase();
      // A link to a file is taken like the file, and a broken link too (it fails as NOT_FOUND rather than vanish);
      // links to folders are not followed (they can loop).
      const target = e.isSymbolicLink() ? await stat(path).catch(() => null) : null;
      const isFile = e.isFile() || (e.isSymbolicLink() && (target === null || target.isFile()));
      if (e.isDirectory()) await walk(path);
      else if (NOT_SUBMISSIONS.has(ext) || ((ext === '.md' || ext === '.markdown') && (await isOurExport(path)))) ignored.push(path);
      else if (isFile) files.push(path);
      else ignored.push(path);
    }
  };
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    if (info?.isDirectory()) await walk(p);
    else files.push(p); // missing files are reported by the loader as NOT_FOUND
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
  return { files: unique, ignored, repeated };
}

function realPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return resolve(path);
  }
}
