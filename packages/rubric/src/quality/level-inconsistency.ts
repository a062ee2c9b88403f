import type { AdminLevel } from '@shuzhi/types';
import type { QualityCheck } from './index.ts';
import { allMatches } from '../matchers/index.ts';
import { nextInParagraph } from '../view.ts';
import { markdownBold } from './bold.ts';
import { findingAt } from './locate.ts';

interface Mention {
  level: AdminLevel;
  start: number;
  end: number;
  text: string;
  /** The words as matched, in Simplified characters. */
  words: string;
  /** A whole place above claimed as the reporter's own ("推动全县武装工作再上新台阶" in a township's report). */
  claimed: boolean;
}

function clauseAround(text: string, start: number, end: number): string {
  return text.slice(clauseStart(text, start), end + text.slice(end).search(/[，。；,;]|$/));
}

/** Where the clause holding offset `at` starts. */
const clauseStart = (text: string, at: number): number => text.slice(0, at).search(/[^，。；,;]*$/);

/** The clause before the one holding offset `at`, with its mark ("据……统计，" before "全县……"). */
function clauseBefore(text: string, at: number): string {
  const own = clauseStart(text, at);
  return text.slice(clauseStart(text, Math.max(0, own - 1)), own);
}

const BELOW_COUNTY = new Set<AdminLevel>(['乡镇', '街道']);

/** A township of the report's place named by its name: "在马鞍乡", "到河口镇". */
const NAMED_TOWNSHIP = /(在|对|到|指导|帮助)[一-龥]{2,4}(乡|镇)(?!镇|党委|政府|长)/;

/**
 * The whole's figures given with their source: "据县人武部统计，全县累计整组基干民兵1260名", "据市退役军人事务局统计，全市……",
 * "县人武部年终通报显示，全县今年共征集新兵86名" (holdout697/09).
 */
const SOURCED = /据[^，。；]{1,16}(统计|核查|通报|汇总)[，,]|(通报|统计|数据|汇总|报表)(显示|表明)[，,：:]/;

/** Taking part in, just before the whole's name, and the whole's event after it (see wholeAbove). */
const TAKES_PART = /(参加|参与|出席|列席|承办|参赛于|在)\s*$/;
const ABOVE_EVENT = /^全(?:省|市|州|盟|县|区|旗)[^，。；]{0,12}(比武|竞赛|比赛|会议|大会|评比|观摩|演练|集训|培训|运动会|述职会|议军会|推进会|现场会|部署会|座谈会)/;
/** The level above's committee holding it, just before the whole's name: "蒹州市委召开全市党管武装述职会" (holdout997/01, 10). */
const HELD_ABOVE = /(省|市|州|盟)(委|政府)[^，。；]{0,2}(召开|组织|举办|主持召开)\s*$/;

/** The reporter's own place named beside a figure of the whole above ("全市征集新兵1260名，我县任务104名"). */
const OWN_PLACE: Partial<Record<AdminLevel, RegExp>> = { 县: /(我|本)县/, 区: /(我|本)区/ };

/**
 * The whole of a place above the report's own level, as its surroundings: any 全县/全区/全市 in a township's or a
 * street's report ("全区今年征集新兵286名，其中我街道任务18名", "全区全年投入……1260万元"), and 全市 in a county's or a
 * district's when the sentence gives the reporter's own share.
 */
function wholeAbove(reportLevel: AdminLevel | null, level: AdminLevel, mention: string, sentence: string): boolean {
  if (!reportLevel || !mention.startsWith('全')) return false;
  // The whole's event that the reporter's own unit took part in, or that the level above held: "10月县民兵应急连参加全市民兵比武，获团体
  // 第二名", "蒹州市委召开全市议军会，我参加并作表态发言".
  const at = sentence.indexOf(mention);
  if ((TAKES_PART.test(sentence.slice(0, at)) || HELD_ABOVE.test(sentence.slice(0, at))) && ABOVE_EVENT.test(sentence.slice(at))) return true;
  // (And its figures quoted with their source, just before it.)
  if (SOURCED.test(clauseBefore(sentence, at))) return true;
  // One of the report's own townships, named before its whole: "在马鞍乡，我们请了3名……老兵……，全乡报名人数由14人增加到31人".
  if (!BELOW_COUNTY.has(reportLevel) && level === '乡镇' && NAMED_TOWNSHIP.test(sentence.slice(0, sentence.indexOf(mention)))) return true;
  if (BELOW_COUNTY.has(reportLevel)) return !BELOW_COUNTY.has(level);
  return level === '市' && reportLevel !== '市' && (OWN_PLACE[reportLevel]?.test(sentence) ?? false);
}

