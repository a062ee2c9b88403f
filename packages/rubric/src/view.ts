import type { AdminLevel, Cues, Paragraph, Report, ReportMeta, Section } from '@shuzhi/types';
import { cut, normalizeText } from '@shuzhi/text';

/**
 * The report as the engine reads it: one unit per sentence, each knowing its
 * paragraph, the sections around it and the context the document gives it
 * (a plan paragraph, a section about shortcomings, the closing part).
 */
export interface Unit {
  /** Normalized sentence text (same length as the original). */
  text: string;
  original: string;
  start: number;
  end: number;
  paragraph: Paragraph;
  /** Innermost first. */
  sections: Section[];
  /** "二、狠抓落实 › （一）…", or 开头 / 结尾. */
  sectionPath: string;
  inClosing: boolean;
  /** A heading that stands for a statement (a leaf with no body). */
  isHeading: boolean;
  /** What the section around the sentence says it is about (its heading: 下步打算, 存在的不足). */
  context: 'plan' | 'shortcoming' | null;
  /** Under a heading about faults or plans, or both ("存在的不足和下步打算"), or in the unheaded closing: not where work done is reported. */
  review: boolean;
  /** Index of the sentence in its paragraph. */
  position: number;
  /** Index of the unit in the view. */
  id: number;
  /** For a table row: the table's first row (normalized), where units such as 万元 are stated. */
  tableHeader: string | null;
}

/**
 * Columns of a form that hold its rules or its scores, not what was done: "评价标准", "分值", "自评得分", "自评分". (Not the column
 * that explains a score, which holds what was done: "得分说明", "自评得分依据".)
 */
const RULE_COLUMN = /(评价|考核|评分|考评)(标准|细则|要点|内容)|分值|(得分|自评分)(?![^｜|\t]{0,2}(说明|理由|依据|情况|原因|佐证))|权重|满分/;

/** A column headed by a year: "2023年", "2023年度", "2024年完成", "2023年（上年）". */
const YEAR_COLUMN = /^[\s*]*(20\d\d)\s*年/;
const YEAR_COLUMN_CHARS = 12;

/**
 * Which columns of a table say nothing of the year reported: rules and scores, and in a table that compares years
 * ("指标｜2023年｜2024年") the columns of the years before it. Null when none.
 */
function blankColumns(heads: string[], year: number | null, since: number | undefined): boolean[] | null {
  const yearOf = (h: string) => (h.trim().length <= YEAR_COLUMN_CHARS ? Number(YEAR_COLUMN.exec(h)?.[1] ?? NaN) : NaN);
  const comparesYears = year !== null && heads.some((h) => yearOf(h) === year);
  // (A term's report keeps the columns of all its years.)
  const blank = heads.map((h) => RULE_COLUMN.test(h) || (comparesYears && yearOf(h) < (since ?? year)));
  return blank.some(Boolean) ? blank : null;
}

/** A table row with the cells under such columns blanked, a space for a character (offsets hold). */
function withoutBlankColumns(row: string, header: string, { year, since }: ReportMeta): string {
  const sep = row.includes('\t') ? '\t' : '|';
  const heads = header.split(sep);
  const blank = heads.length < 2 ? null : blankColumns(heads, year, since);
  if (!blank) return row;
  return row
    .split(sep)
    .map((cell, k) => (blank[k] ? ' '.repeat(cell.length) : cell))
    .join(sep);
}

/** Where the cells of a table row stand in it: a Markdown row's between its pipes, a Word row's between its tabs. */
export const cellSpans = (row: string): { start: number; end: number }[] => {
  const tabs = row.includes('\t');
  const lead = tabs ? 0 : (/^\s*\|/.exec(row)?.[0].length ?? 0);
  let at = lead;
  return (tabs ? row : row.slice(lead).replace(/\|\s*$/, '')).split(tabs ? '\t' : '|').map((cell) => {
    const span = { start: at, end: at + cell.length };
    at = span.end + 1;
    return span;
  });
};

