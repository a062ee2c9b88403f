import { z } from 'zod';
import { SET_ASIDE_CAUSES, type SetAsideCause } from '@shuzhi/types';
import { nestedRepetition, overlappingRepetition } from './backtrack.ts';
import { someWindow } from './matchers/index.ts';

/**
 * The YAML shape a rubric owner writes (see rubrics/README.md). Defaults are
 * filled in here so the engine only ever sees the complete form.
 */

const nonEmpty = z.string().trim().min(1);

/** A pattern is refused when it cannot compile or could backtrack catastrophically (nested quantifiers). */
const pattern = z.string().superRefine((source, ctx) => {
  try {
    new RegExp(source, 'u');
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: `正则表达式 /${source}/ 无法编译：${regexProblem((err as Error).message)}` });
    return;
  }
  const nested = nestedRepetition(source);
  if (nested) {
    ctx.addIssue({ code: 'custom', message: `正则表达式 /${source}/ 可能出现灾难性回溯：重复的 ${nested} 里又有重复（嵌套的重复，如 (a+)+），请改写` });
    return;
  }
  const { rest, lookbehinds } = splitLookbehinds(source);
  const group = [rest, ...lookbehinds].map(overlappingRepetition).find((g) => g !== null);
  if (group) {
    ctx.addIssue({
      code: 'custom',
      message: `正则表达式 /${source}/ 可能出现灾难性回溯：重复的分组 ${group} 中有能从同一个字开始的分支（如 (经|经费)+），请把共同的开头提到分组外（如 经(费)?）或去掉重复`,
    });
  }
});

/**
 * A pattern whose matches are evidence or findings: one that can match the empty string is refused, since a match of no
 * characters counts for nothing ("^(?![^。]*村)" alone never hits). (Cues and scopes are tested, not matched: theirs may.)
 */
const matchPattern = pattern.superRefine((source, ctx) => {
  let empty = false;
  try {
    empty = new RegExp(source, 'u').test('');
  } catch {
    return;
  }
  if (empty) ctx.addIssue({ code: 'custom', message: `正则表达式 /${source}/ 能匹配空字符串，而空匹配不算命中；请让它至少匹配一个字（如在否定前瞻后加 [^。]+）` });
});

/** V8's reasons a pattern does not compile ("Invalid regular expression: /…/u: Unterminated group"), in the rubric owner's words. */
const REGEX_PROBLEMS: [RegExp, string][] = [
  [/Unterminated group/, '圆括号没有闭合'],
  [/Unmatched '\)'/, '多了一个右圆括号'],
  [/Unterminated character class/, '方括号没有闭合'],
  [/Nothing to repeat/, '量词（*、+、?、{n}）前面没有可重复的内容'],
  [/Lone quantifier brackets|Incomplete quantifier/, '花括号量词不完整，字面的 { } 请写成 \\{ \\}'],
  [/numbers out of order/, '量词 {m,n} 中 m 大于 n'],
  [/Range out of order/, '方括号中的字符范围前后颠倒'],
  [/Invalid escape|\\ at end of pattern/, '无效的转义（反斜杠用法不对）'],
  [/Invalid (capture )?group name|Duplicate capture group name/, '分组名无效或重复'],
  [/Invalid group/, '无效的分组写法（如 (? 后的字符不对）'],
  [/Invalid (Unicode|property)/, '无效的 Unicode 转义或属性名'],
];

function regexProblem(message: string): string {
  const reason = message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
  return REGEX_PROBLEMS.find(([re]) => re.test(reason))?.[1] ?? `语法错误（${reason}）`;
}

/**
 * ret's tokenizer (behind overlappingRepetition) does not know lookbehinds. A
 * lookbehind is matched on its own (backwards, at each position), so its body
 * is checked as a pattern of its own and the rest without it.
 */
export function splitLookbehinds(source: string): { rest: string; lookbehinds: string[] } {
  let rest = '';
  const lookbehinds: string[] = [];
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\') {
      rest += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (source.startsWith('(?<=', i) || source.startsWith('(?<!', i)) {
      let depth = 0;
      let inClass = false;
      let j = i;
      for (; j < source.length; j++) {
        const c = source[j];
        if (c === '\\') j++;
        else if (inClass) inClass = c !== ']';
        else if (c === '[') inClass = true;
        else if (c === '(') depth++;
        else if (c === ')' && --depth === 0) break;
      }
      lookbehinds.push(source.slice(i + 4, j));
      i = j;
      continue;
    }
    rest += source[i];
  }
  return { rest, lookbehinds };
}

