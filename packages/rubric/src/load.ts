import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import { isAlias, isNode, isScalar, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import type { z } from 'zod';
import { decodeText } from '@shuzhi/parser/decode';
import { cacheDir, makeDirs, sourceDigest } from '@shuzhi/runtime';
import type { Criterion, Cues, Guard, Matcher, QualityRule, Result, Rubric, Scope, ShuzhiError, Signal } from '@shuzhi/types';
import { fail, ok, readCause } from '@shuzhi/types';
import { DEFAULT_CUES } from './cues.ts';
import { DEFAULT_RUBRIC } from './defaults.ts';
import { KNOWN_KEYS, MATCHER_KEYS, MATCHER_KINDS, repeats, rubricSchema, WITHIN_WINDOWS, type GuardInput, type MatcherInput, type RubricParsed } from './schema.ts';
import { createRequire } from 'node:module';

export type RubricErrorCode = 'RUBRIC_NOT_FOUND' | 'RUBRIC_READ_ERROR' | 'RUBRIC_ENCODING' | 'RUBRIC_YAML' | 'RUBRIC_INVALID' | 'RUBRIC_WARNING';
export type RubricError = ShuzhiError<RubricErrorCode>;

/** The repository's rubrics/ folder, where built-in rubrics are found by id. */
export const RUBRICS_DIR = fileURLToPath(new URL('../../../rubrics/', import.meta.url));

/** A rubric by id (a file in rubrics/) or by path. */
export function loadRubric(idOrPath: string = DEFAULT_RUBRIC): Result<Rubric, RubricError[]> {
  const path = /[/\\]|\.ya?ml$/i.test(idOrPath) ? resolve(idOrPath) : join(RUBRICS_DIR, `${idOrPath}.yaml`);
  if (!existsSync(path)) {
    return fail([{ code: 'RUBRIC_NOT_FOUND', file: idOrPath, message: `找不到评分标准（可用：${listRubrics().join('、')}，或给出 .yaml 文件路径）` }]);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    return fail([{ code: 'RUBRIC_READ_ERROR', file: path, message: `无法读取评分标准：${readCause(err)}` }]);
  }
  // Read as a report is: Notepad's "ANSI" is GBK, and read as UTF-8 its Chinese names and patterns would match nothing.
  const decoded = decodeText(bytes);
  if (!decoded.ok) return fail([{ code: 'RUBRIC_ENCODING', file: path, message: `${decoded.error.message}：请把评分标准另存为 UTF-8 文本` }]);
  const source = decoded.value.text;
  const key = loadedKey(path, source);
  const known = readLoaded(key, source);
  if (known) return ok(known);
  const loaded = parseRubric(source, path);
  if (loaded.ok) keepLoaded(key, loaded.value);
  return loaded;
}

/**
 * Checking a rubric (YAML, the schema, every pattern's safety) takes ~0.45 s, in every command that starts: a rubric checked
 * before is kept, by its path, its text and the digest of the tool's sources (which hold the checks), in the user's cache folder.
 * Only rubrics that loaded are kept; errors are always found afresh.
 */
function loadedKey(path: string, source: string): string {
  return createHash('sha256').update(sourceDigest()).update('\0').update(path).update('\0').update(source).digest('hex').slice(0, 32);
}

const loadedFile = (key: string) => join(cacheDir(), 'rubrics', `${key}.json`);

/** The rubric kept under `key`, if its classifier's training file is still what it was (the digest covers it). */
function readLoaded(key: string, source: string): Rubric | null {
  try {
    const rubric = JSON.parse(readFileSync(loadedFile(key), 'utf8')) as Rubric;
    const training = rubric.classifier ? readFileSync(rubric.classifier.training) : undefined;
    return digestOf(source, training) === rubric.digest ? rubric : null;
  } catch {
    return null;
  }
}

/** How many checked rubrics are kept: every edit of a rubric, and every rubric a test writes, is a new one. */
const KEPT_RUBRICS = 16;

/**
 * Written atomically (a temporary file renamed), so that a reader never sees half of it, and the oldest beyond KEPT_RUBRICS removed.
 * A cache folder that cannot be made or written is no error: the rubric is checked again next time.
 */
function keepLoaded(key: string, rubric: Rubric): void {
  const file = loadedFile(key);
  const dir = dirname(file);
  try {
    makeDirs(dir);
  } catch {
    return;
  }
  const temporary = `${file}.${process.pid}.${threadId}.tmp`;
  try {
    writeFileSync(temporary, JSON.stringify(rubric));
    renameSync(temporary, file);
    const kept = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({ path: join(dir, f), mtime: statSync(join(dir, f)).mtimeMs }))
      .sort((a, b) => b.mtime - a.mtime);
    for (const { path } of kept.slice(KEPT_RUBRICS)) rmSync(path, { force: true });
  } catch {
    rmSync(temporary, { force: true });
  }
}

