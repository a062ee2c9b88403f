import { Command, CommanderError } from 'commander';
import { checkCommand } from './commands/check.ts';
import { parseCommand } from './commands/parse.ts';
import { reviewCommand } from './commands/review.ts';
import { rubricCommand } from './commands/rubric.ts';
import { scoreCommand } from './commands/score.ts';

/** Exit codes: 0 all good, 1 some input failed, 2 usage error. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export async function run(argv: string[]): Promise<number> {
  const program = new Command('shuzhi')
    .description('述职报告解析与评分工具')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
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
