import type { Quantity } from '@shuzhi/types';
import { cellsOf, headingText } from '../view.ts';
import { regexSpans, type Compiled, type Span, type Window } from './types.ts';

/**
 * A number as reports write it: 410, 1.5, 三十, 两百, and in the capitals of accounts, 壹佰捌拾陆万, 伍仟, 叁 (not the 伍 of 入伍,
 * 队伍, 落伍: "入伍人数").
 */
const CAPITALS = '(?<![入队落行])[壹贰叁肆伍陆柒捌玖拾][零壹贰叁肆伍陆柒捌玖拾佰仟万]*';
const FIGURE = `\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千]+|${CAPITALS}`;
const COUNT_FIGURE = `\\d+(?:\\.\\d+)?|[二两三四五六七八九十百千][一二两三四五六七八九十百千]*|一[一二两三四五六七八九十百千]+|${CAPITALS}`;
/** A placeholder or a redaction (XX, ××, **) where a figure should be; a redaction alone (**) hides one that was there. */
const PLACEHOLDER = '\\*{1,6}|[xX×]{1,4}';
const REDACTION = '\\*{1,6}';

/** Which stand-ins count as figures: none, redactions only, or every placeholder. */
type StandIns = boolean | 'redactions';

/**
 * A difference from an earlier year is no figure of the year's own: "定兵人数比上年多两名", "较去年增加8万元", "比上年提高5个百分点"
 * (a report that gives the base beside it, "拨付156万，比2020年增加21万", still has its figure).
 */
const RELATIVE = '(?<!(?:比|较)(?:上年|去年|往年|上一年|前一年|同期|以往)[^，。；0-9]{0,6})';

/** The lower end of a range before a figure: "40—50名", "3至4次". */
const RANGE_FROM = '[0-9一二两三四五六七八九十]\\s*[—\\-－~～至到]';

/** What a slogan's list numbers, not the work's: "突出三个重点：征兵工作、民兵建设、国防教育", "落实两项制度：……". */
// (And a slogan's aims: "一个核心、两个融合、三个全覆盖", "三个一流".)
const ABSTRACT = '重点|方面|制度|原则|要求|机制|环节|时间节点|节点|抓手|举措|目标|中心|核心|融合|全覆盖|一流|严格|过硬|不变|优先|基本点|理念|能力|作用|责任|体系|字|结合|统筹|聚焦|突出|强化|着力';

/**
 * What a priority statement counts, not the work's: "把圩堤防汛、返乡青年征兵、退役军人返乡创业三件事作为……的着力点"; so are the
 * "things" a sentence groups ("主要围绕征兵、民兵整组训练和防汛三件事来抓", holdout136/11; "征兵、拥军、国防教育三件事一场会办了",
 * holdout875/12); not the decisions a meeting made, "定了三件事：……", nor things settled, "三件事一次性解决到位", nor 办实事12件.
 */
const FOCUS = '(?:事|工作)?(?:作为|为)[^，。；]{0,16}(?:着力点|重点|抓手|突破口|切入点)|事(?:来抓|一场会)';

