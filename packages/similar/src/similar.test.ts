import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseReport } from '@shuzhi/parser';
import { normalizeText } from '@shuzhi/text';
import type { Report, SimilarPair } from '@shuzhi/types';
import { FINGERPRINT_VERSION, type Fingerprint, findSimilar, fingerprintReport } from './index.ts';
import { copyOf, mixedReport, reportFromParagraphs, rng, sentencesOf } from './synthetic.ts';

const CORPUS = fileURLToPath(new URL('../../../corpus/reports/', import.meta.url));
const SAME = /10-same-report/;

async function parse(name: string, text: string): Promise<Report> {
  const result = await parseReport({ name, bytes: new TextEncoder().encode(text) });
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}

let corpus: Report[] = [];
let prints: Fingerprint[] = [];
const byName = (name: string) => corpus.find((r) => r.file.endsWith(name))!;
const base = (file: string) => file.split('/').pop()!;

beforeAll(async () => {
  for (const f of readdirSync(CORPUS).sort()) {
    const result = await parseReport(join(CORPUS, f));
    if (!result.ok) throw new Error(`${f}: ${result.error.message}`);
    corpus.push(result.value);
  }
  prints = corpus.map((r) => fingerprintReport(r));
});

/** The paragraph or heading holding an offset: its ordinal and line. */
function blockAt(report: Report, offset: number): { index: number; line: number | null } | undefined {
  let found: { index: number; line: number | null } | undefined;
  const visit = (section: Report['sections'][number]) => {
    if (section.headingStart !== undefined && section.headingStart <= offset) {
      const end = report.text.indexOf('\n', section.headingStart);
      if (end < 0 || offset < end) found ??= { index: section.headingParagraph!, line: section.headingLine ?? null };
    }
    for (const p of section.paragraphs) if (p.start <= offset && offset < p.end) found = { index: p.index, line: p.line };
    section.children.forEach(visit);
  };
  report.sections.forEach(visit);
  return found;
}

/** Content characters, each figure one sign: a copy with its figures changed shares its passages. */
const comparable = (s: string) => normalizeText(s).replace(/[^\p{L}\p{N}*×]/gu, '').replace(/\d+(?:\.\d+)?/g, '#');

/** Every passage is cut from `a` at its offsets, the same text (up to its figures) stands in `b` at its offsets, and the positions are right. */
function expectPassagesReal(pair: SimilarPair, a: Report, b: Report) {
  expect(pair.passages.length).toBeGreaterThan(0);
  for (const p of pair.passages) {
    expect(p.text).toBe(a.text.slice(p.a.start, p.a.end));
    expect(comparable(b.text.slice(p.b.start, p.b.end))).toBe(comparable(p.text));
    expect(comparable(p.text).length).toBeGreaterThanOrEqual(10);
    for (const [side, report] of [[p.a, a], [p.b, b]] as const) {
      const block = blockAt(report, side.start);
      expect(block, `${report.file}@${side.start}`).toBeDefined();
      expect(side.paragraph).toBe(block!.index);
      expect(side.line).toBe(block!.line);
      expect(blockAt(report, side.end - 1)?.index).toBe(side.paragraph);
    }
  }
}

