/**
 * Word automatic numbering → typed labels.
 *
 * mammoth drops the labels that Word draws for automatically numbered
 * paragraphs ("一、", "（一）", "1.", "（1）", "①" …) and turns numbered
 * paragraphs into `<ol><li>`. Chinese duty reports rely on those labels to
 * show their structure, so before handing a .docx to mammoth we rewrite
 * `word/document.xml`: every automatically numbered paragraph gets its label
 * typed in as a leading text run, and its numbering is switched off
 * (`<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>`).
 *
 * Semantics follow ECMA-376 Part 1 §17.9 (numbering) as Word applies them:
 * counters live on the abstract numbering definition (after following
 * `w:numStyleLink`), a `w:startOverride` restarts the shared counter when its
 * `w:num` is first used, deeper levels restart when a shallower level is used
 * (subject to `w:lvlRestart`), and a level that was never used is seeded
 * with its start value when a deeper level is used first.
 *
 * The document is scanned once with a small linear-time tag scanner (no XML
 * library); everything outside the inserted/replaced spans stays
 * byte-identical. Only the `w:` / `mc:` prefixes are recognised (Word, WPS and
 * LibreOffice all write those).
 */

// ---------------------------------------------------------------------------
// Number formats
// ---------------------------------------------------------------------------

const CN_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const CN_LEGAL_SIMPLIFIED = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const CN_LEGAL_TRADITIONAL = ['零', '壹', '貳', '參', '肆', '伍', '陸', '柒', '捌', '玖'];
const HEAVENLY_STEMS = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];
const EARTHLY_BRANCHES = ['子', '丑', '寅', '卯', '辰', '巳', '午', '未', '申', '酉', '戌', '亥'];

interface CjkOptions {
  /** digit characters 0-9 (index 0 is used only for the value 0 itself) */
  digits: readonly string[];
  /** units for 10, 100, 1000 */
  units: readonly [string, string, string];
  /** units for 10^4 and 10^8 groups ('' for the lowest group) */
  big: readonly string[];
  /** character written for skipped zeros ("一百零一"); null = write nothing (Japanese) */
  zero: string | null;
  /** 10-19 are written 十, 十一 … instead of 一十, 一十一 … */
  shortTen: boolean;
  /** omit 一 before 十/百/千 everywhere (Japanese: 百一, 千百) */
  omitOne: boolean;
}

/** Positional CJK reading of a positive integer (一百零一, 壹拾, 百一 …); decimal when too large. */
function cjkNumber(value: number, o: CjkOptions): string {
  if (value === 0) return o.digits[0];
  const groups: number[] = [];
  for (let x = value; x > 0; x = Math.floor(x / 10000)) groups.push(x % 10000);
  if (groups.length > o.big.length) return String(value);
  let out = '';
  let needZero = false;
  for (let g = groups.length - 1; g >= 0; g--) {
    const grp = groups[g];
    if (grp === 0) {
      if (out) needZero = true;
      continue;
    }
    const ds = [Math.floor(grp / 1000), Math.floor(grp / 100) % 10, Math.floor(grp / 10) % 10, grp % 10];
    for (let i = 0; i < 4; i++) {
      const d = ds[i];
      const unit = i < 3 ? o.units[2 - i] : '';
      if (d === 0) {
        if (out) needZero = true;
        continue;
      }
      if (needZero && o.zero !== null) out += o.zero;
      needZero = false;
      const leadingTen = o.shortTen && out === '' && i === 2 && d === 1;
      const skipOne = o.omitOne && d === 1 && unit !== '';
      if (!leadingTen && !skipOne) out += o.digits[d];
      out += unit;
    }
    out += o.big[g];
  }
  return out;
}

const CHINESE_THOUSAND: CjkOptions = {
  digits: CN_DIGITS,
  units: ['十', '百', '千'],
  big: ['', '万', '亿'],
  zero: '零',
  shortTen: true,
  omitOne: false,
};
const TAIWANESE_THOUSAND: CjkOptions = { ...CHINESE_THOUSAND, big: ['', '萬', '億'] };
const JAPANESE_COUNTING: CjkOptions = { ...CHINESE_THOUSAND, zero: null, omitOne: true };
const CHINESE_LEGAL_SIMPLIFIED: CjkOptions = {
  digits: CN_LEGAL_SIMPLIFIED,
  units: ['拾', '佰', '仟'],
  big: ['', '万', '亿'],
  zero: '零',
  shortTen: false,
  omitOne: false,
};
const CHINESE_LEGAL_TRADITIONAL: CjkOptions = {
  ...CHINESE_LEGAL_SIMPLIFIED,
  digits: CN_LEGAL_TRADITIONAL,
  big: ['', '萬', '億'],
};