export function listRubrics(): string[] {
  if (!existsSync(RUBRICS_DIR)) return [];
  return readdirSync(RUBRICS_DIR)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => f.replace(/\.ya?ml$/, ''))
    .sort();
}

const MAX_YAML_ERRORS = 3;

/** The YAML library's errors, by their code, in the rubric owner's words (others keep the library's message). */
const YAML_ERRORS: Record<string, string> = {
  TAB_AS_INDENT: '不能用 Tab 缩进，请改用空格',
  BAD_INDENT: '缩进不对：同一层的项须从同一列开始，下一层多缩进两个空格',
  BLOCK_AS_IMPLICIT_KEY: '一行里出现了两个“键: 值”（如 a: b: c）：值里的冒号请连同整个值用单引号括起，或换行缩进',
  MULTILINE_IMPLICIT_KEY: '键必须写在一行里（多半是上一行少了冒号或引号没有配对）',
  MISSING_CHAR: '缺少配对的引号或括号',
  DUPLICATE_KEY: '同一层有重复的键',
  UNEXPECTED_TOKEN: '这里有多余或错位的内容（多半是缩进或冒号的问题）',
  BAD_DQ_ESCAPE: '双引号里的反斜杠转义无效：正则表达式请用单引号括起',
};

/** The top-level fields a rubric must have: those without a default. */
const REQUIRED_FIELDS = Object.entries(rubricSchema.shape)
  .filter(([, type]) => !type.safeParse(undefined).success)
  .map(([key]) => key);

export function parseRubric(source: string, file: string): Result<Rubric, RubricError[]> {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    // A tab in the indentation trips the parser on every line after it: the tabs are the one thing to fix.
    const tabs = doc.errors[0].code === 'TAB_AS_INDENT' ? tabbed(source, file) : null;
    if (tabs) return fail([tabs]);
    // A Chinese input method types the key's colon full-width ("name： 双拥工作"): the parser then trips on a later line.
    const fullWidth = fullWidthColon(source, file);
    if (fullWidth) return fail([fullWidth]);
    // The parser names what it tripped over ("a: b: c", an implicit key), not a line indented to no level around it.
    const indent = misindented(source, doc, lines);
    if (indent) {
      const message = `YAML 语法错误：缩进不对：这一行缩进了 ${indent.from} 个空格，应为 ${indent.to.map((t) => `${t.level} 个（与第 ${t.like} 行对齐）`).join('或 ')}`;
      return fail([{ code: 'RUBRIC_YAML', file, line: indent.line, column: indent.from + 1, message }]);
    }
    return fail(yamlErrors(doc, lines, file));
  }
  // An alias to an anchor that is not set before it (a typo in *content) would throw inside toJS. The anchors are
  // gathered in the one walk (in document order, as the parser resolves them): Alias.resolve walks the whole document
  // for each alias, ~0.4 s a load for the default rubric's two hundred, in every worker of a batch.
  // (An anchor set twice is refused too: YAML lets the second one take over every alias after it, which silently changes
  // rules far down the file that meant the first.)
  const anchorErrors: RubricError[] = [];
  const anchors = new Set<string>();
  const refuse = (at: number, message: string) => {
    const pos = lines.linePos(at);
    anchorErrors.push({ code: 'RUBRIC_YAML', file, line: pos.line, column: pos.col, message: `YAML 语法错误：${message}` });
  };
  visit(doc, {
    Node(_key, node) {
      if (!isAlias(node)) {
        if (node.anchor && anchors.has(node.anchor)) refuse(node.range?.[0] ?? 0, `锚点 &${node.anchor} 重复定义，之后的 *${node.anchor} 会改指这一处（请换一个名称）`);
        if (node.anchor) anchors.add(node.anchor);
        return;
      }
      if (!anchors.has(node.source)) refuse(node.range?.[0] ?? 0, `*${node.source} 引用的锚点 &${node.source} 不存在（锚点须写在引用之前，名称须一致）`);
    },
  });
  if (anchorErrors.length) return fail(anchorErrors);
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (e) {
    return fail([{ code: 'RUBRIC_YAML', file, line: 1, column: 1, message: `YAML 无法读取：${(e as Error).message.split('\n')[0]}` }]);
  }
  if (data === null || data === undefined) {
    return fail([{ code: 'RUBRIC_INVALID', file, message: `文件是空的（或只有注释）：评分标准至少要写 ${REQUIRED_FIELDS.join('、')}` }]);
  }
  const parsed = rubricSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return fail(explain(parsed.error.issues, doc, lines, file));
  const body = toRubric(parsed.data, file);
  if (body.classifier && !existsSync(body.classifier.training)) {
    return fail([at(['classifier', 'training'], `classifier.training 指向的文件不存在：${body.classifier.training}（路径相对于评分标准文件所在的文件夹，或内置评分标准的 rubrics/ 文件夹）`, doc, lines, file)]);
  }
  const rubric: Rubric = { ...body, digest: digestOf(source, body.classifier && readFileSync(body.classifier.training)) };
  const warnings = warningsOf(parsed.data, doc, lines, file);
  return ok(warnings.length ? { ...rubric, warnings } : rubric);
}