describe('a copied report', () => {
  const REWRITTEN = ['区财政始终把武装工作经费放在优先位置予以保障。', '兵员质量稳步提升，新兵役前训练考核合格率达到百分之百。', '今年，区里还专门召开了征兵工作推进会，逐个街道听取进展汇报。'];
  let source: Report;
  let copy: Report;

  beforeAll(async () => {
    source = byName('01-county-2023-typed-headings.txt');
    let text = source.text
      .replace('坚持该投入的一分不少。', REWRITTEN[0])
      .replace('连续五年无退兵。', REWRITTEN[1])
      .replace('召开全县征兵工作会议，落实县领导包乡镇责任制。', REWRITTEN[2]);
    expect(text).not.toBe(source.text);
    // Another district's name and level, other figures.
    text = text.replace(/全县/g, '全区').replace(/县委/g, '区委').replace(/县人武部/g, '区人武部').replace(/\d+/g, (d) => String(Number(d) + 7));
    copy = await parse('东城区-2023-述职.txt', text);
  });

  it('is flagged with its source, above the threshold, with passages that occur in both at their offsets', () => {
    const { pairs } = findSimilar([...prints, fingerprintReport(copy)]);
    const mine = pairs.filter((p) => p.a === copy.file || p.b === copy.file);
    expect(mine).toHaveLength(1);
    const [pair] = mine;
    expect(pair.a).toBe(source.file);
    expect(pair.similarity).toBeGreaterThanOrEqual(0.3);
    expect(pair.similarity).toBeLessThan(1);
    expectPassagesReal(pair, source, copy);
    // The copied prose is found; what was rewritten is not.
    const shared = pair.passages.map((p) => p.text).join('');
    expect(shared).toContain('坚持政治建武，支持人武部党委严格落实党委统一的集体领导下的首长分工负责制');
    expect(shared).toContain('我每半年与人武部党委成员逐一谈心一次，听取意见建议');
    // Clauses whose figures were changed are copied prose too ("全年组织专题学习4次" against "……11次").
    expect(shared).toMatch(/全年组织专题学习\d+次/);
    for (const s of REWRITTEN) expect(shared).not.toContain(s.slice(0, 8));
    // Headings are part of the skeleton that was copied.
    expect(pair.passages.some((p) => p.text === '（二）落实个人履职“硬杠杠”')).toBe(true);
  });

  it('is found when the report is short (265 characters) and mostly stock phrases', async () => {
    const short = byName('06-street-2025-short.txt');
    const copy = await parse('short-copy.txt', short.text.replace('2025年，在区委和区人武部的指导下', '2024年，在县委和县人武部的指导下').replace('节日期间走访慰问军属', '春节期间走访慰问现役军人家庭'));
    const { pairs } = findSimilar([...prints, fingerprintReport(copy)]);
    const mine = pairs.filter((p) => p.b === copy.file);
    expect(mine.map((p) => base(p.a))).toEqual(['06-street-2025-short.txt']);
    expectPassagesReal(mine[0], short, copy);
  });

  it('is found whatever the order, and passages are always cut from `a`', () => {
    const { pairs } = findSimilar([fingerprintReport(copy), ...prints]);
    const pair = pairs.find((p) => p.a === copy.file)!;
    expect(pair.b).toBe(source.file);
    expectPassagesReal(pair, copy, source);
  });
});

describe('the corpus', () => {
  it('pairs only the five forms of 10-same-report, at similarity ≈ 1, as one group; independent reports are not flagged', () => {
    const { pairs, groups, stats } = findSimilar(prints);
    expect(stats.reports).toBe(24);
    expect(stats.documents).toBe(20); // the five forms count once for boilerplate
    for (const p of pairs) expect([base(p.a), base(p.b)].every((f) => SAME.test(f)), `${base(p.a)} ~ ${base(p.b)} ${p.similarity}`).toBe(true);
    expect(pairs).toHaveLength(10);
    for (const p of pairs) {
      expect(p.similarity).toBeGreaterThanOrEqual(0.95);
      expectPassagesReal(p, corpus.find((r) => r.file === p.a)!, corpus.find((r) => r.file === p.b)!);
    }
    expect(groups).toHaveLength(1);
    expect(groups[0].files.map(base).sort()).toEqual(corpus.filter((r) => SAME.test(r.file)).map((r) => base(r.file)).sort());
    expect(groups[0].similarity).toBeGreaterThanOrEqual(0.95);
  });

  it('flags no pair of distinct reports even at half the threshold', () => {
    const distinct = prints.filter((p) => !SAME.test(p.file) || p.file.endsWith('10-same-report.txt'));
    expect(distinct).toHaveLength(20);
    const { pairs } = findSimilar(distinct, { threshold: 0.15 });
    expect(pairs.map((p) => `${base(p.a)} ~ ${base(p.b)} ${p.similarity}`)).toEqual([]);
  });
});

describe('a passage copied from a long report into a short one', () => {
  it('is flagged with its source and the passage, though the two are far below the similarity threshold', async () => {
    const source = byName('15-city-2025-long-deep-evidence.txt');
    // The longest paragraph of the long report, set into a short report of other text.
    const paragraph = source.text.split('\n').reduce((a, b) => (b.length > a.length ? b : a));
    expect(paragraph.length).toBeGreaterThan(150);
    const own = byName('05-township-2022-no-headings.txt').text.split('\n').slice(0, 4).join('\n');
    const short = await parse('short-with-copied-paragraph.txt', `${own}\n${paragraph}\n`);
    const distinct = corpus.filter((r) => !SAME.test(r.file) && r !== byName('05-township-2022-no-headings.txt'));
    const { pairs } = findSimilar([...distinct, short].map((r) => fingerprintReport(r)));
    expect(pairs.map((p) => [base(p.a), base(p.b)])).toEqual([['15-city-2025-long-deep-evidence.txt', 'short-with-copied-paragraph.txt']]);
    expect(pairs[0].similarity).toBeLessThan(0.3);
    expectPassagesReal(pairs[0], source, short);
    expect(comparable(pairs[0].passages.map((p) => p.text).join(''))).toContain(comparable(paragraph).slice(0, 60));
  });
});