/** Each decimal digit written as an ideograph: 10 → 一〇, 101 → 一〇一. */
function ideographDigits(value: number): string {
  let out = '';
  for (const ch of String(value)) out += CN_DIGITS[ch.charCodeAt(0) - 48];
  return out;
}

/**
 * Word's chineseCounting: 一 … 十 十一 … 九十九; from 100 on Word writes the
 * digits one by one (一〇〇, 一〇一), unlike chineseCountingThousand.
 */
function chineseCounting(value: number): string {
  return value < 100 ? cjkNumber(value, CHINESE_THOUSAND) : ideographDigits(value);
}

const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

function roman(value: number): string {
  let out = '';
  let x = value;
  for (const [n, s] of ROMAN) {
    while (x >= n) {
      out += s;
      x -= n;
    }
  }
  return out;
}

/** Word's letter numbering: A … Z, AA, BB … ZZ, AAA … */
function letters(value: number, base: number): string {
  const ch = String.fromCharCode(base + ((value - 1) % 26));
  return ch.repeat(Math.floor((value - 1) / 26) + 1);
}

/** Enclosed forms available as single code points for 1..max; decimal beyond. */
function enclosed(value: number, firstCodePoint: number, max: number): string {
  return value >= 1 && value <= max ? String.fromCodePoint(firstCodePoint + value - 1) : String(value);
}

function fullWidth(value: number): string {
  let out = '';
  for (const ch of String(value)) out += ch === '-' ? '－' : String.fromCharCode(0xff10 + ch.charCodeAt(0) - 48);
  return out;
}

/** Formats one counter value in a w:numFmt (exported for tests). */
export function formatNumber(value: number, numFmt: string): string {
  if (!Number.isFinite(value)) return '';
  const v = Math.trunc(value);
  if (Math.abs(v) > 999_999_999) return String(v);
  switch (numFmt) {
    case 'none':
    case 'bullet':
      return '';
    case 'decimal':
    case 'decimalHalfWidth':
    case 'ordinal':
    case 'cardinalText':
    case 'ordinalText':
      return String(v);
    case 'decimalZero':
      return v >= 0 && v < 10 ? `0${v}` : String(v);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return fullWidth(v);
    default:
      break;
  }
  if (v < 0) return String(v);
  switch (numFmt) {
    case 'chineseCounting':
    case 'taiwaneseCounting':
      return chineseCounting(v);
    case 'chineseCountingThousand':
      return cjkNumber(v, CHINESE_THOUSAND);
    case 'taiwaneseCountingThousand':
      return cjkNumber(v, TAIWANESE_THOUSAND);
    case 'japaneseCounting':
      return cjkNumber(v, JAPANESE_COUNTING);
    case 'chineseLegalSimplified':
      return cjkNumber(v, CHINESE_LEGAL_SIMPLIFIED);
    case 'ideographLegalTraditional':
      return cjkNumber(v, CHINESE_LEGAL_TRADITIONAL);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return ideographDigits(v);
    default:
      break;
  }
  if (v === 0) return '0';
  switch (numFmt) {
    case 'upperRoman':
      return v < 4000 ? roman(v) : String(v);
    case 'lowerRoman':
      return v < 4000 ? roman(v).toLowerCase() : String(v);
    case 'upperLetter':
      return v <= 780 ? letters(v, 65) : String(v);
    case 'lowerLetter':
      return v <= 780 ? letters(v, 97) : String(v);
    case 'ideographTraditional':
      return v <= 10 ? HEAVENLY_STEMS[v - 1] : String(v);
    case 'ideographZodiac':
      return v <= 12 ? EARTHLY_BRANCHES[v - 1] : String(v);
    case 'ideographZodiacTraditional':
      return v <= 60 ? HEAVENLY_STEMS[(v - 1) % 10] + EARTHLY_BRANCHES[(v - 1) % 12] : String(v);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return enclosed(v, 0x2460, 20); // ① … ⑳
    case 'decimalEnclosedParen':
      return enclosed(v, 0x2474, 20); // ⑴ … ⒇
    case 'decimalEnclosedFullstop':
      return enclosed(v, 0x2488, 20); // ⒈ … ⒛
    case 'ideographEnclosedCircle':
      return enclosed(v, 0x3220, 10); // ㈠ … ㈩
    default:
      return String(v);
  }
}

// ---------------------------------------------------------------------------
// Tag scanner
// ---------------------------------------------------------------------------

const T_EOF = 0;
const T_START = 1;
const T_END = 2;
const T_OTHER = 3;

