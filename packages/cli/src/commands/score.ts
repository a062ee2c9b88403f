import { Command, Option } from 'commander';
import { formatOutcomes, scoresToJson, type Outcome } from '@shuzhi/export';
import { parseReport } from '@shuzhi/parser';
import { DEFAULT_RUBRIC, loadRubric, scoreReport } from '@shuzhi/rubric';
import { formatError } from '@shuzhi/types';
import { findReports } from '../files.ts';

export function scoreCommand(program: Command, setCode: (code: number) => void): void {
  program
    .command('score')
    .description('按评分标准给述职报告评分（文件或文件夹，可多个）')
    .argument('<paths...>', '报告文件或文件夹（递归查找 .docx、.doc、.md、.txt）')
    .option('-r, --rubric <id|file>', '评分标准：rubrics/ 中的 id 或 .yaml 文件', DEFAULT_RUBRIC)
    .addOption(new Option('-f, --format <format>', '输出格式').choices(['text', 'json']).default('text'))
    .action(async (paths: string[], options: { rubric: string; format: 'text' | 'json' }) => {
      const rubric = loadRubric(options.rubric);
      if (!rubric.ok) {
        for (const e of rubric.error) process.stderr.write(`shuzhi: ${formatError(e)}\n`);
        setCode(2);
        return;
      }
      const { files, ignored } = await findReports(paths);
      if (ignored.length) process.stderr.write(`shuzhi: 忽略 ${ignored.length} 个非报告文件（如 ${ignored[0]}）\n`);
      const outcomes: Outcome[] = [];
      for (const file of files) {
        const parsed = await parseReport(file);
        if (!parsed.ok) {
          process.stderr.write(`shuzhi: ${formatError(parsed.error)}\n`);
          outcomes.push({ file, ok: false, error: parsed.error });
          continue;
        }
        outcomes.push({ file, ok: true, card: scoreReport(parsed.value, rubric.value) });
      }
      process.stdout.write(options.format === 'json' ? `${JSON.stringify(scoresToJson(rubric.value, outcomes), null, 2)}\n` : formatOutcomes(outcomes));
      if (outcomes.some((o) => !o.ok)) setCode(1);
      if (files.length === 0) {
        process.stderr.write('shuzhi: 没有找到可评分的报告文件\n');
        setCode(1);
      }
    });
}
