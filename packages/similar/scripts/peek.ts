// Shows the pairs and shared passages among some reports: `pnpm exec tsx packages/similar/scripts/peek.ts FILE...`
import { parseReport } from '@shuzhi/parser';
import { findSimilar, fingerprintReport } from '../src/index.ts';
const files = process.argv.slice(2);
const reports = await Promise.all(files.map(async (f) => { const r = await parseReport(f); if (!r.ok) throw new Error(f); return r.value; }));
const res = findSimilar(reports.map((r) => fingerprintReport(r)), { threshold: 0, minShared: 0 });
for (const p of res.pairs) {
  console.log(p.a, p.b, p.similarity);
  const b = reports.find((r) => r.file === p.b)!;
  for (const x of p.passages) console.log(`  [${x.a.paragraph}/${x.a.line} ${x.a.start}-${x.a.end}] [${x.b.paragraph}/${x.b.line}] ${x.text}${b.text.slice(x.b.start, x.b.end) === x.text ? '' : '  ≠ ' + b.text.slice(x.b.start, x.b.end)}`);
}