/**
 * Linear-time XML tag tokenizer. Text between tags is skipped; comments,
 * CDATA, processing instructions and declarations are reported as T_OTHER.
 * Quoted attribute values may contain '>'.
 */
class Scanner {
  pos = 0;
  name = '';
  /** index of '<' */
  start = 0;
  /** index just after '>' */
  end = 0;
  selfClosing = false;
  private attrFrom = 0;
  private attrTo = 0;

  constructor(private readonly s: string) {}

  next(): number {
    const s = this.s;
    const n = s.length;
    const lt = s.indexOf('<', this.pos);
    if (lt < 0 || lt + 1 >= n) {
      this.pos = n;
      return T_EOF;
    }
    this.start = lt;
    const c = s.charCodeAt(lt + 1);
    if (c === 33 /* ! */ || c === 63 /* ? */) {
      let close: string;
      if (c === 63) close = '?>';
      else if (s.startsWith('<!--', lt)) close = '-->';
      else if (s.startsWith('<![CDATA[', lt)) close = ']]>';
      else close = '>';
      const e = s.indexOf(close, lt + 2);
      this.end = e < 0 ? n : e + close.length;
      this.pos = this.end;
      return T_OTHER;
    }
    if (c === 47 /* / */) {
      const e = s.indexOf('>', lt + 2);
      if (e < 0) {
        this.pos = n;
        return T_EOF;
      }
      this.name = s.slice(lt + 2, e).trim();
      this.end = e + 1;
      this.pos = this.end;
      this.selfClosing = false;
      return T_END;
    }
    let i = lt + 1;
    while (i < n) {
      const ch = s.charCodeAt(i);
      if (ch === 62 || ch === 47 || ch === 32 || ch === 9 || ch === 10 || ch === 13) break;
      i++;
    }
    this.name = s.slice(lt + 1, i);
    this.attrFrom = i;
    while (i < n) {
      const ch = s.charCodeAt(i);
      if (ch === 34 || ch === 39) {
        const q = s.indexOf(ch === 34 ? '"' : "'", i + 1);
        if (q < 0) {
          i = n;
          break;
        }
        i = q + 1;
        continue;
      }
      if (ch === 62) break;
      i++;
    }
    if (i >= n) {
      this.pos = n;
      return T_EOF;
    }
    this.selfClosing = s.charCodeAt(i - 1) === 47;
    this.attrTo = this.selfClosing ? i - 1 : i;
    this.end = i + 1;
    this.pos = this.end;
    return T_START;
  }

  /** Attributes of the current start tag. */
  attrs(): Record<string, string> {
    return parseAttributes(this.s.slice(this.attrFrom, this.attrTo));
  }

  /** One attribute of the current start tag. */
  attr(name: string): string | undefined {
    return parseAttributes(this.s.slice(this.attrFrom, this.attrTo))[name];
  }
}

const ATTR_RE = /([^\s=/"']+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function parseAttributes(text: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  ATTR_RE.lastIndex = 0;
  for (let m = ATTR_RE.exec(text); m !== null; m = ATTR_RE.exec(text)) {
    out[m[1]] = decodeEntities(m[2] ?? m[3] ?? '');
  }
  return out;
}

const ENTITY_RE = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY_RE, (whole, body: string) => {
    if (body[0] !== '#') return NAMED_ENTITIES[body] ?? whole;
    const cp = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return Number.isFinite(cp) && cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
  });
}

function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : '&gt;'));
}

// ---------------------------------------------------------------------------
// Small element tree for numbering.xml / styles.xml
// ---------------------------------------------------------------------------

interface XEl {
  name: string;
  attrs: Record<string, string>;
  children: XEl[];
}

function parseTree(xml: string): XEl {
  const root: XEl = { name: '#root', attrs: Object.create(null), children: [] };
  const stack: XEl[] = [root];
  const sc = new Scanner(xml);
  for (let k = sc.next(); k !== T_EOF; k = sc.next()) {
    if (k === T_START) {
      const el: XEl = { name: sc.name, attrs: sc.attrs(), children: [] };
      stack[stack.length - 1].children.push(el);
      if (!sc.selfClosing) stack.push(el);
    } else if (k === T_END && stack.length > 1) {
      stack.pop();
    }
  }
  return root;
}

function child(el: XEl | undefined, name: string): XEl | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (c.name === name) return c;
  return undefined;
}

function* descendants(el: XEl, name: string): Generator<XEl> {
  for (const c of el.children) {
    if (c.name === name) yield c;
    else yield* descendants(c, name);
  }
}

function val(el: XEl | undefined): string | undefined {
  return el?.attrs['w:val'];
}

