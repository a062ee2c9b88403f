import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReport } from '@shuzhi/parser';
import { loadRubric, scoreReport } from '@shuzhi/rubric';
import type { Outcome } from '@shuzhi/types';
import { StringPool } from './compact.ts';

const SEED = fileURLToPath(new URL('../../../test/fixtures/seed/000_89e244e137c03851.txt', import.meta.url));

describe('StringPool', () => {
  it('leaves every card equal to what it was, failed outcomes untouched', async () => {
    const rubric = loadRubric();
    const parsed = await parseReport({ name: 'seed.txt', bytes: readFileSync(SEED) });
    if (!rubric.ok || !parsed.ok) throw new Error('setup');
    const card = scoreReport(parsed.value, rubric.value);
    const pool = new StringPool();
    const outcome: Outcome = { file: 'seed.txt', ok: true, card: structuredClone(card) };
    const again: Outcome = { file: 'seed2.txt', ok: true, card: structuredClone(card) };
    expect(pool.compact(outcome)).toEqual({ file: 'seed.txt', ok: true, card });
    expect(pool.compact(again)).toEqual({ file: 'seed2.txt', ok: true, card });
    const failed: Outcome = { file: 'x.txt', ok: false, error: { code: 'EMPTY_FILE', message: '文件为空', file: 'x.txt' } };
    expect(pool.compact(failed)).toBe(failed);
  });
});
