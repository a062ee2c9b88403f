import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CUES, parseRubric } from '@shuzhi/rubric';
import { columnsOf } from '@shuzhi/tui/early';
import { run } from '../main.ts';
import { tempDir } from '../../../../test/temp.ts';

afterEach(() => vi.restoreAllMocks());

const REPORT = fileURLToPath(new URL('../../../../corpus/reports/10-same-report.txt', import.meta.url));

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
    const file = join(tempDir('validate'), 'tiny.yaml');
    writeFileSync(file, RUBRIC);
    const r = await shuzhi('rubric', 'validate', file);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✔ 小标准（tiny 1）：1 个评分项，满分 100，质量规则 0 条\n');
    expect(r.stderr).toMatch(new RegExp(`^${file}:13:15: 注意：criteria 第1项（funding）\\.signals 第2项 的信号名“有经费”已用于第 11 行 .+ \\[RUBRIC_WARNING\\]\\n$`));
  });
});

describe('rubric explain', () => {
  it('refuses a fragment several criteria share, listing them, as review set does, instead of explaining the first', async () => {
    const r = await shuzhi('rubric', 'explain', REPORT, '建设');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('shuzhi: 「建设」可指多个评分项，请写全名或 id（militia-building（民兵建设）、armed-forces-cadres（专武干部队伍建设）） [REVIEW_UNKNOWN_CRITERION]\n');
  });

  it('takes a fragment only one criterion has, its name without quotes, or its id', async () => {
    for (const given of ['民兵', '落实"四个一"制度', 'militia-building']) {
      const r = await shuzhi('rubric', 'explain', REPORT, given);
      expect(r.code, given).toBe(0);
      expect(r.stdout.split('\n')[0], given).toMatch(/^(民兵建设 militia-building|落实“四个一”制度 four-ones)：/);
    }
    const unknown = await shuzhi('rubric', 'explain', REPORT, 'no-such');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^shuzhi: 评分标准中没有评分项「no-such」（可用：four-ones（落实“四个一”制度）、.*） \[REVIEW_UNKNOWN_CRITERION\]$/m);
  });

  it('counts the sentences it leaves out without --all, so a criterion found only in sentences of the wrong stance does not look unread', async () => {
    const missing = REPORT.replace('10-same-report.txt', '04-county-2019-part-style.txt');
    const r = await shuzhi('rubric', 'explain', missing, 'plans');
    expect(r.stdout).toMatch(/^下步打算 plans：缺项 0\/10\n  （没有一句让它的信号计入或被否决；另有 [1-9]\d* 句找到了它的词语，但立场与信号要看的不符.*加 --all 列出）/);
    const all = await shuzhi('rubric', 'explain', missing, 'plans', '--all');
    expect(all.stdout).not.toContain('另有');
    expect(all.stdout).toContain('不计：这句不是计划');
  });

  it('says why a met signal that found its words counts only as partial: the sentence’s figure left blank', async () => {
    const file = join(tempDir('explain'), 'draft.txt');
    writeFileSync(file, '石桥镇党委书记2023年党管武装工作述职报告\n\n一、主要工作\n\n镇党委召开征兵动员会，深入各村开展征兵宣传，完成县下达的征兵任务X名。\n');
    const r = await shuzhi('rubric', 'explain', file, 'conscription');
    expect(r.stdout.split('\n')[0]).toBe('征兵工作 conscription：部分满足 4/8');
    expect(r.stdout).toContain('（满足信号） 找到“征兵”“召开”：只计部分满足：句中的数字留空（如 X名、**场），没有填了的数字');
  });
});

describe('rubric test', () => {
  it('keeps the table’s figures under their headings when a rate is — (nothing to divide by)', async () => {
    const dir = tempDir('shuzhi-rubric-test-');
    // One report, labelled missing where it is met: precision 0 %, recall — (no met label).
    writeFileSync(join(dir, 'labels.json'), JSON.stringify({ rubric: 'party-armed-forces', reports: { [REPORT]: { criteria: { plans: 'missing', 'four-ones': 'met' } } } }));
    const r = await shuzhi('rubric', 'test', 'party-armed-forces', join(dir, 'labels.json'));
    const rows = r.stdout.split('\n');
    const header = rows.find((l) => l.startsWith('评分项'))!;
    const plans = rows.find((l) => l.startsWith('下步打算 plans'))!;
    const fourOnes = rows.find((l) => l.startsWith('落实“四个一”制度 four-ones'))!;
    expect(plans).toMatch(/0\.0%\s+0\.0%\s+—\s+1$/);
    // Each column ends where its heading ends (a Chinese character is two columns).
    const ends = (line: string) => [...line.matchAll(/\S+/g)].slice(-4).map((m) => columnsOf(line.slice(0, m.index! + m[0].length)));
    expect(ends(plans)).toEqual(ends(header));
    expect(ends(fourOnes)).toEqual(ends(header));
  });
});

describe('rubric cues', () => {
  const withOutsiders = () => {
    const file = join(tempDir('cues'), 'tiny.yaml');
    writeFileSync(file, `${RUBRIC.replace('      - name: 有经费\n        strength: partial', '      - name: 提到经费\n        strength: partial')}cues:\n  outsiders: [派出所]\n`);
    return file;
  };

  it('lists the cue lists with their sizes, marking those the rubric replaces', async () => {
    const r = await shuzhi('rubric', 'cues', '--rubric', withOutsiders());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^立场提示词（评分标准 tiny）：\n/);
    expect(r.stdout).toContain(`  plan                 ${DEFAULT_CUES.plan.length} 条\n`);
    expect(r.stdout).toContain('  outsiders            1 条  ← tiny 改写\n');
    expect(r.stdout).toContain('  planHeadings         1 个正则\n');
  });

  it('prints a list as YAML to paste under cues:, which reads back as the built-in list', async () => {
    const r = await shuzhi('rubric', 'cues', 'outsiders', 'planHeadings');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^cues:\n  outsiders:\n    - '/);
    const pasted = parseRubric(RUBRIC.replace('      - name: 有经费\n        strength: partial', '      - name: 提到经费\n        strength: partial') + r.stdout, 'tiny.yaml');
    expect(pasted.ok && [pasted.value.cues.outsiders, pasted.value.cues.planHeadings]).toEqual([DEFAULT_CUES.outsiders, DEFAULT_CUES.planHeadings]);
    const unknown = await shuzhi('rubric', 'cues', 'outsider');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^shuzhi: 没有提示词列表：outsider（可用：plan、planWeak、.*） \[UNKNOWN_CUES\]$/m);
  });

  it('validate says a cue list replaces the built-in one, and how many built-in entries it leaves out', async () => {
    const r = await shuzhi('rubric', 'validate', withOutsiders());
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`shuzhi: 注意：cues.outsiders 替换了内置的同名列表，其中 ${DEFAULT_CUES.outsiders.length} 条不再使用（不是追加）；要保留它们，用 shuzhi rubric cues outsiders 打印出来一并写上\n`);
  });

  it('validate says nothing is left out when a heading cue keeps the built-in pattern with an alternative added in front', async () => {
    const file = join(tempDir('cues'), 'headings.yaml');
    const extended = `欠账|${DEFAULT_CUES.shortcomingHeadings}`.replace(/'/g, "''");
    writeFileSync(file, `${RUBRIC.replace('      - name: 有经费\n        strength: partial', '      - name: 提到经费\n        strength: partial')}cues:\n  shortcomingHeadings: '${extended}'\n`);
    const r = await shuzhi('rubric', 'validate', file);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('shortcomingHeadings');
  });
});
