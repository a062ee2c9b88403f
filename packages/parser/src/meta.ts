import type { AdminLevel, ReportMeta } from '@shuzhi/types';

const CN_DIGITS: Record<string, string> = { 〇: '0', 零: '0', Ｏ: '0', O: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** "2022", "二〇二二" → 2022; null outside 1990–2099. */
function yearOf(digits: string): number | null {
  const ascii = [...digits].map((c) => CN_DIGITS[c] ?? c).join('');
  const year = Number(ascii);
  return Number.isInteger(year) && year >= 1990 && year <= 2099 ? year : null;
}

const YEAR_IN_TITLE = /((?:19|20)\d{2}|[二][〇零Ｏ][一二三四五六七八九〇零]{2})\s*年/;
// (Also the opening sentence's own year, "2024年，街道党工委书记……", and "我就2024年履行党管武装职责情况作述职".)
const YEAR_IN_BODY = /^\s*((?:19|20)\d{2})\s*年(?:度)?(?:[，,]|是)|((?:19|20)\d{2}|[二][〇零Ｏ][一二三四五六七八九〇零]{2})\s*年(?:度|以来|[，,]?\s*(?:我|本人|在)|.{0,8}(?:述职|工作)|[^，。；（）()]{0,16}(?:述职|职责))/;

/** Years from one to another: "2022年至2024年", "2021—2023年", "（2021—2025年）", "2023年1月—2025年12月". */
const YEARS = /((?:19|20)\d{2})\s*年?(?:\s*[0-9]{1,2}\s*月)?\s*(?:至|到|—|–|-|－|～|~)\s*((?:19|20)\d{2})\s*年/;
// (In the opening, as the years reported on: "现将2022年至2024年汶北区党管武装工作情况报告如下", "现将2022年至2024年的工作报告如下";
// not "2021年至2023年，全镇……整体搬迁". Or a line of its own under the title: "（2023年1月—2025年12月）".)
const YEARS_IN_BODY = new RegExp(`${YEARS.source}(?:度)?[^，。；]{0,16}(?:述职|职责|工作情况|履职|工作报告如下)`);
const YEARS_LINE = new RegExp(`^\\s*[（(]\\s*${YEARS.source}(?:\\s*[0-9]{1,2}\\s*月)?\\s*[）)]\\s*$`);

/**
 * The years a term's report covers, stated in the title or the opening, as
 * its first and last; null for a single year.
 */
export function findYears(title: string | null, opening: string[]): { since: number; year: number } | null {
  const m = (title ? YEARS.exec(title) : null) ?? opening.map((t) => YEARS_IN_BODY.exec(t) ?? YEARS_LINE.exec(t)).find((x) => x !== null) ?? null;
  const since = m ? yearOf(m[1]) : null;
  const year = m ? yearOf(m[2]) : null;
  return since !== null && year !== null && since < year ? { since, year } : null;
}

/**
 * The year the report covers: stated in the title ("2022年党管武装工作述职报告"),
 * else in the opening ("2023年度", "2023年以来"). Never guessed from dates elsewhere.
 */
export function findYear(title: string | null, opening: string[]): number | null {
  const inTitle = title ? YEAR_IN_TITLE.exec(title) : null;
  if (inTitle) return yearOf(inTitle[1]);
  for (const text of opening) {
    const m = YEAR_IN_BODY.exec(text);
    if (m) return yearOf(m[1] ?? m[2]);
  }
  return null;
}

/** Half of a year as what is reported on: "2026年上半年党管武装工作述职", "现将今年上半年履职情况报告如下". */
const HALF_IN_TITLE = /(?:(?:19|20)\d{2}\s*年度?|今年)\s*(上|下)半年/;
const HALF_IN_BODY = new RegExp(`${HALF_IN_TITLE.source}[^，。；]{0,30}(?:报告如下|汇报如下|述职如下|情况报告|作述职)`);

/** Which half of its year a report covers (1 or 2), when its title or opening says so; null for a whole year. */
export function findHalf(title: string | null, opening: string[]): 1 | 2 | null {
  const m = (title ? HALF_IN_TITLE.exec(title) : null) ?? opening.map((t) => HALF_IN_BODY.exec(t)).find((x) => x !== null) ?? null;
  return m ? (m[1] === '上' ? 1 : 2) : null;
}

const LEVEL_NAMES: [RegExp, AdminLevel][] = [
  [/街道/, '街道'],
  // (A 苏木 is a township and a 旗 a county, in Inner Mongolia.)
  [/[乡镇]|苏木/, '乡镇'],
  [/县|旗/, '县'],
  [/区/, '区'],
  [/市/, '市'],
];

/** Ways a reporter names their own jurisdiction: 我县, 全市, 本区, 县委书记, 镇党委书记, 旗委书记, 苏木党委书记, 乡党委会. */
const OWN_UNIT = /(?:我|全|本)(县|市|区|乡|镇|街道|旗|苏木)(?!委.{0,12}领导下)|(县|市|区|乡|镇|街道|旗|苏木)(?:(?:委|党委|党工委)(?:书记|常委会|常委|中心组)|(?:党委|党工委)会)/g;
/** …or a title that names the place itself before the year or the work: "杜庄镇2024年度党管武装工作述职报告". */
const TITLE_PLACE = /^(?:中共)?[一-龥]{1,8}?(街道|镇|乡|苏木|县|区|市|旗)(?=\s*(?:20[0-9]{2}|二〇|党管武装|武装工作|人民武装))/;
/**
 * The place itself as the title names it, before its committee, the year or the work: "汶北区委书记……", "中共岚江县委……",
 * "石桥镇党委书记……", "杜庄镇2024年度……", "青桐县人武部党委第一书记……", "楠州市岚江区委……" (a place within a place,
 * named whole); also after a main title's dash, "扛牢第一责任　夯实后备根基——青嶂县委书记2025年度……".
 */
const TITLE_PLACE_NAME = /(?:^[\s—–-]*|——)(?:中共|在|关于)?\s*((?!在|关于)[一-龥]{1,12}?(?:街道|镇|乡|苏木|县级市|县|区|市|旗))(?=\s*(?:委|党委|党工委|人武部|20[0-9]{2}|二[〇○零]|党管武装|武装工作|人民武装))/;

/** The author's place by the title (see TITLE_PLACE_NAME); null when it names none. */
export function findPlace(title: string | null): string | null {
  const place = title ? (TITLE_PLACE_NAME.exec(title)?.[1] ?? null) : null;
  // (An autonomous county's committee: "岭柏黎族苗族自治县县委书记" names 岭柏黎族苗族自治县.)
  return place?.replace(/(县|市|区|旗)\1$/, '$1') ?? null;
}

/** Superiors named in the courtesy formula are not the reporter's own level. */
const SUPERIOR = /(?:在|按照|对照|与)[^，。；]{0,12}$/;

/**
 * The author's level: the title's own words first ("XX县委书记"), else which
 * of 县/市/区/乡镇/街道 the text names as its own clearly more often.
 */
export function findLevel(title: string | null, texts: string[]): AdminLevel | null {
  const counts = new Map<AdminLevel, number>();
  const count = (text: string, weight: number) => {
    for (const m of text.matchAll(OWN_UNIT)) {
      if (SUPERIOR.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
      const unit = m[1] ?? m[2];
      const level = LEVEL_NAMES.find(([re]) => re.test(unit))?.[1];
      if (level) counts.set(level, (counts.get(level) ?? 0) + weight);
    }
  };
  if (title) {
    count(title, 100);
    const place = TITLE_PLACE.exec(title.trim())?.[1];
    const level = place && LEVEL_NAMES.find(([re]) => re.test(place))?.[1];
    if (level) counts.set(level, (counts.get(level) ?? 0) + 100);
  }
  texts.forEach((t) => count(t, 1));
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return null;
  if (ranked.length > 1 && ranked[0][1] < ranked[1][1] * 2) return null;
  return ranked[0][0];
}

export function findMeta(title: string | null, texts: string[]): ReportMeta {
  const level = findLevel(title, texts);
  const place = findPlace(title);
  const opening = texts.slice(0, 4);
  const years = findYears(title, opening);
  const half = years ? null : findHalf(title, opening);
  return {
    ...(years ? { year: years.year, since: years.since } : { year: findYear(title, opening) }),
    ...(half ? { half } : {}),
    level,
    place,
  };
}