function intVal(el: XEl | undefined): number | undefined {
  const v = val(el);
  if (v === undefined) return undefined;
  const n = parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}

function onOff(el: XEl | undefined): boolean {
  if (!el) return false;
  const v = val(el);
  return v === undefined || !(v === '0' || v === 'false' || v === 'off');
}

// ---------------------------------------------------------------------------
// Numbering and style model
// ---------------------------------------------------------------------------

interface LevelDef {
  start?: number;
  numFmt?: string;
  /** zero-padding width from a w14 custom format like "001, 002, 003, ..." */
  pad?: number;
  lvlText?: string;
  restart?: number;
  suff?: string;
  isLgl?: boolean;
  pStyle?: string;
}

interface Level {
  start: number;
  numFmt: string;
  pad: number;
  lvlText: string;
  restart: number | undefined;
  suff: string;
  isLgl: boolean;
  pStyle: string | undefined;
}

interface AbstractDef {
  id: string;
  levels: Map<number, LevelDef>;
  numStyleLink: string | undefined;
}

interface NumDef {
  numId: string;
  abstractNumId: string;
  overrides: Map<number, { start?: number; lvl?: LevelDef }>;
}

interface StyleDef {
  type: string;
  basedOn: string | undefined;
  numId: string | undefined;
  ilvl: string | undefined;
}

interface Model {
  abstracts: Map<string, AbstractDef>;
  nums: Map<string, NumDef>;
  styles: Map<string, StyleDef>;
  defaultParagraphStyle: string | undefined;
}

function readNumFmt(lvl: XEl, def: LevelDef): void {
  const direct = child(lvl, 'w:numFmt');
  if (direct) {
    applyNumFmt(direct, def);
    return;
  }
  // Word 2010+ writes custom formats as
  // <mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="01, 02, 03, ..."/>
  // </mc:Choice><mc:Fallback><w:numFmt w:val="decimalZero"/></mc:Fallback></mc:AlternateContent>
  const ac = child(lvl, 'mc:AlternateContent');
  if (!ac) return;
  const custom = child(child(ac, 'mc:Choice'), 'w:numFmt');
  if (custom && applyNumFmt(custom, def)) return;
  const fallback = child(child(ac, 'mc:Fallback'), 'w:numFmt');
  if (fallback) applyNumFmt(fallback, def);
}

/** Returns false for a custom format it cannot interpret. */
function applyNumFmt(el: XEl, def: LevelDef): boolean {
  const v = val(el);
  if (v === undefined) return false;
  if (v !== 'custom') {
    def.numFmt = v;
    return true;
  }
  const m = /^\s*(0*)1\s*,/.exec(el.attrs['w:format'] ?? '');
  if (!m) return false;
  def.numFmt = 'decimal';
  def.pad = m[1].length + 1;
  return true;
}

function readLevel(lvl: XEl): LevelDef {
  const def: LevelDef = {};
  const start = intVal(child(lvl, 'w:start'));
  if (start !== undefined) def.start = start;
  readNumFmt(lvl, def);
  const text = child(lvl, 'w:lvlText');
  if (text) def.lvlText = val(text) ?? '';
  const restart = intVal(child(lvl, 'w:lvlRestart'));
  if (restart !== undefined) def.restart = restart;
  const suff = val(child(lvl, 'w:suff'));
  if (suff !== undefined) def.suff = suff;
  const isLgl = child(lvl, 'w:isLgl');
  if (isLgl) def.isLgl = onOff(isLgl);
  const pStyle = val(child(lvl, 'w:pStyle'));
  if (pStyle !== undefined) def.pStyle = pStyle;
  return def;
}

