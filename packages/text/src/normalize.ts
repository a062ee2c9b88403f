import * as OpenCC from 'opencc-js/t2cn';

/**
 * The matching form of a text. It has exactly the length of its input so that
 * every offset found in it points at the same place in the original the user
 * is shown: Traditional → Simplified, full-width ASCII → half-width, every
 * white space (full-width indentation, NBSP, line ends) → ' ' except the tab,
 * which parts the cells of a table row (a Word table's, or one pasted as text);
 * a scan's misread digits and 已 put right; 计画 read as 计划 and 二〇二三年 as 2023年.
 */
export function normalizeText(text: string): string {
  return spellings(ocrMisreadings(deletions(widthAndSpace(toSimplified(text)))));
}

/**
 * Tracked changes pasted as text ("……经费[删除：260万元]280万元"), a draft's editor's deletions left in ("（删除：出台《……办法（试行）》，
 * ……分值占4%。）", its own brackets inside kept) and Markdown's strikethrough ("~~删除：纳入区管领导班子年度考核……~~"): what was
 * deleted is blanked, a space for a character, so no rule reads it; the marks stay for the placeholder rule to name.
 */
function deletions(text: string): string {
  if (!text.includes('删') && !text.includes('~~')) return text;
  let out = text;
  const blank = (from: number, to: number) => (out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to));
  for (const m of text.matchAll(STRUCK_THROUGH)) blank(m.index + 2, m.index + m[0].length - 2);
  for (const m of text.matchAll(DELETION_OPENING)) {
    const open = text[m.index];
    let depth = 0;
    for (let k = m.index; k < text.length; k++) {
      if (text[k] === open) depth++;
      else if (text[k] === CLOSING_OF[open] && --depth === 0) {
        blank(m.index + m[0].length, k);
        break;
      }
    }
  }
  return out;
}

const STRUCK_THROUGH = /~~[^~]+~~/g;
const DELETION_OPENING = /[（(【[〔]\s*(?:已?删除|删去|删掉|拟删除?|建议删除)[^，。；：:）)】\]〕]{0,6}[：:]/g;
const CLOSING_OF: Record<string, string> = { '（': '）', '(': ')', '【': '】', '[': ']', '〔': '〕' };

/**
 * What a scan's OCR reads wrong in the words the rubric looks for, one character for one: a letter beside a digit is a
 * digit ("l5万元", "2O22年", "l0月"; 〇 too, as in "2〇22"), and 巳, or 己 before 经/将, is 已 ("巳将", "己经完成").
 */
function ocrMisreadings(text: string): string {
  if (!OCR_SUSPECT.test(text)) return text;
  const fixed = text.replace(OCR_DIGIT, (c) => (c === 'l' || c === 'I' ? '1' : '0')).replace(OCR_YI, '已');
  return OCR_WORD_SUSPECT.test(fixed) ? fixed.replace(OCR_WORD, (w) => OCR_WORDS[w]) : fixed;
}

/**
 * Words the character-by-character conversion gets wrong (計畫 → 计画, not 计划), years in Chinese numerals
 * (二〇二三年 → 2023年), the spoken measure words of a count ("全年去了14回", "跑了两趟", "讲了一遍" → 次) and the
 * dialects' first person (俺, 咱 → 我: "俺给自己定了个规矩", "咱们乡"), all one character for one, so the rules need only one
 * spelling.
 */
function spellings(text: string): string {
  const heard = MISHEARD_SUSPECT.test(text) ? text.replace(MISHEARD, (w) => HEARD_AS[w]) : text;
  const words = MISCONVERTED.test(heard) ? heard.replace(MISCONVERTED, (w) => `${w[0]}划`) : heard;
  const counted = SPOKEN_COUNT.test(words) ? words.replace(SPOKEN_COUNT, '次') : words;
  const self = SPOKEN_SELF.test(counted) ? counted.replace(SPOKEN_SELF, '我') : counted;
  return CHINESE_YEAR.test(self) ? self.replace(CHINESE_YEAR, (y) => [...y].map((c) => CHINESE_DIGITS[c] ?? c).join('')) : self;
}