/** The first line whose key is followed by a full-width colon, as an error at that colon. */
function fullWidthColon(source: string, file: string): RubricError | null {
  const rows = source.split('\n');
  for (let i = 0; i < rows.length; i++) {
    const m = /^(\s*(?:-\s+)?)([A-Za-z][\w-]*)\s*：/.exec(rows[i]);
    if (m) return { code: 'RUBRIC_YAML', file, line: i + 1, column: m[0].length, message: `YAML 语法错误：键 ${m[2]} 后面是全角冒号“：”，应为半角冒号“:”（后面再加一个空格）` };
  }
  return null;
}

/** One error for every line indented with a tab (an editor set to insert tabs puts them on many lines at once). */
function tabbed(source: string, file: string): RubricError | null {
  const rows = source.split('\n').flatMap((text, i) => (/^[ ]*\t/.test(text) ? [i + 1] : []));
  if (!rows.length) return null;
  const others = rows.length > 1 ? `（另有第 ${rows.slice(1, 6).join('、')}${rows.length > 6 ? ` 等共 ${rows.length}` : ''} 行）` : '';
  return { code: 'RUBRIC_YAML', file, line: rows[0], column: 1, message: `YAML 语法错误：${YAML_ERRORS.TAB_AS_INDENT}${others}` };
}

/** A document's YAML errors in the owner's words; one slip makes the parser trip over every line after it: the first few are what to fix. */
function yamlErrors(doc: Document, lines: LineCounter, file: string): RubricError[] {
  const at = errorOffsets(doc);
  const shown = doc.errors.slice(0, MAX_YAML_ERRORS).map((e): RubricError => {
    const pos = lines.linePos(at(e));
    return { code: 'RUBRIC_YAML', file, line: pos.line, column: pos.col, message: `YAML 语法错误：${YAML_ERRORS[e.code] ?? e.message.split('\n')[0]}` };
  });
  if (doc.errors.length > MAX_YAML_ERRORS) shown[shown.length - 1].message += `（之后另有 ${doc.errors.length - MAX_YAML_ERRORS} 处，多半由前面的错误引起，改正后再校验）`;
  return shown;
}

/**
 * A line whose indentation is the YAML error: the line of the first error, the next one or the one before (a list's
 * first item out of line with the rest trips the parser on the second), re-indented to a level the lines around it
 * use, makes a valid rubric, the line starting a key or an item of its own (not run on as part of the value above it).
 * Parsing is not enough: "  tooShort:" dedented to a top-level key parses and leaves the next key wrong; so a file with
 * another slip keeps the parser's messages. The nearest levels are tried first; when a level on either side makes a
 * valid rubric (an item between two lists: the inner one's or the outer one's), both are named.
 */