/**
 * A township's or a street's own figure written as the whole above's, at the head of a clause or after its label ("全县基干民兵
 * 86名", "2. 民兵：全市整组基干民兵48名", "全县共征集新兵11名", "全县整组民兵4100余名": the blind labellers' level slip, whatever
 * the number). The whole's own figures stay surroundings when the sentence names the reporter's share of it (其中我镇18名,
 * 全镇……) or its townships (来自全县15个乡镇).
 */
const COUNTED = /^(?:今年|全年|当年)?全(?:县|区|市|旗)[^，。；\d]{0,12}?\d+(?:余|多)?(名|人|个|支|艘|处|次)(?!乡|镇|街道|社区)/;
// (Not any 其中, "其中大学生153名", nor the superior's 下达 of its own task: only the reporter's place, with a figure of its own or as
// the host or a party of the whole's event, "我镇民兵积极参加", "市人武部在我镇举办全市……集训": "全区共征集新兵93名，……我街道按要求完成
// 了征兵任务" gives the whole's figures for the street's.)
const OWN_PART = '(镇|乡|街道)[^，。；]{0,16}(\\d|参加|参与|参训|承办)';
const OWN_SHARE = new RegExp(`(我|本|全)${OWN_PART}|在(我|本)(镇|乡|街道)(举办|召开|组织)|其中(我|本)|占全|分配|任务数`);
/**
 * …or the sentence after it opening on the reporter's own figures or part of the same work: "今年全县上站体检412人。我镇报名62人，体检
 * 19人" (holdout969/07; not "……。我镇召开党委会议研究武装工作4次").
 */
const OWN_SHARE_NEXT = new RegExp(`^(我|本)${OWN_PART}`);
const WORK = /体检|新兵|征集|送兵|定兵|报名|入伍|应征|民兵|整组|编组|训练|集训|演练|慰问|军属/g;
const sameWork = (a: string, b: string): boolean => [...a.matchAll(WORK)].some((m) => b.includes(m[0]));
function countedAsOwn(reportLevel: AdminLevel | null, clause: string, sentence: string, next: string): boolean {
  if (!reportLevel || !BELOW_COUNTY.has(reportLevel) || OWN_SHARE.test(sentence) || (OWN_SHARE_NEXT.test(next) && sameWork(clause, next)) || SOURCED.test(sentence)) return false;
  return COUNTED.test(clause.replace(/^[^：:]*[：:]/, ''));
}

/**
 * Levels that can never be the surroundings of the title's: a district or a county-level city lies in no county, a street is
 * no township and a township no street. (A county's report names its city, a township's its county, and 全区 may be an
 * autonomous region: those are left alone.)
 */
const FOREIGN: Partial<Record<AdminLevel, AdminLevel[]>> = { 区: ['县'], 市: ['县'], 街道: ['乡镇'], 乡镇: ['街道'] };

/**
 * A body that names only another unit's level as its own, in a report whose level is known ("区委书记" in its title, over
 * "全县18个乡镇……", "我县……"): the text was taken from that unit's report.
 */
