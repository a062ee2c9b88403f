import { basename, isAbsolute, relative } from 'node:path';
import { Command } from 'commander';
import type { Evaluation, NAME_ONLY_REASONS, Trace } from '@shuzhi/rubric';
import { criterionRefs, findCriterion } from '@shuzhi/review';
import { DEFAULT_RUBRIC } from '@shuzhi/rubric/defaults';
import { RULE_NAMES, STATUS_NAMES, where } from '@shuzhi/export';
import { columnsOf } from '@shuzhi/tui/early';
import { formatError, formatPoints, type ScoreCard } from '@shuzhi/types';

export function rubricCommand(program: Command, setCode: (code: number) => void): void {
  const rubric = program.command('rubric').description('评分标准：校验、逐句解释评分、对照标注集测试、查看立场提示词');

  rubric
    .command('validate')
    .description('校验评分标准 YAML 文件（错误给出行号和列号）')
    .argument('<file>', '评分标准 .yaml 文件或 rubrics/ 中的 id')
    .action(async (file: string) => {
      const { droppedCues, loadRubric } = await import('@shuzhi/rubric');
      const loaded = loadRubric(file);
      if (!loaded.ok) {
        for (const e of loaded.error) process.stderr.write(`${formatError(e)}\n`);
        setCode(1);
        return;
      }
      const r = loaded.value;
      const points = r.criteria.reduce((n, c) => n + c.points, 0);
      process.stdout.write(`✔ ${r.name}（${r.id} ${r.version}）：${r.criteria.length} 个评分项，满分 ${points}，质量规则 ${r.quality.length} 条\n`);
      for (const w of r.warnings ?? []) process.stderr.write(`${formatError(w)}\n`);
      // `--rubric <id>` finds rubrics/<id>.yaml: an id that is not the file's name is found by the file's name only.
      const named = basename(r.source ?? file).replace(/\.ya?ml$/i, '');
      if (named !== r.id) process.stderr.write(`shuzhi: 注意：文件名 ${named} 与 id “${r.id}” 不同；放进 rubrics/ 后要用 --rubric ${named} 才能找到它，建议改成一致\n`);
      if (points !== 100) process.stderr.write(`shuzhi: 注意：满分是 ${points} 而不是 100；等级按得分占满分的百分比划分，报告里的得分以 ${points} 为满分\n`);
      // Owners expect a list under cues: to add to the built-in one; it replaces it.
      for (const { name, dropped } of droppedCues(r.cues)) {
        process.stderr.write(`shuzhi: 注意：cues.${name} 替换了内置的同名列表，其中 ${dropped} 条不再使用（不是追加）；要保留它们，用 shuzhi rubric cues ${name} 打印出来一并写上\n`);
      }
    });

  rubric
    .command('cues')
    .description('立场提示词（cues）：列出各个列表，或打印列表的全部条目（可复制到评分标准的 cues: 下）')
    .argument('[names...]', '列表名，如 outsiders（省略则列出全部列表和条数）')
    .option('-r, --rubric <id|file>', '评分标准：rubrics/ 中的 id 或 .yaml 文件（看它改写后的列表）', DEFAULT_RUBRIC)
    .action(async (names: string[], options: { rubric: string }) => {
      const { cuesYaml, DEFAULT_CUES, loadRubric } = await import('@shuzhi/rubric');
      const loaded = loadRubric(options.rubric);
      if (!loaded.ok) {
        for (const e of loaded.error) process.stderr.write(`shuzhi: ${formatError(e)}\n`);
        setCode(2);
        return;
      }
      const { cues, id } = loaded.value;
      const all = Object.keys(DEFAULT_CUES) as (keyof typeof DEFAULT_CUES)[];
      const unknown = names.filter((n) => !all.includes(n as keyof typeof DEFAULT_CUES));
      if (unknown.length) {
        process.stderr.write(`shuzhi: 没有提示词列表：${unknown.join('、')}（可用：${all.join('、')}） [UNKNOWN_CUES]\n`);
        setCode(2);
        return;
      }
      if (names.length) {
        process.stdout.write(cuesYaml(Object.fromEntries(names.map((n) => [n, cues[n as keyof typeof cues]]))));
        return;
      }
      const width = Math.max(...all.map((n) => n.length)) + 2;
      const rows = all.map((n) => {
        const size = Array.isArray(cues[n]) ? `${cues[n].length} 条` : '1 个正则';
        return `  ${n.padEnd(width)}${size}${cues[n] === DEFAULT_CUES[n] ? '' : `  ← ${id} 改写`}`;
      });
      process.stdout.write(`立场提示词（评分标准 ${id}）：\n${rows.join('\n')}\n用 shuzhi rubric cues 列表名 打印全部条目；各列表的含义见 rubrics/README.md\n`);
    });

  rubric
    .command('explain')
    .description('逐句说明评分项的信号为何计入或不计：命中的词语，以及立场不符、被排除或判定不是本人本期工作等原因')
    .argument('<file>', '报告文件（.docx、.doc、.md、.txt、.mht）')
    .argument('[criteria...]', '只看这些评分项（id 或名称，默认全部）')
    .option('-r, --rubric <id|file>', '评分标准：rubrics/ 中的 id 或 .yaml 文件', DEFAULT_RUBRIC)
    .option('--all', '也列出立场不符的句子（标题、计划等，此信号不看的句子）')
    .option('--json', '输出 JSON')
    .action(async (file: string, wanted: string[], options: { rubric: string; all?: boolean; json?: boolean }) => {
      const [{ explainReport, loadRubric, NAME_ONLY_REASONS }, { parseReport }] = await Promise.all([import('@shuzhi/rubric'), import('@shuzhi/parser')]);
      const loaded = loadRubric(options.rubric);
      if (!loaded.ok) {
        for (const e of loaded.error) process.stderr.write(`shuzhi: ${formatError(e)}\n`);
        setCode(2);
        return;
      }
      const rubric = loaded.value;
      // Named as review set names them: a fragment two criteria share is refused with both, not read as the first.
      const found = wanted.map((w) => findCriterion(criterionRefs(rubric), w));
      const refused = found.flatMap((f) => (f.ok ? [] : [f.error]));
      if (refused.length) {
        for (const e of refused) process.stderr.write(`shuzhi: ${formatError(e)}\n`);
        setCode(2);
        return;
      }
      const ids = found.flatMap((f) => (f.ok ? [f.value.id] : []));
      const parsed = await parseReport(file);
      if (!parsed.ok) {
        process.stderr.write(`shuzhi: ${formatError(parsed.error)}\n`);
        setCode(1);
        return;
      }
      const explained = explainReport(parsed.value, rubric, ids.length ? ids : undefined);
      const { card } = explained;
      // A sentence of the wrong stance is most of the report for a plan's or a fault's signal: shown when asked for.
      const traces = options.all ? explained.traces : explained.traces.filter((t) => t.verdict !== 'stance');
      if (options.json) {
        const json = traces.map((t) => ({
          criterion: t.criterion,
          ...(t.part ? { part: t.part } : {}),
          signal: t.signal,
          strength: t.strength,
          stance: t.stance,
          verdict: t.verdict,
          sentence: t.unit.original,
          section: t.unit.sectionPath,
          paragraph: t.unit.paragraph.index,
          line: t.unit.paragraph.line,
          found: t.spans.map((x) => parsed.value.text.slice(x.start, x.end)),
          ...(t.veto ? { veto: t.veto } : {}),
        }));
        process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
        return;
      }
      // (Hidden ones are counted, so a criterion whose words were found only in plans or headings does not look unread.)
      const hidden = new Map<string, Set<number>>();
      for (const t of explained.traces) if (!traces.includes(t)) hidden.set(t.criterion, (hidden.get(t.criterion) ?? new Set()).add(t.unit.id));
      process.stdout.write(formatTraces(card, traces, parsed.value.text, ids, NAME_ONLY_REASONS, hidden));
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
      process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : formatEvaluation(result, labels.value.base));
      const falseCredits = result.criteria.reduce((n, c) => n + c.falseCredits.length, 0);
      if (result.failed.length || falseCredits || result.problems.length) setCode(1);
    });
}

