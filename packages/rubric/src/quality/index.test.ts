import { describe, expect, it } from 'vitest';
import type { Rubric } from '@shuzhi/types';
import { parseText } from '../../../parser/src/testing.ts';
import { scoreReport } from '../engine.ts';
import { parseRubric } from '../load.ts';
import { buildView } from '../view.ts';
import { runQualityChecks } from './index.ts';
import { tinyRubric } from '../testing.ts';

function tiny(quality: string): Rubric {
  const r = parseRubric(
    tinyRubric(
      `  - id: funding
    name: 经费
    points: 10
    signals:
      - { name: 有金额, match: { quantity: money } }
    suggestion: 写经费
`,
      `quality:\n${quality}`,
    ),
    'tiny.yaml',
  );
  if (!r.ok) throw new Error(r.error.map((e) => e.message).join('\n'));
  return r.value;
}

// Five sentences with a redaction each, on lines 3 to 7.
const TEXT = [
  '2022年党管武装工作述职报告',
  '一、主要工作',
  '在**市委的领导下，我认真履职。',
  '全年列支经费30万元，另有**万元待拨付。',
  '调整配备了**名专武干部。',
  '圆满完成**市征兵任务。',
  '努力提高**武装工作水平。',
].join('\n');

describe('runQualityChecks', () => {
  it('deducts per finding until maxDeduct is reached, then 0 for the rest', async () => {
    const rubric = tiny(`  placeholder: { severity: error, deduct: 1, maxDeduct: 3, patterns: ['\\*{2,}'] }\n`);
    const report = await parseText(TEXT);
    const findings = runQualityChecks(buildView(report, rubric.cues), rubric);
    expect(findings.map((f) => [f.rule, f.severity, f.line, f.deduction])).toEqual([
      ['placeholder', 'error', 3, 1],
      ['placeholder', 'error', 4, 1],
      ['placeholder', 'error', 5, 1],
      ['placeholder', 'error', 6, 0],
      ['placeholder', 'error', 7, 0],
    ]);
  });

  it('a deduction larger than what is left is cut to what is left', async () => {
    const rubric = tiny(`  placeholder: { deduct: 2, maxDeduct: 3, patterns: ['\\*{2,}'] }\n`);
    const findings = runQualityChecks(buildView(await parseText(TEXT), rubric.cues), rubric);
    expect(findings.map((f) => f.deduction)).toEqual([2, 1, 0, 0, 0]);
    expect(findings[0].severity).toBe('warning');
  });

  it('caps each rule on its own, and the score card adds them up', async () => {
    const rubric = tiny(`  placeholder: { deduct: 1, maxDeduct: 2, patterns: ['\\*{2,}'] }\n  tooShort: { deduct: 3, minChars: 800 }\n`);
    const card = scoreReport(await parseText(TEXT), rubric);
    expect(card.findings.map((f) => [f.rule, f.deduction])).toEqual([
      ['placeholder', 1],
      ['placeholder', 1],
      ['placeholder', 0],
      ['placeholder', 0],
      ['placeholder', 0],
      ['too-short', 3],
    ]);
    expect(card.deductions).toBe(5);
    // 全年列支经费30万元 is money (the placeholder beside it is none): 10 points, less 5.
    expect(card.criteria[0].status).toBe('met');
    expect(card.score).toBe(5);
  });

  it('a disabled rule does not run', async () => {
    const rubric = tiny(`  placeholder: { enabled: false, deduct: 1, patterns: ['\\*{2,}'] }\n`);
    expect(runQualityChecks(buildView(await parseText(TEXT), rubric.cues), rubric)).toEqual([]);
  });
});
