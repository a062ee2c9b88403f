import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../main.ts';

afterEach(() => vi.restoreAllMocks());

/** `shuzhi …` in this process: its exit code and what it wrote. */
async function shuzhi(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const code = await run(argv);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

const RUBRIC = `id: tiny
name: 小标准
version: 1
grades:
  - { name: 合格, min: 0 }
criteria:
  - id: funding
    name: 经费
    points: 100
    signals:
      - name: 有经费
        match: { all: [{ terms: [经费] }, { quantity: money }] }
      - name: 有经费
        strength: partial
        match: { terms: [经费] }
    suggestion: 写经费
`;

describe('rubric validate', () => {
  it('passes a rubric it only warns about (exit code 0), printing each warning with its line on stderr', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'shuzhi-validate-')), 'tiny.yaml');
    writeFileSync(file, RUBRIC);
    const r = await shuzhi('rubric', 'validate', file);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✔ 小标准（tiny 1）：1 个评分项，满分 100，质量规则 0 条\n');
    expect(r.stderr).toMatch(new RegExp(`^${file}:13:15: 注意：criteria\\[0\\]\\(funding\\)\\.signals\\[1\\] 的信号名“有经费”已用于第 11 行 .+ \\[RUBRIC_WARNING\\]\\n$`));
  });
});
