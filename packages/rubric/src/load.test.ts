import { fileURLToPath } from 'node:url';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { formatError, type Rubric } from '@shuzhi/types';
import { parseText } from '../../parser/src/testing.ts';
import { DEFAULT_CUES } from './cues.ts';
import { scoreReport } from './engine.ts';
import { listRubrics, loadRubric, parseRubric, RUBRICS_DIR, type RubricError } from './load.ts';
import { tinyRubric } from './testing.ts';
import { tempDir } from '../../../test/temp.ts';

const rubric = tinyRubric;

const FUNDING = `  - id: funding
    name: 经费
    points: 10
    signals:
      - name: 有经费
        match: { terms: [经费] }
    suggestion: 写经费
`;

/** A criterion whose single signal has the given lines (indented under `- name: 有经费`, line 13 on). */
const withSignal = (lines: string) => `  - id: funding
    name: 经费
    points: 10
    signals:
      - name: 有经费
${lines}    suggestion: 写经费
`;

function errorsOf(source: string): RubricError[] {
  const r = parseRubric(source, 'tiny.yaml');
  if (r.ok) throw new Error('expected the rubric to be refused');
  return r.error;
}

/** The 1-based line and column where `needle` starts in `source`. */
function positionOf(source: string, needle: string): { line: number; column: number } {
  const at = source.indexOf(needle);
  if (at < 0) throw new Error(`no ${needle}`);
  const before = source.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

describe('parseRubric: valid rubrics', () => {
  it('loads a minimal rubric with the defaults filled in', () => {
    const r = parseRubric(rubric(FUNDING), '/somewhere/tiny.yaml');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const v = r.value;
    expect(v).toMatchObject({ id: 'tiny', name: '小标准', version: '1', source: '/somewhere/tiny.yaml' });
    expect(v.quality).toEqual([]);
    expect(v.cues).toEqual(DEFAULT_CUES);
    expect(v.classifier).toBeUndefined();
    const c = v.criteria[0];
    expect(c).toMatchObject({ id: 'funding', points: 10, required: false, partsForPartial: 1, partialCredit: 0.5, unless: [], ignore: [], parts: [], suggestion: '写经费' });
    expect(c.signals).toEqual([{ name: '有经费', match: { terms: ['经费'] }, strength: 'met', stance: 'done', scope: { kind: 'document' }, unless: [], ignore: [] }]);
  });

  it("gives a part's own unless and ignore to each of its signals and shorts, after the signal's own", async () => {
    const source = rubric(`  - id: four
    name: 四个一
    points: 15
    parts:
      - id: talk
        name: 谈心
        unless: [{ report: '没有谈过心' }]
        ignore: [{ regex: '军分区' }]
        signals:
          - { name: 谈心次数, match: { regex: '谈心[0-9]+次' }, unless: [{ regex: '副书记' }] }
        short:
          - { name: 谈心一次, match: { regex: '谈心1次' } }
    suggestion: 写四个一
`);
    const r = parseRubric(source, 'tiny.yaml');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [part] = r.value.criteria[0].parts;
    expect(part.signals[0].unless).toEqual([{ regex: '副书记' }, { report: '没有谈过心' }]);
    expect(part.signals[0].ignore).toEqual([{ regex: '军分区' }]);
    expect(part.short[0].unless).toEqual([{ report: '没有谈过心' }]);
    const report = (faults: string) => parseText(['2024年述职', '全年与人武部党委成员谈心4次。', faults].join('\n'));
    const found = async (faults: string) => scoreReport(await report(faults), r.value).criteria[0].parts?.[0].found;
    expect(await found('民兵训练场地不足。')).toBe(true);
    expect(await found('我今年没有谈过心。')).toBe(false);
  });

  it('keeps grades in the order written, from the highest min down; two bands may share a min when the upper one has a condition', () => {
    const r = parseRubric(rubric(FUNDING).replace('  - { name: 合格, min: 60 }', '  - { name: 优秀, min: 60, required: met }\n  - { name: 合格, min: 60 }'), 'tiny.yaml');
    expect(r.ok && r.value.grades.map((g) => g.name)).toEqual(['优秀', '合格', '不合格']);
  });

  it('turns scopes into their typed form', () => {
    const source = rubric(withSignal(`        scope: { sections: '不足|问题' }\n        match: { terms: [经费] }\n`));
    const r = parseRubric(source, 'tiny.yaml');
    expect(r.ok && r.value.criteria[0].signals[0].scope).toEqual({ kind: 'sections', heading: '不足|问题' });
    const r2 = parseRubric(source.replace("{ sections: '不足|问题' }", 'closing'), 'tiny.yaml');
    expect(r2.ok && r2.value.criteria[0].signals[0].scope).toEqual({ kind: 'closing' });
    const r3 = parseRubric(source.replace('sections', 'notSections'), 'tiny.yaml');
    expect(r3.ok && r3.value.criteria[0].signals[0].scope).toEqual({ kind: 'not-sections', heading: '不足|问题' });
  });

  it('gives parts written with match one met signal each, and partsForMet defaults to all parts', () => {
    const source = rubric(`  - id: four
    name: 四个一
    points: 15
    parts:
      - { id: monthly, name: 每月, match: { regex: '每月' } }
      - { id: quarterly, name: 每季度, stance: any, match: { regex: '每季度' } }
    suggestion: 写四个一
`);
    const r = parseRubric(source, 'tiny.yaml');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const c = r.value.criteria[0];
    expect(c.partsForMet).toBe(2);
    expect(c.parts.map((p) => p.signals.map((s) => [s.name, s.strength, s.stance]))).toEqual([[['每月', 'met', 'done']], [['每季度', 'met', 'any']]]);
  });

  it('keeps enabled quality rules only, with maxDeduct defaulting to deduct', () => {
    const source = rubric(
      FUNDING,
      `quality:
  placeholder: { deduct: 1, patterns: ['\\*{2,}'] }
  vague: { enabled: false }
  tooShort: { severity: info, deduct: 5, maxDeduct: 8, minChars: 100 }
`,
    );
    const r = parseRubric(source, 'tiny.yaml');
    expect(r.ok && r.value.quality).toEqual([
      { rule: 'placeholder', severity: 'warning', deduct: 1, maxDeduct: 1, options: { patterns: ['\\*{2,}'] } },
      { rule: 'too-short', severity: 'info', deduct: 5, maxDeduct: 8, options: { minChars: 100 } },
    ]);
  });

  it('replaces only the cue lists the rubric names', () => {
    const r = parseRubric(rubric(FUNDING, `cues:\n  plan: ['^今后']\n`), 'tiny.yaml');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.cues.plan).toEqual(['^今后']);
    expect(r.value.cues.shortcoming).toEqual(DEFAULT_CUES.shortcoming);
    expect(r.value.cues.planHeadings).toBe(DEFAULT_CUES.planHeadings);
  });

  it('resolves the classifier training file relative to the rubric file', () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const r = parseRubric(rubric(FUNDING, `classifier:\n  training: ../corpus/sentences/labelled.jsonl\n`), `${root}rubrics/tiny.yaml`);
    expect(r.ok && r.value.classifier).toEqual({ training: `${root}corpus/sentences/labelled.jsonl` });
  });

  it('a copy of the default rubric kept elsewhere still finds the training file, through the built-in rubrics folder', () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const r = parseRubric(rubric(FUNDING, `classifier:\n  training: ../corpus/sentences/labelled.jsonl\n`), '/tmp/elsewhere/my-rubric.yaml');
    expect(r.ok && r.value.classifier).toEqual({ training: `${root}corpus/sentences/labelled.jsonl` });
  });

  it('refuses a classifier training file that does not exist, at its line and column', () => {
    const r = parseRubric(rubric(FUNDING, `classifier:\n  training: ../data/labelled.jsonl\n`), '/a/rubrics/tiny.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error[0]).toMatchObject({ code: 'RUBRIC_INVALID', column: 13 });
    expect(r.error[0].message).toContain('/a/data/labelled.jsonl');
  });

  it('names a full-width colon after a key, the slip a Chinese input method makes, at that colon', () => {
    const errors = errorsOf(rubric(FUNDING.replace('    points: 10', '    points： 10')));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'RUBRIC_YAML', column: 11, message: 'YAML 语法错误：键 points 后面是全角冒号“：”，应为半角冒号“:”（后面再加一个空格）' });
    expect(rubric(FUNDING).split('\n')[errors[0].line! - 1]).toBe('    points: 10');
  });

  it('says what a YAML slip is in Chinese, and shows only the first few errors it sets off', () => {
    const tab = errorsOf('id: x\nname: y\nversion: 1\ngrades:\n\t- { name: 合格, min: 0 }\ncriteria: []\n');
    expect(tab[0]).toMatchObject({ code: 'RUBRIC_YAML', line: 5, column: 1, message: 'YAML 语法错误：不能用 Tab 缩进，请改用空格' });
    // An editor that inserts tabs puts them on many lines: one message names them all, not the parser's trips after the first.
    const tabs = errorsOf('id: x\nname: y\nversion: 1\ngrades:\n\t- { name: 合格, min: 0 }\n  \t- { name: 良好, min: 60 }\ncriteria:\n\t- id: a\n');
    expect(tabs).toEqual([expect.objectContaining({ line: 5, message: 'YAML 语法错误：不能用 Tab 缩进，请改用空格（另有第 6、8 行）' })]);
    const many = errorsOf('id: x\n- a\nb: 1\nc: 2\nd: 3\ne: 4\n');
    expect(many.length).toBeLessThanOrEqual(3);
    expect(many.every((e) => !/[A-Za-z]{4,}/.test(e.message.replace('YAML', '')))).toBe(true);
  });

  it('names the field that is wrong inside a matcher or a scope, not the whole matcher', () => {
    const within = errorsOf(rubric(withSignal(`        match: { all: [{ terms: [经费] }, { quantity: money }], within: paragraf }\n`)));
    expect(within.map((e) => e.message)).toEqual(['criteria 第1项（funding）.signals 第1项.match.within 无效：应为 sentence、clause、paragraph、topic 或 { chars: 数字 }']);
    const scope = errorsOf(rubric(withSignal(`        scope: { section: '不足' }\n        match: { terms: [经费] }\n`)));
    expect(scope.map((e) => e.message)).toEqual([
      'criteria 第1项（funding）.signals 第1项.scope 无效：有未知字段 section（是否想写 sections？）；应为 document、closing、{ sections: 正则 }、{ notSections: 正则 } 或 { opens: 正则 }',
    ]);
  });

  it('names a misspelt field inside a matcher, with the one likely meant, and lists every kind of matcher', () => {
    const source = rubric(withSignal(`        match: { all: [{ terms: [经费] }, { sectio: '经费' }] }\n`));
    const errors = errorsOf(source);
    expect(errors.map((e) => e.message)).toEqual([
      'criteria 第1项（funding）.signals 第1项.match.all 第2项 不是有效的匹配器：有未知字段 sectio（是否想写 section？）；应为 terms、regex、quantity、header、column、shortfall、title、report、section、all、any、classify 之一（见 rubrics/README.md）',
    ]);
    expect(errors[0]).toMatchObject(positionOf(source, "{ sectio: '经费' }"));
  });

  it('refuses an ignore that marks no text (section, title or header alone), pointing at it; with terms in an all it is accepted', () => {
    const ignoring = (lines: string) => rubric(withSignal(`        match: { terms: [经费] }\n        ignore:\n${lines}`));
    for (const kind of ['section', 'title', 'header']) {
      const source = ignoring(`          - { ${kind}: '计划' }\n`);
      const errors = errorsOf(source);
      expect(errors, kind).toHaveLength(1);
      expect(errors[0], kind).toMatchObject({ code: 'RUBRIC_INVALID', ...positionOf(source, `{ ${kind}: '计划' }`) });
      expect(errors[0].message, kind).toBe(
        `criteria 第1项（funding）.signals 第1项.ignore 第1项：ignore 里的 ${kind} 只说明句子在哪里，不标出文字，什么也抹不掉：要让这些句子不算，请写在 unless 里；要只抹掉其中的某些词语，请和 terms 或 regex 一起放进 all`,
      );
    }
    const inAny = ignoring(`          - any: [{ terms: [预算] }, { section: '计划' }]\n`);
    expect(errorsOf(inAny)[0]).toMatchObject({ ...positionOf(inAny, "{ section: '计划' }") });
    expect(errorsOf(inAny)[0].message).toMatch(/^criteria 第1项（funding）\.signals 第1项\.ignore 第1项\.any 第2项：ignore 里的 section /);
    expect(errorsOf(rubric(FUNDING.replace('    suggestion', "    ignore: [{ all: [{ section: '计划' }, { title: '计划' }] }]\n    suggestion")))[0].message).toContain('ignore 里的 all（其中只有 header、title、report、section）');
    expect(parseRubric(ignoring(`          - all: [{ section: '计划' }, { terms: [预算] }]\n`), 'tiny.yaml').ok).toBe(true);
    expect(parseRubric(rubric(withSignal(`        match: { terms: [经费] }\n        unless: [{ section: '计划' }]\n`)), 'tiny.yaml').ok).toBe(true);
  });

  it('names a line indented to the wrong level as an indentation error, with the level it needs and a line to align it with', () => {
    const TWO = `  - id: funding
    name: 经费
    points: 10
    signals:
      - name: 有经费
        match:
          all:
            - terms: [经费]
            - quantity: money
            - regex: '万元'
      - name: 提到经费
        strength: partial
        match: { terms: [经费] }
    suggestion: 写经费
`;
    const slips: [string, string, string][] = [
      // A key indented under the value above it ("a: b: c" to the parser), a key and a list item dedented by two.
      ['    points: 10', '      points: 10', 'YAML 语法错误：缩进不对：这一行缩进了 6 个空格，应为 4 个（与第 9 行对齐）'],
      ['    signals:', '  signals:', 'YAML 语法错误：缩进不对：这一行缩进了 2 个空格，应为 4 个（与第 10 行对齐）'],
      ['            - quantity: money', '          - quantity: money', 'YAML 语法错误：缩进不对：这一行缩进了 10 个空格，应为 12 个（与第 15 行对齐）'],
      ['      - name: 提到经费', '    - name: 提到经费', 'YAML 语法错误：缩进不对：这一行缩进了 4 个空格，应为 6 个（与第 12 行对齐）'],
      // The first item of a list out of line with the rest: the parser trips on the second.
      ['            - terms: [经费]', '              - terms: [经费]', 'YAML 语法错误：缩进不对：这一行缩进了 14 个空格，应为 12 个（与第 16 行对齐）'],
    ];
    for (const [line, slip, message] of slips) {
      const source = rubric(TWO.replace(line, slip));
      expect(errorsOf(source), slip).toEqual([{ code: 'RUBRIC_YAML', file: 'tiny.yaml', line: positionOf(source, slip).line, column: slip.length - slip.trimStart().length + 1, message }]);
    }
  });

  it('names both levels when the line could belong to either list, and leaves other slips to the parser\'s words', () => {
    const NESTED = `  - id: funding
    name: 经费
    points: 10
    signals:
      - name: 有经费
        match:
          all:
            - terms: [经费]
            - any:
                - quantity: money
                - terms: [万元]
    suggestion: 写经费
`;
    const between = rubric(NESTED.replace('                - terms: [万元]', '              - terms: [万元]'));
    expect(errorsOf(between).map((e) => [e.line, e.message])).toEqual([[18, 'YAML 语法错误：缩进不对：这一行缩进了 14 个空格，应为 16 个（与第 17 行对齐）或 12 个（与第 16 行对齐）']]);
    const notIndentation = [
      FUNDING.replace('name: 经费', 'name: 经费: 保障'),
      FUNDING.replace('name: 经费', "name: '经费"),
      FUNDING.replace('points: 10', 'points 10'),
      FUNDING.replace('    points: 10', '\tpoints: 10'),
    ];
    for (const criteria of notIndentation) {
      const errors = errorsOf(rubric(criteria));
      expect(errors.every((e) => e.code === 'RUBRIC_YAML'), criteria).toBe(true);
      expect(errors[0].message, criteria).not.toContain('这一行缩进了');
    }
  });

  it('refuses an alias to an anchor that is not there (a typo in *name) at the alias, instead of throwing', () => {
    const source = rubric(withSignal(`        match: { terms: [经费] }\n        unless: [{ regex: *nowhere }]\n`));
    const errors = errorsOf(source);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'RUBRIC_YAML', ...positionOf(source, '*nowhere') });
    expect(errors[0].message).toContain('&nowhere');
  });

  it('refuses an anchor set twice, at the second one (every alias after it would take the second)', () => {
    const source = rubric(withSignal(`        match: { terms: [&word 经费] }\n        unless: [{ terms: [&word 预算] }, { terms: [*word] }]\n`));
    const errors = errorsOf(source);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'RUBRIC_YAML', line: positionOf(source, '&word 预算').line });
    expect(errors[0].message).toContain('&word 重复定义');
  });

  it('warns, without refusing, of signals of one criterion named alike that give different credit, naming both', () => {
    const source = rubric(`  - id: funding
    name: 经费
    points: 10
    signals:
      - name: 有经费
        match: { all: [{ terms: [经费] }, { quantity: money }] }
      - name: 有经费
        strength: partial
        match: { terms: [经费] }
    suggestion: 写经费
`);
    const r = parseRubric(source, 'tiny.yaml');
    expect(r.ok && r.value.warnings).toEqual([
      {
        code: 'RUBRIC_WARNING',
        file: 'tiny.yaml',
        line: 14,
        column: 15,
        message:
          '注意：criteria 第1项（funding）.signals 第2项 的信号名“有经费”已用于第 12 行 criteria 第1项（funding）.signals 第1项（满足信号），这一条却是部分满足信号：证据的说明、rubric explain 和 rubric test 的“从未命中的信号”分不清它们，请改用不同的名字',
      },
    ]);
    // Alike names of one strength are alternative wordings of one kind of evidence, as in the default rubric.
    const alike = parseRubric(source.replace('        strength: partial\n', ''), 'tiny.yaml');
    expect(alike.ok && alike.value.warnings).toBeUndefined();
    const shipped = loadRubric('party-armed-forces');
    expect(shipped.ok && shipped.value.warnings).toBeUndefined();
  });

  it('accepts a lookbehind without a quantifier', () => {
    const r = parseRubric(rubric(withSignal(`        match: { regex: '(?<![分社园])区委' }\n`)), 'tiny.yaml');
    expect(r.ok).toBe(true);
  });

  it('accepts a signal without match when its stance is plan or shortcoming', () => {
    const r = parseRubric(rubric(withSignal(`        stance: plan\n`)), 'tiny.yaml');
    expect(r.ok && r.value.criteria[0].signals[0]).toMatchObject({ stance: 'plan', match: null });
    expect(parseRubric(rubric(withSignal(`        stance: shortcoming\n`)), 'tiny.yaml').ok).toBe(true);
  });
});