describe('a paragraph of 170–320 characters copied into a short report', () => {
  it('is found every time, not only when enough of its sampled shingles fall into the index', async () => {
    const distinct = corpus.filter((r) => !SAME.test(r.file));
    const own = byName('05-township-2022-no-headings.txt').text.split('\n').slice(0, 2).join('\n');
    const paragraphs = distinct
      .filter((r) => r !== byName('05-township-2022-no-headings.txt'))
      .flatMap((r) => r.text.split('\n').filter((p) => comparable(p).length >= 170 && comparable(p).length <= 320).map((p) => ({ source: r, p })))
      .slice(0, 12);
    expect(paragraphs.length).toBeGreaterThanOrEqual(10);
    let found = 0;
    for (const [k, { source, p }] of paragraphs.entries()) {
      const short = await parse(`short-${k}.txt`, `${own}\n${p}\n`);
      expect(comparable(p).length / comparable(short.text).length).toBeGreaterThan(0.5);
      const { pairs } = findSimilar([...distinct.filter((r) => r !== byName('05-township-2022-no-headings.txt')), short].map((r) => fingerprintReport(r)));
      if (pairs.some((x) => x.b === short.file && x.a === source.file)) found++;
    }
    // (All but one: 08-city's paragraph is mostly the batch's stock lines, under the rule's 32 samples beyond boilerplate.
    // With a pair needing 4 shared indexed samples, as before, only half were found.)
    expect(found).toBeGreaterThanOrEqual(paragraphs.length - 1);
  });
});

describe('reports made from one template', () => {
  it('form one group', async () => {
    const model = byName('05-township-2022-no-headings.txt').text;
    const fill = (place: string, level: string, k: number) =>
      model
        .replace('石桥镇', place)
        .replace(/镇/g, level)
        .replace(/\d+(\.\d+)?/g, (d) => String(Math.round(Number(d) * (1 + k / 10)) + k));
    const made = [await parse('柳河镇.txt', fill('柳河镇', '镇', 1)), await parse('东坪乡.txt', fill('东坪乡', '乡', 2)), await parse('青龙镇.txt', fill('青龙镇', '镇', 3))];
    // The 范文 itself is not in the batch.
    const batch = [...prints.filter((p) => !p.file.endsWith('05-township-2022-no-headings.txt')), ...made.map((r) => fingerprintReport(r))];
    const { pairs, groups } = findSimilar(batch);
    const group = groups.find((g) => g.files.includes('柳河镇.txt'));
    expect(group?.files.sort()).toEqual(['东坪乡.txt', '柳河镇.txt', '青龙镇.txt']);
    expect(group!.similarity).toBeGreaterThanOrEqual(0.3);
    expect(groups).toHaveLength(2); // and the five forms of 10-same-report
    const among = pairs.filter((p) => made.some((r) => r.file === p.a) || made.some((r) => r.file === p.b));
    expect(among).toHaveLength(3);
    for (const p of among) expectPassagesReal(p, made.find((r) => r.file === p.a)!, made.find((r) => r.file === p.b)!);
  });
});