function misindented(source: string, doc: Document, lines: LineCounter): { line: number; from: number; to: { level: number; like: number }[] } | null {
  const first = doc.errors[0];
  const text = source.split('\n');
  const content = (k: number) => k < text.length && text[k].trim() !== '' && !text[k].trim().startsWith('#');
  const indentOf = (k: number) => text[k].length - text[k].trimStart().length;
  const at = lines.linePos(first.pos[0]).line - 1;
  let next = at + 1;
  while (next < text.length && !content(next)) next++;
  let previous = at - 1;
  while (previous >= 0 && !content(previous)) previous--;
  for (const k of [at, next, previous].filter((j) => j >= 0 && content(j))) {
    const from = indentOf(k);
    // The levels of the lines around, nearest first: where their keys and items start, and where an item's own key starts ("- name:" at 6 is also 8).
    const levels = new Map<number, number>();
    const near = [...Array(40).keys()].flatMap((d) => [k - 1 - d, k + 1 + d]).filter((j) => j >= 0 && content(j));
    for (const j of near) {
      const dash = /^( *)-( +)(?=\S)/.exec(text[j]);
      for (const level of dash ? [dash[1].length, dash[1].length + 1 + dash[2].length] : [indentOf(j)]) if (!levels.has(level)) levels.set(level, j + 1);
    }
    levels.delete(from);
    const valid = (to: number) => {
      const fixed = [...text];
      fixed[k] = ' '.repeat(to) + text[k].trimStart();
      const counter = new LineCounter();
      const tried = parseDocument(fixed.join('\n'), { lineCounter: counter, uniqueKeys: true });
      if (tried.errors.length) return false;
      const start = counter.lineStarts[k] + to + (/^- +/.exec(text[k].trimStart())?.[0].length ?? 0);
      let starts = false;
      visit(tried, {
        Node(_key, node) {
          if (node.range?.[0] === start) starts = true;
        },
      });
      try {
        return starts && rubricSchema.safeParse(tried.toJS()).success;
      } catch {
        return false; // (an alias to no anchor)
      }
    };
    const distances = [...new Set([...levels.keys()].map((level) => Math.abs(level - from)))].sort((a, b) => a - b);
    for (const distance of distances) {
      const to = [...levels.keys()].filter((level) => Math.abs(level - from) === distance && valid(level));
      if (to.length) return { line: k + 1, from, to: to.map((level) => ({ level, like: levels.get(level)! })) };
    }
  }
  return null;
}

/**
 * Where to point for a YAML error: where the owner must look, from the positions the library keeps on the nodes. The
 * library reports an unclosed quote where its scalar ends (the end of the line) and a duplicate key where the value
 * before it ends (the end of the previous line when that value is empty); the quote and the duplicate key are where
 * the slip is. Other errors keep the library's own offset.
 */
function errorOffsets(doc: Document): (e: YAMLError) => number {
  const quoted: { start: number; end: number }[] = [];
  const duplicates: number[] = [];
  visit(doc, {
    Scalar(_key, node) {
      if ((node.type === 'QUOTE_SINGLE' || node.type === 'QUOTE_DOUBLE') && node.range) quoted.push({ start: node.range[0], end: node.range[1] });
    },
    Map(_key, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (seen.has(key) && isNode(pair.key) && pair.key.range) duplicates.push(pair.key.range[0]);
        seen.add(key);
      }
    },
  });
  return (e) => {
    const [from] = e.pos;
    if (e.code === 'MISSING_CHAR' && /quote/i.test(e.message)) return quoted.find((q) => q.end === from)?.start ?? from;
    if (e.code === 'DUPLICATE_KEY') {
      const after = duplicates.filter((d) => d >= from);
      return after.length ? Math.min(...after) : from;
    }
    return from;
  };
}

type Issue = z.core.$ZodIssue;

/** One line per problem, at the YAML node it concerns, in the rubric owner's language. */
function explain(issues: Issue[], doc: Document, lines: LineCounter, file: string): RubricError[] {
  const out: RubricError[] = [];
  const visit = (issue: Issue, prefix: PropertyKey[]) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length) {
      // (Each branch of a union finds a missing field of its own type: it is missing, whatever the branches are.)
      if (issue.input === undefined) {
        out.push(at(path, `缺少必填字段 ${show(path, doc)}`, doc, lines, file));
        return;
      }
      const best = [...issue.errors].sort((a, b) => rootMismatches(a) - rootMismatches(b) || a.length - b.length)[0];
      if (rootMismatches(best) > 0) {
        out.push(at(path, describeUnion(path, issue.input, doc), doc, lines, file));
        return;
      }
      best.forEach((inner) => visit(inner, path));
      return;
    }
    // An unknown key is reported where the key is written, not where its object starts.
    const where = issue.code === 'unrecognized_keys' ? [...path, issue.keys[0]] : path;
    const first = issue.code === 'custom' ? (issue.params as { first?: unknown } | undefined)?.first : undefined;
    const firstAt = typeof first === 'number' ? `，第一次出现在${firstOf(path, first, doc, lines, file)}` : '';
    out.push(at(where, describe(issue, path, doc) + firstAt, doc, lines, file, issue.code === 'unrecognized_keys'));
  };
  issues.forEach((issue) => visit(issue, []));
  return out.sort((a, b) => a.line! - b.line! || a.column! - b.column!);
}