/** The cells of a table row, trimmed. */
export const cellsOf = (row: string): string[] => cellSpans(row).map((s) => row.slice(s.start, s.end).trim());

/** A short label before a colon at a paragraph's start: "自我剖析：", "存在问题：", "明年打算：" (or a full stop: "存在的问题。我们乡地处偏远……"). */
const RUN_IN_LABEL = /^[\s*]*([^，。；：:\s*]{2,8})[\s*]*[：:。]/;

/** The longest line read as a table's caption. */
const CAPTION_CHARS = 30;

/** What parts a sentence into clauses. (A tab parts the cells of a Word table row, a bar those of a Markdown row: each cell is a clause of its own.) */
export const CLAUSE_MARKS = '，,；;：:\t|｜';

/** A clause of a sentence: the text between its clause marks. */
export const CLAUSE = new RegExp(`[^${CLAUSE_MARKS}]+`, 'g');

export interface ReportView {
  report: Report;
  units: Unit[];
  /** The title says the document is no account of the reporter's work (a notice, the 人武部部长's 述职; cues.notTheReport). */
  notTheReport: boolean;
  /** A report that claims the whole place above as its own (cues.claimedWhole): a township's 全县, a district's 全市 is itself. */
  claimsWhole: boolean;
  /**
   * The date of writing, from a date line under the title or on the last lines ("2023年1月16日"), if any; alone: on a line of its own;
   * spoken: the date of the meeting it was given at, as a transcript heads it ("2025年1月16日 ……党委扩大会议").
   */
  writtenOn: { year: number; month: number; alone: boolean; spoken?: true } | null;
  /** Written after the year it reports on: its units' 今年 and 去年 are read as written within that year (明年 and 今年). */
  writtenAfter: boolean;
  /** Word boundaries of a normalized text (cut once per text, on demand). */
  boundaries(text: string): Set<number>;
}

const KIND_LABEL = { preamble: '开头', closing: '结尾', heading: '' } as const;

const headings = new WeakMap<Section, string>();

/** A section's heading as report text is compared (Simplified, half-width): what rules and cues test. */
export function headingText(section: Section): string {
  let text = headings.get(section);
  if (text === undefined) headings.set(section, (text = section.heading ? normalizeText(section.heading) : ''));
  return text;
}

/** Whether a heading above the unit matches the expression: what a signal's scope and the `section` matcher ask. */
export function underHeading(unit: Unit, re: RegExp): boolean {
  return unit.sections.some((s) => s.heading !== null && re.test(headingText(s)));
}

/** The sentence after a unit in its paragraph, if any (a unit's id is its index in view.units). */
export function nextInParagraph(view: ReportView, unit: Unit): Unit | undefined {
  const next = view.units[unit.id + 1];
  return next?.paragraph === unit.paragraph ? next : undefined;
}

export function sectionLabel(s: Section): string {
  return s.kind === 'heading' ? `${s.numbering ?? ''}${s.heading ?? ''}` : KIND_LABEL[s.kind];
}

const joinedLists = new WeakMap<string[], RegExp | null>();
/** A cue list as one pattern (cues.notTheReport, cues.blankFigure, …), compiled once per rubric (none when the list is empty). */
export function joinedCues(list: string[]): RegExp | null {
  if (!joinedLists.has(list)) joinedLists.set(list, list.length ? new RegExp(list.map((c) => `(?:${c})`).join('|')) : null);
  return joinedLists.get(list)!;
}

/** The whole places above a level, by their words: the county, district or city around a township or a street, the city around a district or a county. */
const WHOLES_ABOVE: Partial<Record<AdminLevel, RegExp>> = { 乡镇: /全(县|区|市|旗)/, 街道: /全(县|区|市|旗)/, 区: /全市/, 县: /全市/ };

const everyClaim = new WeakMap<string[], RegExp>();

