import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReport } from '@shuzhi/parser';
import { loadRubric, scoreReport } from '@shuzhi/rubric';
import { formatPoints, gradeFor, rubricRef, type BatchResult, type Outcome, type Override, type Rubric } from '@shuzhi/types';
import { BOM, buildWorkbook, checkExportPath, findingsSheet, reviewCard, formatBatch, toXlsx, csvField, displayWidth, formatFromPath, mdText, neutralize, reviewBatch, scoresToJson, SHEET_NAMES, STATUS_NAMES, toCsv, toHtml, toMarkdown, writeExport, yearsOf } from './index.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CORPUS = join(ROOT, 'corpus/reports');
const BAD = join(ROOT, 'test/fixtures/bad');
const INJECTED = '=1+1 报告.txt';

let dir: string;
let rubric: Rubric;
let batch: BatchResult;

async function score(path: string, name = relative(ROOT, path)): Promise<Outcome> {
  const parsed = await parseReport(path);
  if (!parsed.ok) return { file: name, ok: false, error: parsed.error };
  return { file: name, ok: true, card: scoreReport(parsed.value, rubric) };
}

const card = (file: string) => {
  const o = batch.outcomes.find((x) => x.file === file);
  if (!o?.ok) throw new Error(`not scored: ${file}`);
  return o.card;
};

beforeAll(async () => {
  const loaded = loadRubric();
  if (!loaded.ok) throw new Error(loaded.error.map((e) => e.message).join('\n'));
  rubric = loaded.value;
  dir = mkdtempSync(join(tmpdir(), 'shuzhi-export-'));
  // A real report under a file name that a spreadsheet would read as a formula.
  copyFileSync(join(CORPUS, '06-street-2025-short.txt'), join(dir, INJECTED));
  const outcomes = await Promise.all([
    score(join(CORPUS, '01-county-2023-typed-headings.txt')),
    score(join(CORPUS, '02-city-2021-runin-headings.txt')),
    score(join(CORPUS, '05-township-2022-no-headings.txt')),
    score(join(CORPUS, '16-county-2024-heading-styles.docx')),
    score(join(dir, INJECTED), INJECTED),
    score(join(BAD, 'report.pdf'), 'test/fixtures/bad/report.pdf'),
  ]);
  const a = 'corpus/reports/01-county-2023-typed-headings.txt';
  const b = 'corpus/reports/02-city-2021-runin-headings.txt';
  batch = {
    rubric: rubricRef(rubric),
    outcomes,
    similar: [
      {
        a,
        b,
        similarity: 0.8234,
        passages: [{ text: '坚持党管武装<script>alert(1)</script>根本原则', a: { paragraph: 5, line: 5, start: 100, end: 120 }, b: { paragraph: 7, line: null, start: 300, end: 320 } }],
      },
    ],
    groups: [{ files: [a, b], similarity: 0.8 }],
    overrides: {},
    interrupted: false,
  };
  // The reviewer raises the lowest-scoring criterion of report 05 to full points.
  const c05 = card('corpus/reports/05-township-2022-no-headings.txt');
  const low = [...c05.criteria].sort((x, y) => x.score - x.max - (y.score - y.max))[0];
  batch.overrides['corpus/reports/05-township-2022-no-headings.txt'] = [
    { criterion: low.id, points: low.max, reason: '第3段已写明，机评漏判', reviewer: '张干事', at: '2024-03-01T08:00:00Z' },
  ];
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ranked = () => reviewBatch(batch).reports;
const scored = () => batch.outcomes.filter((o) => o.ok);
const cellText = (v: ExcelJS.CellValue) => (v === null || v === undefined ? '' : String(v));

/**
 * The streamed file as exceljs reads it back, with each inline string (a
 * one-run rich text, see toXlsx) turned back into the plain text a reader of
 * the sheet sees, so cells compare with the in-memory workbook.
 */
async function readStreamed(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as ExcelJS.CellRichTextValue | null;
        if (v && typeof v === 'object' && 'richText' in v) cell.value = v.richText.map((r) => r.text).join('');
      }),
    );
  }
  return wb;
}

describe('the review model', () => {
  it('ranks by total after overrides, highest first, and marks the changed total', () => {
    const reports = ranked();
    expect(reports).toHaveLength(5);
    for (let i = 1; i < reports.length; i++) expect(reports[i - 1].score).toBeGreaterThanOrEqual(reports[i].score);
    const r05 = reports.find((r) => r.file.includes('05-township'))!;
    expect(r05.adjusted).toBe(true);
    expect(r05.score).toBeGreaterThan(r05.machineScore);
    expect(r05.grade).toMatch(/（机评）$/);
    const withBands = reviewBatch(batch, { grades: rubric.grades }).reports.find((r) => r.file.includes('05-township'))!;
    expect(rubric.grades.map((g) => g.name)).toContain(withBands.grade);
  });

  it('keeps a reviewer’s points as entered (5.25, not 5.3), and the total exact', () => {
    const c = card('corpus/reports/05-township-2022-no-headings.txt');
    const k = c.criteria.find((x) => x.max >= 6 && x.score !== 5.25)!;
    const r = reviewCard(c, 'x.txt', [{ criterion: k.id, points: 5.25, reason: '酌情给分', at: '2024-03-01T08:00:00Z' }]);
    expect(r.criteria.find((x) => x.id === k.id)!.points).toBe(5.25);
    expect(r.score).toBe(Math.round((c.score - k.score + 5.25) * 100) / 100);
  });

  it('reads each criterion’s status after review from its points: full is met, some is partial, none is 缺项', () => {
    const c = card('corpus/reports/05-township-2022-no-headings.txt');
    const credited = c.criteria.find((x) => x.required && x.score > 0)!;
    const missing = c.criteria.find((x) => x.required && x.status === 'missing')!;
    const at = '2024-03-01T08:00:00Z';
    const status = (overrides: Override[], id: string) => reviewCard(c, 'x.txt', overrides).criteria.find((x) => x.id === id)!.reviewedStatus;
    expect(status([], credited.id)).toBe(credited.status);
    expect(status([{ criterion: missing.id, points: 1, reason: '', at }], missing.id)).toBe('partial');
    expect(status([{ criterion: missing.id, points: missing.max, reason: '', at }], missing.id)).toBe('met');
    // A credited element the reviewer sets to nothing is 缺项 after review, as the list of 缺项 says.
    const zeroed = reviewCard(c, 'x.txt', [{ criterion: credited.id, points: 0, reason: '证据不实', at }]);
    expect(zeroed.criteria.find((x) => x.id === credited.id)!.reviewedStatus).toBe('missing');
    expect(zeroed.missing).toContain(credited.name);
  });
});

