import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { Command, Option } from 'commander';
// Only light modules are imported up front: on a terminal the first frame is
// drawn before the rubric, the parser and Ink are loaded (see interactive.ts).
import { DEFAULT_RUBRIC } from '@shuzhi/rubric/defaults';
import { isInteractive, openScreen, type Screen } from '@shuzhi/tui/early';

export interface CheckOptions {
  rubric?: string;
  watch?: boolean;
  interactive: boolean;
  format: 'text' | 'json';
  strict?: boolean;
}

export function checkCommand(program: Command, setCode: (code: number) => void): void {
  program
    .command('check')
    .description('自查一份报告：逐项显示满足 / 部分满足 / 缺项、证据、建议和问题；--watch 每次保存后重新评分')
    .argument('<file>', '报告文件（.docx、.doc、.md、.txt、.mht）')
    .option('-r, --rubric <id|file>', '评分标准：rubrics/ 中的 id 或 .yaml 文件', DEFAULT_RUBRIC)
    .option('-w, --watch', '监视文件：每次保存后重新评分，显示与上次相比的变化')
    .option('--no-interactive', '不用终端界面，输出文本（不是终端或在 CI 中时也是如此）')
    .option('--strict', '提交前的检查门槛：有必备项缺项或未填写的占位符时退出码为 1（输出文本，不用终端界面）')
    .addOption(new Option('-f, --format <format>', '不用终端界面时的输出格式').choices(['text', 'json']).default('text'))
    .action(async (file: string, options: CheckOptions) => {
      if (!options.watch && !existsSync(file)) {
        process.stderr.write(`shuzhi: ${file}: 文件不存在 [NOT_FOUND]\n`);
        return setCode(1);
      }
      // A folder is a batch: a usage error that names the command for it.
      if (existsSync(file) && statSync(file).isDirectory()) {
        process.stderr.write(`shuzhi: ${file}: 这是一个文件夹；check 自查一份报告，给一个文件夹评分请用 shuzhi score ${file}\n`);
        return setCode(2);
      }
      if (!options.strict && isInteractive({ interactive: options.interactive, format: options.format })) {
        let screen: Screen | null = null;
        screen = openScreen({
          frame: {
            heading: `述职报告自查 · ${basename(file)}`,
            badge: options.watch ? '监视中' : '',
            lines: ['', '', '正在启动：加载评分标准和分词词典（首次约需 2 秒）…'],
            footer: 'q 退出',
          },
          onQuit: (code) => {
            screen?.close();
            process.exit(code);
          },
        });
        const { checkInteractive } = await import('../interactive.ts');
        return setCode(await checkInteractive(file, options, screen));
      }
      const { checkPlain } = await import('../interactive.ts');
      return setCode(await checkPlain(file, options));
    });
}