const MISCONVERTED = /[计规策]画/g;
// What speech-to-text hears for the work's words in a dictated draft, one character for one: 人五部, 正兵, 民宾, 专物干部 (never
// words of their own), and 一军/义军 (议军) or 谈新 (谈心) only where the word must stand: "常委会一军", "专题一军三次", "一军会",
// "谈新谈话", "谈新两次" (not 第一军, 谈新思路).
const MISHEARD_SUSPECT = /[五布宾正物务一义新]/;
const HEARD_AS: Record<string, string> = { 人五部: '人武部', 人武布: '人武部', 武装布: '武装部', 正兵: '征兵', 民宾: '民兵', 专物干部: '专武干部', 专务干部: '专武干部', 一军: '议军', 义军: '议军', 谈新: '谈心' };
const MISHEARD = /人五部|人武布|武装布|正兵|民宾|专物干部|专务干部|(?<=常委会|党委会|专题|召开|主持)(?:一|义)军|(?<=^|[^第])(?:一|义)军(?=会|[0-9一二两三四五六七八九十]+次|[开了]{1,2}[0-9一二两三四五六七八九十]+次)|谈新(?=谈话|[0-9一二两三四五六七八九十]+(?:次|回|轮)|[，。；、])/g;
// (Not 一回来, 两回事, 回合, 回头.)
const SPOKEN_COUNT = /(?<=[0-9一二两三四五六七八九十几多余])[回趟遍](?![来去家到复应报收顾归头合事])/g;
const SPOKEN_SELF = /[俺咱]/g;
const CHINESE_YEAR = /(?:一九|二[〇○零])[〇○零一二三四五六七八九]{2}(?=年)/g;
const CHINESE_DIGITS: Record<string, string> = { 〇: '0', '○': '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

const OCR_SUSPECT = /[lIOo〇巳己入千末方欠]/;
// Words a scan misreads that are never words of their own (入武部, 专武千部, 末能), and a count's or an amount's unit after a
// figure ("谈心2欠", "9.5方元"), one character for one.
const OCR_WORD_SUSPECT = /入武|千部|末能|[0-9]欠|[0-9]方元/;
const OCR_WORDS: Record<string, string> = { 入武部: '人武部', 专武千部: '专武干部', 武装千部: '武装干部', 末能: '未能', 欠: '次', 方: '万' };
const OCR_WORD = /入武部|专武千部|武装千部|末能|(?<=[0-9])欠|(?<=[0-9])方(?=元)/g;
const OCR_DIGIT = /(?<![A-Za-z])[lI](?=\d)|(?<=\d)[lI](?![A-Za-z])|(?<=\d)[Oo〇](?=\d|[年月日号万元名人次个%])|(?<![A-Za-z])[Oo〇](?=\d)/g;
const OCR_YI = /巳|(?<![自知利克舍])己(?=经|将)/g;

let simplifiedOf: Uint16Array | undefined;

/**
 * Characters OpenCC converts as Traditional variants that are also standard
 * Simplified: 么 (什么 would become 什幺) and 著 (显著 would become 显着). The
 * only ones among the jieba dictionary's frequent characters.
 */
const ALSO_SIMPLIFIED = '么著';

/**
 * OpenCC's Traditional → Simplified mapping of single characters, found once
 * by converting every CJK character on a line of its own (~30 ms), kept as a
 * table indexed by character code (0: unchanged). Applying it character by
 * character keeps every offset; phrase-level conversions (which could change
 * lengths) are not needed for matching.
 */
function simplifiedTable(): Uint16Array {
  if (!simplifiedOf) {
    const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const chars: string[] = [];
    for (let c = 0x3400; c <= 0x9fff; c++) chars.push(String.fromCharCode(c));
    const converted = convert(chars.join('\n')).split('\n');
    simplifiedOf = new Uint16Array(0x10000);
    chars.forEach((ch, i) => {
      const to = converted[i];
      if (to !== ch && to.length === 1 && !ALSO_SIMPLIFIED.includes(ch)) simplifiedOf![ch.charCodeAt(0)] = to.charCodeAt(0);
    });
  }
  return simplifiedOf;
}

/** Traditional → Simplified, character by character, so the length never changes. */
export function toSimplified(text: string): string {
  const table = simplifiedOf ?? simplifiedTable();
  // Built from slices: most texts change in no or few places, and TextDecoder's inlined decode kept
  // sending this function's optimized code back to the interpreter (~5x slower per character).
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const to = table[text.charCodeAt(i)];
    if (to === 0) continue;
    out += text.slice(from, i) + String.fromCharCode(to);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** True when a meaningful share of the CJK characters are Traditional-only forms. */
export function looksTraditional(text: string): boolean {
  const sample = text.slice(0, 20_000);
  const simplified = toSimplified(sample);
  let cjk = 0;
  let changed = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 0x3400 || code > 0x9fff) continue;
    cjk++;
    if (sample[i] !== simplified[i]) changed++;
  }
  return cjk > 0 && changed >= 3 && changed / cjk > 0.02;
}

function widthAndSpace(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e && isFoldable(code)) {
      out += String.fromCharCode(code - 0xfee0);
    } else if (code === 0x3000 || code === 0xa0 || code === 0x0a || code === 0x0d || code === 0x2002 || code === 0x2003 || code === 0x200b || code === 0xfeff) {
      out += ' ';
    } else {
      out += text[i];
    }
  }
  return out;
}

/**
 * Only letters, digits and a few symbols are folded to half-width. Chinese
 * punctuation (，。：；！？（）) carries meaning for sentence and heading
 * detection and stays as written.
 */
function isFoldable(code: number): boolean {
  const ch = String.fromCharCode(code - 0xfee0);
  return /[0-9A-Za-z%.+\-*=@#&/]/.test(ch);
}
