import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/** A fresh folder `shuzhi-<name>-XXXXXX` in the system's temporary folder, removed when the test that asked for it ends. */
export function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `shuzhi-${name}-`));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