const windows = z.enum(['sentence', 'clause', 'paragraph', 'topic']);
const within = z.union([windows, z.strictObject({ chars: z.number().int().positive().max(2000) })]);

/** The windows an `all` may name, for the validator's messages. */
export const WITHIN_WINDOWS: readonly string[] = windows.options;

export type MatcherInput =
  | { terms: string[]; word?: boolean }
  | { regex: string; flags?: string }
  | { quantity: 'money' | 'count' | 'percent' | 'frequency' | 'any' }
  | { header: string }
  | { column: string; match: MatcherInput }
  | { shortfall: 'count' | 'money' }
  | { title: string }
  | { report: string }
  | { section: string }
  | { all: MatcherInput[]; within?: z.infer<typeof within> }
  | { any: MatcherInput[] }
  | { classify: string; min?: number };

/** The kinds of matcher, one object shape each; a function because they nest (all, any). */
const matcherUnion = () =>
  z.union([
    z.strictObject({ terms: z.array(nonEmpty).min(1), word: z.boolean().optional() }),
    z.strictObject({ regex: matchPattern, flags: z.string().regex(/^[imsu]*$/, '只允许 i、m、s、u 标志').optional() }),
    z.strictObject({ quantity: z.enum(['money', 'count', 'percent', 'frequency', 'any']) }),
    z.strictObject({ header: pattern }),
    z.strictObject({ column: pattern, match: matcher }),
    z.strictObject({ shortfall: z.enum(['count', 'money']) }),
    z.strictObject({ title: pattern }),
    z.strictObject({ report: pattern }),
    z.strictObject({ section: pattern }),
    z.strictObject({ all: z.array(matcher).min(2), within: within.optional() }),
    z.strictObject({ any: z.array(matcher).min(1) }),
    z.strictObject({ classify: z.enum(['achievement', 'shortcoming', 'plan', 'other']), min: z.number().min(0).max(1).optional() }),
  ]);

export const matcher: z.ZodType<MatcherInput> = z.lazy(matcherUnion);

/**
 * A veto or an ignored phrase, as a matcher or with the cause a reviewer is told of a sentence of the work it takes
 * (`{ because: levelAbove, match: { regex: … } }`, see SetAsideCause).
 */
export type GuardInput = MatcherInput | { because: SetAsideCause; match: MatcherInput };
const guard: z.ZodType<GuardInput> = z.union([z.strictObject({ because: z.enum(SET_ASIDE_CAUSES), match: matcher }), matcher]);
/** The matcher of a guard. */
const guardMatcher = (g: GuardInput): MatcherInput => ('because' in g ? g.match : g);

/** Each kind of matcher by the fields it takes, the kind's own field first ("terms", then "word"). */
const matcherShapes = matcherUnion().options.map((o) => Object.keys(o.shape));

/** The kinds of matcher, for the validator's messages: the field that names each kind. */
export const MATCHER_KINDS: readonly string[] = matcherShapes.map((keys) => keys[0]);

/** Every field a matcher may have, for "did you mean" hints on a matcher of no known kind. */
export const MATCHER_KEYS: readonly string[] = [...new Set(matcherShapes.flat())];

/** Matchers that say where a sentence is, not what in it: they mark no text (see compileSection in matchers). */
const WHERE_ONLY = ['header', 'title', 'report', 'section'];

/**
 * Where, inside an `ignore` matcher, a matcher stands that can match without marking any text to blank: the path to it
 * (empty for the whole matcher), or null when every way it matches marks text. An `all` marks text when one of its
 * matchers does; an `any` only when each of them does.
 */
function marksNothing(m: MatcherInput): PropertyKey[] | null {
  if ('all' in m) return m.all.some((c) => marksNothing(c) === null) ? null : [];
  if ('column' in m) {
    const at = marksNothing(m.match);
    return at && ['match', ...at];
  }
  if ('any' in m) {
    for (const [k, c] of m.any.entries()) {
      const at = marksNothing(c);
      if (at) return ['any', k, ...at];
    }
    return null;
  }
  return WHERE_ONLY.some((kind) => kind in m) ? [] : null;
}

/**
 * The items of a list whose key an earlier item already has, each with the index of the first: an issue about one
 * carries it as `params.first`, and the loader names that item and its line too.
 */