/**
 * Where the first of a repeated value is, "第 70 行 criteria 第4项（plans）": the repeat's path with the list's index of the
 * first item (see `repeats` in the schema), so that both places are named.
 */
function firstOf(path: PropertyKey[], first: number, doc: Document, lines: LineCounter, file: string): string {
  const k = path.map((p) => typeof p).lastIndexOf('number');
  const other = [...path.slice(0, k), first, ...path.slice(k + 1)];
  return `第 ${at(other, '', doc, lines, file).line} 行 ${show(other.slice(0, k + 1), doc)}`;
}

/**
 * What the schema lets pass but the owner should look at. Signals of one criterion named alike but giving different
 * credit: the evidence's label, `rubric explain` and `rubric test`'s 从未命中的信号 cannot tell them apart. (Alike names
 * of the same strength are alternative wordings of one kind of evidence, as the default rubric has them.)
 */
function warningsOf(r: RubricParsed, doc: Document, lines: LineCounter, file: string): RubricError[] {
  const STRENGTHS = { met: '满足', partial: '部分满足' };
  return r.criteria.flatMap((c, k) =>
    repeats(c.signals, (s) => s.name)
      .filter((d) => c.signals[d.at].strength !== c.signals[d.first].strength)
      .map((d) => {
        const path = ['criteria', k, 'signals', d.at, 'name'];
        const message = `注意：${show(path.slice(0, -1), doc)} 的信号名“${d.value}”已用于${firstOf(path, d.first, doc, lines, file)}（${STRENGTHS[c.signals[d.first].strength]}信号），这一条却是${STRENGTHS[c.signals[d.at].strength]}信号：证据的说明、rubric explain 和 rubric test 的“从未命中的信号”分不清它们，请改用不同的名字`;
        return { ...at(path, message, doc, lines, file), code: 'RUBRIC_WARNING' as const };
      }),
  );
}

/** How plainly a union's branch is the wrong shape: problems at its own root, not inside a field it has. */
function rootMismatches(issues: Issue[]): number {
  return issues.filter((i) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'unrecognized_keys' || i.code === 'invalid_value' || i.code === 'invalid_union')).length;
}

/**
 * A value of none of a union's shapes. The schema's unions are scope, within and version, and the matchers (match and
 * the items of unless, ignore, all and any). A key none of the shapes has is named, with the one likely meant.
 */
function describeUnion(path: PropertyKey[], input: unknown, doc: Document): string {
  const where = show(path, doc);
  const last = path[path.length - 1];
  const unknown = (keys: readonly string[]) => {
    const stray = input && typeof input === 'object' && !Array.isArray(input) ? Object.keys(input).filter((k) => !keys.includes(k)) : [];
    return stray.length ? `有未知字段 ${stray.map((k) => `${k}${didYouMean(k, keys)}`).join('、')}；` : '';
  };
  if (last === 'version') return `${where} 应为文字或数字（如 "1.0"）`;
  if (last === 'scope') return `${where} 无效：${unknown(['sections', 'notSections', 'opens'])}应为 document、closing、{ sections: 正则 }、{ notSections: 正则 } 或 { opens: 正则 }`;
  if (last === 'within') return `${where} 无效：${unknown(['chars'])}应为 ${WITHIN_WINDOWS.join('、')} 或 { chars: 数字 }`;
  return `${where} 不是有效的匹配器：${unknown(MATCHER_KEYS)}应为 ${MATCHER_KINDS.join('、')} 之一（见 rubrics/README.md）`;
}

const TYPE_NAMES: Record<string, string> = { string: '文字', number: '数字', boolean: 'true 或 false', array: '列表', object: '对象（键: 值）' };