/** Whether the report claims the work of a whole place above its own ("推动全市武装工作迈上新台阶" in a district's): see `ReportView`. */
function claimsWhole(level: AdminLevel | null, units: Unit[], cue: string[]): boolean {
  const above = level ? WHOLES_ABOVE[level] : undefined;
  const claim = joinedCues(cue);
  if (!above || !claim) return false;
  // (Each claim in a sentence, as the one pattern finds them: compiled once per rubric, as the pattern is.)
  let every = everyClaim.get(cue);
  if (!every) everyClaim.set(cue, (every = new RegExp(claim.source, 'g')));
  return units.some((u) => claim.test(u.text) && [...u.text.matchAll(every)].some((m) => above.test(m[0])));
}

/** The opening naming last year as the year reported: "现将去年履职情况报告如下", "回头看去年一年的武装工作". */
const LAST_YEAR_REPORTED = /(把|将|就|对)[^，。；]{0,6}去年[^，。；]{0,16}(履职|工作|情况)|回头看去年|去年一年/;
/** The date of writing, on the report's last lines or under its title: "2025年1月16日", "2024年2月", "（2020年3月10日）", "2023年元月". */
/** A year in figures and its month in figures or words: "2023年1月", "2023年十二月". */
const YEAR_MONTH = String.raw`(20\d\d)\s*年\s*([0-9]{1,2}|十[一二]?|[一二三四五六七八九元])\s*月`;
const DATE_LINE = new RegExp(String.raw`${YEAR_MONTH}\s*([0-9]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])?\s*日?\s*[)）]?\s*$`);
const MONTHS: Record<string, number> = { 元: 1, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
/** The year and month a YEAR_MONTH match holds. */
const yearMonth = (m: RegExpExecArray) => ({ year: Number(m[1]), month: MONTHS[m[2]] ?? Number(m[2]) });

/**
 * A date and the meeting or the room it was given at, on a line of its own under the title, as a transcript heads it:
 * "2025年1月16日 岑州军分区党委扩大会议", "2022年1月19日　岑州军分区会议室".
 */
const DATED_MEETING = new RegExp(String.raw`^\s*${YEAR_MONTH}[^，。；]{0,40}(会议|大会|述职会|评议会|座谈会|会议室|礼堂|会场|报告厅)(\s*主持(人)?[：:][^，。；]{0,20})?\s*$`);

/** The date line under the title (the first two paragraphs) or at the end (the last three), the end's first. */
function dateOfWriting(paragraphs: Paragraph[]): ReportView['writtenOn'] {
  for (const p of [...paragraphs.slice(-3), ...paragraphs.slice(0, 2)]) {
    const m = DATE_LINE.exec(p.normalized);
    if (m) return { ...yearMonth(m), alone: /^[\s（(]*$/.test(p.normalized.slice(0, m.index)) };
  }
  const meeting = paragraphs.slice(0, 2).map((p) => DATED_MEETING.exec(p.normalized)).find((m) => m !== null);
  return meeting ? { ...yearMonth(meeting), alone: true, spoken: true } : null;
}
/** A paragraph opening on a year ("2025年是……", "2025年，……"), not on a span up to now ("2025年以来"). */
const LATER_YEAR_OPENING = /^\s*(20\d\d)年(?!以来|来|至今)/;
const THIS_YEAR_PLANS = /今年[^，。；]{0,6}(打算|计划|重点|思路)/;
/**
 * A paragraph that opens on last year as the time of its account ("去年以来，我乡……", "去年，县委坚持党管武装原则……"), or on this year
 * as the plans' ("今年，我将抓好三件事：……", "今年，一是营区改造6月底前完工；……"; not 将 as 把, "今年将武装工作纳入乡镇年度综合考核",
 * nor "今年问题主要是……").
 */
const YEAR_AS_WRITTEN = /^([一二三四五六七八九十]+是|[一二三四五六七八九十]+、)?(去年(以来|一年来?)?[，,]|今年[，,]\s*(一是|第一[，,、])|今年([，,]\s*(我们?|[县市区旗]委|(镇|乡|街道)?党(工)?委)?|(我们?|[县市区旗]委|(镇|乡|街道)?党(工)?委))\s*(将|要|打算|计划|准备)(?![^，。；]{1,30}(纳入|列入|列为|作为|计入)))/;

/**
 * Whether the report was written after the year it reports on, as many are (in January): its opening says so, or it is dated
 * in the next year and heads its plans 今年打算, tells its year as 去年 or its plans as this year's (holdout671/06, 11: "去年以来……去年共送兵3名。
 * ……今年春节前，我带队走访慰问……" dated 2023年2月15日 in a report on 2022; 671/05: "……今年县财政预算安排人武工作经费260万元" and
 * "今年，我将抓好三件事" dated 2021年1月26日 in a report on 2020); or it was spoken at a meeting in the next year (see DATED_MEETING).
 */
function writtenAfterItsYear(report: Report, sections: Section[], paragraphs: Paragraph[], writtenOn: ReportView['writtenOn']): boolean {
  const year = report.meta.year;
  if (year === null) return false;
  if (paragraphs.slice(0, 4).some((p) => LAST_YEAR_REPORTED.test(p.normalized))) return true;
  if (writtenOn?.year !== year + 1) return false;
  // (Words spoken at a meeting in the next year tell that year as 今年, whatever a writer might have drafted in December.)
  if (writtenOn.spoken) return true;
  return sections.some((s) => THIS_YEAR_PLANS.test(headingText(s))) || paragraphs.some((p) => YEAR_AS_WRITTEN.test(p.normalized));
}

/** A year named as one written within the report's year would name it (the same length, so offsets hold). */
const YEAR_WORDS: Record<string, string> = { 今年: '明年', 去年: '今年', 前年: '去年' };
const shiftYears = (text: string): string => text.replace(/今年|(?<![比较同])(去年|前年)/g, (m) => YEAR_WORDS[m]);

/** A sub-heading that only names the faults' part ("（一）存在的主要问题"), no fault of its own. */
const GENERIC_FAULTS = /^[\s\d.、．（()）一二三四五六七八九十]*(存在的?|主要|突出)*(主要)?(问题|不足|差距|短板)(和|与|及|、)?(原因|分析|表现)?[：:。]?$/;

/**
 * A sentence that announces the faults the rest of its paragraph tells, among the year's work: "对照职责，我的不足也很明显。我到库区哨所调研
 * 大多安排在汛期，冬春季节检查少，……" (holdout1016/02). (A modest opening before the work told, "我履职时间不长，自身差距比较明显。到任后，
 * 我坚持每月……", leaves the work the year's: see WANTING.)
 */
const FAULTS_ANNOUNCED = /^[^，。；]{0,8}[，,]?\s*(我|本人|自身|个人)(的|自身的?|个人的?)?(不足|问题|差距|短板)(也|还|仍)?(很|十分|比较|较为)?(明显|突出|不少)[。！]?$/;
/** …of which a sentence after it holds some word of want; one without ("全年我到县人武部现场办公12次") is the year's work told on. */
const WANTING = /[少未没缺差晚慢]|不(?!断|仅|但|论)|过期|滞后|偏(低|弱|多)/;

export function buildView(report: Report, cues: Cues): ReportView {
  // In a report written after its year, 去年 is the year reported and 今年 the plans': read as if written within it.
  const sections: Section[] = [];
  const walk = (list: Section[]) => list.forEach((s) => (sections.push(s), walk(s.children)));
  walk(report.sections);
  const paragraphs = sections.flatMap((s) => s.paragraphs);
  const writtenOn = dateOfWriting(paragraphs);
  const writtenAfter = writtenAfterItsYear(report, sections, paragraphs, writtenOn);
  const shift = writtenAfter ? shiftYears : (text: string) => text;
  const planHeading = new RegExp(cues.planHeadings);
  const shortcomingHeading = new RegExp(cues.shortcomingHeadings);
  const units: Unit[] = [];

  // What a heading (or a table's caption) says the text under it is about.
  const contextOf = (heading: string): Unit['context'] => {
    // "2024年重点做好" in a report on 2023 heads the plans.
    const laterYear = /(20\d\d)年/.exec(heading);
    const isPlan = planHeading.test(heading) || Boolean(laterYear && report.meta.year && Number(laterYear[1]) > report.meta.year);
    // "存在的问题和今后打算" is about both: then each sentence's own cues decide.
    return isPlan === shortcomingHeading.test(heading) ? null : isPlan ? 'plan' : 'shortcoming';
  };
  // The innermost heading that names either says what its sentences are: "（二）2024年打算" under "五、问题和下一步打算".
  const contextOfChain = (chain: Section[]): Unit['context'] => {
    for (const s of chain) {
      const heading = headingText(s);
      const context = contextOf(heading);
      // (A heading about both is the answer too: its sentences decide for themselves. So is one of what was done, under a heading of
      // both: "（一）完成情况" under "四、重点任务和短板".)
      if (context !== null || planHeading.test(heading) || shortcomingHeading.test(heading) || DONE_HEADING.test(heading)) return context;
    }
    return null;
  };

  const visit = (section: Section, parents: Section[], inClosing: boolean) => {
    const chain = [section, ...parents];
    const sectionPath = [...chain].reverse().map(sectionLabel).join(' › ');
    const headings = chain.map(headingText).join(' ');
    const sectionContext = contextOfChain(chain);
    const sectionReview = inClosing || planHeading.test(headings) || shortcomingHeading.test(headings) || sectionContext !== null;
    const mixedHeading = sectionContext === null && chain.some((s) => s.heading !== null && planHeading.test(headingText(s)) && shortcomingHeading.test(headingText(s)));

    // (So is a point's title under the faults' heading, which may be the fault itself: "三、存在问题" › "2. 国防教育形式还需创新。"
    // over "针对这一问题，下步将……"; the judge decides whether it states one, see StanceJudge.)
    const pointOfFaults = sectionContext === 'shortcoming' && parents.some((p) => p.heading !== null) && !GENERIC_FAULTS.test(headingText(section));
    if (section.kind === 'heading' && section.heading && ((section.paragraphs.length === 0 && section.children.length === 0) || pointOfFaults)) {
      units.push(headingUnit(report, section, { sections: chain, sectionPath, inClosing, context: sectionContext, review: sectionReview, id: units.length }));
    }
    let header: string | null = null;
    let captioned: Unit['context'] = null;
    let labelled: Unit['context'] = null;
    section.paragraphs.forEach((paragraph, k) => {
      if (paragraph.origin !== 'table') {
        header = null;
        // A short line just above a Word table is its caption, and heads its rows as a heading would: "表3 2024年打算".
        captioned = section.paragraphs[k + 1]?.origin === 'table' && paragraph.normalized.length <= CAPTION_CHARS ? contextOf(paragraph.normalized) : null;
      } else if (section.paragraphs[k - 1]?.origin !== 'table') header = paragraph.normalized;
      const tableHeader = paragraph.origin === 'table' && header !== paragraph.normalized ? header : null;
      const normalized = tableHeader ? withoutBlankColumns(paragraph.normalized, tableHeader, report.meta) : paragraph.normalized;
      // A short label line heads the paragraphs after it as a heading would, until the next one: "**关于明年打算。** 一是……；二是……"
      // (Markdown's bold run-in is a paragraph of its own), "关于专武干部。".
      const label = paragraph.origin === 'table' ? null : labelOf(paragraph);
      // (Not one that names what was done with it: "关于年度计划落实情况。", "关于工作思路与成效。", "问题整改。".)
      if (label !== null) labelled = DONE_LABEL.test(label) ? null : contextOf(label);
      // A label run in before the paragraph's text heads that paragraph alone: "自我剖析：街道辖区……；武装部只有1名专武干部……".
      const runIn = label === null && paragraph.origin !== 'table' ? RUN_IN_LABEL.exec(paragraph.normalized)?.[1] : undefined;
      const runInContext = runIn && !DONE_LABEL.test(runIn) ? contextOf(runIn) : null;
      // Under a heading of both faults and plans, a paragraph that opens on a later year is the plans': "2025年是“十四五”收官之年。一是3月底前
      // 由我牵头召开专题会……" under "六、不足和打算" in a report on 2024 (holdout686/06).
      const laterYear = mixedHeading && paragraph.origin !== 'table' ? LATER_YEAR_OPENING.exec(paragraph.normalized) : null;
      const laterYearContext = laterYear && report.meta.year && Number(laterYear[1]) > report.meta.year ? 'plan' : null;
      let announced = false;
      paragraph.sentences.forEach((s, position) => {
        const context = paragraph.origin === 'table' && captioned ? captioned : runInContext || (label === null && labelled) || laterYearContext || sectionContext || (announced && WANTING.test(s.text) ? 'shortcoming' : null);
        announced ||= paragraph.origin !== 'table' && FAULTS_ANNOUNCED.test(s.text);
        const review = sectionReview || context !== null;
        const from = s.start - paragraph.start;
        units.push({
          text: shift(normalized.slice(from, from + s.text.length)),
          original: s.text,
          start: s.start,
          end: s.end,
          paragraph,
          sections: chain,
          sectionPath,
          inClosing,
          isHeading: false,
          context,
          review,
          position,
          id: units.length,
          tableHeader,
        });
      });
    });
    for (const child of section.children) visit(child, chain, inClosing);
  };
  for (const section of report.sections) visit(section, [], section.kind === 'closing');

  const cache = new Map<string, Set<number>>();
  return {
    report,
    units,
    notTheReport: joinedCues(cues.notTheReport)?.test(normalizeText(report.title ?? '')) ?? false,
    claimsWhole: claimsWhole(report.meta.level, units, cues.claimedWhole),
    writtenOn,
    writtenAfter,
    boundaries(text) {
      let set = cache.get(text);
      if (!set) {
        set = new Set([0, text.length]);
        for (const t of cut(text)) {
          set.add(t.start);
          set.add(t.end);
        }
        cache.set(text, set);
      }
      return set;
    },
  };
}

/** A line of a few words standing as a label ("关于存在的不足。", "下步打算："), or null. */
const LABEL_CHARS = 8;
const INTRO_CHARS = 20;
const DONE_LABEL = /落实|完成|执行|整改|成效|成果|情况/;
/** A heading of what was done: "（一）完成情况", "主要成效" (stricter than DONE_LABEL: a heading of 基本情况 heads anything). */
const DONE_HEADING = /(完成|落实|执行)情况|成效|成绩|成果/;
export function labelOf(paragraph: Paragraph): string | null {
  if (paragraph.sentences.length !== 1) return null;
  const words = paragraph.normalized.replace(/[\s*。：:；;！!]/g, '').replace(/^关于/, '');
  // (A line that introduces what follows with its colon heads it too, being longer: "明年重点做好以下几件事：" over a list; not one
  // that recalls last year's, "去年述职时，我提出了三项打算：" over how they were kept.)
  const intro = /[：:]\s*$/.test(paragraph.normalized) && !/去年|上年|上一年/.test(words);
  const limit = intro ? INTRO_CHARS : LABEL_CHARS;
  return words.length > 0 && words.length <= limit ? words : null;
}

/**
 * A heading read as a sentence of its own: one with nothing under it, or a point's title under the faults' heading; `place` says where
 * it stands and what its chain makes it.
 */
function headingUnit(report: Report, section: Section, place: Pick<Unit, 'sections' | 'sectionPath' | 'inClosing' | 'context' | 'review' | 'id'>): Unit {
  const heading = section.heading!;
  const from = report.text.indexOf(heading, section.headingStart ?? 0);
  const start = from >= 0 ? from : (section.headingStart ?? 0);
  const paragraph: Paragraph = {
    index: section.headingParagraph ?? 0,
    text: heading,
    normalized: heading,
    start,
    end: start + heading.length,
    line: section.headingLine ?? null,
    sentences: [{ text: heading, start, end: start + heading.length }],
    points: [],
  };
  return { ...place, text: heading, original: heading, start, end: start + heading.length, paragraph, isHeading: true, position: 0, tableHeader: null };
}