describe('a review that leaves the total as it was', () => {
  it('grades again when a missing required element is given points and another loses as many, and marks the row adjusted', () => {
    const c = card('corpus/reports/05-township-2022-no-headings.txt');
    const missing = c.criteria.filter((x) => x.required && x.status === 'missing');
    const credited = c.criteria.find((x) => !x.required && x.score >= missing.length)!;
    const at = '2024-03-01T08:00:00Z';
    const overrides: Override[] = [
      ...missing.map((x) => ({ criterion: x.id, points: 1, reason: '已见原件', at })),
      { criterion: credited.id, points: credited.score - missing.length, reason: '证据不足', at },
    ];
    const r = reviewCard(c, 'x.txt', overrides, { grades: rubric.grades });
    expect(missing.length).toBeGreaterThan(0);
    expect(r.score).toBe(c.score);
    expect(r.adjusted).toBe(true);
    expect(r.missing).toEqual([]);
    // The machine's grade was held down by the missing element; the reviewer's is not.
    expect(c.grade).toBe(gradeFor(c.score, c.max, rubric.grades, c.criteria.filter((x) => x.required).map((x) => x.status)));
    expect(r.grade).toBe(gradeFor(c.score, c.max, rubric.grades, r.criteria.filter((x) => x.required).map((x) => x.reviewedStatus)));
    expect(r.grade).not.toBe(c.grade);
  });
});

describe('the text output of a reviewed report', () => {
  it('agrees with the sheets: 缺项 after the reviewer\'s points, the machine total named as such, the adjusted criterion\'s reviewed points beside its own', () => {
    const missing = card(INJECTED).criteria.find((c) => c.required && c.status === 'missing')!;
    const reviewed: BatchResult = { ...batch, overrides: { [INJECTED]: [{ criterion: missing.id, points: missing.max, reason: '已见原件', at: '2026-01-01T00:00:00Z' }] } };
    const text = formatBatch(reviewed, { grades: rubric.grades }).split('━━ ').find((part) => part.startsWith(INJECTED))!;
    const missingLine = text.split('\n').find((l) => l.startsWith('缺项：'));
    expect(missingLine).not.toContain(missing.name);
    // The CSV's 必备项缺项 of the same report says the same.
    const row = reviewBatch(reviewed, { grades: rubric.grades }).reports.find((r) => r.file === INJECTED)!;
    expect(missingLine ?? '').toBe(row.missing.length ? `缺项：${row.missing.join('、')}` : '');
    expect(text).toMatch(/\n机评得分：[\d.]+ \/ 100 /);
    expect(text).toMatch(/\n复核后得分：[\d.]+ \/ 100 /);
    expect(text).toContain(`✖ ${missing.name}（必备）  0/${missing.max}  缺项  → 复核后 ${missing.max}/${missing.max} 满足`);
    expect(text).not.toContain('上为机评');
    // The ranking gives the adjusted total and says it is one, with the machine's.
    const ranked = formatBatch(reviewed, { grades: rubric.grades }).split('排名（')[1].split('\n').find((l) => l.includes(INJECTED))!;
    expect(ranked).toContain(`${formatPoints(row.score)}`);
    expect(ranked).toContain(`（复核调整，机评 ${formatPoints(row.machineScore)}）`);
  });
});

describe('an override whose report changed after review', () => {
  it('is marked for checking in the JSON, the text and the sheets, not only on stderr', async () => {
    const file = batch.outcomes.find((o) => o.ok)!.file;
    const changed: BatchResult = { ...batch, overrides: { [file]: [{ criterion: 'plans', points: 3, reason: '复核', at: '2026-01-01T00:00:00Z', reportChanged: true }] } };
    const json = scoresToJson(changed) as { reports: { file: string; overrides?: { reportChanged?: boolean }[] }[] };
    expect(json.reports.find((r) => r.file === file)!.overrides![0].reportChanged).toBe(true);
    expect(formatBatch(changed)).toContain('复核后报告已修改，请重新核对');
    expect(toMarkdown(changed)).toContain('复核后报告已修改，请重新核对');
    const detail = await (await JSZip.loadAsync(await toXlsx(changed))).file('xl/worksheets/sheet2.xml')!.async('string');
    expect(detail).toContain('复核［复核后报告已修改，请重新核对］');
  });

  it('and one whose rubric was edited since, or both', () => {
    const file = batch.outcomes.find((o) => o.ok)!.file;
    const at = '2026-01-01T00:00:00Z';
    const edited: BatchResult = { ...batch, overrides: { [file]: [{ criterion: 'plans', points: 3, reason: '复核', at, rubricChanged: true }] } };
    const json = scoresToJson(edited) as { reports: { file: string; overrides?: { rubricChanged?: boolean }[] }[] };
    expect(json.reports.find((r) => r.file === file)!.overrides![0].rubricChanged).toBe(true);
    expect(formatBatch(edited)).toContain('［复核后评分标准已修改，请重新核对］');
    const both: BatchResult = { ...batch, overrides: { [file]: [{ criterion: 'plans', points: 3, reason: '复核', at, rubricChanged: true, reportChanged: true }] } };
    expect(formatBatch(both)).toContain('［复核后报告和评分标准已修改，请重新核对］');
  });
});

