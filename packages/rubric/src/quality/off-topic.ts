import { normalizeText } from '@shuzhi/text';
import type { QualityCheck } from './index.ts';
import type { Section } from '@shuzhi/types';
import { headingText, type ReportView, type Unit } from '../view.ts';
import { findingAt, reportFinding } from './locate.ts';

/** A few lines say too little to call a drift (too-short says what there is to say). */
const DRIFT_MIN_CHARS = 300;

const topics = new Map<string, RegExp>();
/** Compiled once per pattern, not per report. */
const compiled = (source: string): RegExp => {
  let re = topics.get(source);
  if (!re) topics.set(source, (re = new RegExp(source)));
  return re;
};

/**
 * None of the words every report of the genre uses (a 党管武装 report always
 * names 武装, 民兵 or 人武部): most likely the wrong file was submitted, and
 * its zero points should not pass for a very weak report. Or, with `topic` and
 * `minShare`, a report titled as one on the work that spends most of its text
 * on other work (禁毒, 口岸, 安全生产): its few lines on the work are scored, the
 * drift is said.
 */
export const offTopic: QualityCheck = (view, options) => {
  // A notice of the meeting, the 人武部部长's own 述职, the 人武部's summary, filed among the secretaries' reports (see cues.notTheReport).
  if (view.notTheReport) return [reportFinding(`标题表明这份文件不是报告人本人的述职报告（如会议通知、人武部部长本人的述职、人武部工作总结），可能提交错了文件，请核对`)];
  const terms = options.terms as string[];
  const title = normalizeText(view.report.title ?? '');
  const titled = terms.some((t) => title.includes(t));
  const shown = terms.slice(0, 3).map((t) => `“${t}”`).join('');
  // Stops at the first sentence that names one, usually near the top.
  if (!titled && !view.units.some((u) => terms.some((t) => u.text.includes(t)))) {
    return [reportFinding(`全文没有${shown}等本类报告必有的词语，可能提交错了文件，请核对`)];
  }
  const minShare = options.minShare as number | undefined;
  if (!titled || minShare === undefined || typeof options.topic !== 'string') return [];
  const topic = compiled(options.topic);
  let chars = 0;
  let about = 0;
  for (const unit of view.units) {
    if (unit.isHeading) continue;
    chars += unit.text.length;
    if (topic.test(unit.text)) about += unit.text.length;
  }
  if (chars >= DRIFT_MIN_CHARS && about / chars < minShare) {
    return [reportFinding(`标题表明是本类报告，但正文只有约 ${Math.round((about / chars) * 100)}% 的篇幅谈到${shown}等本类工作，大部分写的是其他工作，请核对是否偏题`)];
  }
  return driftingSections(view, topic, shown);
};

/** A section shorter than this may be a passing word on the place; longer, a part of the report on other work. */
const SECTION_MIN_CHARS = 150;

/**
 * A headed part of a report on the work that names none of it, heading or body (a section on 乡村振兴 or 招商引资 pasted from the
 * year's general summary): the reviewer reads past it, and it earns nothing. Not the faults and plans, which may name only the
 * reporter's own failings.
 */
function driftingSections(view: ReportView, topic: RegExp, shown: string) {
  // (A section's own heading is not among its units: it is asked below.)
  const parts = new Map<Section, { first: Unit; chars: number; about: boolean }>();
  for (const unit of view.units) {
    const section = unit.sections[0];
    if (!section || unit.context) continue;
    let part = parts.get(section);
    if (!part) parts.set(section, (part = { first: unit, chars: 0, about: false }));
    part.about ||= topic.test(unit.text);
    if (!unit.isHeading) part.chars += unit.text.length;
  }
  return [...parts.entries()]
    .filter(([section, p]) => !p.about && p.chars >= SECTION_MIN_CHARS && !topic.test(headingText(section)))
    .map(([section, p]) => findingAt(view, p.first.start, p.first.end, `“${headingText(section)}”一节（约 ${p.chars} 字）没有谈到${shown}等本类工作，请核对是否写了其他工作`));
}