describe('parseRubric: refused rubrics', () => {
  it('a wrong enum value: RUBRIC_INVALID at the value, naming it and the accepted values', () => {
    const source = rubric(withSignal(`        stance: past\n        match: { terms: [经费] }\n`));
    const errors = errorsOf(source);
    expect(errors).toHaveLength(1);
    const [e] = errors;
    expect(e.code).toBe('RUBRIC_INVALID');
    expect(e.file).toBe('tiny.yaml');
    expect({ line: e.line, column: e.column }).toEqual(positionOf(source, 'past'));
    expect({ line: e.line, column: e.column }).toEqual({ line: 13, column: 17 });
    expect(e.message).toContain('criteria 第1项（funding）.signals 第1项.stance');
    expect(e.message).toContain('"past"');
    expect(e.message).toContain('可选值：done、plan、shortcoming、any');
    expect(formatError(e)).toBe(`tiny.yaml:13:17: ${e.message} [RUBRIC_INVALID]`);
  });

  it('a wrong type names the expected type, not a missing field', () => {
    const source = rubric(FUNDING.replace('points: 10', 'points: ten'));
    const [e] = errorsOf(source);
    expect(e.message).toBe('criteria 第1项（funding）.points 应为数字');
    expect({ line: e.line, column: e.column }).toEqual(positionOf(source, 'ten'));
  });

  it('true or false is asked for with spaces around the English words', () => {
    const [e] = errorsOf(rubric(FUNDING.replace('points: 10', 'points: 10\n    required: 是')));
    expect(e.message).toBe('criteria 第1项（funding）.required 应为 true 或 false');
  });

  it('an empty file (or one of comments only) says so, at no line; a top level that is no mapping is named 顶层', () => {
    for (const source of ['', '\n', '# 评分标准\n']) {
      expect(errorsOf(source)).toEqual([{ code: 'RUBRIC_INVALID', file: 'tiny.yaml', message: '文件是空的（或只有注释）：评分标准至少要写 id、name、version、grades、criteria' }]);
    }
    expect(errorsOf('- a\n- b\n').map((e) => e.message)).toEqual(['顶层应为对象（键: 值）']);
  });

  it('a missing required field is named', () => {
    const source = rubric(FUNDING.replace('    suggestion: 写经费\n', ''));
    const [e] = errorsOf(source);
    expect(e.message).toBe('缺少必填字段 criteria 第1项（funding）.suggestion');
    expect(e.line).toBe(8);
  });

  it('each missing top-level field is named alike, version too (no "不是有效的匹配器" for a field of two types)', () => {
    const source = rubric(FUNDING);
    const without = (key: string) => {
      const start = source.indexOf(`${key}:`);
      const end = key === 'grades' ? source.indexOf('criteria:') : key === 'criteria' ? source.length : source.indexOf('\n', start) + 1;
      return source.slice(0, start) + source.slice(end);
    };
    for (const key of ['id', 'name', 'version', 'grades', 'criteria']) {
      expect(errorsOf(without(key)).map((e) => e.message), key).toEqual([`缺少必填字段 ${key}`]);
    }
    expect(errorsOf(source.replace('version: 1', 'version: [1]')).map((e) => e.message)).toEqual(['version 应为文字或数字（如 "1.0"）']);
  });

  it('an unknown key is named, with the likely intended key', () => {
    const source = rubric(withSignal(`        mach: { terms: [经费] }\n        match: { terms: [经费] }\n`));
    const errors = errorsOf(source);
    expect(errors).toHaveLength(1);
    expect(errors[0].code).toBe('RUBRIC_INVALID');
    expect(errors[0].message).toContain('criteria 第1项（funding）.signals 第1项 有未知字段：mach');
    expect(errors[0].message).toContain('是否想写 match');
    // Reported where the unknown key is written.
    expect(errors[0].line).toBe(13);
  });

  it('an unknown top-level key is named', () => {
    const [e] = errorsOf(rubric(FUNDING, 'colour: red\n'));
    expect(e.message).toMatch(/^顶层有未知字段：colour/);
  });

  it('a catastrophic regex like (a+)+$ is refused with a message at the pattern', () => {
    const source = rubric(withSignal(`        match: { regex: '(a+)+$' }\n`));
    const errors = errorsOf(source);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'RUBRIC_INVALID', line: 13, column: positionOf(source, "'(a+)+$'").column });
    expect(errors[0].message).toBe('criteria 第1项（funding）.signals 第1项.match.regex：正则表达式 /(a+)+$/ 可能出现灾难性回溯：重复的 (a+)+ 里又有重复（嵌套的重复，如 (a+)+），请改写');
  });

  it('a lookbehind is checked on its own: nested repetition in it is refused, a plain quantifier is not', () => {
    const [e] = errorsOf(rubric(withSignal(`        match: { regex: '(?<=(a+)+)b' }\n`)));
    expect(e.message).toContain('灾难性回溯');
    expect(parseRubric(rubric(withSignal(`        match: { regex: '(?<=a+)b' }\n`)), 'tiny.yaml').ok).toBe(true);
  });

  it('a pattern that does not compile is refused with the engine message', () => {
    const [e] = errorsOf(rubric(withSignal(`        match: { regex: '(经费' }\n`)));
    expect(e.message).toMatch(/^criteria 第1项（funding）\.signals 第1项\.match\.regex：正则表达式 \/.*\/ 无法编译：圆括号没有闭合$/);
  });

  it('a matcher of no known kind is explained', () => {
    const [e] = errorsOf(rubric(withSignal(`        match: { words: [经费] }\n`)));
    expect(e.message).toBe('criteria 第1项（funding）.signals 第1项.match 不是有效的匹配器：有未知字段 words（是否想写 word？）；应为 terms、regex、quantity、header、column、shortfall、title、report、section、all、any、classify 之一（见 rubrics/README.md）');
    expect(e.line).toBe(13);
  });

  it('invalid YAML gives RUBRIC_YAML with line and column', () => {
    const source = rubric(withSignal(`        match: { terms: [经费 }\n`));
    const errors = errorsOf(source);
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(errors.every((e) => e.code === 'RUBRIC_YAML')).toBe(true);
    expect(errors[0]).toMatchObject({ file: 'tiny.yaml', line: 13 });
    expect(errors[0].column).toBeGreaterThan(16);
    expect(errors[0].message).toMatch(/^YAML 语法错误：/);
  });

  it('a duplicate YAML key is a YAML error', () => {
    const errors = errorsOf(rubric(FUNDING).replace('name: 小标准', 'name: 小标准\nid: other'));
    expect(errors[0]).toMatchObject({ code: 'RUBRIC_YAML', line: 3, column: 1 });
  });

  it('an unclosed quote is pointed at where the quote opens, not where the line or the file ends', () => {
    const source = rubric(FUNDING.replace('name: 经费', "name: '经费"));
    expect(errorsOf(source)).toEqual([{ code: 'RUBRIC_YAML', file: 'tiny.yaml', ...positionOf(source, "'经费"), message: 'YAML 语法错误：缺少配对的引号或括号' }]);
  });

  it('a duplicate key is pointed at the second key, also after a key without a value', () => {
    const source = rubric(FUNDING.replace('    signals:\n', '    signals:\n    signals:\n'));
    const second = { line: positionOf(source, 'signals:').line + 1, column: 5 };
    expect(errorsOf(source)).toEqual([{ code: 'RUBRIC_YAML', file: 'tiny.yaml', ...second, message: 'YAML 语法错误：同一层有重复的键' }]);
  });

  it('duplicate criterion ids are refused at the second id, naming the first by the same counting and its line', () => {
    const source = rubric(FUNDING + FUNDING.replace('name: 经费', 'name: 经费2'));
    const errors = errorsOf(source);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'RUBRIC_INVALID', line: 15, column: 9 });
    expect(errors[0].message).toBe('criteria 第2项（funding）.id：评分项 id "funding" 重复，第一次出现在第 8 行 criteria 第1项（funding）');
  });

  it('duplicate criterion names are refused at the second name, as a copied criterion renamed by id only would be', () => {
    const source = rubric(FUNDING + FUNDING.replace('id: funding', 'id: funding2'));
    const errors = errorsOf(source);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'RUBRIC_INVALID', line: 16 });
    expect(errors[0].message).toBe('criteria 第2项（funding2）.name：评分项名称“经费”重复，第一次出现在第 9 行 criteria 第1项（funding）');
  });

  it('grades out of order are refused at the min that is too high, naming both bands (a score takes the first band it reaches)', () => {
    // The owner's slip: 合格 80 under 良好 75 graded a 75 without 下步打算 不合格 and a 72.5 良好.
    const source = rubric(FUNDING).replace('  - { name: 合格, min: 60 }', '  - { name: 良好, min: 75, required: present }\n  - { name: 合格, min: 80 }');
    expect(errorsOf(source)).toEqual([
      { code: 'RUBRIC_INVALID', file: 'tiny.yaml', ...positionOf(source, '80'), message: 'grades 第2项.min：等级须按 min 从高到低排列：“合格”（min: 80）排在“良好”（min: 75）下面，min 却更高' },
    ]);
    const ascending = rubric(FUNDING).replace('  - { name: 合格, min: 60 }\n  - { name: 不合格, min: 0 }', '  - { name: 不合格, min: 0 }\n  - { name: 合格, min: 60 }');
    expect(errorsOf(ascending).map((e) => e.message)).toEqual(['grades 第2项.min：等级须按 min 从高到低排列：“合格”（min: 60）排在“不合格”（min: 0）下面，min 却更高']);
    const unreachable = rubric(FUNDING).replace('  - { name: 合格, min: 60 }', '  - { name: 合格, min: 60 }\n  - { name: 及格, min: 60 }');
    expect(errorsOf(unreachable).map((e) => e.message)).toEqual(['grades 第2项.min：等级“及格”永远达不到：上面的“合格”min 也是 60，且不带 required 条件']);
  });

  it('a repeated grade name is refused, naming the first band and its line', () => {
    const source = rubric(FUNDING).replace('  - { name: 合格, min: 60 }', '  - { name: 良好, min: 75 }\n  - { name: 良好, min: 60 }');
    expect(errorsOf(source)).toEqual([
      { code: 'RUBRIC_INVALID', file: 'tiny.yaml', ...positionOf(source, '良好, min: 60'), message: 'grades 第2项.name：等级名称“良好”重复，第一次出现在第 5 行 grades 第1项' },
    ]);
  });

  it('duplicate part ids name the first part and its line', () => {
    const source = rubric(`  - id: four
    name: 四个一
    points: 15
    parts:
      - { id: monthly, name: 每月, match: { regex: '每月' } }
      - { id: quarterly, name: 每季度, match: { regex: '每季度' } }
      - { id: monthly, name: 每月办公, match: { regex: '办公' } }
    suggestion: 写四个一
`);
    const errors = errorsOf(source);
    expect(errors.map((e) => [e.line, e.message])).toEqual([[14, 'criteria 第1项（four）.parts 第3项.id：part id "monthly" 重复，第一次出现在第 12 行 criteria 第1项（four）.parts 第1项']]);
  });

  it('a signal without match is refused when its stance is done or any', () => {
    for (const stance of ['', '        stance: any\n']) {
      const errors = errorsOf(rubric(withSignal(stance)));
      expect(errors).toHaveLength(1);
      expect(errors[0].message).toBe('criteria 第1项（funding）.signals 第1项.match：缺少 match（只有 stance 为 plan 或 shortcoming 时可以省略，表示该立场的任何句子）');
      expect(errors[0].line).toBe(12);
    }
  });

  it('reports several problems sorted by position', () => {
    const source = rubric(withSignal(`        stance: past\n        match: { terms: [经费] }\n`).replace('points: 10', 'points: -1'));
    const errors = errorsOf(source);
    expect(errors.map((e) => e.line)).toEqual([10, 13]);
    expect(errors[0].message).toMatch(/^criteria 第1项（funding）\.points /);
    expect(errors[1].message).toMatch(/^criteria 第1项（funding）\.signals 第1项\.stance /);
  });

  it('points: 0 is refused with a message that does not contradict the value (points must be above 0)', () => {
    const [e] = errorsOf(rubric(FUNDING.replace('points: 10', 'points: 0')));
    expect(e.line).toBe(10);
    // Today: "criteria[0].points 不能小于 0", yet 0 is not less than 0.
    expect(e.message).not.toBe('criteria 第1项.points 不能小于 0');
    expect(e.message).toContain('大于 0');
  });
});