const STANCE_NAMES: Record<Trace['stance'], string> = { done: '本期已做的工作', plan: '计划', shortcoming: '对不足的查摆', any: '' };

/** Why a met sentence counts as partial only (the rubric package's words, loaded with it). */
type Reasons = typeof NAME_ONLY_REASONS;

/** Why a signal did not count a sentence whose words it found, in the rubric owner's words (see Verdict). */
function verdictText(t: Trace, reasons: Reasons): string {
  // (The judge's own cause, when it can tell one, before the verdict's general words.)
  if (t.reason) return `不计：${t.reason}`;
  switch (t.verdict) {
    case 'hit':
      return '计入';
    case 'stance':
      return t.stance === 'done' ? '不计：这句不是本期已做的工作（标题、标签、计划、占位或表格中未完成的一行）' : `不计：这句不是${STANCE_NAMES[t.stance]}`;
    case 'ignored':
      return '不计：按评分标准的忽略词语（ignore）抹掉后，不再命中';
    case 'blanked':
      return '不计：去掉问题、未做或要求的部分和引语后，不再命中';
    case 'veto': {
      // (A rubric's vetoes run to hundreds of characters: their start tells which one; --json gives it whole.)
      const veto = JSON.stringify(t.veto);
      return `不计：排除条件命中 ${veto.length > 80 ? `${veto.slice(0, 80)}…` : veto}`;
    }
    case 'refused':
      return t.stance === 'done' ? '不计：判定不是报告人本期自己做的（他人所做、否定、以往，或在查摆问题时顺带提及）' : `不计：判定不是报告人自己的${STANCE_NAMES[t.stance]}`;
    case 'blankFigure':
    case 'stockClaim':
    case 'attendedOnly':
    case 'levelAbove':
    case 'unpaid':
      return `只计部分满足：${reasons[t.verdict]}`;
  }
}