function patterns(placeholders: StandIns, differences: boolean): Record<Exclude<Quantity, 'any'>, string> {
  const standIn = placeholders === 'redactions' ? REDACTION : PLACEHOLDER;
  const relative = differences ? '' : RELATIVE;
  // (Nor the digits after a placeholder: "××8万元" is not 8万元.)
  const NUMBER = placeholders ? `(?:${FIGURE}|${standIn})` : `(?<![xX×*＊])(?:${FIGURE})`;
  const COUNT_NUMBER = placeholders ? `(?:${COUNT_FIGURE}|${standIn})` : `(?<![xX×*＊])(?:${COUNT_FIGURE})`;
  return {
    // (Also 万 without 元, as a terse writer puts it: "区财政拨付武装经费156万，比2020年增加21万", not 1.2万人, 3万余户; and
    // spoken 块钱: "挤了6万块钱出来", "每月补贴300块", "每月多发300块", not "光荣牌1860块"; and spoken 万 with its tail: "拿了七万二：
    // 民兵训练三万，器材一万五", not a count of the place, "全乡人口三万". Not a magnitude guessed, "累计投入上千万元", "数百万元",
    // "几十万元"; "近百万元" is a figure; spoken, about so much, "追加了五十来万，主要是……", "具体是十二万出头", "二十来万的慰问金".)
    money: `${relative}(?:(?<![上数几])${NUMBER}\\s*(?:多|余)?\\s*(?:万|亿|千)?\\s*(?:多|余)?元|\\d+(?:\\.\\d+)?(?:来|多|余)?(?:万|亿)(?=[，。；、,;）)：:]|比|左右|出头)|(?<![人户口亩数积有达约近过到共计])[一二两三四五六七八九十]+(?:来|多|余)?万[一二两三四五六七八九]?(?=[，。；、,;）)：:]|比|左右|出头|的(?!人|户|群众|人口|亩))|${NUMBER}\\s*(?:万|千)?\\s*块钱|${NUMBER}\\s*万块|(?<=(?:补贴|每月|每人|每户|一户送了?|多发了?|发了|给了|拿了|补了)\\s*)\\d+块)`,
    // Slogans are not counts: 四个一, 四个意识, 两个维护, 三会一课.
    // A lone 一 before a measure word is an article ("一项工作", "一批问题"), not a figure; 八一期间 and 十一期间 are festivals.
    // (块 counts plaques and boards, "悬挂光荣牌1860块"; 块钱 is money. Boats and vehicles sent out are counted too, "出动渔船12艘次".)
    // (And leaflets and lessons, "发放宣传资料3万余份", "每学期4课时"; an approximate count, "来了两百来人"; spoken visits and
    // meetings, "去了十来趟", "开了两回", not "两回事".)
    // (Nor a magnitude guessed, "数百人次", "几十次", "上百人", "近百人", nor a range, "40—50名", "20至30人", nor the things a priority
    // statement names, see FOCUS, nor a rate, "每年1次": how often, not how many were done; nor the leadership bodies, "四家班子",
    // "四套班子"; nor an idiom's numerals, "覆盖千家万户", "三天两头", "三番五次"; nor the place's people, "全镇3.6万人口", nor a
    // schedule's deadlines, "“2·28”“6·30”“8·15”三个时间节点", holdout809/04, 08.)
    count: `(?!千家万户|三天两头)(?<!三番)(?<!“)(?<![数几上第0-9０-９.])(?<!每个?(?:年|月|季度?|半年|周)\\s*)(?!(?<=近)[百千])(?<!${RANGE_FROM})${relative}${COUNT_NUMBER}\\s*万?(?:多|余|来)?\\s*(?:名|人(?!口)|次|个(?!一|意识|自信|全面|维护|代表|服务|确保|必须|务必|坚持|到位|落实|${ABSTRACT})|件(?!${FOCUS})|项(?!${ABSTRACT}|${FOCUS})|场|期(?!间)|批|支|台|套(?!班子)|所|处|户|天|昼夜|家(?!班子)|条|篇|人次|块(?!钱)|份|课时|学时|堂|节(?![日约点能假庆])|趟|回(?!事)|艘次?|架次|辆次?|车次)`,
    // 六成 is 60 %, not 成员, 成绩 or 成为; nor a standard's share, "达到县里要求的85%以上", "按照上级不低于90%的标准" (holdout809/04, 03).
    percent: `(?<!${RANGE_FROM})(?<![0-9.])(?<!(?:不低于|不少于|不高于|不超过|要求的?|标准为?)\\s*)${relative}(?:\\d+(?:\\.\\d+)?\\s*[%％]|百分之[一二三四五六七八九十百]+|[二两三四五六七八九]成(?![员绩就功为果立本熟长效]))`,
    frequency: `(?:每|一)(?:个)?(?:年|季度|月|半年|周)`,
  };
}

/**
 * The figures of a kind. A placeholder (XX, ××, **) is no figure for a criterion — an amount the author has not filled in
 * is no amount, and the placeholder rule names it — but it stands for one where a report's plainness is weighed; so does a
 * difference from an earlier year (`differences`), concrete words though no figure of the year's own.
 */
export function quantityPattern(kind: Quantity, { placeholders = false, differences = false }: { placeholders?: StandIns; differences?: boolean } = {}): RegExp {
  const all = patterns(placeholders, differences);
  if (kind === 'frequency') return new RegExp(all.frequency, 'g');
  const source = kind === 'any' ? [all.money, all.count, all.percent].join('|') : all[kind];
  // Every figure starts with a digit, a Chinese numeral or a stand-in: saying so first spares the lookbehinds at every other
  // character (this is the rubric's costliest expression, ~7 % of a batch's time without it).
  const first = placeholders === 'redactions' ? '*' : placeholders ? '*xX×' : '';
  return new RegExp(`(?=[0-9一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾${first}])(?:${source})`, 'g');
}

/** A slogan of full rates ("实现“5个100%”：民兵整组完成率100%、征兵任务完成率100%、……"): claims, not figures. */
const FULL_RATES = /[0-9一二三四五六七八九十两]个(100\s*[%％]|百分之百)|(率[^，。；、]{0,3}100\s*[%％][^。]*){3}/;
const FULL = /^100\s*[%％]$/;

/** A figure that is a full rate ("100%", "百分之百"): a claim's own measure, no count of the work. */
export const isFullRate = (figure: string): boolean => FULL.test(figure) || figure === '百分之百';

/** A short quotation, a slogan's name: “双百工程”, “百名骨干、百支分队”, “3+N”, “六个一批”. */
const SLOGAN = /“[^“”，。；]{1,16}”/g;

