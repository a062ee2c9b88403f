import { describe, expect, it } from 'vitest';
import { parseReport } from '@shuzhi/parser';
import { toSimplified } from '@shuzhi/text';
import { fileURLToPath } from 'node:url';
import { comparisonCodes, fingerprintReport } from './fingerprint.ts';
import { estimateJaccard, fmix32, minhash } from './hash.ts';
import { findSimilar } from './find.ts';
import { reportFromParagraphs, rng } from './synthetic.ts';

const text = (codes: number[]) => String.fromCharCode(...codes);

describe('comparison form', () => {
  it('keeps content characters only and folds each figure to one #', () => {
    expect(text(comparisonCodes('全年征集新兵126名，其中大学生91名，占72.2%。'))).toBe('全年征集新兵#名其中大学生#名占#');
    expect(text(comparisonCodes('在**市委、××村和XX街道'))).toBe('在**市委××村和XX街道');
  });

  it('makes a report whose figures were updated fingerprint the same', () => {
    const a = fingerprintReport(reportFromParagraphs('a.txt', ['全县财政全年列支410万元，用于人武部营区改造和民兵训练基地建设，其中二期工程投入180万元。']));
    const b = fingerprintReport(reportFromParagraphs('b.txt', ['全县财政全年列支385万元，用于人武部营区改造和民兵训练基地建设，其中二期工程投入96.5万元。']));
    expect(b.sample).toEqual(a.sample);
    expect(b.paragraphs).toEqual(a.paragraphs.map((x, k) => (k % 4 === 3 ? b.paragraphs[k] : x)));
  });
});

describe('MinHash', () => {
  it('estimates Jaccard similarity within a few hundredths', () => {
    const r = rng(1);
    for (const j of [0.1, 0.3, 0.6, 0.9]) {
      // |A ∩ B| / |A ∪ B| = j with |A ∪ B| = 2000.
      const shared = Math.round(2000 * j);
      const pool = Array.from({ length: 2000 }, () => fmix32(Math.floor(r() * 2 ** 32)));
      const half = shared + (2000 - shared) / 2;
      const a = minhash(pool.slice(0, half))!;
      const b = minhash(pool.slice(2000 - half))!;
      expect(Math.abs(estimateJaccard(a, b) - j)).toBeLessThan(0.08);
    }
    expect(minhash([])).toBeNull();
  });

  it('agrees on every position for equal sets, whatever their order, even tiny ones', () => {
    expect(minhash([3, 1, 2])).toEqual(minhash([2, 3, 1]));
    expect(estimateJaccard(minhash([7])!, minhash([7])!)).toBe(1);
  });
});

describe('reports in Traditional characters', () => {
  it('match their Simplified copy, with passages located in each original', async () => {
    const path = fileURLToPath(new URL('../../../corpus/reports/12-county-2022-traditional.txt', import.meta.url));
    const original = await parseReport(path);
    if (!original.ok) throw new Error(original.error.message);
    const simplified = await parseReport({ name: 'simplified.txt', bytes: new TextEncoder().encode(toSimplified(original.value.text)) });
    if (!simplified.ok) throw new Error(simplified.error.message);
    const { pairs } = findSimilar([fingerprintReport(original.value), fingerprintReport(simplified.value)]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0].similarity).toBeGreaterThan(0.95);
    const passage = pairs[0].passages.find((p) => p.text.includes('黨管武裝'))!;
    expect(passage).toBeDefined();
    expect(simplified.value.text.slice(passage.b.start, passage.b.end)).toBe(toSimplified(passage.text));
  });
});
