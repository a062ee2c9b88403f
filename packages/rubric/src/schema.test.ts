import { describe, expect, it } from 'vitest';
import { DEFAULT_CUES } from './cues.ts';
import { rubricSchema, splitLookbehinds } from './schema.ts';

const signal = { name: '有经费', match: { terms: ['经费'] } };
const minimal = (criterion: Record<string, unknown> = {}, top: Record<string, unknown> = {}) => ({
  id: 'tiny',
  name: '小标准',
  version: 1,
  grades: [{ name: '合格', min: 0 }],
  criteria: [{ id: 'funding', name: '经费', points: 10, signals: [signal], suggestion: '写经费', ...criterion }],
  ...top,
});

const messages = (input: unknown) => {
  const r = rubricSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('splitLookbehinds', () => {
  it('takes each lookbehind out of the pattern, its body kept to be checked on its own', () => {
    expect(splitLookbehinds('(?<![分社园])区委')).toEqual({ rest: '区委', lookbehinds: ['[分社园]'] });
    expect(splitLookbehinds('(?<=a+)b(?<!x{2,})y')).toEqual({ rest: 'by', lookbehinds: ['a+', 'x{2,}'] });
  });

  it('understands a ) inside a character class and nested groups', () => {
    expect(splitLookbehinds('(?<=[)])x').rest).toBe('x');
    expect(splitLookbehinds('(?<=(ab))c')).toEqual({ rest: 'c', lookbehinds: ['(ab)'] });
  });

  it('does not take an escaped parenthesis for a lookbehind', () => {
    expect(splitLookbehinds('\\(?<=a)')).toEqual({ rest: '\\(?<=a)', lookbehinds: [] });
  });
});

describe('rubricSchema', () => {
  it('fills the defaults of a minimal rubric', () => {
    const r = rubricSchema.safeParse(minimal());
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.version).toBe('1');
    expect(r.data.quality).toEqual({});
    expect(r.data.cues).toEqual({});
    const c = r.data.criteria[0];
    expect(c.required).toBe(false);
    expect(c.partsForPartial).toBe(1);
    expect(c.partialCredit).toBe(0.5);
    expect(c.parts).toEqual([]);
    expect(c.signals[0]).toEqual({ name: '有经费', match: { terms: ['经费'] }, strength: 'met', stance: 'done', scope: 'document', unless: [], ignore: [] });
  });

  it('refuses a pattern that cannot compile', () => {
    expect(messages(minimal({ signals: [{ name: 'x', match: { regex: '(经费' } }] })).join('\n')).toContain('正则表达式 /(经费/ 无法编译：圆括号没有闭合');
    // In the rubric owner's words, V8's English reason only where it is not known.
    expect(messages(minimal({ signals: [{ name: 'x', match: { regex: '经费{2,1}' } }] })).join('\n')).toContain('无法编译：量词 {m,n} 中 m 大于 n');
    expect(messages(minimal({ signals: [{ name: 'x', match: { regex: '[费-经]' } }] })).join('\n')).toContain('无法编译：方括号中的字符范围前后颠倒');
  });

  it('refuses a nested quantifier, in a lookbehind too, and accepts a lookbehind with a plain quantifier', () => {
    expect(messages(minimal({ signals: [{ name: 'x', match: { regex: '(a+)+$' } }] })).join('\n')).toContain('可能出现灾难性回溯');
    expect(messages(minimal({ signals: [{ name: 'x', match: { regex: '(?<=(a+)+)b' } }] })).join('\n')).toContain('可能出现灾难性回溯');
    expect(messages(minimal({ signals: [{ name: 'x', match: { regex: '(?<=四个一[”"]?(制度|要求)?)[：:]' } }] }))).toEqual([]);
  });

  it('accepts an optional part inside an optional or bounded group, which backtracks a bounded number of ways, and refuses a repeated part in an unbounded one', () => {
    for (const ok of ['(每个?月)?办公', '(的?次数)?少', '还有(一定的?|一段)?(距离|差距)', 'a(x{0,3}){0,5}', 'b(a?)+', '(a+)?b']) expect(messages(minimal({ signals: [{ name: 'x', match: { regex: ok } }] })), ok).toEqual([]);
    for (const bad of ['(ab*)+c', '([^，]{0,16}x)+', '(a+){2,9}', '(a{1,3})*b']) expect(messages(minimal({ signals: [{ name: 'x', match: { regex: bad } }] })).join('\n'), bad).toContain('灾难性回溯');
  });

  it('accepts every built-in cue list as `shuzhi rubric cues` prints it, to be pasted under cues: and added to', () => {
    expect(messages(minimal({}, { cues: DEFAULT_CUES }))).toEqual([]);
  });

  it('refuses a pattern that can match the empty string, which would never count', () => {
    expect(messages(minimal({ signals: [{ name: 'x', match: { regex: '^(?![^。]*村)' } }] })).join('\n')).toContain('能匹配空字符串');
    expect(messages(minimal({ signals: [{ name: 'x', match: { regex: '^(?![^。]*村)[^。]+' } }] }))).toEqual([]);
    expect(messages(minimal({ signals: [{ name: 'x', match: { regex: '(?<![分社])区委' } }] }))).toEqual([]);
  });

  it('refuses a repeated group whose branches can start alike, which hung scoring though no repetition is nested', () => {
    const refused = messages(minimal({ signals: [{ name: 'x', match: { regex: '(经|经)+$' } }] })).join('\n');
    expect(refused).toContain('可能出现灾难性回溯');
    expect(refused).toContain('(经|经)');
    expect(messages(minimal({ signals: [{ name: 'x', match: { regex: '(a|ab)*c' } }] })).join('\n')).toContain('灾难性回溯');
    // Branches that start differently, a bounded repetition, a lookahead: accepted.
    for (const ok of ['(甲|乙)+', '(?:多|余)?元', '(x|\\d)+', '(?:a(?=b)|c)+', '(经|经)?费']) expect(messages(minimal({ signals: [{ name: 'x', match: { regex: ok } }] })), ok).toEqual([]);
  });

  it('checks patterns in scopes and cues too', () => {
    expect(messages(minimal({ signals: [{ ...signal, scope: { sections: '(x+)+' } }] })).join('\n')).toContain('灾难性回溯');
    expect(messages(minimal({}, { cues: { plan: ['(今后+)+'] } })).join('\n')).toContain('灾难性回溯');
  });

  it('allows only the i, m, s and u regex flags', () => {
    expect(messages(minimal({ signals: [{ name: 'x', match: { regex: '经费', flags: 'g' } }] })).join('\n')).toContain('只允许 i、m、s、u 标志');
    expect(messages(minimal({ signals: [{ name: 'x', match: { regex: '经费', flags: 'iu' } }] }))).toEqual([]);
  });

  it('takes a condition on the required criteria in a grade band, but not on the band every score falls back to', () => {
    expect(messages(minimal({}, { grades: [{ name: '优秀', min: 90, required: 'met' }, { name: '合格', min: 0 }] }))).toEqual([]);
    expect(messages(minimal({}, { grades: [{ name: '合格', min: 0, required: 'present' }] }))).toEqual(['grades: 必须有一个 min: 0 且不带 required 条件的等级，保证每个得分都有等级']);
    expect(messages(minimal({}, { grades: [{ name: '合格', min: 0 }, { name: '优秀', min: 90, required: 'all' }] })).length).toBe(1);
  });

  it('requires a grade with min 0', () => {
    expect(messages(minimal({}, { grades: [{ name: '合格', min: 60 }] }))).toEqual(['grades: 必须有一个 min: 0 且不带 required 条件的等级，保证每个得分都有等级']);
  });

  it('requires signals or parts, and exactly one of match and signals in a part', () => {
    expect(messages(minimal({ signals: [] }))).toEqual(['criteria.0: 评分项至少要有一个 signals 或 parts']);
    const both = { id: 'a', name: 'A', match: { terms: ['经费'] }, signals: [signal] };
    expect(messages(minimal({ signals: [], parts: [both] }))).toEqual(['criteria.0.parts.0: 每个 part 要么写 match，要么写 signals（二选一）']);
  });

  it('refuses partsForMet above the number of parts', () => {
    const parts = [
      { id: 'a', name: 'A', match: { terms: ['经费'] } },
      { id: 'b', name: 'B', match: { terms: ['资金'] } },
    ];
    expect(messages(minimal({ signals: [], parts, partsForMet: 3 }))).toEqual(['criteria.0.partsForMet: partsForMet (3) 超过了 parts 的个数 (2)']);
    expect(messages(minimal({ signals: [], parts, partsForMet: 2 }))).toEqual([]);
  });

  it('refuses `within: topic` in a criterion without a topic, also inside a part’s signals', () => {
    const inTopic = { all: [{ terms: ['经费'] }, { quantity: 'money' }], within: 'topic' };
    expect(messages(minimal({ signals: [{ name: '有经费', match: inTopic }] }))).toEqual(['criteria.0.topic: 用了 within: topic 的评分项要写 topic（本项工作的关键词）']);
    expect(messages(minimal({ signals: [], parts: [{ id: 'a', name: '甲', signals: [{ name: '有经费', match: { any: [inTopic] } }] }] }))).toHaveLength(1);
    expect(messages(minimal({ topic: '经费', signals: [{ name: '有经费', match: inTopic }] }))).toEqual([]);
  });

  it('refuses an `all` with a single child and a criterion id with capitals', () => {
    expect(messages(minimal({ signals: [{ name: 'x', match: { all: [{ terms: ['经费'] }] } }] })).length).toBeGreaterThan(0);
    expect(messages(minimal({ id: 'Funding' }))).toEqual(['criteria.0.id: 只能用小写字母、数字和连字符，如 support-funding']);
  });

  it('refuses a signal without match unless its stance is plan or shortcoming', () => {
    expect(messages(minimal({ signals: [{ name: '无匹配' }] }))).toEqual(['criteria.0.signals.0.match: 缺少 match（只有 stance 为 plan 或 shortcoming 时可以省略，表示该立场的任何句子）']);
    expect(messages(minimal({ signals: [{ name: '打算', stance: 'plan' }, { name: '不足', stance: 'shortcoming' }] }))).toEqual([]);
    expect(messages(minimal({ signals: [{ name: '任何', stance: 'any' }] }))).toHaveLength(1);
  });

  it('refuses duplicate part ids within a criterion, and a grade band above 100 %', () => {
    const part = (id: string) => ({ id, name: id, match: { terms: ['经费'] } });
    expect(messages(minimal({ signals: [], parts: [part('monthly'), part('monthly')] }))).toEqual(['criteria.0.parts.1.id: part id "monthly" 重复']);
    expect(messages(minimal({}, { grades: [{ name: '优秀', min: 190 }, { name: '合格', min: 0 }] })).join('\n')).toContain('grades.0.min');
  });

  it('takes a veto or an ignored phrase with the cause a reviewer is told (because), and refuses a cause of no known kind', () => {
    const guarded = { unless: [{ because: 'levelAbove', match: { regex: '省级' } }], ignore: [{ because: 'rule', match: { terms: ['每月'] } }, { terms: ['每季度'] }] };
    expect(messages(minimal(guarded))).toEqual([]);
    expect(messages(minimal({ unless: [{ because: 'superior', match: { regex: '省级' } }] })).join('\n')).toContain('criteria.0.unless.0');
    // (An ignored phrase that only says where is refused inside its guard too, at the matcher's own path.)
    expect(messages(minimal({ ignore: [{ because: 'rule', match: { section: '职责' } }] })).join('\n')).toContain('criteria.0.ignore.0.match');
  });

  it('refuses duplicate criterion ids, naming the first', () => {
    const second = { id: 'funding', name: '经费2', points: 5, signals: [signal], suggestion: 's' };
    const input = minimal();
    input.criteria.push(second as (typeof input.criteria)[number]);
    expect(messages(input)).toEqual(['criteria.1.id: 评分项 id "funding" 重复']);
  });
});