describe('xlsx (as written: the streaming writer)', () => {
  let wb: ExcelJS.Workbook;
  let bytes: Buffer;
  beforeAll(async () => {
    bytes = await toXlsx(batch);
    wb = await readStreamed(bytes);
  });

  it('writes text inline: no shared-string table, no formula, every text cell an inline string', async () => {
    const zip = await JSZip.loadAsync(bytes);
    expect(zip.file('xl/sharedStrings.xml')).toBeNull();
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).not.toMatch(/<f>|t="str"|t="s"/);
    expect(sheet).toContain(`t="inlineStr"><is><r><t>${INJECTED}</t></r></is>`);
  });

  it('holds the same cells as the in-memory workbook of buildWorkbook', async () => {
    const mem = new ExcelJS.Workbook();
    await mem.xlsx.load((await buildWorkbook(batch).xlsx.writeBuffer()) as ArrayBuffer);
    const dump = (w: ExcelJS.Workbook) =>
      w.worksheets.map((ws) => {
        const cells: unknown[] = [];
        ws.eachRow((row) => row.eachCell((c) => cells.push([c.address, c.value, c.style.fill, c.style.alignment?.wrapText ?? false])));
        return [ws.name, ws.columns.map((c) => c.width), cells];
      });
    expect(dump(wb)).toEqual(dump(mem));
  });

  it('has the five sheets in order', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['评分汇总', '评分明细', '问题清单', '疑似雷同', '处理失败']);
    expect(Object.values(SHEET_NAMES)).toEqual(wb.worksheets.map((w) => w.name));
  });

  it('评分汇总: Chinese headers, one row per scored report in rank order', () => {
    const ws = wb.getWorksheet('评分汇总')!;
    const headers = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(cellText);
    expect(headers.slice(0, 6)).toEqual(['排名', '文件', '标题', '单位', '层级', '年度']);
    for (const c of card('corpus/reports/01-county-2023-typed-headings.txt').criteria) expect(headers).toContain(`${c.name}（${c.max}分）`);
    expect(headers.slice(-7)).toEqual(['扣分', '总分', '机评总分', '等级', '必备项缺项', '严重问题', '疑似雷同']);
    expect(ws.rowCount).toBe(1 + 5);
    const total = headers.indexOf('总分') + 1;
    const file = headers.indexOf('文件') + 1;
    const files = [2, 3, 4, 5, 6].map((r) => ws.getRow(r).getCell(file).value);
    expect(files).toEqual(ranked().map((r) => r.file));
    const totals = [2, 3, 4, 5, 6].map((r) => ws.getRow(r).getCell(total).value as number);
    expect(totals).toEqual([...totals].sort((x, y) => y - x));
    expect(ws.getRow(2).getCell(1).value).toBe(1);
    // The adjusted report shows its machine total too.
    const row05 = [2, 3, 4, 5, 6].find((r) => String(ws.getRow(r).getCell(file).value).includes('05-township'))!;
    const machine = ws.getRow(row05).getCell(headers.indexOf('机评总分') + 1).value;
    expect(machine).toBe(card('corpus/reports/05-township-2022-no-headings.txt').score);
    expect(ws.getRow(row05).getCell(total).value).toBeGreaterThan(machine as number);
  });

  it('评分汇总: a file that is no such report says so beside its score (严重问题, red), not only on 问题清单', async () => {
    const ok = batch.outcomes.find((o) => o.ok)!;
    if (!ok.ok) throw new Error('no scored report');
    const offTopic = { rule: 'off-topic', severity: 'error' as const, deduction: 0, message: '全文没有“武装”“民兵”等词，疑似错交了其他材料', text: '', paragraph: null, line: null, start: 0, end: 0 };
    const wrong = { ...ok, file: '错交的材料.docx', card: { ...ok.card, file: '错交的材料.docx', score: 0, findings: [offTopic] } };
    const sheet = (await readStreamed(await toXlsx({ ...batch, outcomes: [ok, wrong], similar: [], groups: [], overrides: {} }))).getWorksheet('评分汇总')!;
    const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(cellText);
    const col = headers.indexOf('严重问题') + 1;
    const rowOf = (file: string) => [2, 3].find((r) => sheet.getRow(r).getCell(2).value === file)!;
    expect(cellText(sheet.getRow(rowOf('错交的材料.docx')).getCell(col).value)).toBe('偏题或错交文件：全文没有“武装”“民兵”等词，疑似错交了其他材料');
    expect(sheet.getRow(rowOf('错交的材料.docx')).getCell(col).fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(sheet.getRow(rowOf(ok.file)).getCell(col).value ?? null).toBeNull();
  });

  it('评分汇总: a copy names its closest report and its template group beside its rank (疑似雷同, amber); others are blank', () => {
    const ws = wb.getWorksheet('评分汇总')!;
    const headers = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(cellText);
    const col = headers.indexOf('疑似雷同') + 1;
    const file = headers.indexOf('文件') + 1;
    const cellOf = (name: string) => ws.getRow([2, 3, 4, 5, 6].find((r) => String(ws.getRow(r).getCell(file).value).includes(name))!).getCell(col);
    expect(cellText(cellOf('01-county').value)).toBe('与 corpus/reports/02-city-2021-runin-headings.txt 相似 82.3%；模板组 1（共 2 份）');
    expect(cellText(cellOf('02-city').value)).toBe('与 corpus/reports/01-county-2023-typed-headings.txt 相似 82.3%；模板组 1（共 2 份）');
    expect((cellOf('01-county').fill as ExcelJS.FillPattern).fgColor?.argb).toBeDefined();
    expect(cellText(cellOf('05-township').value)).toBe('');
  });

  it('评分汇总: place, level and year come from the card meta; missing lists required missing criteria', () => {
    const ws = wb.getWorksheet('评分汇总')!;
    const headers = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(cellText);
    const r = ranked();
    expect(r.some((x) => x.card.meta.place)).toBe(true);
    for (let i = 0; i < r.length; i++) {
      const row = ws.getRow(i + 2);
      expect(row.getCell(4).value ?? '').toBe(r[i].card.meta.place ?? '');
      expect(row.getCell(5).value ?? '').toBe(r[i].card.meta.level ?? '');
      expect(row.getCell(6).value ?? null).toBe(r[i].card.meta.year);
      const expected = r[i].card.criteria.filter((c) => c.required && c.status === 'missing' && !r[i].criteria.find((x) => x.id === c.id)?.override).map((c) => c.name);
      expect(cellText(row.getCell(headers.indexOf('必备项缺项') + 1).value)).toBe(expected.join('、'));
    }
  });

  it('评分明细: one row per report × criterion, with machine and adjusted points and the reason', () => {
    const ws = wb.getWorksheet('评分明细')!;
    const headers = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(cellText);
    expect(headers).toEqual(['文件', '评分项', '必备', '状态', '要件', '机评得分', '复核后得分', '调整理由', '满分', '证据', '未计分的相关内容', '建议']);
    const expectedRows = scored().reduce((n, o) => n + (o.ok ? o.card.criteria.length : 0), 0);
    expect(ws.rowCount - 1).toBe(expectedRows);
    const rows = Array.from({ length: expectedRows }, (_, i) => ws.getRow(i + 2));
    const overridden = rows.filter((row) => row.getCell(7).value !== null);
    expect(overridden).toHaveLength(1);
    for (const row of rows) if (row !== overridden[0]) expect(['满足', '部分满足', '缺项']).toContain(row.getCell(4).value);
    // The 状态 of the raised criterion is the one its points now have, the machine's beside it.
    const low = [...card('corpus/reports/05-township-2022-no-headings.txt').criteria].sort((x, y) => x.score - x.max - (y.score - y.max))[0];
    expect(overridden[0].getCell(4).value).toBe(`满足（机评${STATUS_NAMES[low.status]}）`);
    expect((overridden[0].getCell(4).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFC6EFCE');
    expect(overridden[0].getCell(8).value).toBe('第3段已写明，机评漏判（张干事）');
    expect(rows.filter((row) => cellText(row.getCell(8).value) !== '')).toHaveLength(1);
    // Evidence carries its location and section.
    const withEvidence = rows.find((row) => cellText(row.getCell(10).value) !== '')!;
    expect(cellText(withEvidence.getCell(10).value)).toMatch(/^［第\d+[行段]·/);
    // A .docx report cites paragraphs, a .txt report lines.
    const docx = rows.find((row) => cellText(row.getCell(1).value).endsWith('.docx') && cellText(row.getCell(10).value))!;
    expect(cellText(docx.getCell(10).value)).toMatch(/^［第\d+段·/);
  });

  it('the adjusted points carry a note with the machine points and the reason', () => {
    const ws = wb.getWorksheet('评分汇总')!;
    const notes: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => void (c.note && notes.push(typeof c.note === 'string' ? c.note : (c.note.texts ?? []).map((t) => t.text).join('')))));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^复核调整：机评 [\d.]+ 分 → 复核后 [\d.]+ 分。理由：第3段已写明，机评漏判（张干事）$/);
  });

  it('colours statuses: 满足 green, 部分满足 amber, 缺项 red', () => {
    const ws = wb.getWorksheet('评分明细')!;
    const fills: Record<string, string> = {};
    ws.eachRow((row, n) => {
      if (n === 1) return;
      const cell = row.getCell(4);
      const fill = cell.fill as ExcelJS.FillPattern;
      fills[String(cell.value)] = fill?.fgColor?.argb ?? '';
    });
    expect(fills['满足']).toBe('FFC6EFCE');
    if (fills['部分满足']) expect(fills['部分满足']).toBe('FFFFEB9C');
    expect(fills['缺项']).toBe('FFFFC7CE');
  });

  it('every sheet: frozen header row, autofilter over the data, landscape fit-to-width, header repeated on print', () => {
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const af = ws.autoFilter as unknown;
      const ref = typeof af === 'string' ? af : '';
      expect(ref, ws.name).toMatch(/^A1:[A-Z]+\d+$/);
      expect(Number(ref.match(/(\d+)$/)![1])).toBe(Math.max(1, ws.rowCount));
      expect(ws.pageSetup.orientation).toBe('landscape');
      expect(ws.pageSetup.fitToPage).toBe(true);
      expect(ws.pageSetup.fitToWidth).toBe(1);
      expect(ws.pageSetup.printTitlesRow).toBe('1:1');
      expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    }
  });

  it('column widths fit Chinese text and are capped', () => {
    const ws = wb.getWorksheet('评分明细')!;
    const evidence = ws.getColumn(10);
    expect(evidence.width).toBe(80);
    expect(ws.getRow(2).getCell(10).alignment?.wrapText).toBe(true);
    const status = ws.getColumn(4).width!;
    expect(status).toBeGreaterThanOrEqual(displayWidth('部分满足'));
  });

  it('问题清单: one row per finding with severity in Chinese', () => {
    const ws = wb.getWorksheet('问题清单')!;
    const total = scored().reduce((n, o) => n + (o.ok ? o.card.findings.length : 0), 0);
    expect(total).toBeGreaterThan(0);
    expect(ws.rowCount - 1).toBe(total);
    expect((ws.getRow(1).values as ExcelJS.CellValue[]).slice(1)).toEqual(['文件', '规则', '严重程度', '位置', '问题', '原文', '扣分']);
    for (let r = 2; r <= ws.rowCount; r++) {
      expect(['错误', '警告', '提示']).toContain(ws.getRow(r).getCell(3).value);
      expect(cellText(ws.getRow(r).getCell(4).value)).toMatch(/^(第\d+[行段]|全文)$/);
    }
  });

  it('问题清单: a finding past its rule\'s cap says why it deducts less than the ones before it', () => {
    const ok = scored().find((o) => o.ok)!;
    if (!ok.ok) return;
    const finding = { rule: 'placeholder', severity: 'warning' as const, text: '**', paragraph: 3, line: 3, start: 0, end: 2 };
    const findings = [2, 1, 0].map((deduction, k) => ({ ...finding, message: `占位符 ${k}`, deduction }));
    const review = reviewBatch({ ...batch, outcomes: [{ ...ok, card: { ...ok.card, findings } }], similar: [], groups: [] });
    const messages = [...findingsSheet(review).rows].map((r) => r.values[4]);
    expect(messages).toEqual(['占位符 0', '占位符 1（本规则已扣满 3 分，此条不再扣分）', '占位符 2（本规则已扣满 3 分，此条不再扣分）']);
  });

  it('疑似雷同: the pair as a percentage with passages located in both reports and its template group', () => {
    const ws = wb.getWorksheet('疑似雷同')!;
    expect(ws.rowCount).toBe(2);
    const row = ws.getRow(2);
    expect(row.getCell(1).value).toBe('corpus/reports/01-county-2023-typed-headings.txt');
    expect(row.getCell(3).value).toBeCloseTo(0.8234);
    expect(row.getCell(3).numFmt).toBe('0.0%');
    expect(row.getCell(4).value).toBe(1);
    expect(row.getCell(5).value).toBe('［A 第5行｜B 第7段］坚持党管武装<script>alert(1)</script>根本原则');
  });

  it('处理失败: the failed file with its code and cause', () => {
    const ws = wb.getWorksheet('处理失败')!;
    expect(ws.rowCount).toBe(2);
    const row = ws.getRow(2);
    expect(row.getCell(1).value).toBe('test/fixtures/bad/report.pdf');
    expect(row.getCell(2).value).toBe('UNSUPPORTED_FORMAT');
    expect(cellText(row.getCell(3).value).length).toBeGreaterThan(0);
  });

  it('a file name starting with =1+1 stays a string cell, never a formula', () => {
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type, `${ws.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
        }),
      );
    }
    const ws = wb.getWorksheet('评分汇总')!;
    let found: ExcelJS.Cell | undefined;
    ws.eachRow((row) => row.eachCell((cell) => void (cell.value === INJECTED && (found = cell))));
    expect(found?.type).toBe(ExcelJS.ValueType.String);
  });

  it('report text that looks like an Excel escape reads back unchanged', async () => {
    const tricky: BatchResult = { ...batch, outcomes: [{ file: 'a_x0041_b.txt', ok: false, error: { code: 'NO_TEXT', message: '没有文字' } }], similar: [], groups: [] };
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await buildWorkbook(tricky).xlsx.writeBuffer()) as ArrayBuffer);
    expect(back.getWorksheet('处理失败')!.getRow(2).getCell(1).value).toBe('a_x0041_b.txt');
  });
});

describe('xlsx with more rows than are measured for widths', () => {
  it('writes every row and filters them all', async () => {
    const ok = batch.outcomes.filter((o) => o.ok);
    // 220 reports × 11 criteria: past the 2,000 rows measured for column widths.
    const outcomes = Array.from({ length: 220 }, (_, i) => ({ ...ok[i % ok.length], file: `报告/${String(i).padStart(3, '0')}.txt` }));
    const bytes = await toXlsx({ ...batch, outcomes, similar: [], groups: [], overrides: {} });
    const detail = await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet2.xml')!.async('string');
    const rows = outcomes.length * rubric.criteria.length;
    expect(rows).toBeGreaterThan(2000);
    expect(detail).toContain(`<autoFilter ref="A1:L${rows + 1}"/>`);
    expect(detail).toContain(`<row r="${rows + 1}"`);
    expect(detail).toContain('报告/219.txt');
  });
});

describe('edge cases', () => {
  const empty: BatchResult = { rubric: { id: 'r', name: '标准', version: '1', digest: '0' }, outcomes: [], similar: [], groups: [], overrides: {}, interrupted: true };

  it('an empty, interrupted batch still gives every sheet with its header, and says it was interrupted', async () => {
    const wb = await readStreamed(await toXlsx(empty));
    expect(wb.worksheets.map((w) => [w.name, w.rowCount])).toEqual(Object.values(SHEET_NAMES).map((n) => [n, 1]));
    expect(toCsv(empty)).toBe(`${BOM}排名,文件,标题,单位,层级,年度,扣分,总分,等级,必备项缺项,严重问题,疑似雷同\r\n`);
    expect(toMarkdown(empty)).toContain('评分被中断');
    expect(toHtml(empty)).toContain('评分被中断');
    expect(scoresToJson(empty)).toMatchObject({ reports: [], similar: [], groups: [], interrupted: true });
  });

  it('says a failed file\'s cause once, in Chinese, with its code, in one form everywhere (CSV cell, 处理失败 tables, text)', async () => {
    const failed: BatchResult = {
      ...empty,
      interrupted: false,
      outcomes: [
        { file: 'a.txt', ok: false, error: { code: 'EMPTY_FILE', message: '文件为空' } },
        { file: 'b.txt', ok: false, error: { code: 'BINARY_FILE', message: '不是文本文件（含有二进制数据）' } },
        { file: 'c.docx', ok: false, error: { code: 'ENCRYPTED', message: 'Word 文档已加密（设有打开密码），请去掉密码后再提交' } },
        { file: 'd.pdf', ok: false, error: { code: 'UNSUPPORTED_FORMAT', message: '不支持的格式（PDF 文件；支持 .docx、.doc、.md、.txt）' } },
        // The loader's messages that once got a second name in front (文件损坏：文件已损坏…, 不是 Word 文档：…不是有效的 .docx 文档).
        { file: 'e.docx', ok: false, error: { code: 'CORRUPT_FILE', message: '文件已损坏（压缩包结构不完整，可能是没有传完）' } },
        { file: 'f.docx', ok: false, error: { code: 'NOT_A_WORD_DOCUMENT', message: '压缩包中没有 Word 正文（缺少 word/document.xml），不是有效的 .docx 文档' } },
      ],
    };
    const said = failed.outcomes.map((o) => (o.ok ? '' : `${o.error.message} [${o.error.code}]`));
    const titles = toCsv(failed).slice(1).split('\r\n').slice(1, -1).map((l) => l.split(',')[2]);
    expect(titles).toEqual(said);
    const wb = await readStreamed(await toXlsx(failed));
    const sheet = wb.getWorksheet(SHEET_NAMES.failures)!;
    expect(sheet.getRow(1).values).toEqual([undefined, '文件', '错误码', '原因']);
    expect([2, 3, 4, 5, 6, 7].map((r) => `${cellText(sheet.getRow(r).getCell(3).value)} [${sheet.getRow(r).getCell(2).value}]`)).toEqual(said);
    const md = toMarkdown(failed);
    expect(md).toContain('| a.txt | EMPTY_FILE | 文件为空 |');
    expect(md).toContain('| e.docx | CORRUPT_FILE | 文件已损坏（压缩包结构不完整，可能是没有传完） |');
    expect(toHtml(failed)).toContain('<td>BINARY_FILE</td><td>不是文本文件（含有二进制数据）</td>');
    expect(formatBatch(failed)).toContain('━━ f.docx ━━\n处理失败：压缩包中没有 Word 正文（缺少 word/document.xml），不是有效的 .docx 文档 [NOT_A_WORD_DOCUMENT]\n');
  });

  it('lists the files an interrupted run never reached on 处理失败 and in the JSON', async () => {
    const stopped: BatchResult = { ...empty, unscored: ['收到的报告/未评.docx'] };
    const wb = await readStreamed(await toXlsx(stopped));
    const failures = wb.getWorksheet(SHEET_NAMES.failures)!;
    expect(failures.rowCount).toBe(2);
    expect(failures.getRow(2).values).toContain('收到的报告/未评.docx');
    expect(failures.getRow(2).values).toContain('NOT_SCORED');
    expect(scoresToJson(stopped)).toMatchObject({ interrupted: true, unscored: ['收到的报告/未评.docx'] });
  });

  it('an override keyed by a name like "constructor" only applies to that file', () => {
    const o = batch.outcomes.find((x) => x.ok)!;
    const odd: BatchResult = { ...batch, outcomes: [{ ...o, file: 'constructor' }], overrides: {} };
    expect(reviewBatch(odd).reports[0].overrides).toEqual([]);
    expect(() => toCsv(odd)).not.toThrow();
  });
});

describe('csv', () => {
  it('lists the files that failed after the ranked reports, with their cause, so none is missing', () => {
    const lines = toCsv(batch).slice(1).split('\r\n');
    const failed = lines.filter((l) => l.includes('处理失败'));
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatch(/^,test\/fixtures\/bad\/report\.pdf,不支持的格式（PDF 文件；支持 .+） \[UNSUPPORTED_FORMAT\],+处理失败,,,$/);
    expect(lines.indexOf(failed[0])).toBe(lines.length - 2);
  });

  it('is the 评分汇总 with a BOM, CRLF line ends and one line per file', () => {
    const csv = toCsv(batch);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0].startsWith('排名,文件,标题,单位,层级,年度,')).toBe(true);
    expect(lines[0].endsWith(',扣分,总分,机评总分,等级,必备项缺项,严重问题,疑似雷同')).toBe(true);
    // Five scored reports, then the one file that failed.
    expect(lines.length - 2).toBe(6);
    expect(lines[1].startsWith(`1,${ranked()[0].file},`)).toBe(true);
  });

  it('neutralizes the formula-like file name with a leading apostrophe', () => {
    const csv = toCsv(batch);
    expect(csv).toContain(`,'${INJECTED},`);
    expect(csv).not.toMatch(/(^|,)=1\+1/m);
  });

  it('quotes and neutralizes every formula starter, ASCII and full-width', () => {
    for (const s of ['=A1', '+1', '-1+2', '@SUM(A1)', '\tx', '\rx', '＝1', '＋1', '－1', '＠x']) expect(neutralize(s)).toBe(`'${s}`);
    expect(neutralize('正常文本')).toBe('正常文本');
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField('=1,2')).toBe(`"'=1,2"`);
    expect(csvField('甲\r\n乙')).toBe('"甲\r\n乙"');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
  });
});

