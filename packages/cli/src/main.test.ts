import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from './main.ts';

afterEach(() => vi.restoreAllMocks());

/** What `shuzhi … --help` prints. */
async function help(...command: string[]): Promise<string> {
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  expect(await run([...command, '--help'])).toBe(0);
  return out;
}

const COMMANDS = [[], ['parse'], ['score'], ['check'], ['rubric'], ['rubric', 'validate'], ['rubric', 'explain'], ['rubric', 'test'], ['rubric', 'cues'], ['review'], ['review', 'set'], ['review', 'clear'], ['review', 'list']];

describe('help', () => {
  it.each(COMMANDS.map((c) => [c.join(' ') || 'shuzhi', c]))('%s: commander\'s own annotations in Chinese too (默认, 可选), for options and arguments', async (_name, command) => {
    const text = await help(...command);
    expect(text).not.toMatch(/\((default|choices):/);
  });

  it('names the defaults and choices as the rest of the help does', async () => {
    expect(await help('review', 'list')).toMatch(/复核文件，或它所在的文件夹（默认："\."）/);
    expect(await help('score')).toContain('标准输出的格式（可选：text、json；默认："text"）');
  });

  it('rubric describes all four of its commands', async () => {
    expect(await help('rubric')).toContain('评分标准：校验、逐句解释评分、对照标注集测试、查看立场提示词');
  });
});
