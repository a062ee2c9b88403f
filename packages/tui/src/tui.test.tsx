/** @jsxRuntime automatic */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseReport } from '@shuzhi/parser';
import { loadRubric, scoreReport } from '@shuzhi/rubric';
import type { BatchResult, Outcome, Override, Rubric, ScoreCard } from '@shuzhi/types';
import { rubricRef } from '@shuzhi/types';
import { BatchApp, BatchSession, CheckApp, CheckSession, colorFromEnv, scoreChange, truncate, wrapText, type CriterionInfo, type Line } from './index.ts';
import { isInteractive } from './early.ts';
import { criterionDetail } from './details.ts';
import { markSpans, styleProps } from './ui.tsx';

const REPORTS = fileURLToPath(new URL('../../../corpus/reports/', import.meta.url));
const PLANS = '　　下一步，我将每季度召开一次议军会，推动民兵训练基地建设。\n';
const DOWN = '\u001B[B';
const ESC = '\u001B';

let rubric: Rubric;
let criteria: CriterionInfo[];
const cards: Record<string, ScoreCard> = {};

async function score(name: string, text?: string): Promise<ScoreCard> {
  const source = text === undefined ? `${REPORTS}${name}` : { name, bytes: new Uint8Array(Buffer.from(text, 'utf8')) };
  const parsed = await parseReport(source);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return scoreReport(parsed.value, rubric);
}

beforeAll(async () => {
  const loaded = loadRubric('party-armed-forces');
  if (!loaded.ok) throw new Error('rubric');
  rubric = loaded.value;
  criteria = rubric.criteria.map((c) => ({ id: c.id, name: c.name, required: c.required, max: c.points }));
  // 04 lacks plans (missing), has partial 四个一 and 经费保障, and one outdated term; 01 meets everything; 06 is short and thin.
  for (const name of ['04-county-2019-part-style.txt', '01-county-2023-typed-headings.txt', '06-street-2025-short.txt']) cards[name] = await score(name);
  cards.withPlans = await score('04-county-2019-part-style.txt', readFileSync(`${REPORTS}04-county-2019-part-style.txt`, 'utf8') + PLANS);
}, 60_000);

