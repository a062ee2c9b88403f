import type { CriterionScore, Outcome, Override, ReportMeta, Status } from '@shuzhi/types';

export type { Outcome };

export const STATUS_NAMES = { met: '满足', partial: '部分满足', missing: '缺项' } as const;
export const STATUS_MARKS = { met: '✔', partial: '◐', missing: '✖' } as const;
export const SEVERITY_NAMES = { error: '错误', warning: '警告', info: '提示' } as const;

/**
 * A criterion's status as the sheets and reports name it: after a reviewer's adjustment the status its points now
 * have, with the machine's beside it ("满足（机评缺项）"), so a 状态 never contradicts the points next to it.
 */
export function statusName(c: { status: Status; reviewedStatus: Status }): string {
  return c.reviewedStatus === c.status ? STATUS_NAMES[c.status] : `${STATUS_NAMES[c.reviewedStatus]}（机评${STATUS_NAMES[c.status]}）`;
}

type PartScore = NonNullable<CriterionScore['parts']>[number];

/** A part as every presenter shows it: found, found but kept short of what it asks (次数不足), or missing. */
export function partMark(p: PartScore): { mark: string; status: keyof typeof STATUS_MARKS; label: string } {
  const status = !p.found ? 'missing' : p.short ? 'partial' : 'met';
  return { mark: STATUS_MARKS[status], status, label: p.short ? `${p.name}（次数不足）` : p.name };
}

/** The years a report covers as every presenter shows them: 2024, a term's "2022—2024", or "2026年上半年"; null when not stated. */
export function yearsOf(meta: Pick<ReportMeta, 'year' | 'since' | 'half'> | undefined): number | string | null {
  if (!meta || meta.year === null) return null;
  if (meta.since !== undefined) return `${meta.since}—${meta.year}`;
  return meta.half ? `${meta.year}年${meta.half === 1 ? '上' : '下'}半年` : meta.year;
}

/** "第12行" for text files, "第5段" for Word files. */
export function where(line: number | null, paragraph: number | null): string {
  if (line) return `第${line}行`;
  if (paragraph) return `第${paragraph}段`;
  return '全文';
}

/** What changed since a reviewer set an override, as a caution after its reason; '' when nothing did. */
export function overrideCaution(o: Pick<Override, 'reportChanged' | 'rubricChanged'>): string {
  const changed = [o.reportChanged && '报告', o.rubricChanged && '评分标准'].filter(Boolean).join('和');
  return changed ? `［复核后${changed}已修改，请重新核对］` : '';
}
