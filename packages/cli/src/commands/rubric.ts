import { basename } from 'node:path';
import { Command } from 'commander';
import type { Evaluation } from '@shuzhi/rubric';
import { RULE_NAMES, STATUS_NAMES } from '@shuzhi/export';
import { columnsOf } from '@shuzhi/tui/early';
import { formatError } from '@shuzhi/types';

export function rubricCommand(program: Command, setCode: (code: number) => void): void {
  const rubric = program.command('rubric').description('评分标准：校验、对照标注集测试');

  rubric
    .command('validate')
    .description('校验评分标准 YAML 文件（错误给出行号和列号）')
    .argument('<file>', '评分标准 .yaml 文件或 rubrics/ 中的 id')
    .action(async (file: string) => {
      const { loadRubric } = await import('@shuzhi/rubric');
      const loaded = loadRubric(file);
      if (!loaded.ok) {
        for (const e of loaded.error) process.stderr.write(`${formatError(e)}\n`);
        setCode(1);
        return;
      }
      const r = loaded.value;
      const points = r.criteria.reduce((n, c) => n + c.points, 0);
      process.stdout.write(`✔ ${r.name}（${r.id} ${r.version}）：${r.criteria.length} 个评分项，满分 ${points}，质量规则 ${r.quality.length} 条\n`);
      // `--rubric <id>` finds rubrics/<id>.yaml: an id that is not the file's name is found by the file's name only.
      const named = basename(r.source ?? file).replace(/\.ya?ml$/i, '');
      if (named !== r.id) process.stderr.write(`shuzhi: 注意：文件名 ${named} 与 id “${r.id}” 不同；放进 rubrics/ 后要用 --rubric ${named} 才能找到它，建议改成一致\n`);
      if (points !== 100) process.stderr.write(`shuzhi: 注意：满分是 ${points} 而不是 100；等级按得分占满分的百分比划分，报告里的得分以 ${points} 为满分\n`);
    });

  rubric
    .command('test')
    .description('对照标注集测试评分标准：各评分项的准确率、精确率、召回率，以及从未命中的信号')
    .argument('<rubric>', '评分标准 .yaml 文件或 id')
    .argument('<labels>', '标注文件（如 corpus/labels.json）')
    .option('--json', '输出 JSON')
    .action(async (rubricArg: string, labelsPath: string, options: { json?: boolean }) => {
      const [{ evaluateRubric, loadRubric, readLabels }, { parseReport }] = await Promise.all([import('@shuzhi/rubric'), import('@shuzhi/parser')]);
      const loaded = loadRubric(rubricArg);
      if (!loaded.ok) {
        for (const e of loaded.error) process.stderr.write(`shuzhi: ${formatError(e)}\n`);
        setCode(2);
        return;
      }
      const labels = readLabels(labelsPath);
      if (!labels.ok) {
        process.stderr.write(`shuzhi: ${formatError(labels.error)}\n`);
        setCode(2);
        return;
      }
      const result = await evaluateRubric(loaded.value, labels.value.labels, labels.value.base, (f) => parseReport(f));
      process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : formatEvaluation(result));
      const falseCredits = result.criteria.reduce((n, c) => n + c.falseCredits.length, 0);
      if (result.failed.length || falseCredits || result.problems.length) setCode(1);
    });
}

const pct = (x: number | null) => (x === null ? '  —  ' : `${(x * 100).toFixed(1).padStart(5)}%`);

/** Pads to a width in terminal columns (a Chinese character takes two). */
const padColumns = (s: string, width: number) => s + ' '.repeat(Math.max(1, width - columnsOf(s)));

/** A status as the labels file writes it (met) and as the reviewer reads it (满足). */
const statusText = (s: string) => `${STATUS_NAMES[s as keyof typeof STATUS_NAMES] ?? s}（${s}）`;

function formatEvaluation(e: Evaluation): string {
  const out: string[] = [];
  if (e.problems.length) out.push('标注文件的问题（这些标注不计入）：', ...e.problems.map((p) => `  ${p}`), '');
  out.push(`标注报告 ${e.reports} 份，总体准确率 ${pct(e.accuracy)}`);
  out.push('');
  // The name the reviewer reads and the id the labels file uses.
  const label = (c: { id: string; name: string }) => `${c.name} ${c.id}`;
  const nameWidth = Math.max(...e.criteria.map((c) => columnsOf(label(c))), 6) + 2;
  out.push(`${padColumns('评分项', nameWidth)}准确率   精确率   召回率   误给分`);
  for (const c of e.criteria) {
    out.push(`${padColumns(label(c), nameWidth)}${pct(c.total ? c.correct / c.total : null)}  ${pct(c.precision)}  ${pct(c.recall)}   ${c.falseCredits.length}`);
  }
  const mistakes = e.criteria.flatMap((c) =>
    c.mistakes.map((m) => `  ${c.name}  ${m.file}：应为 ${statusText(m.expected)}，评为 ${statusText(m.got)}${m.expected === 'missing' ? '  ← 缺项却给了分' : ''}`),
  );
  if (mistakes.length) out.push('', '不一致：', ...mistakes);
  out.push('', '质量规则（应有/检出/命中）：');
  for (const f of e.findings) {
    out.push(`  ${padColumns(`${RULE_NAMES[f.rule] ?? f.rule} ${f.rule}`, 40)}${f.expected}/${f.found}/${f.truePositive}${f.missed.length ? `  漏检：${f.missed.join('，')}` : ''}${f.spurious.length ? `  误报：${f.spurious.join('，')}` : ''}`);
  }
  const names = new Map(e.criteria.map((c) => [c.id, c.name]));
  if (e.silent.length) out.push('', '从未命中的信号：', ...e.silent.map((s) => `  ${names.get(s.criterion) ?? s.criterion} · ${s.signal}`));
  if (e.failed.length) out.push('', '无法读取：', ...e.failed.map((f) => `  ${formatError({ ...f.error, file: f.file })}`));
  return `${out.join('\n')}\n`;
}
