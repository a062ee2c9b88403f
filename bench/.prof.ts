import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '@shuzhi/parser';
import type { Report } from '@shuzhi/types';
import { scoreReport } from '../packages/rubric/src/engine.ts';
import { loadRubric } from '../packages/rubric/src/load.ts';
const dir = 'bench/out/1000';
const files = readdirSync(dir).map((f) => join(dir, f)).slice(0, 300);
const reports: Report[] = [];
for (const name of files) { const p = await parseReport({ name, bytes: readFileSync(name) }); if (p.ok) reports.push(p.value); }
const l = loadRubric('party-armed-forces'); if (!l.ok) throw 1;
for (let i = 0; i < 6; i++) for (const r of reports) scoreReport(r, l.value);