export function repeats<T>(items: readonly T[], key: (item: T) => string): { at: number; first: number; value: string }[] {
  const firsts = new Map<string, number>();
  return items.flatMap((item, at) => {
    const value = key(item);
    const first = firsts.get(value);
    if (first === undefined) firsts.set(value, at);
    return first === undefined ? [] : [{ at, first, value }];
  });
}

/** Whether a matcher, or one inside it, asks for the criterion's topic. */
const usesTopic = (m: MatcherInput | undefined): boolean => m !== undefined && someWindow(m, (w) => w === 'topic');

const stance = z.enum(['done', 'plan', 'shortcoming', 'any']);
const scope = z.union([
  z.enum(['document', 'closing']),
  z.strictObject({ sections: pattern }),
  z.strictObject({ notSections: pattern }),
  z.strictObject({ opens: pattern }),
]);

const signal = z
  .strictObject({
    name: nonEmpty,
    match: matcher.optional(),
    strength: z.enum(['met', 'partial']).default('met'),
    stance: stance.default('done'),
    scope: scope.default('document'),
    unless: z.array(guard).default([]),
    ignore: z.array(guard).default([]),
  })
  .refine((s) => s.match !== undefined || s.stance === 'plan' || s.stance === 'shortcoming', {
    message: '缺少 match（只有 stance 为 plan 或 shortcoming 时可以省略，表示该立场的任何句子）',
    path: ['match'],
  });

const part = z.strictObject({
  id: nonEmpty,
  name: nonEmpty,
  match: matcher.optional(),
  signals: z.array(signal).optional(),
  short: z.array(signal).default([]),
  stance: stance.default('done'),
  scope: scope.default('document'),
  unless: z.array(guard).default([]),
  ignore: z.array(guard).default([]),
});

const criterion = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, '只能用小写字母、数字和连字符，如 support-funding'),
    name: nonEmpty,
    points: z.number().positive(),
    required: z.boolean().default(false),
    why: z.string().optional(),
    topic: pattern.optional(),
    signals: z.array(signal).default([]),
    parts: z.array(part).default([]),
    partsForMet: z.number().int().positive().optional(),
    partsForPartial: z.number().int().positive().default(1),
    shortPartsForPartial: z.number().int().positive().optional(),
    recital: matcher.optional(),
    claimedOnly: matcher.optional(),
    partialCredit: z.number().min(0).max(1).default(0.5),
    unless: z.array(guard).default([]),
    ignore: z.array(guard).default([]),
    suggestion: nonEmpty,
    partialSuggestion: z.string().optional(),
  })
  .superRefine((c, ctx) => {
    if (c.signals.length === 0 && c.parts.length === 0) ctx.addIssue({ code: 'custom', message: '评分项至少要有一个 signals 或 parts' });
    c.parts.forEach((p, k) => {
      if (!p.match === !p.signals) ctx.addIssue({ code: 'custom', path: ['parts', k], message: '每个 part 要么写 match，要么写 signals（二选一）' });
    });
    for (const r of repeats(c.parts, (p) => p.id)) ctx.addIssue({ code: 'custom', path: ['parts', r.at, 'id'], message: `part id "${r.value}" 重复`, params: { first: r.first } });
    const matchers = [...c.signals, ...c.parts, ...c.parts.flatMap((p) => [...(p.signals ?? []), ...p.short])].flatMap((s) => [s.match, ...s.unless.map(guardMatcher), ...s.ignore.map(guardMatcher)]);
    if (!c.topic && matchers.some(usesTopic)) ctx.addIssue({ code: 'custom', path: ['topic'], message: '用了 within: topic 的评分项要写 topic（本项工作的关键词）' });
    const ignores: [PropertyKey[], GuardInput[]][] = [
      [[], c.ignore],
      ...c.signals.map((s, j): [PropertyKey[], GuardInput[]] => [['signals', j], s.ignore]),
      ...c.parts.flatMap((p, k): [PropertyKey[], GuardInput[]][] => [
        [['parts', k], p.ignore],
        ...(p.signals ?? []).map((s, j): [PropertyKey[], GuardInput[]] => [['parts', k, 'signals', j], s.ignore]),
        ...p.short.map((s, j): [PropertyKey[], GuardInput[]] => [['parts', k, 'short', j], s.ignore]),
      ]),
    ];
    for (const [at, list] of ignores) {
      list.forEach((g, i) => {
        const m = guardMatcher(g);
        const found = marksNothing(m);
        if (!found) return;
        const inner = m === g ? found : ['match', ...found];
        const node = found.reduce<unknown>((n, key) => (n as Record<PropertyKey, unknown>)[key], m) as MatcherInput;
        const what = WHERE_ONLY.find((kind) => kind in node) ?? `all（其中只有 ${WHERE_ONLY.join('、')}）`;
        ctx.addIssue({
          code: 'custom',
          path: [...at, 'ignore', i, ...inner],
          message: `ignore 里的 ${what} 只说明句子在哪里，不标出文字，什么也抹不掉：要让这些句子不算，请写在 unless 里；要只抹掉其中的某些词语，请和 terms 或 regex 一起放进 all`,
        });
      });
    }
    if (c.partsForMet !== undefined && c.partsForMet > c.parts.length) {
      ctx.addIssue({ code: 'custom', path: ['partsForMet'], message: `partsForMet (${c.partsForMet}) 超过了 parts 的个数 (${c.parts.length})` });
    }
  });

