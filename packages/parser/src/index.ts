import type { Report, Result } from '@shuzhi/types';
import { ok } from '@shuzhi/types';
import { loadDocument, type LoadError, type ReportSource } from './load/index.ts';
import { buildReport } from './structure.ts';

/** file → load (bytes, format, encoding) → parse (section tree with positions). */
export async function parseReport(source: ReportSource): Promise<Result<Report, LoadError>> {
  const loaded = await loadDocument(source);
  if (!loaded.ok) return loaded;
  return ok(buildReport(loaded.value, typeof source === 'string' ? source : source.name));
}

export { loadDocument, readReportFile, MAX_TEXT_BYTES, MAX_WORD_BYTES, type LoadError, type ReportSource } from './load/index.ts';
export { buildReport } from './structure.ts';
export { matchNumbering, NUMBERING_STYLES } from './headings.ts';
export { walkParagraphs, reportToJson } from './walk.ts';
