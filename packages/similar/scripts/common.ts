// Shared by the measurement scripts in this folder: the repository root, a seeded PRNG, and report loading.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '@shuzhi/parser';
import type { Report } from '@shuzhi/types';

const root = new URL('../../../', import.meta.url).pathname;

let seed = 12345;
/** Deterministic, so measurements repeat. */
export const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);

export async function parse(name: string, text: string): Promise<Report> {
  const r = await parseReport({ name, bytes: new TextEncoder().encode(text) });
  if (!r.ok) throw new Error(name);
  return r.value;
}

/** Every readable report in a folder of the repository, in name order. */
export async function load(dir: string): Promise<Report[]> {
  const out: Report[] = [];
  for (const f of readdirSync(join(root, dir)).sort()) {
    const r = await parseReport(join(root, dir, f));
    if (r.ok) out.push(r.value);
  }
  return out;
}