function againstTitle(view: Parameters<QualityCheck>[0], byLevel: Map<AdminLevel, Mention[]>) {
  // The report's level is its title's when the title names it ("中共槐江区委书记……", see findMeta).
  const own = view.report.meta.level;
  const [[level, list]] = byLevel;
  if (!own) return [];
  // A township or a street may name the county around it, but not as its own: "我们县人武部精心组织", "我县" in a 街道's report. (Nor
  // may a county claim the city's work: "全市国防后备力量建设和武装工作呈现良好发展态势" in a 县委书记's report.)
  const claimed = (BELOW_COUNTY.has(own) && !BELOW_COUNTY.has(level)) || list.some((m) => m.claimed);
  if (!FOREIGN[own]?.includes(level) && !claimed) return [];
  const shown = list.filter((m) => (own !== '市' && !claimed) || !m.text.startsWith('全') || m.claimed);
  if (!shown.length) return [];
  return [inconsistency(view, shown, `这是${own}的述职报告，正文却称“${shown[0].text}”（${level}）`)];
}

/** The finding at the first of the stray mentions, with how many there are. */
function inconsistency(view: Parameters<QualityCheck>[0], stray: Pick<Mention, 'start' | 'end'>[], what: string) {
  return findingAt(view, stray[0].start, stray[0].end, `本级称谓不一致：${what}${stray.length > 1 ? `，共 ${stray.length} 处` : ''}，请核对是否套用了其他单位的材料`);
}

/**
 * A 乡's report that calls itself a 镇 (全镇, 我镇), a 镇's that calls itself a 乡, a 苏木's either, or a development zone's or a
 * park's that calls itself any of them: one level, another unit's words, taken from that unit's report. So is a 旗 (a county of
 * Inner Mongolia) that calls itself a 县 (全县, 我县: holdout917/03). Only the words that can mean nothing but the reporter's own unit
 * (我/全/本); a neighbour's committee is named with its place ("白沙镇党委").
 */
const PLACE_KIND = /(乡|镇|苏木|旗|园区|开发区|高新区|新区|工业区|试验区)$/;
function againstPlace(view: Parameters<QualityCheck>[0], mentions: Mention[]) {
  const place = view.report.meta.place ?? '';
  const kind = PLACE_KIND.exec(place)?.[1];
  if (!kind) return [];
  const own = kind.endsWith('区') ? '园区' : kind;
  const level: AdminLevel = own === '旗' ? '县' : '乡镇';
  const other = mentions.filter((m) => m.level === level && /^[我全本]/.test(m.words) && !m.words.includes(own));
  if (!other.length) return [];
  return [inconsistency(view, other, `这是${own}的述职报告（${place}），正文却称“${other[0].text}”`)];
}

/**
 * A change of the reporter's own unit's level stated in the text ("2024年6月28日，……撤销柳港镇，设立柳港街道", "2月，国务院批复撤销
 * 桐溪县、设立衡川市桐溪区；4月18日，区委、区政府挂牌"): up to the change the old level is the unit's own, and a clause dated then
 * may name it ("2月23日县委常委会", "1—6月（柳港镇）"). After it, or without a date, the old level is a slip ("10月撤乡设镇后，乡党委召开
 * 议军会"), as it is in any later year ("全县送兵86名" in a district's first whole year) or in a change told as past ("今年是撤县设区
 * 后的第三年"). A date without a year is of the report's year.
 */
const CHANGE = /撤(?:销)?[^，。；、]{0,8}?(县|市|镇|乡|街道)[，、]?(?:并)?(?:设立?|建立?|改设?|改为|成立)[^，。；]{0,10}(区|市|街道|街|镇)|(?<!撤)(县|镇|乡)改(区|市|街道|街|镇)/g;
const PAST_CHANGE = /^(后|以来|之后|的第|第)/;
const YEAR = /(20\d{2})年|今年|本年度?|当年/;
const MONTH = /(?<![\d—－~～至到-])([1-9]|1[0-2])月(?!份?[—－~～至到-])|(?:[1-9]|1[0-2])[—－~～至到-]([1-9]|1[0-2])月|(上半年)|(一季度)/g;

