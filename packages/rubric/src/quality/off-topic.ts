import { normalizeText } from '@shuzhi/text';
import type { QualityCheck, RawFinding } from './index.ts';
import type { Section } from '@shuzhi/types';
import { headingText, type ReportView, type Unit } from '../view.ts';
import { findingAt, reportFinding } from './locate.ts';

/** A few lines say too little to call a drift (too-short says what there is to say). */
const DRIFT_MIN_CHARS = 300;

const topics = new Map<string, RegExp>();
/** Compiled once per pattern and flags, not per report (global, 'g', to count words). */
const compiled = (source: string, flags = ''): RegExp => {
  let re = topics.get(flags + source);
  if (!re) topics.set(flags + source, (re = new RegExp(source, flags)));
  return re;
};
const counter = (source: string): RegExp => compiled(source, 'g');
const count = (re: RegExp, text: string): number => text.match(re)?.length ?? 0;

/**
 * None of the words every report of the genre uses (a 党管武装 report always
 * names 武装, 民兵 or 人武部): most likely the wrong file was submitted, and
 * its zero points should not pass for a very weak report. Or, with `topic` and
 * `minShare`, a report that spends most of its text on other work: one titled
 * as one on the work (禁毒, 口岸, 安全生产 filling it), or a general 述职报告
 * (述职述廉) sent for it; its few lines on the work are scored, the drift is said.
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
  if (minShare === undefined || typeof options.topic !== 'string') return [];
  const topic = compiled(options.topic);
  let chars = 0;
  let about = 0;
  for (const unit of view.units) {
    if (unit.isHeading) continue;
    chars += unit.text.length;
    if (topic.test(unit.text)) about += unit.text.length;
  }
  // (A general 述职 sent for this one is told only when the work is a passing part of it: its other parts are its own.)
  const least = titled ? minShare : (options.generalMinShare as number | undefined);
  if (least !== undefined && chars >= DRIFT_MIN_CHARS && about / chars < least) {
    const share = `正文只有约 ${Math.round((about / chars) * 100)}% 的篇幅谈到${shown}等本类工作`;
    // A general 述职报告 (述职述廉, 述学述职述廉) sent for this one: most of it earns nothing, and the reviewer should know why.
    return [reportFinding(titled ? `标题表明是本类报告，但${share}，大部分写的是其他工作，请核对是否偏题` : `这是一份综合性的述职报告，${share}，大部分写的是其他工作，请核对是否提交了本类工作的专项述职报告`)];
  }
  // A general 述职报告 has parts on other work of its own: only a report titled as one on the work drifts section by section.
  if (!titled) return [];
  const words = counter(options.topic);
  const other = typeof options.otherTopic === 'string' ? counter(options.otherTopic) : null;
  const sections = driftingSections(view, words, other, shown);
  return other ? [...sections.map((d) => d.finding), ...driftingRuns(view, words, other, shown, sections)] : sections.map((d) => d.finding);
};

/** A section shorter than this may be a passing word on the place; longer, a part of the report on other work. */
const SECTION_MIN_CHARS = 150;
/**
 * A section dressed as the work ("统筹推进经济社会发展", "聚力茶旅融合，推动乡村振兴") that names other fields at least this often, and
 * the work at most at this share of them, is on other work, however long it is beyond SECTION_OTHER_MIN_CHARS (UNHEADED_OTHER_MIN_CHARS
 * in the unheaded opening, where a line of figures is the place's portrait).
 */
const SECTION_OTHER_WORDS = 3;
const SECTION_OTHER_MIN_CHARS = 40;
const UNHEADED_OTHER_MIN_CHARS = 80;
/** Paragraphs in a row on other fields ("五是做大特色产业，推进乡村振兴。……"): as long as this, naming them this often. */
const RUN_MIN_CHARS = 100;
/**
 * Shorter runs, down to this, when they say themselves what they are about: a run-in title on other fields ("七是统筹推进乡村振兴。",
 * "第四，统筹推进招商引资和园区建设。") or a heading above that names them. (A short paragraph of figures on 低空经济 or 工业园区 inside a
 * part on the militia is usually the setting of the work told next.)
 */
const RUN_TITLED_MIN_CHARS = 60;
/** A paragraph's first sentence this short is its run-in title. */
const RUN_IN_TITLE_CHARS = 20;
const RUN_OTHER_WORDS = 5;
/** What a paragraph on other work may still say of the work, per word of other fields ("……为国防建设打下了坚实的物质基础"). */
const RUN_TOPIC_SHARE = 0.1;
const SECTION_TOPIC_SHARE = 0.15;

interface Drift {
  section: Section;
  finding: ReturnType<typeof findingAt>;
}