const qualityRule = z.strictObject({
  severity: z.enum(['error', 'warning', 'info']).default('warning'),
  deduct: z.number().min(0).default(0),
  maxDeduct: z.number().min(0).optional(),
  enabled: z.boolean().default(true),
});

const outdatedTerm = z.strictObject({
  term: nonEmpty,
  after: z.number().int().min(1990).max(2100),
  unless: pattern.optional(),
  replacement: z.string().optional(),
});

const levelPatterns = z.record(z.enum(['市', '县', '区', '乡镇', '街道']), z.array(pattern));

export const rubricSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, '只能用小写字母、数字和连字符'),
    name: nonEmpty,
    version: z.union([z.string(), z.number()]).transform(String),
    genre: z.string().optional(),
    grades: z
      // min is a percentage of the maximum score: a band above 100 could never be reached.
      .array(z.strictObject({ name: nonEmpty, min: z.number().min(0).max(100), required: z.enum(['met', 'present']).optional() }))
      .min(1)
      .superRefine((g, ctx) => {
        if (!g.some((band) => band.min === 0 && band.required === undefined)) ctx.addIssue({ code: 'custom', message: '必须有一个 min: 0 且不带 required 条件的等级，保证每个得分都有等级' });
        // A score takes the first band it reaches, in the order written: a band below one with a lower min is a slip
        // (合格 80 under 良好 75 made a 75 不合格 and a 72.5 良好), not an order to sort.
        g.forEach((band, k) => {
          const above = g[k - 1];
          if (above && band.min > above.min) {
            ctx.addIssue({ code: 'custom', path: [k, 'min'], message: `等级须按 min 从高到低排列：“${band.name}”（min: ${band.min}）排在“${above.name}”（min: ${above.min}）下面，min 却更高` });
          } else if (above && band.min === above.min && above.required === undefined) {
            ctx.addIssue({ code: 'custom', path: [k, 'min'], message: `等级“${band.name}”永远达不到：上面的“${above.name}”min 也是 ${band.min}，且不带 required 条件` });
          }
        });
        for (const d of repeats(g, (band) => band.name)) ctx.addIssue({ code: 'custom', path: [d.at, 'name'], message: `等级名称“${d.value}”重复`, params: { first: d.first } });
      }),
    classifier: z.strictObject({ training: nonEmpty }).optional(),
    criteria: z.array(criterion).min(1),
    quality: z
      .strictObject({
        placeholder: qualityRule.extend({ patterns: z.array(matchPattern).min(1), redactions: z.array(matchPattern).optional() }).optional(),
        outdatedTerm: qualityRule.extend({ terms: z.array(outdatedTerm).min(1) }).optional(),
        levelInconsistency: qualityRule.extend({ own: levelPatterns, superior: pattern.optional(), parent: z.record(z.enum(['县', '区']), pattern).optional() }).optional(),
        vague: qualityRule
          .extend({
            minQuantitiesPer1000: z.number().min(0).default(1),
            minConcreteShare: z.number().min(0).max(1).optional(),
            stock: matchPattern.optional(),
            minStockSentences: z.number().int().positive().default(3),
            minStockShare: z.number().min(0).max(1).optional(),
            thinStock: z.strictObject({ maxConcreteShare: z.number().min(0).max(1), minStockSentences: z.number().int().positive(), minStockShare: z.number().min(0).max(1) }).optional(),
            minPartialShare: z.number().min(0).max(1).optional(),
            minPartialCriteria: z.number().int().positive().default(1),
          })
          .optional(),
        tooShort: qualityRule.extend({ minChars: z.number().int().positive().default(800) }).optional(),
        offTopic: qualityRule.extend({ terms: z.array(nonEmpty).min(1), topic: pattern.optional(), minShare: z.number().min(0).max(1).optional(), generalMinShare: z.number().min(0).max(1).optional(), otherTopic: pattern.optional() }).optional(),
        repeatedParagraph: qualityRule.extend({ minChars: z.number().int().positive().default(40) }).optional(),
        otherDocument: qualityRule.optional(),
        formatMismatch: qualityRule.optional(),
      })
      .default({}),
    cues: z
      .strictObject({
        plan: z.array(pattern).optional(),
        planWeak: z.array(pattern).optional(),
        past: z.array(pattern).optional(),
        doneUnderPlans: z.array(pattern).optional(),
        notDone: z.array(pattern).optional(),
        notDoneHere: z.array(pattern).optional(),
        outsiders: z.array(pattern).optional(),
        shortcoming: z.array(pattern).optional(),
        notShortcoming: z.array(pattern).optional(),
        otherActors: z.array(pattern).optional(),
        selfActors: z.array(pattern).optional(),
        speech: z.array(pattern).optional(),
        answer: z.array(pattern).optional(),
        background: z.array(pattern).optional(),
        empty: z.array(pattern).optional(),
        planHeadings: pattern.optional(),
        planActions: pattern.optional(),
        shortcomingHeadings: pattern.optional(),
        notTheReport: z.array(pattern).optional(),
        claimedWhole: z.array(pattern).optional(),
        blankFigure: z.array(pattern).optional(),
        deadline: z.array(pattern).optional(),
        stockClaim: z.array(pattern).optional(),
        attendedOnly: z.array(pattern).optional(),
      })
      .default({}),
  })
  .superRefine((r, ctx) => {
    for (const d of repeats(r.criteria, (c) => c.id)) ctx.addIssue({ code: 'custom', path: ['criteria', d.at, 'id'], message: `评分项 id "${d.value}" 重复`, params: { first: d.first } });
    // Two criteria of one name are two rows a reviewer cannot tell apart, and `rubric explain 名称` could only pick one.
    for (const d of repeats(r.criteria, (c) => c.name)) ctx.addIssue({ code: 'custom', path: ['criteria', d.at, 'name'], message: `评分项名称“${d.value}”重复`, params: { first: d.first } });
  });

