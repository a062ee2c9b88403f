import { Command, Option } from 'commander';
import type { Report, Section } from '@shuzhi/types';
import { formatError } from '@shuzhi/types';
import { yearsOf } from '@shuzhi/export';

export function parseCommand(program: Command, setCode: (code: number) => void): void {
  program
    .command('parse')
    .description('解析一份述职报告，输出章节结构')
    .argument('<file>', '报告文件（.docx、.doc、.md、.txt、.mht）')
    .addOption(new Option('-f, --format <format>', '输出格式').choices(['json', 'tree']).default('tree'))
    .action(async (file: string, options: { format: 'json' | 'tree' }) => {
      const { parseReport, reportToJson } = await import('@shuzhi/parser');
      const result = await parseReport(file);
      if (!result.ok) {
        process.stderr.write(`shuzhi: ${formatError(result.error)}\n`);
        setCode(1);
        return;
      }
      process.stdout.write(options.format === 'json' ? `${JSON.stringify(reportToJson(result.value), null, 2)}\n` : formatTree(result.value));
    });
}

const KIND_NAMES = { preamble: '〔开头〕', closing: '〔结尾〕', heading: '' } as const;

export function formatTree(report: Report): string {
  const lines: string[] = [];
  lines.push(`标题：${report.title ?? '（未识别）'}`);
  // A Word file's "encoding" is its format again: the brackets say only what the format does not (a text file's encoding, 繁体).
  const notes = [report.encoding === report.format ? '' : report.encoding, report.traditional ? '繁体' : ''].filter(Boolean);
  lines.push(`格式：${report.format}${notes.length ? `（${notes.join('，')}）` : ''}  年度：${yearsOf(report.meta) ?? '未识别'}  层级：${report.meta.level ?? '未识别'}${report.meta.place ? `  单位：${report.meta.place}` : ''}`);
  const visit = (s: Section, indent: string) => {
    const where = s.headingLine ? `第${s.headingLine}行` : s.headingParagraph ? `第${s.headingParagraph}段` : '';
    const points = s.paragraphs.flatMap((p) => p.points.map((x) => x.label));
    lines.push(
      `${indent}${KIND_NAMES[s.kind]}${s.numbering ?? ''}${s.heading ?? ''}` +
        `  [${[where, `${s.paragraphs.length} 段`, points.length ? `要点 ${points.join('、')}` : ''].filter(Boolean).join('，')}]`,
    );
    s.children.forEach((c) => visit(c, `${indent}  `));
  };
  report.sections.forEach((s) => visit(s, ''));
  return `${lines.join('\n')}\n`;
}