describe('markdown', () => {
  it('has the summary table, each report with criteria, evidence and suggestions, similar pairs and failures', () => {
    const md = toMarkdown(batch);
    // The marker line lets a later run over the same folder recognise the export and skip it.
    expect(md).toMatch(/^<!-- shuzhi:export -->\n# 述职报告评分表\n/);
    for (const h of ['## 评分汇总', '## 评分明细', '## 问题清单', '## 疑似雷同', '## 处理失败']) expect(md).toContain(`\n${h}\n`);
    // 问题清单 lists every finding of the batch, as the sheet of that name does.
    const list = md.slice(md.indexOf('\n## 问题清单\n'), md.indexOf('\n## 疑似雷同\n'));
    const findings = scored().flatMap((o) => (o.ok ? o.card.findings.map((f) => ({ file: o.file, f })) : []));
    expect(findings.length).toBeGreaterThan(0);
    expect(list.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| 文件 |') && !l.startsWith('| --- |'))).toHaveLength(findings.length);
    expect(list).toContain('| 文件 | 规则 | 严重程度 | 位置 | 问题 | 原文 | 扣分 |');
    expect(list).toContain('占位符未填');
    expect(md).toContain('| 排名 | 文件 | 标题 | 单位 | 层级 | 年度 |');
    for (const r of ranked()) expect(md).toContain(`### ${r.rank}. `);
    expect(md).toMatch(/ {2}- 证据［第\d+[行段]·/);
    expect(md).toContain('  - 建议：');
    expect(md).toContain('复核调整：');
    // The raised criterion's mark and status are the ones its points now have.
    const low = [...card('corpus/reports/05-township-2022-no-headings.txt').criteria].sort((x, y) => x.score - x.max - (y.score - y.max))[0];
    expect(md).toContain(`- ✔ **${low.name}**`);
    expect(md).toContain(`满足（机评${STATUS_NAMES[low.status]}）`);
    expect(toHtml(batch)).toContain(`<td class="met">✔ 满足（机评${STATUS_NAMES[low.status]}）</td>`);
    expect(md).toContain('相似度 82.3%（模板组 1）');
    expect(md).toContain('| UNSUPPORTED_FORMAT |');
    expect(mdText('_强调_ a_b')).toBe('\\_强调\\_ a_b');
    // Report text cannot inject HTML or Markdown.
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>');
    expect(mdText('由**同志负责 | [x](y)')).toBe('由\\*\\*同志负责 \\| \\[x\\](y)');
  });
});

describe('html', () => {
  it('is one self-contained page with every text escaped', () => {
    const html = toHtml(batch);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//i);
    expect(html).toMatch(/<style>[\s\S]*@page \{ size: A4 landscape/);
    expect(html).toContain('thead { display: table-header-group; }');
    for (const h of ['评分汇总', '评分明细', '问题清单', '疑似雷同', '处理失败']) expect(html).toContain(`>${h}</h2>`);
    const list = html.slice(html.indexOf('>问题清单</h2>'), html.indexOf('>疑似雷同</h2>'));
    const findings = scored().reduce((n, o) => n + (o.ok ? o.card.findings.length : 0), 0);
    expect(list.match(/<tr>/g)).toHaveLength(findings + 1);
    expect(html).toContain('class="missing"');
    expect(html).toContain('UNSUPPORTED_FORMAT');
    expect(html).toContain(`>${INJECTED}</a>`);
    // Each summary link has its target.
    for (const m of html.matchAll(/href="#(r\d+)"/g)) expect(html).toContain(`id="${m[1]}"`);
  });
});

describe('json', () => {
  it('keeps schema, rubric and reports as before and adds similar, groups and overrides', () => {
    const plain = scoresToJson(batch.rubric, batch.outcomes);
    const full = scoresToJson(batch);
    expect(Object.keys(plain)).toEqual(['schema', 'rubric', 'reports']);
    expect(Object.keys(full)).toEqual(['schema', 'rubric', 'reports', 'similar', 'groups']);
    expect(full.schema).toBe('shuzhi.scores/1');
    const withoutOverrides = full.reports.map((r) => {
      const { overrides: _o, reviewedScore: _s, reviewedGrade: _g, ...rest } = r as typeof r & { overrides?: unknown; reviewedScore?: unknown; reviewedGrade?: unknown };
      return rest;
    });
    expect(withoutOverrides).toEqual(plain.reports);
    const r05 = full.reports.find((r) => r.file.includes('05-township')) as { overrides?: unknown[]; score: number; reviewedScore?: number; reviewedGrade?: string };
    expect(r05.overrides).toEqual(batch.overrides['corpus/reports/05-township-2022-no-headings.txt']);
    // The reviewed total sits beside the machine's; without the grade bands the grade is the machine's, marked.
    expect(r05.reviewedScore).toBe(r05.score + 10);
    expect(r05.reviewedGrade).toBe('合格（机评）');
    expect(full.reports.filter((r) => 'overrides' in r)).toHaveLength(1);
    expect(full.similar).toEqual([
      { a: batch.similar[0].a, b: batch.similar[0].b, similarity: 0.8234, passages: [{ text: batch.similar[0].passages[0].text, a: batch.similar[0].passages[0].a, b: batch.similar[0].passages[0].b }] },
    ]);
    expect(full.groups).toEqual(batch.groups);
  });
});

describe('writeExport', () => {
  const tempLeft = (d: string) => readdirSync(d).filter((f) => f.endsWith('.tmp'));

  it('picks the format from the extension', () => {
    expect(formatFromPath('评分表.XLSX')).toBe('xlsx');
    expect(formatFromPath('a.htm')).toBe('html');
    expect(formatFromPath('a.markdown')).toBe('md');
    expect(formatFromPath('a.txt')).toBeNull();
  });

  it('a JSON file written with the rubric’s grade bands grades reviewed totals as --format json does', async () => {
    const out = mkdtempSync(join(tmpdir(), 'shuzhi-json-'));
    const path = join(out, 'scores.json');
    expect((await writeExport(batch, path, { grades: rubric.grades })).ok).toBe(true);
    const written = JSON.parse(readFileSync(path, 'utf8')) as { reports: { file: string; reviewedGrade?: string }[] };
    const expected = scoresToJson(batch, { grades: rubric.grades }).reports.find((r) => r.file.includes('05-township')) as { reviewedGrade?: string };
    const r05 = written.reports.find((r) => r.file.includes('05-township'))!;
    expect(r05.reviewedGrade).toBe(expected.reviewedGrade);
    expect(r05.reviewedGrade).not.toContain('机评');
    rmSync(out, { recursive: true, force: true });
  });

  it('checkExportPath finds a folder that refuses new files before any scoring, and leaves nothing behind', async () => {
    const out = mkdtempSync(join(tmpdir(), 'shuzhi-check-'));
    expect((await checkExportPath(join(out, '评分表.xlsx'))).ok).toBe(true);
    expect(readdirSync(out)).toEqual([]);
    rmSync(out, { recursive: true, force: true });
    if (!existsSync('/proc/self')) return;
    const refused = await checkExportPath('/proc/评分表.xlsx');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect([refused.error.code, refused.error.message]).toEqual(['WRITE_ERROR', '无法写入：该文件夹不能新建文件']);
  });

  it('writes each format, refuses to overwrite without force, overwrites with it, leaves no temp file', async () => {
    const out = mkdtempSync(join(tmpdir(), 'shuzhi-write-'));
    try {
      for (const ext of ['xlsx', 'csv', 'json', 'md', 'html']) {
        const path = join(out, `评分表.${ext}`);
        const first = await writeExport(batch, path);
        expect(first.ok, JSON.stringify(first)).toBe(true);
        if (!first.ok) continue;
        expect(first.value.bytes).toBe(readFileSync(path).length);
        expect(first.value.format).toBe(ext);

        writeFileSync(path, 'old');
        const again = await writeExport(batch, path);
        expect(again.ok).toBe(false);
        if (!again.ok) {
          expect(again.error.code).toBe('OUTPUT_EXISTS');
          expect(again.error.message).toContain('--force');
        }
        expect(readFileSync(path, 'utf8')).toBe('old');

        const forced = await writeExport(batch, path, { force: true });
        expect(forced.ok).toBe(true);
        expect(readFileSync(path, 'utf8')).not.toBe('old');
      }
      const json = JSON.parse(readFileSync(join(out, '评分表.json'), 'utf8'));
      expect(json.schema).toBe('shuzhi.scores/1');
      expect(readFileSync(join(out, '评分表.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      const back = new ExcelJS.Workbook();
      await back.xlsx.readFile(join(out, '评分表.xlsx'));
      expect(back.worksheets).toHaveLength(5);
      expect(tempLeft(out)).toEqual([]);
      expect(readdirSync(out).sort()).toEqual(['评分表.csv', '评分表.html', '评分表.json', '评分表.md', '评分表.xlsx']);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('returns coded errors instead of throwing', async () => {
    const out = mkdtempSync(join(tmpdir(), 'shuzhi-write-'));
    try {
      const unknown = await writeExport(batch, join(out, '评分表.txt'));
      expect(!unknown.ok && unknown.error.code).toBe('UNKNOWN_FORMAT');
      const explicit = await writeExport(batch, join(out, '评分表.txt'), { format: 'csv' });
      expect(explicit.ok).toBe(true);
      const noDir = await writeExport(batch, join(out, '没有的文件夹', 'a.csv'));
      expect(!noDir.ok && noDir.error.code).toBe('OUTPUT_DIR_NOT_FOUND');
      const isDir = await writeExport(batch, out + '/', { format: 'csv', force: true });
      expect(!isDir.ok && isDir.error.code).toBe('OUTPUT_IS_DIRECTORY');
      // A folder without an extension is a folder, not an unknown format.
      expect(await checkExportPath(out)).toEqual({ ok: false, error: { code: 'OUTPUT_IS_DIRECTORY', message: '这是一个文件夹，请给出文件名', file: out } });
      expect(tempLeft(out)).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('sentences set aside (未计分) in every format', () => {
  // A reporter who came in July: the incentive's only sentence is the predecessor's, told without his name.
  const TEXT = ['石桥镇党委书记2024年党管武装工作述职报告', '我于2024年7月到石桥镇任党委书记。', '一、主要工作', '3月，镇党委出台《石桥镇村级武装工作考核办法》，把武装工作纳入村级年度考核。', '镇财政安排武装工作经费12万元，全额列入预算。'].join('\n');
  const SENTENCE = '3月，镇党委出台《石桥镇村级武装工作考核办法》，把武装工作纳入村级年度考核。';
  const REASON = '写的是本人到任之前的工作';
  let result: BatchResult;

  beforeAll(async () => {
    const parsed = await parseReport({ name: '石桥镇.txt', bytes: Buffer.from(TEXT) });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const card = scoreReport(parsed.value, rubric);
    result = { rubric: rubricRef(rubric), outcomes: [{ file: '石桥镇.txt', ok: true, card }], similar: [], groups: [], overrides: {}, interrupted: false };
  });

  it('the card’s 缺项 carries the sentence, its place and why', () => {
    const c = (result.outcomes[0] as Extract<Outcome, { ok: true }>).card.criteria.find((k) => k.id === 'incentive-mechanism')!;
    expect(c.status).toBe('missing');
    expect(c.setAside).toMatchObject([{ text: SENTENCE, line: 4, cause: 'beforeArrival', reason: REASON }]);
  });

  it('评分明细 has a column of them beside the evidence, with the location', () => {
    const ws = buildWorkbook(result).getWorksheet('评分明细')!;
    const headers = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(cellText);
    const col = headers.indexOf('未计分的相关内容') + 1;
    expect(col).toBe(headers.indexOf('证据') + 2);
    const row = Array.from({ length: ws.rowCount - 1 }, (_, i) => ws.getRow(i + 2)).find((r) => r.getCell(2).value === '建立激励考核机制')!;
    expect(cellText(row.getCell(col).value)).toBe(`［第4行·一、主要工作］${SENTENCE}（未计分：${REASON}）`);
  });

  it('text, Markdown, HTML and JSON tell them too', () => {
    expect(formatBatch(result)).toContain(`    未计分［第4行·一、主要工作］${SENTENCE}（${REASON}）`);
    expect(toMarkdown(result)).toContain(`  - 未计分［第4行·一、主要工作］${mdText(SENTENCE)}（${REASON}）`);
    expect(toHtml(result)).toContain(`${SENTENCE}<div class="note">${REASON}</div>`);
    const json = scoresToJson(result);
    const k = (json.reports[0] as { criteria: { id: string; setAside?: unknown[] }[] }).criteria.find((x) => x.id === 'incentive-mechanism')!;
    expect(k.setAside).toEqual([expect.objectContaining({ text: SENTENCE, line: 4, cause: 'beforeArrival', reason: REASON })]);
  });
});

describe('yearsOf', () => {
  it('shows a year, a term’s years, or half a year as every sheet shows them', () => {
    expect(yearsOf({ year: 2024 })).toBe(2024);
    expect(yearsOf({ year: 2024, since: 2022 })).toBe('2022—2024');
    expect(yearsOf({ year: 2026, half: 1 })).toBe('2026年上半年');
    expect(yearsOf({ year: null, half: 2 })).toBeNull();
  });
});
