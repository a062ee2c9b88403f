import { Writable } from 'node:stream';
import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';

/** exceljs takes ~0.5 s to load: only when a workbook is actually built, not whenever the package is imported. */
const excel = (): typeof ExcelJS => createRequire(import.meta.url)('exceljs') as typeof ExcelJS;
import type { BatchResult } from '@shuzhi/types';
import { displayWidth, lineWidths, xlsxText } from './cells.ts';
import { reviewBatch, type Review, type ReviewOptions } from './review.ts';
import { buildSheets, type CellValue, type SheetSpec, type Tone } from './sheets.ts';

/** Fill and font colours of Excel's 好 / 中性 / 差 cell styles. */
export const TONE_COLOURS: Record<Tone, { fill: string; font: string }> = {
  met: { fill: 'FFC6EFCE', font: 'FF006100' },
  partial: { fill: 'FFFFEB9C', font: 'FF9C5700' },
  missing: { fill: 'FFFFC7CE', font: 'FF9C0006' },
  error: { fill: 'FFFFC7CE', font: 'FF9C0006' },
  warning: { fill: 'FFFFEB9C', font: 'FF9C5700' },
};

const HEADER_FILL = 'FFD9E1F2';
/** Points per text line at the default 11 pt (CJK fonts need a little more than Latin ones). */
const LINE_HEIGHT = 16;
/** Excel's maximum row height. */
const MAX_ROW_HEIGHT = 409;
const MIN_WIDTH = 6;
/** exceljs's default font, restated: a cell font without a name falls back to a serif face in LibreOffice. */
const FONT = { name: 'Calibri', size: 11, family: 2 } as const;
const TOP: Partial<ExcelJS.Alignment> = { vertical: 'top' };
const WRAP: Partial<ExcelJS.Alignment> = { vertical: 'top', wrapText: true };
const DEFAULT_MAX_WIDTH = 50;

/**
 * A value for an exceljs cell. Report text and file names are only ever
 * assigned as JS strings, which exceljs stores as text (never a formula,
 * whatever they start with); numbers stay numbers. No `{ formula }`,
 * `{ hyperlink }` or rich-text object is ever built from report text.
 */
function cellValue(v: CellValue): string | number | null {
  // An empty text is an empty cell: nothing to store, and no `t="str"` cell in the streamed file.
  if (v === null || v === '') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return xlsxText(String(v));
}

/**
 * Row height for wrapped text, estimated from the display width of each line:
 * neither Excel nor LibreOffice reliably grows rows of a generated file.
 * Returns undefined (default height) for single-line rows.
 */
function rowHeight(lines: (number[] | null)[], widths: number[], always: boolean): number | undefined {
  let most = 1;
  lines.forEach((ws, i) => {
    if (!ws) return;
    const per = Math.max(1, widths[i] - 1);
    const n = ws.reduce((sum, w) => sum + Math.max(1, Math.ceil(w / per)), 0);
    if (n > most) most = n;
  });
  if (most === 1 && !always) return undefined;
  return Math.min(MAX_ROW_HEIGHT, most * LINE_HEIGHT + 4);
}

const STYLES = new Map<number, Partial<ExcelJS.Style>>();
const TONES: (Tone | undefined)[] = [undefined, 'met', 'partial', 'missing', 'error', 'warning'];

/**
 * One shared, never-mutated style object per combination: exceljs recognises
 * a style object it has seen (a WeakMap by identity) and skips re-serializing
 * it, which is most of the cost of a 100,000-row sheet.
 */
function cellStyle(tone: Tone | undefined, wrap: boolean, percent: boolean): Partial<ExcelJS.Style> {
  // A number, not a string built for every cell of a 100,000-row sheet.
  const key = TONES.indexOf(tone) * 4 + (wrap ? 2 : 0) + (percent ? 1 : 0);
  let style = STYLES.get(key);
  if (!style) {
    style = { alignment: wrap ? WRAP : TOP };
    if (percent) style.numFmt = '0.0%';
    if (tone) {
      const t = TONE_COLOURS[tone];
      style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: t.fill } };
      style.font = { ...FONT, color: { argb: t.font } };
    }
    STYLES.set(key, Object.freeze(style));
  }
  return style;
}

/**
 * A streamed text cell is written inline (`t="inlineStr"`, one unformatted
 * run). exceljs's shared-string table would hold every distinct string of the
 * workbook (evidence is nearly all distinct) and build its XML in one piece
 * at the end: 115 MB for 10,000 reports.
 */
const inlineText = (v: string | number | null) => (typeof v === 'string' ? { richText: [{ text: v }] } : v);

/** A row's cells as exceljs takes them: an empty cell is left undefined, so no cell object is made for it. */
const rowValues = (values: (string | number | null)[], stream: boolean) => values.map((v) => (v === null ? undefined : stream ? inlineText(v) : v));

/**
 * The style of every row: exceljs looks each row's style up by identity
 * before serializing it, and a fresh `{}` per row missed that cache (0.6 s
 * for 10,000 reports).
 */
const ROW_STYLE: Partial<ExcelJS.Style> = Object.freeze({});

/** Line widths of a text cell (null for numbers and empty cells). */
const measure = (v: string | number | null) => (typeof v === 'string' && v ? lineWidths(v) : null);

/**
 * Rows measured for column widths. The text columns reach their caps within
 * the first reports; a later cell wider than its column wraps. Measuring
 * 110,000 detail rows would mean building each of them twice.
 */
const MEASURED_ROWS = 2000;

/**
 * Two passes over the rows, neither of which keeps them: the first measures
 * column widths (a streamed sheet must declare its columns before its first
 * row), the second writes each row, wrapping the cells wider than their column.
 */
