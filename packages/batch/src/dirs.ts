import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * `mkdir -p`, without Node's `{ recursive: true }`, which loops forever at
 * full CPU where a parent exists but refuses new entries with ENOENT (a
 * folder under /proc). Throws the system's error when a folder cannot be made.
 */
export function makeDirs(dir: string): void {
  try {
    mkdirSync(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' && statSync(dir).isDirectory()) return;
    const parent = dirname(dir);
    if (code !== 'ENOENT' || parent === dir) throw err;
    makeDirs(parent);
    mkdirSync(dir);
  }
}
