// Every test's temporary files go to one folder of the run, removed at its end: tests and the CLI they start make their
// folders under os.tmpdir(), which follows TMPDIR, and left them behind in /tmp before.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'shuzhi-test-'));
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