/**
 * A headed part of a report on the work that names none of it, heading or body (a section on 乡村振兴 or 招商引资 pasted from the
 * year's general summary), or, given the other fields' words, names them far more than the work: the reviewer reads past it,
 * and it earns nothing. Not the faults and plans, which may name only the reporter's own failings.
 */
function driftingSections(view: ReportView, topic: RegExp, other: RegExp | null, shown: string): Drift[] {
  // (A section's own heading is not among its units: it is asked below. Both the innermost and the outermost section are asked:
  // a drift is as often a whole 三、 as one of its （二）.)
  const parts = new Map<Section, { first: Unit; chars: number; topic: number; other: number }>();
  for (const unit of view.units) {
    if (!unit.sections.length || unit.context) continue;
    for (const section of new Set([unit.sections[0], unit.sections[unit.sections.length - 1]])) {
      let part = parts.get(section);
      if (!part) parts.set(section, (part = { first: unit, chars: 0, topic: 0, other: 0 }));
      part.topic += count(topic, unit.text);
      if (unit.isHeading) continue;
      part.chars += unit.text.length;
      if (other) part.other += count(other, unit.text);
    }
  }
  const drifts: Drift[] = [];
  for (const [section, p] of parts) {
    const heading = headingText(section);
    if (count(topic, heading) > 0) continue;
    const silent = p.topic === 0 && p.chars >= SECTION_MIN_CHARS;
    // The heading's own words count: "招商引资和项目建设" over two lines of figures says what the part is about.
    const others = p.other + (other && p.other ? count(other, heading) : 0);
    const minChars = heading ? SECTION_OTHER_MIN_CHARS : UNHEADED_OTHER_MIN_CHARS;
    const elsewhere = others >= SECTION_OTHER_WORDS && p.chars >= minChars && p.topic <= others * SECTION_TOPIC_SHARE;
    // (A part without a heading — the opening, the closing faults and plans — may name the work by its own words, "扑火分队" for the
    // militia: only another field's words, not silence, make it a drift, holdout749/02.)
    if (!elsewhere && (!silent || !heading)) continue;
    // (An inner section inside an outer one already said is not said again.)
    if (drifts.some((d) => section !== d.section && p.first.sections.includes(d.section))) continue;
    const message = `${heading ? `“${heading}”一节` : '没有标题的部分'}（约 ${p.chars} 字）${elsewhere && p.topic ? '主要写的是其他工作，很少' : '没有'}谈到${shown}等本类工作，请核对是否写了其他工作`;
    drifts.push({ section, finding: findingAt(view, p.first.start, p.first.end, message) });
  }
  return drifts;
}

/**
 * Paragraphs in a row on other fields inside a part on the work (a 五是 point on 苹果 and 户厕, a bold run-in "招商引资：" and its
 * figures), outside the sections already said. The first paragraph is the place's portrait, not a drift.
 */
function driftingRuns(view: ReportView, topic: RegExp, other: RegExp, shown: string, drifts: Drift[]) {
  const paragraphs: Unit[][] = [];
  for (const unit of view.units) {
    if (unit.isHeading || unit.context || unit.review || unit.sections.some((s) => drifts.some((d) => d.section === s))) continue;
    const last = paragraphs[paragraphs.length - 1];
    if (last && last[0].paragraph === unit.paragraph) last.push(unit);
    else paragraphs.push([unit]);
  }
  const findings: RawFinding[] = [];
  let run: { first: Unit; chars: number; other: number; topic: number; titled: boolean } | null = null;
  const close = () => {
    if (run && run.chars >= (run.titled ? RUN_TITLED_MIN_CHARS : RUN_MIN_CHARS) && run.other >= RUN_OTHER_WORDS) {
      findings.push(findingAt(view, run.first.start, run.first.end, `从这里起约 ${run.chars} 字写的是其他工作，${run.topic ? '很少' : '没有'}谈到${shown}等本类工作，请核对是否偏题`));
    }
    run = null;
  };
  const opening = view.units.find((u) => !u.isHeading)?.paragraph;
  for (const units of paragraphs) {
    if (units[0].paragraph === opening) continue;
    const text = units.map((u) => u.text).join('');
    const others = count(other, text);
    const about = count(topic, text);
    if (others === 0 || about > others * RUN_TOPIC_SHARE) {
      close();
      continue;
    }
    run ??= { first: units[0], chars: 0, other: 0, topic: 0, titled: titledOther(units, other) };
    run.chars += text.length;
    run.other += others;
    run.topic += about;
  }
  close();
  return findings;
}

/** A paragraph whose run-in title, or a heading above it, names other fields. */
function titledOther(units: Unit[], other: RegExp): boolean {
  const first = units[0];
  if (first.text.length <= RUN_IN_TITLE_CHARS && units.length > 1 && count(other, first.text) > 0) return true;
  return first.sections.some((s) => count(other, headingText(s)) > 0);
}
