import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Command } from 'commander';
import { changedSince, clearOverride, criterionRefs, fileDigest, findCriterion, parsePoints, readReview, readReviewFor, REVIEW_FILE_NAME, reviewKey, reviewPathOf, setOverride, writeReview } from '@shuzhi/review';
import { DEFAULT_RUBRIC } from '@shuzhi/rubric/defaults';
import { formatError, formatPoints, type Override, type Rubric } from '@shuzhi/types';

interface ReviewOptions {
  review?: string;
  rubric: string;
}

/** The rubric named by --rubric, or null once its errors are printed. */
async function rubricOf(options: ReviewOptions): Promise<Rubric | null> {
  const { loadRubric } = await import('@shuzhi/rubric');
  const rubric = loadRubric(options.rubric);
  if (rubric.ok) return rubric.value;
  for (const e of rubric.error) process.stderr.write(`shuzhi: ${formatError(e)}\n`);
  return null;
}

/** The review file beside the report: in its folder, unless --review names one. */
const reviewPathFor = (file: string, options: ReviewOptions) => options.review ?? reviewPathOf(file);

export function reviewCommand(program: Command, setCode: (code: number) => void): void {
  const review = program.command('review').description('复核：复核调整评分项得分（写明理由），重新评分时保留');
  const common = (c: Command) =>
    c.option('--review <file>', `复核文件（默认为报告所在文件夹中的 ${REVIEW_FILE_NAME}）`).option('-r, --rubric <id|file>', '评分标准', DEFAULT_RUBRIC);

  common(
    review
      .command('set')
      .description('调整一份报告某一评分项的得分')
      .argument('<file>', '报告文件')
      .argument('<criterion>', '评分项 id 或名称，如 support-funding 或 经费保障')
      .argument('<points>', '调整后的得分')
      .requiredOption('--reason <text>', '调整理由（必填）')
      .option('--reviewer <name>', '复核人'),
  ).action(async (file: string, criterion: string, points: string, options: ReviewOptions & { reason: string; reviewer?: string }) => {
    const rubric = await rubricOf(options);
    if (!rubric) return setCode(2);
    if (!existsSync(file) || statSync(file).isDirectory()) {
      process.stderr.write(`shuzhi: ${file}: 报告文件不存在，无法记录调整 [NOT_FOUND]\n`);
      return setCode(2);
    }
    const path = reviewPathFor(file, options);
    const current = readReviewFor(path, rubric.id);
    if (!current.ok) {
      process.stderr.write(`shuzhi: ${formatError(current.error)}\n`);
      return setCode(2);
    }
    const value = parsePoints(points);
    if (!value.ok) {
      process.stderr.write(`shuzhi: ${formatError(value.error)}\n`);
      return setCode(2);
    }
    const next = setOverride(
      current.value,
      reviewKey(path, file),
      { criterion, points: value.value, reason: options.reason, ...(options.reviewer ? { reviewer: options.reviewer } : {}) },
      { criteria: criterionRefs(rubric), sha256: fileDigest(file), rubricDigest: rubric.digest },
    );
    if (!next.ok) {
      process.stderr.write(`shuzhi: ${formatError(next.error)}\n`);
      return setCode(2);
    }
    const written = writeReview(path, next.value);
    if (!written.ok) {
      // Not a usage error: the command was right, the folder refused the file (as score's export write failure).
      process.stderr.write(`shuzhi: ${formatError(written.error)}\n`);
      return setCode(1);
    }
    // The name the reviewer reads, whether the id or the name was typed (setOverride has checked it exists).
    const name = findCriterion(criterionRefs(rubric), criterion);
    // The number as recorded (９ typed is 9), not as typed.
    process.stdout.write(`已记录：${file} 的「${name.ok ? name.value.name : criterion}」调整为 ${formatPoints(value.value)} 分（${options.reason}）→ ${path}\n`);
    // A report that cannot be scored has no points to adjust yet: say so rather than let the adjustment wait unseen.
    const { loadDocument, readReportFile } = await import('@shuzhi/parser');
    const bytes = readReportFile(file);
    const loaded = bytes.ok ? await loadDocument({ name: file, bytes: bytes.value }) : bytes;
    if (!loaded.ok) process.stderr.write(`shuzhi: 注意：${file} 目前无法评分（${loaded.error.message} [${loaded.error.code}]），这项调整在报告能评分后才生效\n`);
  });

  common(review.command('clear').description('撤销调整').argument('<file>', '报告文件').argument('[criterion]', '评分项 id 或名称（省略则撤销该报告的全部调整）')).action(
    async (file: string, given: string | undefined, options: ReviewOptions) => {
      const rubric = await rubricOf(options);
      if (!rubric) return setCode(2);
      const found = given === undefined ? undefined : findCriterion(criterionRefs(rubric), given);
      if (found && !found.ok) {
        process.stderr.write(`shuzhi: ${formatError(found.error)}\n`);
        return setCode(2);
      }
      const criterion = found?.value.id;
      const path = reviewPathFor(file, options);
      // (Criteria are named as the rubric has them: another rubric's file may use the same words for others.)
      const current = readReviewFor(path, rubric.id);
      if (!current.ok) {
        process.stderr.write(`shuzhi: ${formatError(current.error)}\n`);
        return setCode(2);
      }
      const { review: next, removed } = clearOverride(current.value, reviewKey(path, file), criterion);
      if (removed === 0) {
        process.stdout.write(`没有可撤销的调整：${file}${found ? ` 的「${found.value.name}」` : ''}（${path}）\n`);
        return;
      }
      const written = writeReview(path, next);
      if (!written.ok) {
        process.stderr.write(`shuzhi: ${formatError(written.error)}\n`);
        return setCode(1);
      }
      process.stdout.write(`已撤销 ${removed} 项：${file}${found ? ` 的「${found.value.name}」` : ''}\n`);
    },
  );

  review
    .command('list')
    .description('列出复核文件中的全部调整')
    .argument('[review-file]', '复核文件，或它所在的文件夹', '.')
    .option('-r, --rubric <id|file>', '评分标准（默认为复核文件中记录的），用于显示评分项名称')
    .action(async (given: string, options: { rubric?: string }) => {
      const folder = existsSync(given) && statSync(given).isDirectory();
      const path = folder ? `${given}/${REVIEW_FILE_NAME}` : given;
      // A folder may hold no review file yet; a file named that is not there is a slip.
      const current = readReview(path, DEFAULT_RUBRIC, { mustExist: !folder });
      if (!current.ok) {
        process.stderr.write(`shuzhi: ${formatError(current.error)}\n`);
        return setCode(2);
      }
      // Criteria by their Chinese names, the id beside (what review set and clear also take).
      let names = new Map<string, string>();
      if (Object.keys(current.value.reports).length) {
        const { loadRubric } = await import('@shuzhi/rubric');
        const rubric = loadRubric(options.rubric ?? current.value.rubric);
        if (rubric.ok) names = new Map(rubric.value.criteria.map((c) => [c.id, c.name]));
        else if (options.rubric) {
          for (const e of rubric.error) process.stderr.write(`shuzhi: ${formatError(e)}\n`);
          return setCode(2);
        } else process.stderr.write(`shuzhi: 找不到复核文件所用的评分标准“${current.value.rubric}”，评分项只显示 id（可用 --rubric 指定）\n`);
      }
      const criterionName = (id: string) => (names.has(id) ? `${names.get(id)}（${id}）` : id);
      // Tab-separated with a header and the same columns on every row, so it reads in a terminal and pastes into a sheet.
      // (With a note where the report is gone or has changed since the override was set, as `score` warns.)
      const rows = Object.entries(current.value.reports).flatMap(([file, entry]) => {
        const now = fileDigest(resolve(dirname(resolve(path)), file));
        const note = (o: Override) => (now === undefined ? '报告文件已不存在' : changedSince(o, entry, now) ? '复核后报告已修改，请重新核对' : '');
        return entry.overrides.map((o) => [file, criterionName(o.criterion), formatPoints(o.points), o.reason, o.reviewer ?? '', localTime(o.at), note(o)].join('\t'));
      });
      if (!rows.length) {
        // The review file lies beside the reports it reviews: a folder without one may hold the batch in a sub-folder.
        const beside = folder && !existsSync(path) ? readdirSync(given, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(given, d.name, REVIEW_FILE_NAME))) : [];
        const hint = beside.length ? `；复核文件在报告所在的文件夹中，这里的子文件夹有：${beside.map((d) => join(given, d.name, REVIEW_FILE_NAME)).join('、')}` : '';
        process.stdout.write(`（没有调整：${path}${existsSync(path) ? '' : ' 不存在'}${hint}）\n`);
        return;
      }
      process.stdout.write(`${['文件', '评分项', '调整后得分', '理由', '复核人', '时间', '备注'].join('\t')}\n${rows.join('\n')}\n`);
    });
}

/** An ISO time as the reviewer reads it: local, to the minute ("2026-12-01 10:21"); what cannot be read, as written. */
function localTime(iso: string | undefined): string {
  const d = iso ? new Date(iso) : null;
  if (!d || Number.isNaN(d.getTime())) return iso ?? '';
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
