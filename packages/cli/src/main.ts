import { Command, CommanderError, Help } from 'commander';
import { columnsOf } from '@shuzhi/tui/early';
import { checkCommand } from './commands/check.ts';
import { parseCommand } from './commands/parse.ts';
import { reviewCommand } from './commands/review.ts';
import { rubricCommand } from './commands/rubric.ts';
import { scoreCommand } from './commands/score.ts';
import cliPackage from '../package.json' with { type: 'json' };

/** Exit codes: 0 all good, 1 some input failed, 2 usage error. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Commander's usage errors, in the words the user reads everywhere else. */
const MESSAGES: [RegExp, (...m: string[]) => string][] = [
  [/missing required argument '([^']+)'/, (a) => `缺少参数：${a}`],
  [/required option '([^']+)' not specified/, (o) => `缺少必填选项 ${o}`],
  [/option '([^']+)' argument missing/, (o) => `选项 ${o} 缺少取值`],
  [/option '([^']+)' argument '([^']*)' is invalid\. Allowed choices are (.+)\./, (o, v, c) => `选项 ${o} 的值 “${v}” 无效，可选：${c}`],
  [/unknown option '([^']+)'(?:\s*\(Did you mean (.+)\?\))?/, (o, d) => `未知选项 ${o}${d ? `（是否想写 ${d}？）` : ''}`],
  [/unknown command '([^']+)'(?:\s*\(Did you mean (.+)\?\))?/, (c, d) => `未知命令 ${c}${d ? `（是否想写 ${d}？）` : ''}`],
  [/too many arguments(?: for '([^']+)')?\. Expected (\d+) arguments? but got (\d+)\./, (c, e, g) => `参数过多${c ? `（${c}）` : ''}：应为 ${e} 个，实际 ${g} 个`],
];

function inChinese(message: string, command: Command): string {
  // A missing argument is named as its help describes it, not by its code name (paths, file).
  const missing = /missing required argument '([^']+)'/.exec(message);
  const described = missing && command.registeredArguments.find((a) => a.name() === missing[1])?.description;
  if (missing && described) message = message.replace(missing[0], `missing required argument '${described.replace(/（[^（）]*）$/, '')}'`);
  for (const [re, say] of MESSAGES) {
    const m = re.exec(message);
    if (m) return `shuzhi: ${say(...m.slice(1))}\n`;
  }
  return message;
}

/**
 * Each command translates its own errors, so a missing argument is looked up among that command's arguments, and points to its
 * own help ("用 shuzhi review set --help 查看用法"), not the program's.
 */
function chineseErrors(command: Command, path = ''): void {
  command.configureOutput({ outputError: (s, write) => write(inChinese(s, command)) });
  if (path) command.showHelpAfterError(`（用 shuzhi ${path} --help 查看用法）`);
  for (const sub of command.commands) chineseErrors(sub, path ? `${path} ${sub.name()}` : sub.name());
}

/** The section titles of commander's help, in Chinese like the rest of it. */
const HELP_TITLES: Record<string, string> = { 'Usage:': '用法：', 'Arguments:': '参数：', 'Options:': '选项：', 'Commands:': '命令：', 'Global Options:': '通用选项：' };

const inChineseUsage = (usage: string) => usage.replace('[options]', '[选项]').replace('[command]', '[命令]');

/** Commander's "(choices: …) (default: …)" after an option's or an argument's description, in Chinese: `（可选：text、json；默认："text"）`. */
function annotated(item: { description: string; argChoices?: string[]; defaultValue?: unknown; defaultValueDescription?: string }): string {
  const extra: string[] = [];
  if (item.argChoices) extra.push(`可选：${item.argChoices.join('、')}`);
  // (A --no-x switch defaults to true: nothing to say.)
  if (item.defaultValue !== undefined && typeof item.defaultValue !== 'boolean') extra.push(`默认：${item.defaultValueDescription ?? JSON.stringify(item.defaultValue)}`);
  return extra.length ? `${item.description}（${extra.join('；')}）` : item.description;
}

export async function run(argv: string[]): Promise<number> {
  const program = new Command('shuzhi')
    .description('述职报告解析与评分工具')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .configureHelp({
      styleTitle: (title) => HELP_TITLES[title] ?? title,
      // Chinese text takes two columns a character: the descriptions line up by columns, not by characters.
      displayWidth: columnsOf,
      // Commander's own words around ours: "[options]", "(default: …)", "(choices: …)".
      commandUsage(cmd) {
        return inChineseUsage(Help.prototype.commandUsage.call(this, cmd));
      },
      subcommandTerm(cmd) {
        return inChineseUsage(Help.prototype.subcommandTerm.call(this, cmd));
      },
      optionDescription: annotated,
      argumentDescription: annotated,
    })
    .version(cliPackage.version, '-V, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [command]', '显示某个命令的帮助')
    .showHelpAfterError('（用 shuzhi --help 查看用法）');
  let code: number = EXIT.ok;
  const setCode = (c: number) => {
    code = c;
  };
  parseCommand(program, setCode);
  scoreCommand(program, setCode);
  checkCommand(program, setCode);
  rubricCommand(program, setCode);
  reviewCommand(program, setCode);
  chineseErrors(program);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    throw err;
  }
  return code;
}