describe('edges and serialization', () => {
  it('gives nothing for an empty batch or a single report', () => {
    expect(findSimilar([])).toMatchObject({ pairs: [], groups: [] });
    expect(findSimilar([prints[0]])).toMatchObject({ pairs: [], groups: [] });
    // One report twice under one name is still one pair, not a crash.
    expect(findSimilar([prints[0], { ...prints[0], file: 'again.txt' }]).pairs).toHaveLength(1);
  });

  it('survives a JSON round trip unchanged, and compares the same', () => {
    const back = JSON.parse(JSON.stringify(prints)) as Fingerprint[];
    expect(back).toEqual(prints);
    expect(findSimilar(back)).toEqual(findSimilar(prints));
    for (const fp of prints) {
      expect(fp.version).toBe(FINGERPRINT_VERSION);
      expect(fp.sample.every((h, k) => Number.isInteger(h) && h >= 0 && h < 2 ** 32 && (k === 0 || h > fp.sample[k - 1]))).toBe(true);
    }
  });

  it('is small: a few KB of numbers per report, plus the text unless left out', () => {
    for (const [fp, report] of prints.map((fp, k) => [fp, corpus[k]] as const)) {
      const numbers = Buffer.byteLength(JSON.stringify({ ...fp, text: undefined }));
      expect(numbers).toBeLessThan(800 + report.text.length * 2.5);
    }
    const lean = fingerprintReport(corpus[0], { text: false });
    expect(lean.text).toBeUndefined();
  });

  it('cuts passages from texts supplied on demand when fingerprints carry none', () => {
    const same = corpus.filter((r) => SAME.test(r.file));
    const lean = same.map((r) => fingerprintReport(r, { text: false }));
    const asked = new Set<string>();
    const withText = findSimilar(lean, { text: (file) => (asked.add(file), same.find((r) => r.file === file)?.text) });
    expect(withText).toEqual(findSimilar(same.map((r) => fingerprintReport(r))));
    expect(asked.size).toBe(5);
    const without = findSimilar(lean);
    expect(without.pairs).toHaveLength(10);
    expect(without.pairs.every((p) => p.passages.length === 0)).toBe(true);
  });

  it('leaves out fingerprints of another version or with nothing to compare', () => {
    const stale = { ...prints[0], version: 0 } as unknown as Fingerprint;
    const empty = fingerprintReport(reportFromParagraphs('empty.txt', ['。。。']));
    expect(empty.sample).toEqual([]);
    const { pairs, stats } = findSimilar([stale, empty, prints[1], prints[2]]);
    expect(pairs).toEqual([]);
    expect(stats.skipped).toEqual([prints[0].file, 'empty.txt']);
  });
});

describe('at scale', () => {
  let pool: string[] = [];
  beforeAll(() => {
    pool = corpus.filter((r) => !r.traditional && (!SAME.test(r.file) || r.file.endsWith('.txt'))).flatMap(sentencesOf);
  });

  it('finds every planted copy among 2,000 synthetic reports, and nothing else', () => {
    const r = rng(2000);
    const texts: string[][] = [];
    for (let k = 0; k < 1930; k++) texts.push(mixedReport(r, pool));
    const sourceOf = new Map<number, number>();
    for (let k = 0; k < 40; k++) sourceOf.set(texts.push(copyOf(r, texts[k * 40], pool, 0.15)) - 1, k * 40);
    const template = mixedReport(r, pool);
    const fromTemplate = new Set<number>();
    for (let k = 0; k < 30; k++) fromTemplate.add(texts.push(copyOf(r, template, pool, 0.1)) - 1);
    const fps = texts.map((t, k) => fingerprintReport(reportFromParagraphs(`r${k}.txt`, t)));
    expect(fps).toHaveLength(2000);

    const { pairs, groups, stats } = findSimilar(fps);
    const id = (f: string) => Number(f.slice(1, -4));
    for (const [copy, source] of sourceOf) expect(pairs.some((p) => id(p.a) === source && id(p.b) === copy), `r${copy} from r${source}`).toBe(true);
    for (const p of pairs) {
      const [a, b] = [id(p.a), id(p.b)];
      expect(sourceOf.get(b) === a || (fromTemplate.has(a) && fromTemplate.has(b)), `${p.a} ~ ${p.b} ${p.similarity}`).toBe(true);
      expect(p.passages.length).toBeGreaterThan(0);
    }
    // 30 from one template: one group, each member keeping its five closest pairs at most.
    expect(groups).toHaveLength(1);
    expect(groups[0].files.map(id).sort((x, y) => x - y)).toEqual([...fromTemplate]);
    expect(pairs.filter((p) => fromTemplate.has(id(p.a))).length).toBeLessThanOrEqual(30 * 5);
    expect(stats.candidates).toBeLessThan((2000 * 1999) / 2 / 20);
  });

  it('still sees a 范文 copied by 40% of the batch: near-duplicates count once for boilerplate', () => {
    const r = rng(40);
    const template = mixedReport(r, pool);
    const texts = [...Array.from({ length: 60 }, () => mixedReport(r, pool)), ...Array.from({ length: 40 }, () => copyOf(r, template, pool, 0.1))];
    const fps = texts.map((t, k) => fingerprintReport(reportFromParagraphs(`r${k}.txt`, t)));
    const { groups, stats } = findSimilar(fps);
    expect(stats.documents).toBeLessThanOrEqual(61);
    expect(groups).toHaveLength(1);
    expect(groups[0].files).toHaveLength(40);
    expect(groups[0].files.every((f) => Number(f.slice(1, -4)) >= 60)).toBe(true);
  });
});