/** Without the figures of slogans, which count nothing: “百名骨干、百支分队”建设扎实推进 (the figures after one still count). */
function outsideSlogans(text: string, spans: Span[]): Span[] {
  const quoted = [...text.matchAll(SLOGAN)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  return spans.filter((s) => !quoted.some((q) => s.start > q.start && s.end < q.end));
}

const BARE_NUMBER = /\d+(?:\.\d+)?/g;
const MONEY_HEADER = /万元|元|金额|经费|资金/;
/** A number filling a cell of its own (cells are parted by tabs, spaces or Markdown bars), not the 3 of "3月". */
const CELL_NUMBER = /(?<=^|[\s|｜])\d+(?=$|[\s|｜])/g;
const COUNT_HEADER = /次数|人数|户数|个数|数量|场次|人次|[（(](次|人|名|个|户|场)[）)]/;
/**
 * …or in the row's own label, where a table lists its measures down the rows: "到县人武部办公（次）｜9｜11", "武装工作经费（市本级，
 * 万元）｜398｜452".
 */
const COUNT_LABEL = /[（(]([^（）()]{0,8}[，,、])?(次|人次|人|名|个|户|场|期|批|件|项|所|家)[）)]\s*$/;
const MONEY_LABEL = /[（(]([^（）()]{0,8}[，,、])?(万元|元)[）)]\s*$/;

/** A heading that gives the unit of the figures under it: "二、经费投入对照（单位：万元）". */
const MONEY_UNIT_HEADING = /[（(]\s*单位[：:]\s*(万元|元)\s*[）)]/;
/** An item's value under such a heading, after its colon or an arrow and ending the item or before the next arrow: "区财政预算：165 → 172" (not "第3季度", "1.5倍"). */
const ITEM_MONEY = /(?<=[：:→]\s*)\d+(?:\.\d+)?(?=\s*(?:$|→|[；;。，,（(]))/g;

/**
 * Money, counts, percentages or frequencies stated in the sentence. In a
 * table row the unit is often in the header ("金额（万元）", "次数") and the
 * cell holds a bare number: such a number counts as money, or as a count.
 *
 * One matcher per kind for the whole rubric, which remembers what it found
 * in each text of the current report: several criteria ask for a figure in
 * the same sentence, and this is the costliest expression of the rubric.
 */
export function compileQuantity(kind: Quantity): Compiled {
  let compiled = byKind.get(kind);
  if (!compiled) byKind.set(kind, (compiled = quantityMatcher(kind)));
  return compiled;
}

const byKind = new Map<Quantity, Compiled>();

function quantityMatcher(kind: Quantity): Compiled {
  const re = quantityPattern(kind);
  let view: Window['view'] | null = null;
  // Offsets in the text, by text.
  let found = new Map<string, Span[]>();
  return (win) => {
    let spans: Span[];
    if (win.unit.tableHeader) spans = inTable(kind, re, win);
    else {
      if (win.view !== view) {
        view = win.view;
        found = new Map();
      }
      let local = found.get(win.text);
      if (!local) {
        local = regexSpans(re, { ...win, offset: 0 });
        if (local.length && /100|百分之百/.test(win.text) && FULL_RATES.test(win.text)) local = local.filter((x) => !isFullRate(win.text.slice(x.start, x.end)));
        if (local.length && win.text.includes('“')) local = outsideSlogans(win.text, local);
        found.set(win.text, local);
      }
      spans = local.map((s) => ({ start: s.start + win.offset, end: s.end + win.offset }));
      // (Or bare under a heading that gives their unit, as the items of a ledger: "区财政预算：165 → 172" under "（单位：万元）", holdout953/09.)
      if (!spans.length && (kind === 'money' || kind === 'any') && unitHeading(win)) spans = regexSpans(ITEM_MONEY, win);
    }
    return spans.length ? spans : null;
  };
}

// (Asked of every window of every unit: each section's heading is read once.)
const unitHeadings = new WeakMap<object, boolean>();
const unitHeading = (win: Window): boolean =>
  win.unit.sections.some((section) => {
    let told = unitHeadings.get(section);
    if (told === undefined) unitHeadings.set(section, (told = section.heading !== null && MONEY_UNIT_HEADING.test(headingText(section))));
    return told;
  });

function inTable(kind: Quantity, re: RegExp, win: Window): Span[] {
  const spans = regexSpans(re, win);
  if (spans.length) return spans;
  const header = win.unit.tableHeader!;
  // (The row's cells split only when the header does not say.)
  const labelled = (unit: RegExp) => cellsOf(win.unit.text).some((c) => unit.test(c));
  if ((kind === 'money' || kind === 'any') && (MONEY_HEADER.test(header) || labelled(MONEY_LABEL))) return regexSpans(BARE_NUMBER, win);
  // ("项目｜次数｜时间" over "党委会专题议军｜4｜3月、6月、9月、12月".)
  if ((kind === 'count' || kind === 'any') && (COUNT_HEADER.test(header) || labelled(COUNT_LABEL))) return regexSpans(CELL_NUMBER, win);
  return spans;
}