function describe(issue: Issue, path: PropertyKey[], doc: Document): string {
  const where = show(path, doc);
  // The file's top level has no path: it is named in words.
  const subject = where ? `${where} ` : '顶层';
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return `缺少必填字段 ${where}`;
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return `${subject}应为${/^[A-Za-z]/.test(expected) ? ' ' : ''}${expected}`;
    }
    case 'invalid_value':
      return `${subject}的值 ${JSON.stringify(issue.input)} 无效，可选值：${issue.values.map((v) => String(v)).join('、')}`;
    case 'unrecognized_keys':
      return `${subject}有未知字段：${issue.keys.map((k) => `${k}${didYouMean(k)}`).join('、')}（字段名区分大小写，见 rubrics/README.md）`;
    case 'too_small':
      if (issue.origin === 'array') return `${subject}至少需要 ${issue.minimum} 项`;
      return issue.inclusive === false ? `${subject}必须大于 ${issue.minimum}` : `${subject}不能小于 ${issue.minimum}`;
    case 'too_big':
      return `${subject}不能大于 ${issue.maximum}`;
    default:
      return where ? `${where}：${issue.message}` : issue.message;
  }
}

/** The closest known field name, by Jaro–Winkler similarity (natural's string distance). */
function didYouMean(key: string, known: readonly string[] = KNOWN_KEYS): string {
  const { JaroWinklerDistance } = createRequire(import.meta.url)('natural/lib/natural/distance') as {
    JaroWinklerDistance: (a: string, b: string, options?: { ignoreCase?: boolean }) => number;
  };
  let best = { key: '', score: 0 };
  for (const candidate of known) {
    const score = JaroWinklerDistance(key, candidate, { ignoreCase: true });
    if (score > best.score) best = { key: candidate, score };
  }
  return best.score >= 0.85 ? `（是否想写 ${best.key}？）` : '';
}

/**
 * "criteria 第1项（four-ones）.parts 第2项.match": counted from 1, as an owner counts the items of a list, and a criterion
 * named by its id as well.
 */
function show(path: PropertyKey[], doc?: Document): string {
  return path
    .map((p, k) => {
      if (typeof p !== 'number') return `${k ? '.' : ''}${String(p)}`;
      const id = k === 1 && path[0] === 'criteria' ? doc?.getIn(['criteria', p, 'id']) : undefined;
      return ` 第${p + 1}项${typeof id === 'string' ? `（${id}）` : ''}`;
    })
    .join('');
}

function at(path: PropertyKey[], message: string, doc: Document, lines: LineCounter, file: string, atKey = false): RubricError {
  let node: unknown;
  for (let n = path.length; n >= 0 && !isNode(node); n--) node = doc.getIn(path.slice(0, n) as (string | number)[], true);
  let offset = isNode(node) && node.range ? node.range[0] : 0;
  if (atKey) {
    // The value's node starts after the key; the key's own node is found on the parent map.
    const parent = doc.getIn(path.slice(0, -1) as (string | number)[], true) as { items?: { key: unknown }[] } | undefined;
    const pair = parent?.items?.find((item) => isNode(item.key) && (item.key as { value?: unknown }).value === path[path.length - 1]);
    if (pair && isNode(pair.key) && pair.key.range) offset = pair.key.range[0];
  }
  const pos = lines.linePos(offset);
  return { code: 'RUBRIC_INVALID', file, line: pos.line, column: pos.col, message };
}

function toScope(s: RubricParsed['criteria'][number]['signals'][number]['scope']): Scope {
  if (s === 'document' || s === 'closing') return { kind: s };
  if ('sections' in s) return { kind: 'sections', heading: s.sections };
  return 'opens' in s ? { kind: 'opens', heading: s.opens } : { kind: 'not-sections', heading: s.notSections };
}

const toMatcher = (m: MatcherInput): Matcher => m as Matcher;
const toGuard = (g: GuardInput): Guard => ('because' in g ? { ...toMatcher(g.match), because: g.because } : toMatcher(g));

/** A short hash of the rubric's text and of the training data it names. */
function digestOf(source: string, training?: Buffer): string {
  const hash = createHash('sha256').update(source);
  if (training) hash.update(training);
  return hash.digest('hex').slice(0, 16);
}

