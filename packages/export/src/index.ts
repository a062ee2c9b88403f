export { scoresToJson, SCORES_SCHEMA } from './json.ts';
export { formatCard, formatBatch, formatSimilar } from './text.ts';
export { STATUS_MARKS, STATUS_NAMES, SEVERITY_NAMES, overrideCaution, partMark, where, yearsOf, type Outcome } from './outcome.ts';
export { notScoredError, reviewBatch, reviewCard, type Review, type ReviewOptions, type ReviewedReport, type ReviewedCriterion, type ReviewedPair } from './review.ts';
export { buildSheets, findingsSheet, summarySheet, percent, SHEET_NAMES, RULE_NAMES, type SheetSpec, type SheetName, type SheetColumn, type SheetRow, type Tone } from './sheets.ts';
export { displayWidth, neutralize, isFormulaLike, xlsxText } from './cells.ts';
export { buildWorkbook, toXlsx, TONE_COLOURS } from './xlsx.ts';
export { toCsv, csvField, BOM } from './csv.ts';
export { toMarkdown, mdText, EXPORT_MARKER } from './markdown.ts';
export { toHtml, esc } from './html.ts';
export {
  writeExport,
  checkExportPath,
  writeFileAtomic,
  renderExport,
  formatFromPath,
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportOptions,
  type ExportError,
  type ExportErrorCode,
} from './write.ts';