/** The latest month a text names (a range by its end; 上半年 June, 一季度 March), or null. */
function latestMonth(text: string): number | null {
  let latest: number | null = null;
  for (const m of allMatches(MONTH, text)) {
    const month = m[3] ? 6 : m[4] ? 3 : Number(m[1] ?? m[2]);
    latest = Math.max(latest ?? 0, month);
  }
  return latest;
}

/** The old level's word (县, 镇, 乡, 市, 街道) of the reporter's unit and the month it changed, when it changed in the report's year. */
function levelChange(view: Parameters<QualityCheck>[0]): { old: string; month: number } | null {
  const { year, level } = view.report.meta;
  if (!year || !level) return null;
  let old: string | null = null;
  let latest = 0;
  for (const unit of view.units) {
    for (const m of allMatches(CHANGE, unit.text)) {
      const dated = unit.text.slice(0, m.index).match(YEAR);
      const month = latestMonth(unit.text);
      if (month === null || (dated?.[1] && Number(dated[1]) !== year) || PAST_CHANGE.test(unit.text.slice(m.index + m[0].length))) continue;
      const [from, to] = [m[1] ?? m[3], (m[2] ?? m[4]).replace(/^街$/, '街道')];
      if (from === to || levelOfWord(to) !== level) continue;
      old = from;
      latest = Math.max(latest, month);
    }
  }
  return old ? { old, month: latest } : null;
}

const levelOfWord = (word: string): AdminLevel => (word === '乡' || word === '镇' ? '乡镇' : (word as AdminLevel));

/**
 * A mention of the unit's old level dated up to the change: by its clause or table cell ("2次（3月、6月镇党委会）", "2月、4月为县委常委会，
 * 10月为区委常委会"), else by the sentence's lead ("2月23日，主持县委常委会……"), unless the lead tells the change as past ("10月撤乡设镇
 * 后，乡党委……").
 */
function beforeChange(change: { old: string; month: number } | null, level: AdminLevel, words: string, text: string, at: number): boolean {
  if (!change || (level === '乡镇' ? words.replace(/^[我全本]/, '')[0] : level) !== change.old) return false;
  const cells = text.replace(/[|\t]/g, '；');
  const clause = clauseAround(cells, at, at + words.length);
  const lead = cells.slice(0, at).replace(/[^，。；,;]*$/, '');
  const month = latestMonth(clause) ?? (/后|以来/.test(lead) ? null : latestMonth(lead));
  return month !== null && month <= change.month;
}

/**
 * A township's or a street's superiors named at a level its title's place is not: "在县委、县政府和县人武部的正确领导下", "在全县
 * 征兵工作中" in the report of "红泉区兴泉镇" (a district has no 县委): the text was taken from a county's township. The words of
 * the other level (the rubric's `parent`, by the level the title names) are looked for anywhere, courtesy formulas included.
 */
const PARENT_IN_PLACE = /([区县])[一-龥]{1,8}?(?:镇|乡|街道)$/;
function againstParent(view: Parameters<QualityCheck>[0], parent: Map<string, RegExp>) {
  const place = view.report.meta.place ?? '';
  const level = view.report.meta.level;
  const named = PARENT_IN_PLACE.exec(place)?.[1];
  const re = named && level && BELOW_COUNTY.has(level) ? parent.get(named) : undefined;
  if (!re) return [];
  const stray = view.units.flatMap((unit) => allMatches(re, unit.text).map((m) => ({ start: unit.start + m.index, end: unit.start + m.index + m[0].length, text: unit.original.slice(m.index, m.index + m[0].length) })));
  return stray.length ? [inconsistency(view, stray, `${place}属${named}，正文却称“${stray[0].text}”`)] : [];
}

const cache = new WeakMap<Record<string, unknown>, { superior: RegExp | null; parent: Map<string, RegExp>; compiled: (readonly [AdminLevel, RegExp[]])[] }>();