export type RubricInput = z.input<typeof rubricSchema>;
export type RubricParsed = z.output<typeof rubricSchema>;

/** Every field name a rubric may use, for "did you mean" hints on unknown keys. */
export const KNOWN_KEYS: readonly string[] = [
  ...new Set([
    ...Object.keys(rubricSchema.shape),
    ...Object.keys(criterion.shape),
    ...Object.keys(signal.shape),
    ...Object.keys(part.shape),
    ...Object.keys(qualityRule.shape),
    ...MATCHER_KEYS,
    ...['chars', 'sections', 'notSections', 'opens'],
    ...['placeholder', 'outdatedTerm', 'levelInconsistency', 'vague', 'tooShort', 'offTopic', 'repeatedParagraph', 'otherDocument', 'formatMismatch', 'patterns', 'terms', 'term', 'after', 'unless', 'replacement', 'own', 'superior', 'parent', 'minQuantitiesPer1000', 'minConcreteShare', 'stock', 'minStockSentences', 'minStockShare', 'thinStock', 'maxConcreteShare', 'minPartialShare', 'minPartialCriteria', 'minChars', 'topic', 'minShare', 'generalMinShare', 'otherTopic', 'redactions'],
    ...['short', 'shortPartsForPartial', 'plan', 'planWeak', 'past', 'doneUnderPlans', 'notDone', 'notDoneHere', 'outsiders', 'shortcoming', 'notShortcoming', 'otherActors', 'selfActors', 'speech', 'answer', 'background', 'empty', 'planHeadings', 'planActions', 'shortcomingHeadings', 'notTheReport', 'claimedWhole', 'blankFigure', 'deadline', 'stockClaim', 'attendedOnly', 'training'],
  ]),
];
