import type { BatchResult } from '@shuzhi/types';
import { neutralize } from './cells.ts';
import { reviewBatch, type Review, type ReviewOptions } from './review.ts';
import { failureText, summarySheet, type CellValue } from './sheets.ts';

export const BOM = '\uFEFF';

/**
 * One CSV field (RFC 4180): text that could start a formula gets a leading
 * apostrophe (see `neutralize`); a field holding a comma, quote, CR or LF is
 * quoted, quotes doubled. Numbers are written as numbers.
 */
export function csvField(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const s = neutralize(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * 评分汇总 as CSV: UTF-8 with BOM (so Excel reads Chinese), CRLF line ends.
 * Files that failed follow the ranked reports, unranked, with 等级 处理失败
 * and the cause in place of a title: a reviewer who opens only the CSV still
 * sees every file that was submitted.
 */
export function toCsv(input: BatchResult | Review, options: ReviewOptions = {}): string {
  const review = 'outcomes' in input ? reviewBatch(input, options) : input;
  const sheet = summarySheet(review);
  const grade = sheet.columns.findIndex((c) => c.header === '等级');
  const failed = review.failures.map((f) =>
    sheet.columns.map((_c, i): CellValue => (i === 1 ? f.file : i === 2 ? failureText(f.error) : i === grade ? '处理失败' : null)),
  );
  const lines = [sheet.columns.map((c) => csvField(c.header)), ...sheet.rows.map((r) => r.values.map(csvField)), ...failed.map((r) => r.map(csvField))];
  return `${BOM}${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}