function formatTraces(card: ScoreCard, traces: Trace[], text: string, ids: string[], reasons: Reasons, hidden: Map<string, Set<number>>): string {
  const out: string[] = [];
  for (const c of card.criteria) {
    if (ids.length && !ids.includes(c.id)) continue;
    out.push(`${c.name} ${c.id}：${STATUS_NAMES[c.status]} ${formatPoints(c.score)}/${c.max}`);
    const mine = traces.filter((t) => t.criterion === c.id).sort((a, b) => a.unit.id - b.unit.id);
    const unseen = hidden.get(c.id)?.size ?? 0;
    if (!mine.length) out.push(`  （没有一句让它的信号计入或被否决${unseen ? `；另有 ${unseen} 句找到了它的词语，但立场与信号要看的不符（如信号看计划，这句写的是已做的工作），加 --all 列出` : ''}）`);
    let unit = -1;
    const said = new Set<string>();
    for (const t of mine) {
      if (t.unit.id !== unit) {
        unit = t.unit.id;
        said.clear();
        out.push(`  ［${where(t.unit.paragraph.line, t.unit.paragraph.index)}·${t.unit.sectionPath}］${t.unit.original.replace(/\t/g, '｜')}`);
      }
      const found = [...new Set(t.spans.map((x) => `“${text.slice(x.start, x.end)}”`))].join('');
      const line = `    ${t.verdict === 'hit' ? '✔' : '✖'} ${t.part ? `要件「${t.part}」· ` : ''}${t.signal}（${STATUS_NAMES[t.strength]}信号）${found ? ` 找到${found}` : ''}：${verdictText(t, reasons)}`;
      if (said.has(line)) continue;
      said.add(line);
      out.push(line);
    }
    if (mine.length && unseen) out.push(`  （另有 ${unseen} 句找到了它的词语，但立场与信号要看的不符（如信号看计划，这句写的是已做的工作），加 --all 列出）`);
    out.push('');
  }
  return `${out.join('\n')}`;
}

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);

/** Pads to a width in terminal columns (a Chinese character takes two). */
const padColumns = (s: string, width: number) => s + ' '.repeat(Math.max(1, width - columnsOf(s)));

/** The table's figures, right-aligned under their headings whatever a cell holds (a rate, —, a count). */
const figureCells = (cells: string[]) => cells.map((c) => ' '.repeat(Math.max(2, 9 - columnsOf(c))) + c).join('');

/** A status as the labels file writes it (met) and as the reviewer reads it (满足). */
const statusText = (s: string) => `${STATUS_NAMES[s as keyof typeof STATUS_NAMES] ?? s}（${s}）`;

/** A path as the user can find it from where they are: relative to the current folder when inside it. */
const fromHere = (path: string) => {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
};

/** `base`: the labels file's folder, against which its report paths are resolved. */
function formatEvaluation(e: Evaluation, base: string): string {
  const out: string[] = [];
  if (e.problems.length) out.push('标注文件的问题（这些标注不计入）：', ...e.problems.map((p) => `  ${p}`), '');
  for (const note of e.notes) out.push(`注意：${note}`, '');
  const labelled = e.reports + e.failed.length;
  if (!labelled) out.push('标注文件中没有标注任何报告，总体准确率 —');
  else out.push(`标注报告 ${e.reports} 份，总体准确率 ${e.accuracy === null ? '—（没有可以比对的标注）' : pct(e.accuracy)}`);
  out.push('');
  // The name the reviewer reads and the id the labels file uses.
  const label = (c: { id: string; name: string }) => `${c.name} ${c.id}`;
  const nameWidth = Math.max(...e.criteria.map((c) => columnsOf(label(c))), 6) + 2;
  out.push(`${padColumns('评分项', nameWidth)}${figureCells(['准确率', '精确率', '召回率', '误给分'])}`);
  for (const c of e.criteria) {
    out.push(`${padColumns(label(c), nameWidth)}${figureCells([pct(c.total ? c.correct / c.total : null), pct(c.precision), pct(c.recall), String(c.falseCredits.length)])}`);
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
  // The path tried, not the labels' own words: a path right from the current folder can be wrong from the labels file's.
  if (e.failed.length) out.push('', `无法读取（标注中的路径按标注文件所在的文件夹 ${fromHere(base) || '.'} 解析）：`, ...e.failed.map((f) => `  ${formatError({ ...f.error, file: fromHere(f.path) })}`));
  return `${out.join('\n')}\n`;
}