function* addSheet(wb: ExcelJS.Workbook, spec: SheetSpec, stream: boolean): Generator<void> {
  const n = spec.columns.length;
  // Widths from the widest line of each column (CJK counts two), capped; longer text wraps.
  const widest: number[] = spec.columns.map((col) => (col.kind === 'percent' ? 6 : 0));
  let measured = 0;
  for (const row of spec.rows) {
    if (++measured > MEASURED_ROWS) break;
    row.values.forEach((raw, i) => {
      const v = cellValue(raw);
      if (v === null || spec.columns[i].kind === 'percent') return;
      const lw = measure(v);
      widest[i] = Math.max(widest[i], lw ? Math.max(...lw) : String(v).length);
    });
  }
  const widths = spec.columns.map((col, i) => {
    const cap = col.maxWidth ?? DEFAULT_MAX_WIDTH;
    // A header may wrap onto two lines rather than widen a narrow column.
    const head = displayWidth(col.header);
    const headNeed = head > cap ? Math.ceil(head / 2) : head;
    return Math.min(cap, Math.max(col.minWidth ?? MIN_WIDTH, widest[i] + 2, headNeed + 2));
  });

  const ws = wb.addWorksheet(spec.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9, // A4
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C第 &P 页，共 &N 页', evenFooter: '&C第 &P 页，共 &N 页' },
  });
  // Columns, filter and views first: a streaming sheet writes them before the first row.
  ws.columns = widths.map((width) => ({ width }));

  const header = ws.addRow(spec.columns.map((c) => (stream ? inlineText(c.header) : c.header)));
  header.height = rowHeight(spec.columns.map((c) => lineWidths(c.header)), widths, true) ?? LINE_HEIGHT + 4;
  for (let c = 1; c <= n; c++) {
    const cell = header.getCell(c);
    cell.font = { ...FONT, bold: true };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF8EA9DB' } } };
  }
  if (stream) header.commit();

  let written = 0;
  for (const row of spec.rows) {
    // A pause every few rows lets the zip stream compress what was written (see toXlsx).
    if (++written % PAUSE_EVERY === 0) yield;
    const values = row.values.map(cellValue);
    const lines = values.map(measure);
    const xr = ws.addRow(rowValues(values, stream));
    // Row.style is in exceljs's rows but not in its typings.
    if (stream) Object.assign(xr, { style: ROW_STYLE });
    for (let i = 0; i < n; i++) {
      const v = values[i];
      const tone = row.tones?.[i];
      const note = row.notes?.[i];
      // An empty cell without colour or note is left out of the file: a third of the detail sheet's cells.
      if (v === null && !tone && !note) continue;
      const col = spec.columns[i];
      const cell = xr.getCell(i + 1);
      const lw = lines[i];
      const wrap = col.wrap || (lw !== null && (lw.length > 1 || lw[0] > widths[i] - 1));
      const style = cellStyle(tone, wrap, col.kind === 'percent' && typeof v === 'number');
      // A streamed row is serialized at once; an in-memory cell gets its own copy, since exceljs's setters (cell.font = …) write into it.
      cell.style = stream ? style : { ...style };
      if (note) cell.note = xlsxText(note);
    }
    const height = rowHeight(lines, widths, false);
    if (height) xr.height = height;
    if (stream) xr.commit();
  }
  // The filter is written after the rows (it follows them in the sheet), so its range can be counted here.
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: written + 1, column: n } };
  if (stream) ws.commit();
}

/**
 * zlib's default level. The zip stream under exceljs defaults to its fastest
 * level, which stores 10,000 reports' sheets in 36 MB against 28 MB and is no
 * faster here: the deflating runs on libuv's pool while this thread builds rows.
 */
const ZIP = { zlib: { level: 6 } };

/** Rows between pauses of a streamed sheet: the zip stream deflates about one chunk per turn of the event loop. */
const PAUSE_EVERY = 10;

function describe(wb: ExcelJS.Workbook, review: Review) {
  wb.creator = 'shuzhi';
  wb.title = `述职报告评分表：${review.rubric.name}`;
  wb.subject = `${review.rubric.name}（${review.rubric.id} ${review.rubric.version}）`;
}

const toReview = (input: BatchResult | Review, options: ReviewOptions) => ('outcomes' in input ? reviewBatch(input, options) : input);

/** The 评分表 workbook in memory (for tests and callers that edit it): 评分汇总, 评分明细, 问题清单, 疑似雷同, 处理失败. */
export function buildWorkbook(input: BatchResult | Review, options: ReviewOptions = {}): ExcelJS.Workbook {
  const review = toReview(input, options);
  const wb = new (excel().Workbook)();
  describe(wb, review);
  for (const spec of buildSheets(review)) for (const _pause of addSheet(wb, spec, false));
  return wb;
}

/**
 * The same workbook as `buildWorkbook`, as .xlsx bytes, written with exceljs's
 * streaming writer: rows are serialized as they are added, so 10,000 reports
 * do not hold a second in-memory model of every cell.
 */
export async function toXlsx(input: BatchResult | Review, options: ReviewOptions = {}): Promise<Buffer> {
  const review = toReview(input, options);
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      done();
    },
  });
  const wb = new (excel().stream.xlsx.WorkbookWriter)({ stream: sink, useStyles: true, useSharedStrings: false, zip: ZIP });
  describe(wb, review);
  // exceljs buffers whatever a sheet writes until the zip stream reads it, and the zip stream only reads
  // when the event loop turns: without the pauses a 110,000-row sheet sits uncompressed in memory.
  for (const spec of buildSheets(review)) for (const _pause of addSheet(wb, spec, true)) await new Promise(setImmediate);
  await wb.commit();
  return Buffer.concat(chunks);
}
