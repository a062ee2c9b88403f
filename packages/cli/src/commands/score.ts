import { existsSync, statSync } from 'node:fs';
import { Command, Option } from 'commander';
import { DEFAULT_RUBRIC } from '@shuzhi/rubric/defaults';
import { isInteractive } from '@shuzhi/tui/early';
import { formatError } from '@shuzhi/types';
import { findReports } from '../files.ts';
import { progressReporter } from '../progress.ts';

interface ScoreOptions {
  rubric: string;
  format: 'text' | 'json';
  out?: string;
  force?: boolean;
  jobs?: string;
  cache: boolean;
  review?: string;
  reviewer?: string;
  interactive: boolean;
}

export function scoreCommand(program: Command, setCode: (code: number) => void): void {
  program
    .command('score')
    .description('按评分标准给述职报告评分（文件或文件夹，可多个），可导出评分表')
    .argument('<paths...>', '报告文件、文件夹或通配符（文件夹递归查找；通配符如 \'收到的报告/**/*.docx\'）')
    .option('-r, --rubric <id|file>', '评分标准：rubrics/ 中的 id 或 .yaml 文件', DEFAULT_RUBRIC)
    .addOption(new Option('-f, --format <format>', '标准输出的格式').choices(['text', 'json']).default('text'))
    .option('-o, --out <file>', '导出评分表：.xlsx、.csv、.json、.md 或 .html')
    .option('--force', '覆盖已存在的导出文件')
    .option('-j, --jobs <n>', '并行线程数（默认为 CPU 核数）')
    .option('--no-cache', '不使用缓存，全部重新评分')
    .option('--review <file>', '复核文件（默认为每份报告所在文件夹中的 shuzhi-review.json）')
    .option('--reviewer <name>', '复核人：在终端界面中调整得分时记入复核文件')
    .option('--no-interactive', '不用终端界面（评分表），直接输出文本（不是终端或在 CI 中时也是如此）')
    .action(async (paths: string[], options: ScoreOptions) => {
      // Loaded here, not at start-up: `shuzhi --help` and the first screen stay fast.
      const [{ cacheProblem, defaultCacheDir, scoreBatch }, { checkExportPath, formatBatch, scoresToJson, writeExport }, { overridesFor, readReview }, { loadRubric }] = await Promise.all([
        import('@shuzhi/batch'),
        import('@shuzhi/export'),
        import('@shuzhi/review'),
        import('@shuzhi/rubric'),
      ]);
      const rubric = loadRubric(options.rubric);
      if (!rubric.ok) {
        for (const e of rubric.error) process.stderr.write(`shuzhi: ${formatError(e)}\n`);
        return setCode(2);
      }
      const jobs = options.jobs === undefined ? undefined : Number(options.jobs);
      if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)) {
        process.stderr.write('shuzhi: --jobs 须为 1 到 64 之间的整数\n');
        return setCode(2);
      }
      // A review file named on the command line must be there and readable; otherwise each report's folder may hold one.
      if (options.review) {
        const review = readReview(options.review, rubric.value.id, { mustExist: true });
        if (!review.ok) {
          process.stderr.write(`shuzhi: ${formatError(review.error)}\n`);
          return setCode(2);
        }
      }
      // A bad --out (unknown format, missing folder, existing file) is refused before scoring, not after a long batch.
      if (options.out) {
        const target = await checkExportPath(options.out, { force: options.force });
        if (!target.ok) {
          process.stderr.write(`shuzhi: ${formatError(target.error)}\n`);
          return setCode(2);
        }
      }
      // A cache folder that cannot be made or written (read-only, a file in the way) means scoring without one, said once.
      let cache = options.cache;
      const problem = cache ? cacheProblem(defaultCacheDir()) : null;
      if (problem) {
        process.stderr.write(`shuzhi: 无法使用缓存文件夹 ${defaultCacheDir()}（${problem}），本次不用缓存\n`);
        cache = false;
      }
      const { files, ignored, repeated, unmatched } = await findReports(paths);
      // Each pattern that matched nothing is one error; the other paths are scored, and the exit code says something was missing.
      const sayUnmatched = () => {
        for (const p of unmatched) process.stderr.write(`shuzhi: ${formatError({ code: 'NO_MATCH', file: p, message: '没有与这个通配符匹配的文件' })}\n`);
      };
      if (ignored.length) process.stderr.write(`shuzhi: 跳过 ${ignored.length} 个非报告文件（导出、配置、隐藏或临时文件、文件夹链接，如 ${ignored[0]}）\n`);
      if (repeated.length) process.stderr.write(`shuzhi: ${repeated.length} 个路径指向已列入的文件（同一文件夹或文件给了两次，或文件链接），每个文件只评一次，如 ${repeated[0]}\n`);
      if (files.length === 0) {
        sayUnmatched();
        const searched = paths.filter((p) => !unmatched.includes(p));
        if (!searched.length) return setCode(1);
        process.stderr.write(`shuzhi: ${searched.join('、')} 中没有找到可评分的报告文件（支持 .docx .doc .md .txt .mht） [NO_REPORTS]\n`);
        return setCode(2);
      }

      // A folder (or several files) on a terminal: the interactive table (progress, details, overrides, export).
      const batch = files.length > 1 || paths.some((p) => existsSync(p) && statSync(p).isDirectory());
      if (batch && isInteractive({ interactive: options.interactive, format: options.format })) {
        const { scoreInteractive } = await import('../interactive.ts');
        const code = await scoreInteractive({ files, rubric: rubric.value, reviewPath: options.review, jobs, cache, out: options.out, force: options.force, reviewer: options.reviewer });
        // Said once the screen is gone, with the failures.
        sayUnmatched();
        return setCode(code || (unmatched.length ? 1 : 0));
      }
      sayUnmatched();

      // Ctrl-C: stop handing out files, keep what was scored, write it, exit 130. Once every file is scored, the
      // outputs are written as if nothing happened. A second Ctrl-C quits at once; one key press can arrive twice
      // (from the terminal and forwarded by a parent process), so the second must come later.
      const abort = new AbortController();
      let firstSigint = 0;
      let scored = false;
      let wrote = false;
      const onSigint = () => {
        if (abort.signal.aborted) {
          if (performance.now() - firstSigint <= 500) return;
          // Its own line, not after the ^C the terminal echoed onto the bar or a message.
          const message = `shuzhi: 已中断${options.out && !wrote ? '，评分表未写出' : ''}`;
          if (progress) progress.say(message);
          else process.stderr.write(`\n${message}\n`);
          process.exit(130);
        }
        firstSigint = performance.now();
        abort.abort();
        const message = scored ? 'shuzhi: 已全部评分，正在写出结果（再按一次 Ctrl-C 立即退出）' : 'shuzhi: 正在停止，已评分的结果会保存（再按一次 Ctrl-C 立即退出）';
        if (progress && !scored) progress.say(message);
        else process.stderr.write(`\n${message}\n`);
      };
      const progress = files.length > 1 ? progressReporter() : null;
      const scoring = rubric.value;
      process.on('SIGINT', onSigint);
      try {
        await scoreAndWrite();
      } finally {
        process.off('SIGINT', onSigint);
      }

      async function scoreAndWrite() {
        let result;
        try {
          result = await scoreBatch({
            files,
            rubric: scoring,
            jobs: jobs ?? (files.length < 8 ? 1 : undefined),
            cache: cache ? undefined : false,
            signal: abort.signal,
            onProgress: (p) => progress?.update(p),
          });
        } finally {
          progress?.done();
        }
        scored = !result.interrupted;
        const reviewed = overridesFor(result.outcomes, options.review);
        result.overrides = reviewed.overrides;
        for (const e of reviewed.errors) process.stderr.write(`shuzhi: ${formatError(e)}\n`);
        for (const w of reviewed.warnings) process.stderr.write(`shuzhi: ${w}\n`);

        for (const o of result.outcomes) if (!o.ok) process.stderr.write(`shuzhi: ${formatError({ ...o.error, file: o.file })}\n`);
        if (result.similar.length) process.stderr.write(`shuzhi: 疑似雷同 ${result.similar.length} 对${result.groups.length ? `，模板组 ${result.groups.length} 个` : ''}\n`);
        if (options.out) {
          const written = await writeExport(result, options.out, { force: options.force, grades: scoring.grades });
          if (!written.ok) {
            process.stderr.write(`shuzhi: ${formatError(written.error)}\n`);
            setCode(1);
          } else {
            wrote = true;
            process.stderr.write(`shuzhi: 评分表已写入 ${written.value.path}\n`);
          }
        }
        const grades = scoring.grades;
        if (options.format === 'json') process.stdout.write(`${JSON.stringify(scoresToJson(result, { grades }), null, 2)}\n`);
        else if (!options.out || files.length <= 20) process.stdout.write(formatBatch(result, { grades }));
        else process.stdout.write(summaryLine(result.outcomes.length, files.length, result.outcomes.filter((o) => !o.ok).length));

        if (result.interrupted) {
          process.stderr.write(`shuzhi: 已中断，${files.length - result.outcomes.length} 份未评分\n`);
          return setCode(130);
        }
        // A review file that could not be read leaves its overrides out of the scores: not a clean run either.
        if (unmatched.length || reviewed.errors.length || result.outcomes.some((o) => !o.ok)) setCode(1);
      }
    });
}

function summaryLine(done: number, total: number, failed: number): string {
  return `共 ${total} 份：评分 ${done - failed} 份${failed ? `，失败 ${failed} 份` : ''}${done < total ? `，未评分 ${total - done} 份` : ''}\n`;
}