const instances: { unmount: () => void }[] = [];
afterEach(() => {
  while (instances.length) instances.pop()!.unmount();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until the frame satisfies `ok` (Ink renders and subscribes to keys asynchronously). */
async function frameWhere(frame: () => string | undefined, ok: (f: string) => boolean, what: string): Promise<string> {
  const until = Date.now() + 5000;
  for (;;) {
    const f = frame() ?? '';
    if (ok(f)) return f;
    if (Date.now() > until) throw new Error(`frame never showed ${what}:\n${f}`);
    await sleep(20);
  }
}

function checkScreen(card: ScoreCard | null, options: { color?: boolean; watching?: boolean; columns?: number } = {}) {
  const session = new CheckSession(`${REPORTS}04-county-2019-part-style.txt`, { watching: options.watching });
  if (card) session.result({ file: card.file, ok: true, card });
  const app = render(<CheckApp session={session} criteria={criteria} size={{ columns: options.columns ?? 80, rows: 24 }} color={options.color ?? false} />);
  instances.push(app);
  const frame = () => app.lastFrame() ?? '';
  const press = async (key: string, expect: (f: string) => boolean, what: string) => {
    await sleep(30);
    app.stdin.write(key);
    return frameWhere(frame, expect, what);
  };
  return { app, session, frame, press };
}

/** The check screen with a card, once its score is drawn. */
async function scoredScreen(card: ScoreCard, options: { color?: boolean; watching?: boolean } = {}) {
  const screen = checkScreen(card, options);
  await frameWhere(screen.frame, (x) => x.includes('得分'), 'the score');
  return screen;
}

const lines = (frame: string) => frame.split('\n');
const widest = (frame: string) => Math.max(...lines(frame).map((l) => stringWidth(l)));
/** The checklist row of a criterion (the left pane). */
const row = (frame: string, name: string) => lines(frame).find((l) => l.includes(` ${name}`) && l.startsWith('│'));

describe('check screen', () => {
  it('lays out title, score/max, grade and the checklist in 80×24 with Chinese text', async () => {
    const { frame } = checkScreen(cards['04-county-2019-part-style.txt']);
    const f = await frameWhere(frame, (x) => x.includes('得分'), 'the score');
    expect(lines(f)).toHaveLength(23);
    expect(widest(f)).toBeLessThanOrEqual(80);
    expect(f).toContain('县委书记2019年度党管武装工作述职报告');
    expect(f).toContain('得分 75.5/100');
    // 75.5 points, but the 下步打算 is missing: no 良好.
    expect(f).toContain('等级 合格');
    expect(row(f, '落实“四个一”制度*')).toMatch(/▶◐ 落实“四个一”制度\*\s+7\.5\/15│/);
    expect(row(f, '建立激励考核机制*')).toMatch(/ ✔ 建立激励考核机制\*\s+10\/10│/);
    expect(row(f, '下步打算*')).toMatch(/ ✖ 下步打算\*\s+0\/10│/);
    expect(f).toContain('缺项：下步打算');
    // The finding, with its line.
    expect(f).toContain('警告 第11行');
  });

  it('says the score line in fewer words in a narrow terminal, so the count of 缺项 at its end stays on screen', async () => {
    const { frame } = checkScreen(cards['04-county-2019-part-style.txt'], { columns: 40 });
    const f = await frameWhere(frame, (x) => x.includes('得分'), 'the score');
    expect(widest(f)).toBeLessThanOrEqual(40);
    expect(f).toMatch(/得分 75\.5\/100 合格 .*必备✔\d ◐\d ✖1/);
  });

  it('widens the checklist and the findings with a wide terminal, so a finding’s message is not cut at 38 columns', async () => {
    const { frame } = checkScreen(cards['04-county-2019-part-style.txt'], { columns: 160 });
    const f = await frameWhere(frame, (x) => x.includes('得分'), 'the score');
    expect(widest(f)).toBeLessThanOrEqual(160);
    // The left pane's right border stands at column 48 (30 % of 160), not 40.
    const left = row(f, '下步打算*')!;
    expect(stringWidth(left.slice(0, left.indexOf('│', 1) + 1))).toBe(48);
  });

  it('shows the rubric and a loading state before the first score', async () => {
    const { frame } = checkScreen(null);
    const f = await frameWhere(frame, (x) => x.includes('评分项'), 'the checklist');
    expect(f).toContain('正在加载分词词典');
    expect(row(f, '落实“四个一”制度*')).toMatch(/· 落实“四个一”制度\*\s+–\/15/);
    expect(lines(f)).toHaveLength(23);
  });

  it('a file that cannot be scored says so in every pane, not "scoring", and a later save scores it', async () => {
    const { frame, press, session } = checkScreen(null, { watching: true });
    session.result({ file: 'x', ok: false, error: { code: 'BINARY_FILE', message: '不是文本文件（含有二进制数据）' } });
    const f = await frameWhere(frame, (x) => x.includes('无法评分，没有问题清单'), 'the failure in the panes');
    expect(f).toContain('无法评分：不是文本文件（含有二进制数据） [BINARY_FILE]  修改后保存即重新评分');
    // The right pane: the cause, where the evidence would be.
    expect(lines(f).find((l) => l.includes('满分 15 分'))).toBeDefined();
    expect(f.split('无法评分：不是文本文件').length - 1).toBe(2);
    expect(f).not.toContain('评分中');
    expect(f).not.toMatch(/│ …\s+│/);
    const g = await press('\t', (x) => x.includes('问题详情'), 'the findings pane');
    // The findings' detail pane: the cause too (besides the status line).
    expect(g.split('无法评分：不是文本文件').length - 1).toBe(2);
    expect(g).not.toContain('评分中');
    session.scoring();
    await frameWhere(frame, (x) => x.includes('正在重新评分'), 'the re-scoring note');
    session.result({ file: 'x', ok: true, card: cards['04-county-2019-part-style.txt'] });
    const h = await frameWhere(frame, (x) => x.includes('得分 75.5/100'), 'the score after the save');
    expect(h).not.toContain('无法评分');
  });

  it('moves the selection with ↓/j and shows that criterion’s evidence with section and line', async () => {
    const { press } = await scoredScreen(cards['04-county-2019-part-style.txt']);
    const f = await press(DOWN, (x) => x.includes('▶✔ 建立激励考核机制'), 'the second row selected');
    expect(f).toContain('✔ 建立激励考核机制（必备）');
    expect(f).toContain('证据（1）：');
    expect(f).toContain('［第9行 · 第一部分履行职责情况');
    // Matched words are bracketed when there is no colour.
    expect(f).toContain('「考核」');
    const g = await press('j', (x) => x.includes('▶◐ 经费保障'), 'j moves too');
    expect(g).not.toContain('建立激励考核机制（必备）');
  });

  it('shows 建议 for a partial criterion and for a missing one', async () => {
    const { frame, press } = await scoredScreen(cards['04-county-2019-part-style.txt']);
    await press('jj', (x) => x.includes('▶◐ 经费保障'), '经费保障 selected');
    const f = frame();
    expect(f).toContain('部分满足  得分 5/10');
    expect(f).toContain('建议：经费保障只是原则表述');
    const g = await press('jj', (x) => x.includes('▶✖ 下步打算'), '下步打算 selected');
    expect(g).toContain('缺项  得分 0/10');
    expect(g).toContain('建议：在报告末尾写明下步打算');
    expect(g).toContain('报告中没有找到相关的句子');
  });

  it('reads keys that arrive in one chunk (tmux, typing fast) one by one, Enter included', async () => {
    const { press } = await scoredScreen(cards['04-county-2019-part-style.txt']);
    const f = await press('jj\r', (x) => x.includes('Esc/←/q 收起'), 'two rows down, then expanded');
    expect(f).toContain('经费保障');
    expect(f).not.toContain('评分项（*必备）');
  });

  it('expands with Enter to the full width and collapses with Esc', async () => {
    const { press } = await scoredScreen(cards['04-county-2019-part-style.txt']);
    const f = await press('\r', (x) => x.includes('Esc/←/q 收起'), 'the expanded view');
    expect(f).not.toContain('评分项（*必备）');
    // The whole of 四个一's evidence fits at full width.
    expect(f).toContain('我「每月」到县「人武部办公一次」');
    expect(widest(f)).toBeLessThanOrEqual(80);
    await press(ESC, (x) => x.includes('评分项（*必备）'), 'the checklist again');
  });

  it('q in the expanded details goes back to the list, and only there quits', async () => {
    const { press } = await scoredScreen(cards['04-county-2019-part-style.txt']);
    await press('\t\r', (x) => x.includes('Esc/←/q 收起') && x.includes('问题详情'), 'a finding expanded');
    const back = await press('q', (x) => x.includes('评分项（*必备）'), 'the list again, not the end of the app');
    expect(back).toContain('问题');
  });

  it('lists a finding of severity 错误 first (a file that is no such report), before warnings and hints', async () => {
    const base = cards['04-county-2019-part-style.txt'];
    const f = (severity: 'error' | 'warning' | 'info', rule: string, message: string) => ({ rule, severity, deduction: 0, message, text: '', paragraph: null, line: null, start: 0, end: 0 });
    const card = { ...base, findings: [f('info', 'vague', '数据偏少'), f('warning', 'placeholder', '未填写的占位符'), f('error', 'off-topic', '疑似错交了其他材料')] };
    const { press } = await scoredScreen(card);
    const g = await press('\t', (x) => x.includes('问题详情'), 'the findings pane');
    const at = (text: string) => g.indexOf(text);
    expect(at('疑似错交了其他材料')).toBeGreaterThan(-1);
    expect(at('疑似错交了其他材料')).toBeLessThan(at('未填写的占位符'));
    expect(at('未填写的占位符')).toBeLessThan(at('数据偏少'));
  });

  it('filters criteria and findings with /', async () => {
    const { press } = await scoredScreen(cards['04-county-2019-part-style.txt']);
    await press('/', (x) => x.includes('筛选：'), 'the filter prompt');
    const f = await press('经费', (x) => x.includes('筛选“经费” 1/11'), 'the narrowed list');
    expect(row(f, '经费保障*')).toMatch(/◐ 经费保障\*\s+5\/10/);
    expect(row(f, '下步打算*')).toBeUndefined();
    expect(f).toContain('问题（0/1）');
    await press('\r', (x) => x.includes('Enter 展开'), 'the filter kept');
    const g = await press(ESC, (x) => x.includes('评分项（*必备）'), 'Esc clears the filter');
    expect(row(g, '下步打算*')).toMatch(/✖ 下步打算\*\s+0\/10/);
    // Status names filter too.
    await press('/', (x) => x.includes('筛选：'), 'the filter prompt');
    const h = await press('缺项', (x) => x.includes('筛选“缺项”'), 'status filter');
    expect(row(h, '下步打算*')).toMatch(/✖ 下步打算\*/);
    expect(row(h, '经费保障*')).toBeUndefined();
  });

  it('shows help with ? and closes it with any key', async () => {
    const { press } = await scoredScreen(cards['04-county-2019-part-style.txt']);
    const f = await press('?', (x) => x.includes('帮助（按任意键关闭）'), 'help');
    expect(f).toContain('Tab');
    expect(f).toContain('✔ 满足');
    expect(f).toContain('部分满足');
    await press('x', (x) => !x.includes('帮助（按任意键关闭）'), 'help closed');
  });

  it('switches to the findings with Tab and shows the finding with its line and the term marked', async () => {
    const { press } = await scoredScreen(cards['04-county-2019-part-style.txt']);
    const f = await press('\t', (x) => x.includes('问题详情'), 'the findings pane');
    expect(f).toContain('▸问题（1）');
    expect(f).toContain('警告 · 过时提法');
    expect(f).toContain('位置：第11行');
    expect(f).toContain('「社会主义新农村建设」');
  });

  it('shows the change since the last save after a re-score, keeping the selection', async () => {
    const { frame, press, session } = await scoredScreen(cards['04-county-2019-part-style.txt'], { watching: true });
    await press('jj', (x) => x.includes('▶◐ 经费保障'), '经费保障 selected');
    session.scoring();
    await frameWhere(frame, (x) => x.includes('正在重新评分'), 'the re-scoring note');
    session.result({ file: 'x', ok: true, card: cards.withPlans });
    const f = await frameWhere(frame, (x) => x.includes('→'), 'the change line');
    expect(f).toContain('较上次保存：75.5 → 85.5 (+10)');
    expect(f).toContain('下步打算 ✖→✔');
    expect(f).toContain('得分 85.5/100');
    expect(f).toContain('▶◐ 经费保障');
    expect(f).toContain('监视中');
    // The changed criterion says what it was.
    const g = await press('jj', (x) => x.includes('▶✔ 下步打算'), '下步打算 selected');
    expect(g).toContain('上次保存：缺项 → 满足');
  });

  it('keeps the last card and says why when a re-score fails', async () => {
    const { frame, session } = await scoredScreen(cards['04-county-2019-part-style.txt'], { watching: true });
    session.result({ file: 'x', ok: false, error: { code: 'CORRUPT_FILE', message: 'Word 文件已损坏' } });
    const f = await frameWhere(frame, (x) => x.includes('重新评分失败'), 'the failure');
    expect(f).toContain('Word 文件已损坏 [CORRUPT_FILE]');
    expect(f).toContain('得分 75.5/100');
  });

  it('a deleted file says it is gone instead of the error of an earlier save, and is scored again when it reappears', async () => {
    const { frame, session } = await scoredScreen(cards['04-county-2019-part-style.txt'], { watching: true });
    session.result({ file: 'x', ok: false, error: { code: 'EMPTY_FILE', message: '文件为空' } });
    await frameWhere(frame, (x) => x.includes('重新评分失败'), 'the failure');
    session.removed();
    const f = await frameWhere(frame, (x) => x.includes('文件已删除或移走，等待重新出现…'), 'the file gone');
    expect(f).not.toContain('EMPTY_FILE');
    expect(f).toContain('显示的是上次的结果');
    // r while it is still missing: still gone, not a NOT_FOUND error.
    session.scoring();
    session.result({ file: 'x', ok: false, error: { code: 'NOT_FOUND', message: '文件不存在' } });
    const g = await frameWhere(frame, (x) => x.includes('等待重新出现'), 'still gone');
    expect(g).not.toContain('NOT_FOUND');
    session.scoring();
    session.result({ file: 'x', ok: true, card: cards.withPlans });
    const h = await frameWhere(frame, (x) => x.includes('得分 85.5/100'), 'the score after it reappears');
    expect(h).not.toContain('等待重新出现');
    expect(h).toContain('较上次保存：75.5 → 85.5 (+10)');
  });

  it('a deleted file that never scored says it is gone in the panes, not its old error', async () => {
    const { frame, session } = checkScreen(null, { watching: true });
    session.result({ file: 'x', ok: false, error: { code: 'BINARY_FILE', message: '不是文本文件（含有二进制数据）' } });
    await frameWhere(frame, (x) => x.includes('BINARY_FILE'), 'the failure');
    session.removed();
    const f = await frameWhere(frame, (x) => x.includes('无法评分：文件已删除或移走'), 'the file gone in the panes');
    expect(f).not.toContain('BINARY_FILE');
    expect(f).not.toContain('正在加载');
    session.scoring();
    session.result({ file: 'x', ok: true, card: cards['04-county-2019-part-style.txt'] });
    const g = await frameWhere(frame, (x) => x.includes('得分 75.5/100'), 'the score');
    expect(g).not.toContain('无法评分');
    expect(g).not.toContain('等待重新出现');
  });

  it('a file deleted while it is being read stays gone, whatever that read returned', () => {
    const session = new CheckSession('x.txt', { watching: true });
    session.result({ file: 'x', ok: true, card: cards['04-county-2019-part-style.txt'] });
    session.scoring();
    session.removed();
    session.result({ file: 'x', ok: false, error: { code: 'READ_ERROR', message: '无法读取文件' } });
    expect(session.get()).toMatchObject({ gone: true, error: null, busy: false });
    // A later save clears it, and a bad save after that shows its error.
    session.scoring();
    session.result({ file: 'x', ok: false, error: { code: 'EMPTY_FILE', message: '文件为空' } });
    expect(session.get()).toMatchObject({ gone: false, error: '文件为空 [EMPTY_FILE]' });
    session.scoring();
    session.result({ file: 'x', ok: true, card: cards['04-county-2019-part-style.txt'] });
    expect(session.get()).toMatchObject({ gone: false, error: null });
  });

  it('formats a score change as `82 → 87 (+5)`', () => {
    expect(scoreChange(82, 87)).toBe('82 → 87 (+5)');
    expect(scoreChange(87, 82)).toBe('87 → 82 (-5)');
    expect(scoreChange(75.5, 75.5)).toBe('75.5 → 75.5 (±0)');
    expect(scoreChange(57.25, 60.5)).toBe('57.25 → 60.5 (+3.25)');
  });
});

describe('colour and NO_COLOR', () => {
  it('highlights matched words bold and inverse with colour, bracketed 「」 without', () => {
    expect(styleProps('hl', { color: true })).toEqual({ bold: true, inverse: true });
    expect(styleProps('met', { color: true })).toEqual({ color: 'green' });
    expect(styleProps('met', { color: false })).toEqual({});
    expect(markSpans('县里在经费上给予支持', [{ start: 3, end: 5 }], { color: true })).toEqual([{ text: '县里在' }, { text: '经费', style: 'hl' }, { text: '上给予支持' }]);
    expect(markSpans('县里在经费上给予支持', [{ start: 3, end: 5 }], { color: false }).map((s) => s.text).join('')).toBe('县里在「经费」上给予支持');
    expect(colorFromEnv({ NO_COLOR: '1' })).toBe(false);
    expect(colorFromEnv({})).toBe(true);
  });

  it('is interactive only on a terminal, outside CI, and not for --no-interactive or JSON', () => {
    // vitest's stdout is not a TTY.
    expect(isInteractive({}, {})).toBe(false);
    const tty = process.stdout.isTTY;
    const ttyIn = process.stdin.isTTY;
    try {
      process.stdout.isTTY = true;
      process.stdin.isTTY = true;
      expect(isInteractive({}, {})).toBe(true);
      expect(isInteractive({}, { CI: 'true' })).toBe(false);
      expect(isInteractive({}, { CI: 'false' })).toBe(true);
      expect(isInteractive({ interactive: false }, {})).toBe(false);
      expect(isInteractive({ format: 'json' }, {})).toBe(false);
    } finally {
      process.stdout.isTTY = tty;
      process.stdin.isTTY = ttyIn;
    }
  });
});

describe('display width', () => {
  it('wraps and truncates Chinese by columns, never splitting a line before closing punctuation', () => {
    const text = '县财政全年列支410万元，用于人武部营区改造和民兵训练基地建设。';
    for (const w of [10, 17, 20, 33]) {
      const wrapped = wrapText(text, w);
      for (const l of wrapped) expect(stringWidth(l.map((s) => s.text).join(''))).toBeLessThanOrEqual(w);
      expect(wrapped.map((l) => l.map((s) => s.text).join('')).join('')).toBe(text);
      for (const l of wrapped.slice(1)) expect(l[0].text[0]).not.toMatch(/[，。]/);
    }
    expect(truncate('落实“四个一”制度', 9)).toBe('落实“四…');
    // A table row's cells are separated by tabs, which a terminal would widen past the frame: two spaces each.
    // A figure stays whole: "另拨付专项资金120万元" at a width that would cut it after 12.
    const money = wrapText('县财政另拨付专项资金120万元用于民兵训练基地建设', 18).map((l) => l.map((s) => s.text).join(''));
    expect(money).toEqual(['县财政另拨付专项资', '金120万元用于民兵', '训练基地建设']);
    expect(wrapText('县财政另拨付专项资120万元', 20).map((l) => l.map((s) => s.text).join(''))).toEqual(['县财政另拨付专项资', '120万元']);
    expect(wrapText('人武部日常运转\t160\t市本级财政预算', 40).map((l) => l.map((s) => s.text).join(''))).toEqual(['人武部日常运转  160  市本级财政预算']);
    expect(truncate('民兵训练\t120', 20)).toBe('民兵训练  120');
    expect(stringWidth(truncate('落实“四个一”制度', 9))).toBeLessThanOrEqual(9);
  });
});

describe('batch table', () => {
  const files = ['04-county-2019-part-style.txt', '01-county-2023-typed-headings.txt', '06-street-2025-short.txt'];

  function batchScreen() {
    const session = new BatchSession(files.length + 1);
    const outcomes: Outcome[] = files.map((f) => ({ file: `reports/${f}`, ok: true, card: cards[f] }));
    outcomes.push({ file: 'reports/扫描件.pdf', ok: false, error: { code: 'UNSUPPORTED_FORMAT', message: '这是 PDF 文件，请提交 Word 或文本格式' } });
    const result: BatchResult = {
      rubric: rubricRef(rubric),
      outcomes,
      similar: [{ a: 'reports/04-county-2019-part-style.txt', b: 'reports/01-county-2023-typed-headings.txt', similarity: 0.91, passages: [] }],
      groups: [],
      overrides: {},
      interrupted: false,
    };
    const exports: { path: string; force: boolean }[] = [];
    const recorded: Override[] = [];
    const app = render(
      <BatchApp
        session={session}
        rubric={{ name: rubric.name, criteria, grades: rubric.grades }}
        size={{ columns: 80, rows: 24 }}
        color={false}
        onExport={async (path, force) => {
          exports.push({ path, force });
          return exports.length === 1 ? { ok: false, code: 'OUTPUT_EXISTS', message: '文件已存在' } : { ok: true, path: `/tmp/${path}` };
        }}
        onOverride={(file, criterion, points, reason): Line => {
          recorded.push({ criterion, points, reason, at: '' });
          session.set({ overrides: { ...session.get().overrides, [file]: [...recorded] } });
          return [{ text: `已记录 ${criterion} ${points}` }];
        }}
      />,
    );
    instances.push(app);
    const frame = () => app.lastFrame() ?? '';
    const press = async (key: string, expect: (f: string) => boolean, what: string) => {
      await sleep(30);
      app.stdin.write(key);
      return frameWhere(frame, expect, what);
    };
    return { session, result, frame, press, exports, recorded };
  }

  const order = (f: string) =>
    lines(f)
      .filter((l) => /^[▶ ]\S+\.(txt|pdf)/.test(l))
      .map((l) => l.slice(1).split(/\s+/)[0]);

  it('shows progress while scoring, then the table of reports', async () => {
    const { session, result, frame } = batchScreen();
    session.progress({ done: 2, total: 4, failed: 0, cached: 1, file: 'reports/06-street-2025-short.txt', elapsedMs: 2000 });
    const p = await frameWhere(frame, (x) => x.includes('2/4'), 'progress');
    expect(p).toContain('50%');
    expect(p).toContain('速度 1.0 份/秒');
    expect(p).toContain('预计剩余 00:02');
    expect(p).toContain('当前：reports/06-street-2025-short.txt');
    session.done(result);
    const f = await frameWhere(frame, (x) => x.includes('排序：'), 'the table');
    expect(lines(f)).toHaveLength(23);
    expect(widest(f)).toBeLessThanOrEqual(80);
    expect(order(f)).toEqual(['01-county-2023-typed-headings.txt', '04-county-2019-part-style.txt', '06-street-2025-short.txt', '扫描件.pdf']);
    expect(f).toMatch(/04-county-2019-part-style\.txt\s+75\.5 合格\s+◐ ✔ ◐ ✔ ✖\s+1\s+91\.0%/);
    expect(f).toMatch(/06-street-2025-short\.txt\s+15\.5 不合格 ✖ ✖ ✖ ◐ ◐\s+3/);
    expect(f).toContain('扫描件.pdf');
    expect(f).toContain('处理失败 [UNSUPPORTED_FORMAT]');
  });

  it('stopped with q while scoring: says so once stopped, and lists the files never reached as not scored, not as failures', async () => {
    const { session, result, frame, press } = batchScreen();
    session.progress({ done: 1, total: 4, failed: 0, cached: 0, file: 'reports/06-street-2025-short.txt', elapsedMs: 1000 });
    await frameWhere(frame, (x) => x.includes('1/4'), 'progress');
    await press('q', (x) => x.includes('正在停止'), 'the stop asked for');
    session.done({ ...result, outcomes: result.outcomes.slice(0, 2), interrupted: true, unscored: ['reports/06-street-2025-short.txt', 'reports/扫描件.pdf'] });
    const f = await frameWhere(frame, (x) => x.includes('已中断：评分 2 份，未评分 2 份'), 'the table after the stop');
    expect(f).toContain('未评分 2 · 已中断');
    expect(f).not.toContain('失败');
    expect(f).toMatch(/06-street-2025-short\.txt\s+未评分（已中断）/);
  });

  it('cycles the sort with s and opens the same detail view as check with Enter, Esc back', async () => {
    const { session, result, frame, press } = batchScreen();
    session.done(result);
    await frameWhere(frame, (x) => x.includes('排序：得分（高→低）'), 'the table');
    const f = await press('s', (x) => x.includes('排序：得分（低→高）'), 'the next sort');
    expect(order(f).slice(0, 3)).toEqual(['06-street-2025-short.txt', '04-county-2019-part-style.txt', '01-county-2023-typed-headings.txt']);
    const g = await press('s', (x) => x.includes('排序：文件名'), 'sort by name');
    expect(order(g)[0]).toBe('01-county-2023-typed-headings.txt');
    // The selection follows the report, not the row: 01 was selected (the best), still is.
    expect(g).toContain('▶01-county-2023-typed-headings.txt');
    await press(DOWN, (x) => x.includes('▶04-county-2019-part-style.txt'), '04 selected');
    const d = await press('\r', (x) => x.includes('评分表 › 04-county-2019-part-style.txt'), 'the detail view');
    expect(d).toContain('得分 75.5/100');
    expect(d).toContain('▶◐ 落实“四个一”制度');
    expect(d).toContain('疑似雷同：与 01-county-2023-typed-headings.txt 相似度 91.0%');
    expect(d).toContain('q 返回评分表');
    const n = await press('n', (x) => x.includes('评分表 › 06-street-2025-short.txt'), 'the next report');
    expect(n).toContain('得分 15.5/100');
    await press(ESC, (x) => x.includes('排序：文件名'), 'back to the table');
  });

  it('filters the table with /', async () => {
    const { session, result, frame, press } = batchScreen();
    session.done(result);
    await frameWhere(frame, (x) => x.includes('排序：'), 'the table');
    await press('/', (x) => x.includes('筛选：'), 'the filter prompt');
    const f = await press('下步打算缺项', (x) => x.includes('1/4 份'), 'the narrowed table');
    expect(order(f)).toEqual(['04-county-2019-part-style.txt']);
  });

  it('sets an override from the detail view and shows the adjusted points and total', async () => {
    const { session, result, frame, press, recorded } = batchScreen();
    session.done(result);
    await frameWhere(frame, (x) => x.includes('排序：'), 'the table');
    await press(DOWN, (x) => x.includes('▶04-county'), '04 selected');
    await press('\r', (x) => x.includes('评分表 › 04-county'), 'the detail view');
    await press('jj', (x) => x.includes('▶◐ 经费保障'), '经费保障 selected');
    await press('o', (x) => x.includes('调整「经费保障」的得分（0–10，机评 5）'), 'the points prompt');
    await press('11', (x) => x.includes('：11'), 'typed');
    const refused = await press('\r', (x) => x.includes('得分须在 0 到 10 之间'), 'refused');
    // The reason stands beside the prompt, which stays for the correction.
    expect(lines(refused).some((l) => l.includes('：11') && l.includes('得分须在 0 到 10 之间'))).toBe(true);
    await press('\u007f', (x) => x.includes('：1_'), 'backspace');
    await press('\u007f8', (x) => x.includes('：8_'), 'typed 8');
    await press('\r', (x) => x.includes('调整为 8 分的理由'), 'the reason prompt');
    await press('有预算金额', (x) => x.includes('有预算金额_'), 'typed the reason');
    const f = await press('\r', (x) => x.includes('已记录 support-funding 8'), 'recorded');
    expect(recorded).toEqual([{ criterion: 'support-funding', points: 8, reason: '有预算金额', at: '' }]);
    expect(row(f, '经费保障*')).toMatch(/调8\/10│/);
    expect(f).toContain('得分 78.5/100（机评 75.5）');
    expect(f).toContain('复核调整：8 分（有预算金额）');
    // The detail's status is the adjusted points', the machine's beside it: 8 of 10 is still partial, and the points say so.
    expect(f).toContain('部分满足  得分 5/10 → 复核后 8/10');
    const t = await press(ESC, (x) => x.includes('排序：'), 'the table');
    expect(t).toMatch(/04-county-2019-part-style\.txt\s+调78\.5/);
  });

  it('counts the required elements after review: a missing one given points is no longer 缺项, in the detail view and the table', async () => {
    const { session, result, frame, press } = batchScreen();
    session.done(result);
    await frameWhere(frame, (x) => x.includes('排序：'), 'the table');
    await press(DOWN, (x) => x.includes('▶04-county'), '04 selected');
    const d = await press('\r', (x) => x.includes('评分表 › 04-county'), 'the detail view');
    expect(d).toMatch(/必备项 ✔2 ◐2 ✖1/);
    await press('jjjj', (x) => x.includes('▶✖ 下步打算'), '下步打算 selected');
    await press('o', (x) => x.includes('调整「下步打算」的得分'), 'the points prompt');
    await press('3', (x) => x.includes('：3'), 'typed');
    await press('\r', (x) => x.includes('调整为 3 分的理由'), 'the reason prompt');
    await press('有整改措施', (x) => x.includes('有整改措施'), 'typed the reason');
    const f = await press('\r', (x) => x.includes('已记录 plans 3'), 'recorded');
    expect(f).toMatch(/必备项 ✔2 ◐3 ✖0/);
    expect(row(f, '下步打算*')).toMatch(/◐ 下步打算\*\s+调3\//);
    // The machine's reading stays in the detail, beside the override.
    expect(f).toContain('复核调整：3 分（有整改措施）');
    const t = await press(ESC, (x) => x.includes('排序：'), 'the table');
    expect(t).toMatch(/04-county-2019-part-style\.txt\s+调78\.5 良好\s+◐ ✔ ◐ ✔ ◐/);
    expect(t).not.toContain('缺项：下步打算');
    expect(t).toMatch(/部分满足：.*下步打算/);
  });

  /** The batch screen on 04's detail view, with the points prompt open on its 经费保障. */
  async function fundingPrompt() {
    const screen = batchScreen();
    const { session, result, frame, press } = screen;
    session.done(result);
    await frameWhere(frame, (x) => x.includes('排序：'), 'the table');
    await press(DOWN, (x) => x.includes('▶04-county'), '04 selected');
    await press('\r', (x) => x.includes('评分表 › 04-county'), 'the detail view');
    await press('jj', (x) => x.includes('▶◐ 经费保障'), '经费保障 selected');
    await press('o', (x) => x.includes('调整「经费保障」的得分'), 'the points prompt');
    return screen;
  }

  it('shows points as the sheets do, to two decimals: 7.25 and 77.75, not 7.3 and 77.8', async () => {
    const { press } = await fundingPrompt();
    await press('7.25', (x) => x.includes('：7.25_'), 'typed');
    await press('\r', (x) => x.includes('调整为 7.25 分的理由'), 'the reason prompt');
    await press('酌情', (x) => x.includes('酌情_'), 'typed the reason');
    const f = await press('\r', (x) => x.includes('已记录'), 'recorded');
    expect(row(f, '经费保障*')).toMatch(/调7\.25\/10│/);
    expect(f).toContain('得分 77.75/100（机评 75.5）');
    const t = await press(ESC, (x) => x.includes('排序：'), 'the table');
    expect(t).toMatch(/04-county-2019-part-style\.txt\s+调77\.75/);
  });

  it('takes full-width digits as review set does, and echoes the number it read', async () => {
    const { press, recorded } = await fundingPrompt();
    await press('７．５', (x) => x.includes('：７．５_'), 'typed on a Chinese keyboard');
    await press('\r', (x) => x.includes('调整为 7.5 分的理由'), 'the reason prompt');
    await press('有预算', (x) => x.includes('有预算_'), 'typed the reason');
    await press('\r', (x) => x.includes('已记录'), 'recorded');
    expect(recorded).toEqual([{ criterion: 'support-funding', points: 7.5, reason: '有预算', at: '' }]);
    // Not a number at all is said so, not as a range.
    await press('o', (x) => x.includes('调整「经费保障」的得分'), 'the points prompt again');
    await press('九', (x) => x.includes('：九_'), 'typed');
    await press('\r', (x) => x.includes('得分须是数字，如 8 或 7.5（收到“九”）'), 'refused');
  });

  it('n goes on in the order the table showed when the report was opened, though an override moved it in the ranking', async () => {
    const { session, result, frame, press } = batchScreen();
    session.done(result);
    await frameWhere(frame, (x) => x.includes('排序：得分（高→低）'), 'the table');
    await press('\r', (x) => x.includes('评分表 › 01-county') && x.includes('第 1/3 份'), 'the best report');
    // 95 → 70, below 04's 75.5.
    for (const [keys, name] of [['', '落实“四个一”制度'], ['j', '建立激励考核机制']] as const) {
      if (keys) await press(keys, (x) => x.includes(`▶✔ ${name}`), name);
      await press('o', (x) => x.includes(`调整「${name}」的得分`), 'the points prompt');
      await press('0', (x) => x.includes('：0_'), 'typed 0');
      await press('\r', (x) => x.includes('调整为 0 分的理由'), 'the reason prompt');
      await press('未见原文', (x) => x.includes('未见原文_'), 'typed the reason');
      await press('\r', (x) => x.includes('已记录'), 'recorded');
    }
    const n = await press('n', (x) => x.includes('评分表 › 04-county'), 'the next report of the order shown');
    expect(n).toContain('第 2/3 份');
    await press('n', (x) => x.includes('评分表 › 06-street'), 'and the one after');
  });

  it('n n sent fast moves two reports, not one (each n goes on from where the last one left)', async () => {
    const { session, result, frame, press } = batchScreen();
    session.done(result);
    await frameWhere(frame, (x) => x.includes('排序：得分（高→低）'), 'the table');
    await press('\r', (x) => x.includes('第 1/3 份'), 'the best report');
    const f = await press('nn', (x) => x.includes('第 3/3 份'), 'two reports on');
    expect(f).toContain('评分表 › 06-street');
  });

  it('an override set before the report changed says so in the detail view', () => {
    const score = cards['04-county-2019-part-style.txt'].criteria.find((c) => c.id === 'support-funding')!;
    const info = criteria.find((c) => c.id === 'support-funding')!;
    const override: Override = { criterion: 'support-funding', points: 8, reason: '有预算金额', at: '', reportChanged: true };
    const text = (changed: boolean) =>
      criterionDetail({ info, score, override: changed ? override : { ...override, reportChanged: undefined }, points: 8, status: 'met', before: null }, 60, { color: false }, [])
        .map((l) => l.map((s) => s.text).join(''))
        .join('\n');
    expect(text(true)).toContain('复核调整：8 分（有预算金额）［复核后报告已修改，请重新核对］');
    expect(text(false)).not.toContain('已修改');
  });

  it('a criterion with sentences set aside lists them with their place and why, instead of “nothing found”', () => {
    const score = { ...cards['04-county-2019-part-style.txt'].criteria.find((c) => c.id === 'plans')! };
    const info = criteria.find((c) => c.id === 'plans')!;
    const sentence = '明年将出台《民兵训练考核办法》。';
    score.setAside = [{ text: sentence, section: '三、下步打算', paragraph: 12, line: 12, start: 0, end: sentence.length, highlights: [{ start: 8, end: 14 }], signal: 's', cause: 'plan', reason: '写的是打算或计划，不是已经做了的工作' }];
    const text = criterionDetail({ info, score, override: null, points: 0, status: score.status, before: null }, 60, { color: false }, [])
      .map((l) => l.map((s) => s.text).join(''))
      .join('\n');
    expect(text).toContain('未计分（1）：');
    expect(text).toContain('［第12行 · 三、下步打算］');
    expect(text).toContain('原因：写的是打算或计划，不是已经做了的工作');
    expect(text).not.toContain('报告中没有找到相关的句子');
  });

  it('keeps the end of a long reason on screen as it is typed, in 80 columns', async () => {
    const { session, result, frame, press } = batchScreen();
    session.done(result);
    await frameWhere(frame, (x) => x.includes('排序：'), 'the table');
    await press('\r', (x) => x.includes('第 1/3 份'), 'the best report');
    await press('o', (x) => x.includes('的得分'), 'the points prompt');
    await press('0', (x) => x.includes('：0_'), 'typed 0');
    await press('\r', (x) => x.includes('调整为 0 分的理由'), 'the reason prompt');
    const reason = '原文只写了每月到人武部办公一次的制度规定，没有写本人全年实际办公的次数和时间，按评分细则不予计分';
    const f = await press(reason, (x) => x.includes('不予计分_'), 'the end of the reason and the cursor');
    expect(f).toContain('调整为 0 分的理由：…');
  });

  it('counts the parts found and says how many of them are short, not 4/4 beside two ◐', () => {
    const score = { ...cards['04-county-2019-part-style.txt'].criteria.find((c) => c.id === 'four-ones')! };
    const info = criteria.find((c) => c.id === 'four-ones')!;
    score.parts = [
      { id: 'office', name: '办公', found: true },
      { id: 'meeting', name: '议军', found: true, short: true },
      { id: 'talk', name: '谈心', found: true, short: true },
      { id: 'survey', name: '调研', found: false },
    ];
    const text = criterionDetail({ info, score, override: null, points: 0, status: score.status, before: null }, 60, { color: false }, [])
      .map((l) => l.map((s) => s.text).join(''))
      .join('\n');
    expect(text).toContain('要件（3/4，其中 2 项次数不足）：');
  });

  it('the override prompt puts a name that holds “…” in 「」, not in “…” again', async () => {
    const { session, result, frame, press } = batchScreen();
    session.done(result);
    await frameWhere(frame, (x) => x.includes('排序：'), 'the table');
    await press(DOWN, (x) => x.includes('▶04-county'), '04 selected');
    await press('\r', (x) => x.includes('▶◐ 落实“四个一”制度'), 'the detail view');
    const f = await press('o', (x) => x.includes('的得分（0–15'), 'the points prompt');
    expect(f).toContain('调整「落实“四个一”制度」的得分');
  });

  it('exports a name typed with its Enter in one read (a fast typist, tmux send-keys)', async () => {
    const { session, result, frame, press, exports } = batchScreen();
    session.done(result);
    await frameWhere(frame, (x) => x.includes('排序：'), 'the table');
    await press('e', (x) => x.includes('评分表.xlsx_'), 'the export prompt');
    await press('\u0015', (x) => x.includes('.html）：_'), 'the name cleared');
    await press('评分表.md\r', (x) => x.includes('评分表.md 已存在，覆盖吗') || x.includes('评分表已写入'), 'exported or asked');
    expect(exports[0]).toEqual({ path: '评分表.md', force: false });
  });

  it('exports with e (default 评分表.xlsx), asking before overwriting', async () => {
    const { session, result, frame, press, exports } = batchScreen();
    session.done(result);
    await frameWhere(frame, (x) => x.includes('排序：'), 'the table');
    await press('e', (x) => x.includes('导出评分表到') && x.includes('评分表.xlsx_'), 'the export prompt');
    await press('\r', (x) => x.includes('评分表.xlsx 已存在，覆盖吗'), 'the overwrite question');
    const f = await press('y', (x) => x.includes('评分表已写入 /tmp/评分表.xlsx'), 'written');
    expect(exports).toEqual([
      { path: '评分表.xlsx', force: false },
      { path: '评分表.xlsx', force: true },
    ]);
    expect(f).toContain('评分表已写入');
  });
});

describe('findingRow', () => {
  const text = (l: Line) => l.map((s) => s.text).join('');
  it('shows a finding’s place once, whether its message names it or not', async () => {
    const { findingRow } = await import('./details.ts');
    const wide = { rule: 'vague', severity: 'info', message: '全文 21 句中只有 5 句写了数字或日期', text: '', paragraph: null, line: null, start: 0, end: 0, deduction: 2 } as const;
    expect(text(findingRow(wide, 60, false, false))).toBe(' 提示 全文 21 句中只有 5 句写了数字或日期');
    const placed = { ...wide, rule: 'placeholder', severity: 'warning', message: '占位符“XX”未替换', line: 12 } as const;
    expect(text(findingRow(placed, 60, false, false))).toBe(' 警告 第12行 占位符“XX”未替换');
  });
});