function buildModel(numberingXml: string, stylesXml: string | null): Model {
  const abstracts = new Map<string, AbstractDef>();
  const nums = new Map<string, NumDef>();
  const numbering = parseTree(numberingXml);
  for (const a of descendants(numbering, 'w:abstractNum')) {
    const id = a.attrs['w:abstractNumId'];
    if (id === undefined) continue;
    const levels = new Map<number, LevelDef>();
    for (const lvl of a.children) {
      if (lvl.name !== 'w:lvl') continue;
      const ilvl = lvl.attrs['w:ilvl'] === undefined ? 0 : parseInt(lvl.attrs['w:ilvl'], 10);
      if (!(ilvl >= 0 && ilvl <= 8) || levels.has(ilvl)) continue;
      levels.set(ilvl, readLevel(lvl));
    }
    abstracts.set(id.trim(), { id: id.trim(), levels, numStyleLink: val(child(a, 'w:numStyleLink')) });
  }
  for (const n of descendants(numbering, 'w:num')) {
    const numId = n.attrs['w:numId'];
    const abstractNumId = val(child(n, 'w:abstractNumId'));
    if (numId === undefined || abstractNumId === undefined) continue;
    const overrides = new Map<number, { start?: number; lvl?: LevelDef }>();
    for (const o of n.children) {
      if (o.name !== 'w:lvlOverride') continue;
      const ilvl = parseInt(o.attrs['w:ilvl'] ?? '0', 10);
      if (!(ilvl >= 0 && ilvl <= 8)) continue;
      const entry: { start?: number; lvl?: LevelDef } = {};
      const so = intVal(child(o, 'w:startOverride'));
      if (so !== undefined) entry.start = so;
      const lvl = child(o, 'w:lvl');
      if (lvl) entry.lvl = readLevel(lvl);
      overrides.set(ilvl, entry);
    }
    nums.set(numId.trim(), { numId: numId.trim(), abstractNumId: abstractNumId.trim(), overrides });
  }

  const styles = new Map<string, StyleDef>();
  let defaultParagraphStyle: string | undefined;
  if (stylesXml) {
    for (const s of descendants(parseTree(stylesXml), 'w:style')) {
      const id = s.attrs['w:styleId'];
      if (id === undefined) continue;
      const type = s.attrs['w:type'] ?? 'paragraph';
      const numPr = child(child(s, 'w:pPr'), 'w:numPr');
      styles.set(id, {
        type,
        basedOn: val(child(s, 'w:basedOn')),
        numId: val(child(numPr, 'w:numId')),
        ilvl: val(child(numPr, 'w:ilvl')),
      });
      const isDefault = s.attrs['w:default'];
      if (type === 'paragraph' && (isDefault === '1' || isDefault === 'true' || isDefault === 'on')) {
        defaultParagraphStyle ??= id;
      }
    }
  }
  return { abstracts, nums, styles, defaultParagraphStyle };
}

// ---------------------------------------------------------------------------
// Resolution and counting
// ---------------------------------------------------------------------------

interface Resolved {
  num: NumDef;
  abs: AbstractDef;
  ilvl: number;
  level: Level;
}

class Numberer {
  private readonly concrete = new Map<string, AbstractDef | null>();
  private readonly levels = new Map<string, Level | null>();
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly seenNums = new Set<string>();

  constructor(private readonly m: Model) {}

  /** The abstract definition that really holds the levels (following w:numStyleLink). */
  private concreteAbstract(num: NumDef): AbstractDef | null {
    const cached = this.concrete.get(num.numId);
    if (cached !== undefined) return cached;
    let abs = this.m.abstracts.get(num.abstractNumId) ?? null;
    for (let hops = 0; abs?.numStyleLink !== undefined && hops < 8; hops++) {
      const style = this.m.styles.get(abs.numStyleLink);
      const linkedNum = style?.numId !== undefined ? this.m.nums.get(style.numId.trim()) : undefined;
      const linked = linkedNum ? this.m.abstracts.get(linkedNum.abstractNumId) : undefined;
      if (!linked || linked === abs) break;
      abs = linked;
    }
    this.concrete.set(num.numId, abs);
    return abs;
  }

  private level(num: NumDef, abs: AbstractDef, ilvl: number): Level | null {
    const key = `${num.numId}\u0000${ilvl}`;
    const cached = this.levels.get(key);
    if (cached !== undefined) return cached;
    const base = abs.levels.get(ilvl);
    const ov = num.overrides.get(ilvl);
    let level: Level | null = null;
    if (base || ov?.lvl) {
      const d: LevelDef = { ...base, ...ov?.lvl };
      level = {
        start: ov?.start ?? d.start ?? 0,
        numFmt: d.numFmt ?? 'decimal',
        pad: d.pad ?? 0,
        lvlText: d.lvlText ?? '',
        restart: d.restart,
        suff: d.suff ?? 'tab',
        isLgl: d.isLgl ?? false,
        pStyle: d.pStyle,
      };
    }
    this.levels.set(key, level);
    return level;
  }