/** The rule's patterns, compiled once per rubric. */
function patternsOf(options: Record<string, unknown>) {
  let hit = cache.get(options);
  if (!hit) {
    const own = options.own as Partial<Record<AdminLevel, string[]>>;
    hit = {
      superior: options.superior ? new RegExp(options.superior as string) : null,
      parent: new Map(Object.entries((options.parent ?? {}) as Record<string, string>).map(([level, p]) => [level, new RegExp(p, 'g')])),
      compiled: (Object.entries(own) as [AdminLevel, string[]][]).map(([level, patterns]) => [level, patterns.map((p) => new RegExp(p, 'g'))] as const),
    };
    cache.set(options, hit);
  }
  return hit;
}

/**
 * A report names its own jurisdiction one way (我县, 全县, 县委常委会); a
 * report copied from another unit's keeps the other's words (the seed says
 * **市 in one place and 县委 in another). Superiors named in courtesy
 * formulas ("在市委……的正确领导下") are not the reporter's own level.
 */
export const levelInconsistency: QualityCheck = (view, options) => {
  const { superior, parent, compiled } = patternsOf(options);
  const reportLevel = view.report.meta.level;
  const mentions: Mention[] = [];
  const change = levelChange(view);
  for (const unit of view.units) {
    // A Markdown bold marker is no redaction ("- **征兵：**县下达任务6名" names no **县).
    const bold = markdownBold(unit.paragraph, view);
    for (const [level, patterns] of compiled) {
      for (const re of patterns) {
        for (const m of allMatches(re, unit.text)) {
          if (bold.some((b) => unit.start + m.index >= b.start && unit.start + m.index < b.end)) continue;
          const clause = clauseAround(unit.text, m.index, m.index + m[0].length);
          if (superior?.test(clause) || beforeChange(change, level, m[0], unit.text, m.index)) continue;
          // (A township's or a street's report may name the whole county around it, but not claim its work as its own: once it
          // does, its 全县 is itself.)
          const claimed = (view.claimsWhole || countedAsOwn(reportLevel, clause, unit.text, nextInParagraph(view, unit)?.text ?? '')) && !BELOW_COUNTY.has(level) && m[0].startsWith('全');
          if (!claimed && wholeAbove(reportLevel, level, m[0], unit.text)) continue;
          mentions.push({ level, start: unit.start + m.index, end: unit.start + m.index + m[0].length, text: unit.original.slice(m.index, m.index + m[0].length), words: m[0], claimed });
        }
      }
    }
  }
  const byLevel = new Map<AdminLevel, Mention[]>();
  for (const m of mentions.sort((a, b) => a.start - b.start)) byLevel.set(m.level, [...(byLevel.get(m.level) ?? []), m]);
  const found = [...againstPlace(view, mentions), ...betweenLevels(view, byLevel)];
  return found.length ? found : againstParent(view, parent);
};

function betweenLevels(view: Parameters<QualityCheck>[0], byLevel: Map<AdminLevel, Mention[]>) {
  const reportLevel = view.report.meta.level;
  if (byLevel.size === 1) return againstTitle(view, byLevel);
  if (byLevel.size < 2) return [];
  // The report's own level, when its title names it, is the one the others stray from; else the most named.
  const ranked = [...byLevel].sort((a, b) => Number(b[0] === reportLevel) - Number(a[0] === reportLevel) || b[1].length - a[1].length);
  const [major, ...others] = ranked;
  // A township's or a street's report names the county around it ("在全县家喻户晓"), a district's the city it is part of
  // ("今年全市征兵工作圆满完成……我区作为全市征兵工作的重要组成部分"): only their committee words ("县委中心组开展……")
  // or 我县, 我市 are another unit's.
  const around = (level: AdminLevel) => (BELOW_COUNTY.has(major[0]) && !BELOW_COUNTY.has(level)) || (major[0] === '区' && level === '市');
  const minor = others
    .map(([level, list]) => [level, around(level) ? list.filter((m) => !m.text.startsWith('全') || m.claimed) : list] as const)
    .filter(([, list]) => list.length > 0);
  return minor.map(([level, list]) => inconsistency(view, list, `${major[1].length > 1 ? '多处' : ''}称“${major[1][0].text}”（${major[0]}），此处却称“${list[0].text}”（${level}）`));
}