describe('loadRubric', () => {
  it('loads the shipped party-armed-forces rubric: 11 criteria, 100 points, five required', () => {
    const r = loadRubric('party-armed-forces');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.id).toBe('party-armed-forces');
    expect(r.value.criteria).toHaveLength(11);
    expect(r.value.criteria.reduce((n, c) => n + c.points, 0)).toBe(100);
    expect(r.value.criteria.filter((c) => c.required).map((c) => c.id)).toEqual(['four-ones', 'incentive-mechanism', 'support-funding', 'shortcomings', 'plans']);
    expect(r.value.grades.map((g) => [g.name, g.min])).toEqual([
      ['优秀', 90],
      ['良好', 75],
      ['合格', 60],
      ['不合格', 0],
    ]);
    expect(r.value.quality.map((q) => q.rule)).toEqual(['placeholder', 'outdated-term', 'level-inconsistency', 'vague', 'too-short', 'off-topic', 'repeated-paragraph', 'other-document', 'format-mismatch']);
    expect(r.value.classifier?.training).toBe(join(RUBRICS_DIR, '../corpus/sentences/labelled.jsonl'));
  });

  it('keeps a rubric it has checked, and checks it again when its text, its training file or the kept copy changes', () => {
    const dir = tempDir('rubric-kept');
    const before = process.env.SHUZHI_CACHE_DIR;
    process.env.SHUZHI_CACHE_DIR = join(dir, 'cache');
    onTestFinished(() => {
      if (before === undefined) delete process.env.SHUZHI_CACHE_DIR;
      else process.env.SHUZHI_CACHE_DIR = before;
    });
    const training = join(dir, 'labelled.jsonl');
    writeFileSync(training, readFileSync(join(RUBRICS_DIR, '../corpus/sentences/labelled.jsonl')));
    const file = join(dir, 'tiny.yaml');
    writeFileSync(file, rubric(FUNDING, 'classifier:\n  training: labelled.jsonl\n'));
    const kept = () => readdirSync(join(dir, 'cache', 'rubrics'));

    const first = loadRubric(file);
    expect(first.ok).toBe(true);
    expect(kept()).toHaveLength(1);
    expect(loadRubric(file)).toEqual(first);

    // The kept copy unreadable: checked again, and the same rubric.
    writeFileSync(join(dir, 'cache', 'rubrics', kept()[0]), '{"id": ');
    expect(loadRubric(file)).toEqual(first);

    // Another training file: the same text, but not the same rubric (its digest salts the results' cache).
    writeFileSync(training, `${readFileSync(training, 'utf8')}{"text":"民兵整组","label":"achievement"}\n`);
    const retrained = loadRubric(file);
    expect(retrained.ok && first.ok && retrained.value.digest !== first.value.digest).toBe(true);

    // Every edit is kept, up to the last sixteen.
    for (let points = 1; points <= 20; points++) {
      writeFileSync(file, rubric(FUNDING.replace('points: 10', `points: ${points}`), ''));
      expect(loadRubric(file).ok).toBe(true);
    }
    expect(kept()).toHaveLength(16);

    // A refused rubric is not kept.
    writeFileSync(file, rubric(FUNDING.replace('points: 10', 'points: ten'), ''));
    const count = kept().length;
    expect(loadRubric(file).ok).toBe(false);
    expect(kept()).toHaveLength(count);

    // A cache folder that cannot be made (a file stands in its way) is no error.
    writeFileSync(join(dir, 'blocker'), '');
    process.env.SHUZHI_CACHE_DIR = join(dir, 'blocker', 'cache');
    expect(loadRubric(file).ok).toBe(false);
    writeFileSync(file, rubric(FUNDING, ''));
    expect(loadRubric(file).ok).toBe(true);
  });

  it('loads the default rubric when given no id', () => {
    const r = loadRubric();
    expect(r.ok && r.value.id).toBe('party-armed-forces');
  });

  it('validates every file in rubrics/*.yaml, by id and by path', () => {
    const files = readdirSync(RUBRICS_DIR).filter((f) => /\.ya?ml$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(1);
    expect(listRubrics()).toEqual(files.map((f) => f.replace(/\.ya?ml$/, '')).sort());
    for (const f of files) {
      const byPath = loadRubric(join(RUBRICS_DIR, f));
      expect(byPath.ok ? [] : byPath.error.map(formatError), f).toEqual([]);
      const byId = loadRubric(f.replace(/\.ya?ml$/, ''));
      expect(byId.ok && byId.value.id, f).toBe(f.replace(/\.ya?ml$/, ''));
    }
  });

  it('an unknown id is RUBRIC_NOT_FOUND listing the rubrics there are', () => {
    const r = loadRubric('no-such-rubric');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toHaveLength(1);
    expect(r.error[0].code).toBe('RUBRIC_NOT_FOUND');
    expect(r.error[0].file).toBe('no-such-rubric');
    expect(r.error[0].message).toContain('party-armed-forces');
  });

  it('reads a rubric saved as GBK (Notepad\'s "ANSI"), UTF-8 with a BOM or UTF-16 as its UTF-8 twin, as reports are read', async () => {
    const gbk = fileURLToPath(new URL('./fixtures/gbk.yaml', import.meta.url));
    const twin = `# 用记事本“ANSI”（GBK）保存的小标准\n${rubric(FUNDING)}`;
    const expected = parseRubric(twin, gbk);
    expect(loadRubric(gbk)).toEqual(expected);
    expect(expected.ok && expected.value.criteria[0].signals[0].match).toEqual({ terms: ['经费'] });
    const dir = tempDir('rubric');
    for (const [name, bytes] of [
      ['bom.yaml', Buffer.from(`\ufeff${twin}`, 'utf8')],
      ['utf16.yaml', Buffer.from(`\ufeff${twin}`, 'utf16le')],
    ] as const) {
      writeFileSync(join(dir, name), bytes);
      const r = loadRubric(join(dir, name));
      expect(r.ok && r.value.name, name).toBe('小标准');
      expect(r.ok && r.value.criteria, name).toEqual(expected.ok && expected.value.criteria);
    }
    const card = scoreReport(await parseText('县财政安排经费50万元。'), (loadRubric(gbk) as { value: Rubric }).value);
    expect(card.criteria[0].status).toBe('met');
  });

  it('a path that cannot be read (a folder named like a rubric) is RUBRIC_READ_ERROR, not a crash', () => {
    const dir = join(tempDir('rubric'), 'folder.yaml');
    mkdirSync(dir);
    expect(loadRubric(dir)).toEqual({ ok: false, error: [{ code: 'RUBRIC_READ_ERROR', file: dir, message: '无法读取评分标准：这是一个文件夹' }] });
  });

  it('a rubric file that is no text in any encoding it knows is RUBRIC_ENCODING, saying to save it as UTF-8', () => {
    const dir = tempDir('rubric');
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, Buffer.concat([Buffer.from('id: x\nname: '), Buffer.from([0xff, 0xff, 0xff, 0x0a])]));
    expect(loadRubric(file)).toEqual({ ok: false, error: [{ code: 'RUBRIC_ENCODING', file, message: '无法识别文本编码（既不是 UTF-8，也不是 GBK/GB18030 或 Big5）：请把评分标准另存为 UTF-8 文本' }] });
  });

  it('loads a rubric file by path and names the file in its errors', () => {
    const dir = tempDir('rubric');
    const good = join(dir, 'good.yaml');
    writeFileSync(good, rubric(FUNDING));
    const r = loadRubric(good);
    expect(r.ok && r.value.source).toBe(good);
    const bad = join(dir, 'bad.yml');
    writeFileSync(bad, rubric(FUNDING.replace('points: 10', 'points: ten')));
    const r2 = loadRubric(bad);
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.error[0]).toMatchObject({ code: 'RUBRIC_INVALID', file: bad, line: 10, column: 13 });
    expect(readFileSync(bad, 'utf8').split('\n')[9]).toBe('    points: ten');
  });
});
