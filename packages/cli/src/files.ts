import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** What a folder may hold that a reviewer means as a submitted report (or a file to refuse by name). */
const REPORT_EXTENSIONS = new Set(['.docx', '.doc', '.md', '.markdown', '.txt', '.wps', '.pdf', '.rtf', '.odt', '.docm', '.dotx']);

export interface Found {
  files: string[];
  /** Files in folders that are not reports (.json, .png …), counted so nothing vanishes silently. */
  ignored: string[];
}

/**
 * Files and folders (recursive) → report files in a stable order. A file
 * named on the command line is always taken, whatever its extension; inside
 * folders, only report-like extensions are, and Word's lock files (~$x.docx)
 * and hidden files are left out and counted.
 */
export async function findReports(paths: string[]): Promise<Found> {
  const files: string[] = [];
  const ignored: string[] = [];
  const walk = async (dir: string) => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name, 'zh'));
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      if (e.isDirectory()) await walk(path);
      else if (REPORT_EXTENSIONS.has(extname(e.name).toLowerCase()) && !e.name.startsWith('~$')) files.push(path);
      else ignored.push(path);
    }
  };
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    if (info?.isDirectory()) await walk(p);
    else files.push(p); // missing files are reported by the loader as NOT_FOUND
  }
  return { files, ignored };
}
