/**
 * Writes N distinct, realistic mixed reports (about 40% .txt, 40% .md, 20% .docx)
 * to bench/out/N/, for batch benchmarks. Each report is a fresh draw of
 * sections and sentences from the corpus with places and figures changed,
 * so reports share the genre's phrasing but are not copies; every 50th
 * report is a near-copy of an earlier one (what copy detection should find).
 *
 *   pnpm exec tsx bench/generate.ts 1000          → bench/out/1000/
 *   pnpm exec tsx bench/generate.ts 800 md        → bench/out/800-md/ (Markdown only)
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { parseReport } from '@shuzhi/parser';
import type { Section } from '@shuzhi/types';
// The deterministic generator of the copy-detection tests, so runs are comparable.
import { rng } from '../packages/similar/src/synthetic.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const PLACES = ['青山', '河东', '石门', '柳溪', '云台', '北坪', '南岭', '东湖', '西江', '枫桥', '白沙', '金川', '长宁', '丰乐', '新安', '临泽'];
const LEVELS = ['县', '市', '区', '镇'];

interface Pool {
  titles: string[];
  openings: string[];
  headings: string[];
  bodies: string[];
  closings: string[];
  openingClauses: string[];
  bodyClauses: string[];
  closingClauses: string[];
}

const clausesOf = (paragraphs: string[]) => paragraphs.flatMap((p) => p.split(/[，。；！？]/).map((c) => c.trim()).filter((c) => c.length >= 6));

async function sentencePool(): Promise<Pool> {
  const pool: Pool = { titles: [], openings: [], headings: [], bodies: [], closings: [], openingClauses: [], bodyClauses: [], closingClauses: [] };
  const dir = join(ROOT, 'corpus/reports');
  for (const f of readdirSync(dir)) {
    if (!/\.(txt|md)$/.test(f) || f.includes('gbk')) continue;
    const r = await parseReport(join(dir, f));
    if (!r.ok) continue;
    if (r.value.title) pool.titles.push(r.value.title);
    const visit = (s: Section) => {
      const texts = s.paragraphs.map((p) => p.text);
      if (s.kind === 'preamble') pool.openings.push(...texts);
      else if (s.kind === 'closing') pool.closings.push(...texts);
      else {
        if (s.heading) pool.headings.push(s.heading);
        pool.bodies.push(...texts);
      }
      s.children.forEach(visit);
    };
    r.value.sections.forEach(visit);
  }
  pool.openingClauses = clausesOf(pool.openings);
  pool.bodyClauses = clausesOf(pool.bodies);
  pool.closingClauses = clausesOf(pool.closings);
  return pool;
}

function vary(text: string, rnd: () => number): string {
  const place = PLACES[Math.floor(rnd() * PLACES.length)];
  return text
    .replace(/\d+(\.\d+)?/g, (n) => (/^(19|20)\d\d$/.test(n) ? n : String(Math.max(1, Math.round(Number(n) * (0.5 + rnd()))))))
    .replace(/(石桥|柳河|东坪|[\u4e00-\u9fa5]{2})(县|市|区|镇|乡)(?=[^委])/g, (_m, _a, unit) => `${place}${unit}`);
}

/**
 * A paragraph made of clauses drawn from different corpus paragraphs, so two
 * generated reports rarely share a whole sentence (as independent reports
 * do not), while every clause is still the genre's own language.
 */
function paragraph(clauses: string[], rnd: () => number): string {
  const count = 5 + Math.floor(rnd() * 5);
  const picked = Array.from({ length: count }, () => vary(clauses[Math.floor(rnd() * clauses.length)], rnd));
  return `${picked.join('，')}。`;
}

/** About 2,600 characters, like the reports reviewers receive. */
function report(pool: Pool, n: number): string[] {
  const rnd = rng(n * 7919 + 17);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
  const level = LEVELS[n % LEVELS.length];
  const lines = [`${PLACES[n % PLACES.length]}${level}委书记${2019 + (n % 7)}年度党管武装工作述职报告（${n}）`, paragraph(pool.openingClauses, rnd)];
  const numbers = ['一', '二', '三', '四', '五'];
  const sections = 4 + Math.floor(rnd() * 2);
  for (let k = 0; k < sections; k++) {
    lines.push(`${numbers[k]}、${pick(pool.headings)}`);
    const paragraphs = 3 + Math.floor(rnd() * 3);
    for (let p = 0; p < paragraphs; p++) lines.push(paragraph(pool.bodyClauses, rnd));
  }
  lines.push(paragraph(pool.closingClauses, rnd), paragraph(pool.closingClauses, rnd));
  return lines;
}

async function docx(template: JSZip, lines: string[]): Promise<Buffer> {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = lines.map((l) => `<w:p><w:r><w:t xml:space="preserve">${esc(l)}</w:t></w:r></w:p>`).join('');
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  template.file('word/document.xml', xml);
  return template.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const n = Number(process.argv[2] ?? 100);
const only = process.argv[3] as 'md' | undefined;
const out = join(ROOT, 'bench/out', only ? `${n}-${only}` : String(n));
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const pool = await sentencePool();
const template = await JSZip.loadAsync(readFileSync(join(ROOT, 'corpus/reports/10-same-report.docx')));
let previous: string[][] = [];
for (let i = 0; i < n; i++) {
  let lines = report(pool, i);
  // Every 50th report copies an earlier one with its names and figures changed.
  if (i % 50 === 49 && previous.length) lines = previous[previous.length - 10 > 0 ? previous.length - 10 : 0].map((l) => vary(l, rng(i)));
  previous.push(lines);
  if (previous.length > 100) previous = previous.slice(-100);
  const name = `r${String(i).padStart(5, '0')}`;
  if (i % 5 === 4 && !only) writeFileSync(join(out, `${name}.docx`), await docx(template, lines));
  else if (i % 5 < 2 && !only) writeFileSync(join(out, `${name}.txt`), `${lines.join('\n')}\n`);
  else writeFileSync(join(out, `${name}.md`), `# ${lines[0]}\n\n${lines.slice(1).map((l) => (/^[一二三四五]、/.test(l) ? `## ${l}` : l)).join('\n\n')}\n`);
}
console.log(`${n} reports in ${out}`);