function toRubric(r: RubricParsed, file: string): Omit<Rubric, 'digest'> {
  const criteria: Criterion[] = r.criteria.map((c) => {
    const signal = (s: (typeof c.signals)[number]): Signal => ({
      name: s.name,
      match: s.match ? toMatcher(s.match) : null,
      strength: s.strength,
      stance: s.stance,
      scope: toScope(s.scope),
      unless: s.unless.map(toGuard),
      ignore: s.ignore.map(toGuard),
    });
    // A part's own vetoes and ignored phrases apply to each of its signals, as a criterion's do to its own.
    const partSignal = (s: (typeof c.signals)[number], p: (typeof c.parts)[number]): Signal =>
      signal({ ...s, strength: 'met', unless: [...s.unless, ...p.unless], ignore: [...s.ignore, ...p.ignore] });
    return {
      id: c.id,
      name: c.name,
      points: c.points,
      required: c.required,
      why: c.why,
      topic: c.topic,
      signals: c.signals.map(signal),
      parts: c.parts.map((p) => ({
        id: p.id,
        name: p.name,
        signals: p.match
          ? [{ name: p.name, match: toMatcher(p.match), strength: 'met' as const, stance: p.stance, scope: toScope(p.scope), unless: p.unless.map(toGuard), ignore: p.ignore.map(toGuard) }]
          : p.signals!.map((s) => partSignal(s, p)),
        short: p.short.map((s) => partSignal(s, p)),
      })),
      partsForMet: c.partsForMet ?? c.parts.length,
      partsForPartial: c.partsForPartial,
      shortPartsForPartial: c.shortPartsForPartial,
      ...(c.recital ? { recital: toMatcher(c.recital) } : {}),
      ...(c.claimedOnly ? { claimedOnly: toMatcher(c.claimedOnly) } : {}),
      partialCredit: c.partialCredit,
      unless: c.unless.map(toGuard),
      ignore: c.ignore.map(toGuard),
      suggestion: c.suggestion,
      partialSuggestion: c.partialSuggestion,
    };
  });
  const quality: QualityRule[] = [];
  const q = r.quality;
  const add = (rule: QualityRule['rule'], spec: { severity: QualityRule['severity']; deduct: number; maxDeduct?: number; enabled: boolean } | undefined, options: Record<string, unknown>) => {
    if (spec?.enabled) quality.push({ rule, severity: spec.severity, deduct: spec.deduct, maxDeduct: spec.maxDeduct ?? spec.deduct, options });
  };
  add('placeholder', q.placeholder, { patterns: q.placeholder?.patterns, redactions: q.placeholder?.redactions });
  add('outdated-term', q.outdatedTerm, { terms: q.outdatedTerm?.terms });
  add('level-inconsistency', q.levelInconsistency, { own: q.levelInconsistency?.own, superior: q.levelInconsistency?.superior, parent: q.levelInconsistency?.parent });
  add('vague', q.vague, {
    minQuantitiesPer1000: q.vague?.minQuantitiesPer1000,
    minConcreteShare: q.vague?.minConcreteShare,
    stock: q.vague?.stock,
    minStockSentences: q.vague?.minStockSentences,
    minStockShare: q.vague?.minStockShare,
    thinStock: q.vague?.thinStock,
    minPartialShare: q.vague?.minPartialShare,
    minPartialCriteria: q.vague?.minPartialCriteria,
  });
  add('too-short', q.tooShort, { minChars: q.tooShort?.minChars });
  add('off-topic', q.offTopic, { terms: q.offTopic?.terms, topic: q.offTopic?.topic, minShare: q.offTopic?.minShare, generalMinShare: q.offTopic?.generalMinShare, otherTopic: q.offTopic?.otherTopic });
  add('repeated-paragraph', q.repeatedParagraph, { minChars: q.repeatedParagraph?.minChars });
  add('other-document', q.otherDocument, {});
  add('format-mismatch', q.formatMismatch, {});
  const cues: Cues = { ...DEFAULT_CUES, ...Object.fromEntries(Object.entries(r.cues).filter(([, v]) => v !== undefined)) };
  return {
    id: r.id,
    name: r.name,
    version: r.version,
    genre: r.genre,
    source: file,
    grades: r.grades,
    criteria,
    quality,
    cues,
    classifier: r.classifier ? { training: trainingPath(file, r.classifier.training) } : undefined,
  };
}

/**
 * The training file, named relative to the rubric; failing that, relative to the built-in rubrics' folder, so a copy of
 * the default rubric edited elsewhere still finds its training data ("../corpus/sentences/labelled.jsonl").
 */
function trainingPath(file: string, training: string): string {
  const own = resolve(dirname(file), training);
  if (existsSync(own)) return own;
  const builtIn = resolve(RUBRICS_DIR, training);
  return existsSync(builtIn) ? builtIn : own;
}