  /**
   * Which numbering level (if any) applies to a paragraph, from its own
   * w:numPr values and its paragraph style chain.
   */
  resolve(directNumId: string | undefined, directIlvl: string | undefined, pStyle: string | undefined): Resolved | null {
    const chain: string[] = [];
    let styleNumId: string | undefined;
    let styleIlvl: string | undefined;
    let id = pStyle ?? this.m.defaultParagraphStyle;
    for (let hops = 0; id !== undefined && hops < 32; hops++) {
      const s = this.m.styles.get(id);
      if (!s || chain.includes(id)) break;
      chain.push(id);
      styleNumId ??= s.numId;
      styleIlvl ??= s.ilvl;
      id = s.basedOn;
    }
    const numId = (directNumId ?? styleNumId)?.trim();
    if (numId === undefined || numId === '0') return null;
    const num = this.m.nums.get(numId);
    if (!num) return null;
    const abs = this.concreteAbstract(num);
    if (!abs) return null;

    let ilvl = NaN;
    const ilvlText = directIlvl ?? styleIlvl;
    if (ilvlText !== undefined) {
      ilvl = parseInt(ilvlText, 10);
    } else {
      // A style can be tied to a level by the level's w:pStyle.
      for (const styleId of chain) {
        for (const [i, def] of abs.levels) {
          if (def.pStyle === styleId) {
            ilvl = i;
            break;
          }
        }
        if (!Number.isNaN(ilvl)) break;
      }
    }
    if (Number.isNaN(ilvl)) ilvl = 0;
    if (!(ilvl >= 0 && ilvl <= 8)) return null;
    const level = this.level(num, abs, ilvl);
    return level ? { num, abs, ilvl, level } : null;
  }

  /** Counts a numbered paragraph; returns its label, or null for a bullet. */
  count(r: Resolved): string | null {
    const { num, abs, ilvl, level } = r;
    let counters = this.counters.get(abs.id);
    if (!counters) {
      counters = new Array<number | undefined>(9).fill(undefined);
      this.counters.set(abs.id, counters);
    }
    if (!this.seenNums.has(num.numId)) {
      this.seenNums.add(num.numId);
      // A w:startOverride restarts the shared counter when its w:num is first used.
      for (const [lv, ov] of num.overrides) if (ov.start !== undefined) counters[lv] = undefined;
    }
    for (let L = ilvl + 1; L < 9; L++) {
      if (counters[L] === undefined) continue;
      const restart = this.level(num, abs, L)?.restart;
      // lvlRestart (1-based): restart when that level or a shallower one is used;
      // 0 = never; a value beyond this level is ignored (default: any shallower level).
      const limit = restart === undefined || restart > L ? L : restart;
      if (ilvl < limit) counters[L] = undefined;
    }
    const current = counters[ilvl];
    counters[ilvl] = current === undefined ? level.start : current + 1;
    // A level used before any paragraph of a shallower level seeds that level at
    // its start value: Heading 2, Heading 1 is numbered 1.1, 2 (as Word and
    // LibreOffice do; Microsoft KB Q110380).
    for (let k = 0; k < ilvl; k++) {
      if (counters[k] === undefined) {
        const parent = this.level(num, abs, k);
        if (parent) counters[k] = parent.start;
      }
    }
    if (level.numFmt === 'bullet') return null;

    return level.lvlText.replace(/%([1-9])/g, (_whole, digit: string) => {
      const k = Number(digit) - 1;
      const ref = k === ilvl ? level : this.level(num, abs, k);
      if (!ref) return '';
      const value = counters![k] ?? ref.start;
      if (level.isLgl) return String(value);
      const text = formatNumber(value, ref.numFmt);
      return ref.pad > 0 && /^\d+$/.test(text) ? text.padStart(ref.pad, '0') : text;
    });
  }
}

// ---------------------------------------------------------------------------
// Document rewrite
// ---------------------------------------------------------------------------

const NUMBERING_OFF = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>';

/** pPr children that the schema places before w:numPr. */
const BEFORE_NUMPR = new Set(['w:pStyle', 'w:keepNext', 'w:keepLines', 'w:pageBreakBefore', 'w:framePr', 'w:widowControl']);

const PH_START = 0;
const PH_PPR = 1;
const PH_DONE = 2;

interface Para {
  depth: number;
  tagStart: number;
  tagEnd: number;
  selfClosing: boolean;
  phase: number;
  pPrDepth: number;
  pPrSelfStart: number;
  pPrSelfEnd: number;
  pPrCloseStart: number;
  pPrEnd: number;
  pStyle: string | undefined;
  numPrStart: number;
  numPrEnd: number;
  numPrDepth: number;
  numId: string | undefined;
  ilvl: string | undefined;
  numPrInsertAt: number;
  rPrDepth: number;
  deleted: boolean;
  movedFrom: boolean;
}

function newPara(depth: number, tagStart: number, tagEnd: number, selfClosing: boolean): Para {
  return {
    depth,
    tagStart,
    tagEnd,
    selfClosing,
    phase: PH_START,
    pPrDepth: -1,
    pPrSelfStart: -1,
    pPrSelfEnd: -1,
    pPrCloseStart: -1,
    pPrEnd: -1,
    pStyle: undefined,
    numPrStart: -1,
    numPrEnd: -1,
    numPrDepth: -1,
    numId: undefined,
    ilvl: undefined,
    numPrInsertAt: -1,
    rPrDepth: -1,
    deleted: false,
    movedFrom: false,
  };
}

const AC_NONE = 0;
const AC_CHOICE = 1;
const AC_IGNORED_CHOICE = 2;
const AC_FALLBACK = 3;

/**
 * mc:AlternateContent holds the same content twice (e.g. a text box as DrawingML
 * in mc:Choice and as VML in mc:Fallback). Word uses the Choice, mammoth reads
 * the Fallback: paragraphs are counted once, in the Choice, and the Fallback's
 * paragraphs get the same labels again, matched by position.
 */
interface AltContent {
  depth: number;
  phase: number;
  choices: number;
  labels: (string | null)[];
  replayed: number;
}

/** Rewrites document.xml so automatic numbering labels become typed text. Returns the input unchanged when nothing is numbered. */
export function typeNumberingLabels(documentXml: string, numberingXml: string | null, stylesXml: string | null): string {
  if (!numberingXml || !numberingXml.includes('w:num')) return documentXml;
  if (!documentXml.includes('w:numPr') && !(stylesXml && stylesXml.includes('w:numPr'))) return documentXml;

  const numberer = new Numberer(buildModel(numberingXml, stylesXml));
  const s = documentXml;
  const edits: { start: number; end: number; text: string }[] = [];
  const sc = new Scanner(s);
  const names: string[] = [];
  const paras: Para[] = [];
  const alts: AltContent[] = [];
  let ignoredDepth = 0;

  // Whether any label was typed. Numbering whose labels are all empty (LibreOffice's
  // heading numbering with format "none") changes nothing mammoth shows, so the
  // document is returned as it was and the caller need not re-zip it.
  let typed = false;
  const apply = (p: Para, label: string, suff: string): void => {
    if (label) typed = true;
    let text = label;
    const last = text.charCodeAt(text.length - 1);
    if (text.length > 0 && last < 128 && last > 32 && suff !== 'nothing') text += ' ';
    const run = text ? `<w:r><w:t xml:space="preserve">${escapeText(text)}</w:t></w:r>` : '';
    if (p.selfClosing) {
      const openTag = s.slice(p.tagStart, p.tagEnd - 2).trimEnd() + '>';
      edits.push({ start: p.tagStart, end: p.tagEnd, text: `${openTag}<w:pPr>${NUMBERING_OFF}</w:pPr>${run}</w:p>` });
    } else if (p.pPrEnd >= 0) {
      if (p.numPrStart >= 0 && p.numPrEnd >= 0) {
        edits.push({ start: p.numPrStart, end: p.numPrEnd, text: NUMBERING_OFF });
      } else {
        const at = p.numPrInsertAt >= 0 ? p.numPrInsertAt : p.pPrCloseStart;
        edits.push({ start: at, end: at, text: NUMBERING_OFF });
      }
      if (run) edits.push({ start: p.pPrEnd, end: p.pPrEnd, text: run });
    } else if (p.pPrSelfStart >= 0) {
      edits.push({ start: p.pPrSelfStart, end: p.pPrSelfEnd, text: `<w:pPr>${NUMBERING_OFF}</w:pPr>${run}` });
    } else {
      edits.push({ start: p.tagEnd, end: p.tagEnd, text: `<w:pPr>${NUMBERING_OFF}</w:pPr>${run}` });
    }
  };

  const decide = (p: Para): void => {
    p.phase = PH_DONE;
    if (ignoredDepth > 0) return;
    const alt = alts.length > 0 ? alts[alts.length - 1] : undefined;
    const record = alt?.phase === AC_CHOICE ? alt.labels : undefined;
    let replay: string | null | undefined;
    let replaying = false;
    if (alt?.phase === AC_FALLBACK && alt.replayed < alt.labels.length) {
      replay = alt.labels[alt.replayed++];
      replaying = true;
    }
    if (p.deleted) {
      // mammoth merges a paragraph whose mark is deleted into the next one and
      // ignores its properties; Word does not count it either.
      record?.push(null);
      return;
    }
    const r = numberer.resolve(p.numId, p.ilvl, p.pStyle);
    if (!r) {
      record?.push(null);
      return;
    }
    if (p.movedFrom) {
      // Moved away in tracked changes: Word does not count it, but mammoth still
      // reads its properties, so only switch its (non-bullet) numbering off.
      record?.push(null);
      if (r.level.numFmt !== 'bullet') apply(p, '', r.level.suff);
      return;
    }
    const label = replaying ? (replay ?? null) : numberer.count(r);
    record?.push(label);
    if (label !== null) apply(p, label, r.level.suff);
  };

  for (let k = sc.next(); k !== T_EOF; k = sc.next()) {
    if (k === T_START) {
      const name = sc.name;
      const depth = names.length;
      const p = paras.length > 0 ? paras[paras.length - 1] : undefined;
      if (p && p.phase !== PH_DONE) {
        if (p.phase === PH_START) {
          if (depth === p.depth + 1) {
            if (name === 'w:pPr') {
              if (sc.selfClosing) {
                p.pPrSelfStart = sc.start;
                p.pPrSelfEnd = sc.end;
                decide(p);
              } else {
                p.phase = PH_PPR;
                p.pPrDepth = depth;
              }
            } else {
              decide(p);
            }
          }
        } else if (depth === p.pPrDepth + 1) {
          // direct child of w:pPr (w:pPrChange and its old w:numPr are deeper and ignored)
          if (name === 'w:pStyle') {
            p.pStyle ??= sc.attr('w:val');
          } else if (name === 'w:numPr') {
            if (p.numPrStart < 0) {
              p.numPrStart = sc.start;
              if (sc.selfClosing) p.numPrEnd = sc.end;
              else p.numPrDepth = depth;
            }
          } else if (name === 'w:rPr') {
            if (!sc.selfClosing) p.rPrDepth = depth;
          }
          if (p.numPrInsertAt < 0 && name !== 'w:numPr' && !BEFORE_NUMPR.has(name)) p.numPrInsertAt = sc.start;
        } else if (p.numPrDepth >= 0 && depth === p.numPrDepth + 1) {
          if (name === 'w:ilvl') p.ilvl ??= sc.attr('w:val');
          else if (name === 'w:numId') p.numId ??= sc.attr('w:val');
        } else if (p.rPrDepth >= 0 && depth === p.rPrDepth + 1) {
          if (name === 'w:del') p.deleted = true;
          else if (name === 'w:moveFrom') p.movedFrom = true;
        }
      }

      if (name === 'w:p') {
        if (sc.selfClosing) decide(newPara(depth, sc.start, sc.end, true));
        else paras.push(newPara(depth, sc.start, sc.end, false));
      } else if (!sc.selfClosing) {
        if (name === 'mc:AlternateContent') {
          alts.push({ depth, phase: AC_NONE, choices: 0, labels: [], replayed: 0 });
        } else if (alts.length > 0 && depth === alts[alts.length - 1].depth + 1) {
          const alt = alts[alts.length - 1];
          if (name === 'mc:Choice') {
            alt.choices++;
            alt.phase = alt.choices === 1 ? AC_CHOICE : AC_IGNORED_CHOICE;
            if (alt.phase === AC_IGNORED_CHOICE) ignoredDepth++;
          } else if (name === 'mc:Fallback') {
            alt.phase = alt.labels.length > 0 ? AC_FALLBACK : AC_NONE;
          }
        }
      }
      if (!sc.selfClosing) names.push(name);
    } else if (k === T_END) {
      if (names.length === 0) continue;
      names.pop();
      const depth = names.length;
      const p = paras.length > 0 ? paras[paras.length - 1] : undefined;
      if (p) {
        if (depth === p.depth) {
          if (p.phase === PH_START) decide(p);
          paras.pop();
        } else if (p.phase === PH_PPR) {
          if (depth === p.pPrDepth) {
            p.pPrCloseStart = sc.start;
            p.pPrEnd = sc.end;
            decide(p);
          } else if (depth === p.numPrDepth) {
            p.numPrEnd = sc.end;
            p.numPrDepth = -1;
          } else if (depth === p.rPrDepth) {
            p.rPrDepth = -1;
          }
        }
      }
      if (alts.length > 0) {
        const alt = alts[alts.length - 1];
        if (depth === alt.depth) {
          alts.pop();
        } else if (depth === alt.depth + 1) {
          if (alt.phase === AC_IGNORED_CHOICE) ignoredDepth--;
          alt.phase = AC_NONE;
        }
      }
    }
  }

  if (edits.length === 0 || !typed) return documentXml;
  let sorted = true;
  for (let i = 1; i < edits.length; i++) {
    if (edits[i].start < edits[i - 1].end) {
      sorted = false;
      break;
    }
  }
  if (!sorted) edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let at = 0;
  for (const e of edits) {
    if (e.start < at) continue; // overlapping edit (malformed input): keep the first
    parts.push(s.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(s.slice(at));
  return parts.join('');
}
