import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { formatNumber, typeNumberingLabels } from './numbering.ts';

// ---------------------------------------------------------------------------
// Builders for minimal WordprocessingML parts
// ---------------------------------------------------------------------------

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';

function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NS}><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

function numberingXml(...parts: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${NS}>${parts.join('')}</w:numbering>`;
}

function stylesXml(...parts: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${NS}>${parts.join('')}</w:styles>`;
}

function lvl(ilvl: number, numFmt: string, lvlText: string, extra = ''): string {
  return `<w:lvl w:ilvl="${ilvl}" w:tplc="04090019"><w:start w:val="1"/><w:numFmt w:val="${numFmt}"/>${extra}<w:lvlText w:val="${lvlText}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${420 * (ilvl + 1)}" w:hanging="420"/></w:pPr></w:lvl>`;
}

function abstractNum(id: number, ...levels: string[]): string {
  return `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="multilevel"/>${levels.join('')}</w:abstractNum>`;
}

function num(numId: number, abstractNumId: number, overrides = ''): string {
  return `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractNumId}"/>${overrides}</w:num>`;
}

function style(id: string, inner: string, attrs = ''): string {
  return `<w:style w:type="paragraph" w:styleId="${id}"${attrs}><w:name w:val="${id}"/>${inner}</w:style>`;
}

function numPr(numId: number | string, ilvl?: number): string {
  return `<w:numPr>${ilvl === undefined ? '' : `<w:ilvl w:val="${ilvl}"/>`}<w:numId w:val="${numId}"/></w:numPr>`;
}

function run(text: string): string {
  return `<w:r><w:t>${text}</w:t></w:r>`;
}

/** A paragraph numbered directly. */
function np(text: string, numId: number, ilvl = 0): string {
  return `<w:p><w:pPr>${numPr(numId, ilvl)}</w:pPr>${run(text)}</w:p>`;
}

/** A paragraph in a style. */
function sp(text: string, styleId: string): string {
  return `<w:p><w:pPr><w:pStyle w:val="${styleId}"/><w:jc w:val="both"/></w:pPr>${run(text)}</w:p>`;
}

function plain(text: string): string {
  return `<w:p>${run(text)}</w:p>`;
}

/** Text of every paragraph that contains no nested paragraph, in document order. */
function paragraphTexts(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<w:p(?=[ >])(?:(?!<w:p[ >]).)*?<\/w:p>/gs)) {
    let text = '';
    for (const t of m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)) text += t[1];
    out.push(text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
  }
  return out;
}

const OFF = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>';

// ---------------------------------------------------------------------------
// formatNumber
// ---------------------------------------------------------------------------

describe('formatNumber', () => {
  const values = [1, 10, 11, 20, 21, 99, 100, 101];
  const table: [string, string[]][] = [
    ['decimal', ['1', '10', '11', '20', '21', '99', '100', '101']],
    ['decimalZero', ['01', '10', '11', '20', '21', '99', '100', '101']],
    ['upperRoman', ['I', 'X', 'XI', 'XX', 'XXI', 'XCIX', 'C', 'CI']],
    ['lowerRoman', ['i', 'x', 'xi', 'xx', 'xxi', 'xcix', 'c', 'ci']],
    ['upperLetter', ['A', 'J', 'K', 'T', 'U', 'UUUU', 'VVVV', 'WWWW']],
    ['lowerLetter', ['a', 'j', 'k', 't', 'u', 'uuuu', 'vvvv', 'wwww']],
    ['ordinal', ['1', '10', '11', '20', '21', '99', '100', '101']],
    ['chineseCounting', ['一', '十', '十一', '二十', '二十一', '九十九', '一〇〇', '一〇一']],
    ['chineseCountingThousand', ['一', '十', '十一', '二十', '二十一', '九十九', '一百', '一百零一']],
    ['chineseLegalSimplified', ['壹', '壹拾', '壹拾壹', '贰拾', '贰拾壹', '玖拾玖', '壹佰', '壹佰零壹']],
    ['ideographTraditional', ['甲', '癸', '11', '20', '21', '99', '100', '101']],
    ['ideographZodiac', ['子', '酉', '戌', '20', '21', '99', '100', '101']],
    ['ideographDigital', ['一', '一〇', '一一', '二〇', '二一', '九九', '一〇〇', '一〇一']],
    ['decimalEnclosedCircle', ['①', '⑩', '⑪', '⑳', '21', '99', '100', '101']],
    ['decimalEnclosedCircleChinese', ['①', '⑩', '⑪', '⑳', '21', '99', '100', '101']],
    ['decimalFullWidth', ['１', '１０', '１１', '２０', '２１', '９９', '１００', '１０１']],
    ['japaneseCounting', ['一', '十', '十一', '二十', '二十一', '九十九', '百', '百一']],
    ['taiwaneseCounting', ['一', '十', '十一', '二十', '二十一', '九十九', '一〇〇', '一〇一']],
    ['taiwaneseCountingThousand', ['一', '十', '十一', '二十', '二十一', '九十九', '一百', '一百零一']],
    ['none', ['', '', '', '', '', '', '', '']],
    ['bullet', ['', '', '', '', '', '', '', '']],
    ['someFutureFormat', ['1', '10', '11', '20', '21', '99', '100', '101']],
  ];
  for (const [fmt, expected] of table) {
    it(fmt, () => {
      expect(values.map((v) => formatNumber(v, fmt))).toEqual(expected);
    });
  }

  it('writes every listed ideograph for the small Chinese cycles', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((v) => formatNumber(v, 'ideographTraditional')).join('')).toBe('甲乙丙丁戊己庚辛壬癸');
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((v) => formatNumber(v, 'ideographZodiac')).join('')).toBe(
      '子丑寅卯辰巳午未申酉戌亥',
    );
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((v) => formatNumber(v, 'chineseLegalSimplified')).join('')).toBe('壹贰叁肆伍陆柒捌玖');
  });

  it('reads larger values the Chinese way', () => {
    expect(formatNumber(110, 'chineseCountingThousand')).toBe('一百一十');
    expect(formatNumber(1010, 'chineseCountingThousand')).toBe('一千零一十');
    expect(formatNumber(10001, 'chineseCountingThousand')).toBe('一万零一');
    expect(formatNumber(100000, 'chineseCountingThousand')).toBe('十万');
    expect(formatNumber(2024, 'chineseLegalSimplified')).toBe('贰仟零贰拾肆');
    expect(formatNumber(2024, 'ideographDigital')).toBe('二〇二四');
  });

  it('handles zero and out-of-range values without blowing up', () => {
    expect(formatNumber(0, 'decimal')).toBe('0');
    expect(formatNumber(0, 'chineseCounting')).toBe('〇');
    expect(formatNumber(0, 'upperRoman')).toBe('0');
    expect(formatNumber(5000, 'upperRoman')).toBe('5000');
    expect(formatNumber(100000, 'upperLetter')).toBe('100000');
    expect(formatNumber(3, 'decimalEnclosedParen')).toBe('⑶');
  });
});

// ---------------------------------------------------------------------------
// typeNumberingLabels
// ---------------------------------------------------------------------------

const CHINESE_TWO_LEVEL = numberingXml(
  abstractNum(0, lvl(0, 'chineseCounting', '%1、'), lvl(1, 'chineseCounting', '（%2）'), lvl(2, 'decimal', '%3.'), lvl(3, 'decimal', '（%4）')),
  num(1, 0),
);

describe('typeNumberingLabels', () => {
  it('types a two-level Chinese scheme: 一、 （一） （二） 二、 （一）', () => {
    const doc = documentXml(
      np('总体情况', 1, 0) + np('政治建设', 1, 1) + np('业务工作', 1, 1) + np('存在问题', 1, 0) + np('学习不够', 1, 1),
    );
    const out = typeNumberingLabels(doc, CHINESE_TWO_LEVEL, null);
    expect(paragraphTexts(out)).toEqual(['一、总体情况', '（一）政治建设', '（二）业务工作', '二、存在问题', '（一）学习不够']);
    // Chinese labels get no separator; numbering is switched off.
    expect(out).toContain('<w:r><w:t xml:space="preserve">一、</w:t></w:r><w:r><w:t>总体情况</w:t></w:r>');
    expect(out.split(OFF).length - 1).toBe(5);
    expect(out).not.toContain('<w:numId w:val="1"/>');
  });

  it('goes four levels deep: 一、（一）1.（1）', () => {
    const doc = documentXml(np('a', 1, 0) + np('b', 1, 1) + np('c', 1, 2) + np('d', 1, 3) + np('e', 1, 3) + np('f', 1, 2) + np('g', 1, 1) + np('h', 1, 2));
    const out = typeNumberingLabels(doc, CHINESE_TWO_LEVEL, null);
    expect(paragraphTexts(out)).toEqual(['一、a', '（一）b', '1. c', '（1）d', '（2）e', '2. f', '（二）g', '1. h']);
  });

  it('types decimal %1. and nested %1.%2 with a space after ASCII labels', () => {
    const numbering = numberingXml(abstractNum(3, lvl(0, 'decimal', '%1.'), lvl(1, 'decimal', '%1.%2')), num(7, 3));
    const doc = documentXml(np('One', 7, 0) + np('One.one', 7, 1) + np('One.two', 7, 1) + np('Two', 7, 0) + np('Two.one', 7, 1));
    const out = typeNumberingLabels(doc, numbering, null);
    expect(paragraphTexts(out)).toEqual(['1. One', '1.1 One.one', '1.2 One.two', '2. Two', '2.1 Two.one']);
  });

  it('adds no space when w:suff is "nothing"', () => {
    const numbering = numberingXml(abstractNum(0, lvl(0, 'decimal', '%1.', '<w:suff w:val="nothing"/>')), num(1, 0));
    const out = typeNumberingLabels(documentXml(np('x', 1)), numbering, null);
    expect(paragraphTexts(out)).toEqual(['1.x']);
  });

  it('continues counting across numIds that share an abstractNum', () => {
    const numbering = numberingXml(abstractNum(0, lvl(0, 'decimal', '%1.')), num(1, 0), num(2, 0));
    const doc = documentXml(np('a', 1) + np('b', 1) + plain('between') + np('c', 2) + np('d', 1));
    expect(paragraphTexts(typeNumberingLabels(doc, numbering, null))).toEqual(['1. a', '2. b', 'between', '3. c', '4. d']);
  });

  it('keeps separate abstractNums apart', () => {
    const numbering = numberingXml(abstractNum(0, lvl(0, 'decimal', '%1.')), abstractNum(1, lvl(0, 'decimal', '%1)')), num(1, 0), num(2, 1));
    const doc = documentXml(np('a', 1) + np('b', 2) + np('c', 1) + np('d', 2));
    expect(paragraphTexts(typeNumberingLabels(doc, numbering, null))).toEqual(['1. a', '1) b', '2. c', '2) d']);
  });

  it('restarts the shared counter where a startOverride num is first used', () => {
    const numbering = numberingXml(
      abstractNum(0, lvl(0, 'decimal', '%1.')),
      num(1, 0),
      num(2, 0, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'),
      num(3, 0, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="8"/></w:lvlOverride>'),
    );
    const doc = documentXml(np('a', 1) + np('b', 1) + np('c', 2) + np('d', 2) + np('e', 1) + np('f', 3) + np('g', 1));
    expect(paragraphTexts(typeNumberingLabels(doc, numbering, null))).toEqual(['1. a', '2. b', '1. c', '2. d', '3. e', '8. f', '9. g']);
  });

  it('uses an override w:lvl for formatting', () => {
    const numbering = numberingXml(
      abstractNum(0, lvl(0, 'decimal', '%1.')),
      num(1, 0, '<w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1条"/></w:lvl></w:lvlOverride>'),
    );
    const doc = documentXml(np('a', 1) + np('b', 1));
    expect(paragraphTexts(typeNumberingLabels(doc, numbering, null))).toEqual(['第一条a', '第二条b']);
  });

  it('numbers paragraphs through their style and its basedOn chain', () => {
    const numbering = numberingXml(abstractNum(0, lvl(0, 'chineseCounting', '%1、'), lvl(1, 'chineseCounting', '（%2）')), num(5, 0));
    const styles = stylesXml(
      style('Normal', '', ' w:default="1"'),
      style('Heading1', `<w:basedOn w:val="Normal"/><w:pPr>${numPr(5, 0)}<w:outlineLvl w:val="0"/></w:pPr>`),
      // level only: numId comes from Heading1
      style('Heading2', '<w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr>'),
      // no numPr at all: inherits Heading1's
      style('ReportHeading', '<w:basedOn w:val="Heading1"/><w:rPr><w:b/></w:rPr>'),
    );
    const doc = documentXml(sp('总体', 'Heading1') + sp('政治', 'Heading2') + plain('正文') + sp('业务', 'Heading2') + sp('问题', 'ReportHeading'));
    const out = typeNumberingLabels(doc, numbering, styles);
    expect(paragraphTexts(out)).toEqual(['一、总体', '（一）政治', '正文', '（二）业务', '二、问题']);
    // numbering off is inserted after w:pStyle, before later pPr children
    expect(out).toContain(`<w:pPr><w:pStyle w:val="Heading1"/>${OFF}<w:jc w:val="both"/></w:pPr><w:r><w:t xml:space="preserve">一、</w:t></w:r>`);
  });

  it("finds a style's level through the level's w:pStyle link", () => {
    const numbering = numberingXml(
      abstractNum(0, lvl(0, 'decimal', '%1.', '<w:pStyle w:val="H1"/>'), lvl(1, 'decimal', '%1.%2', '<w:pStyle w:val="H2"/>')),
      num(1, 0),
    );
    const styles = stylesXml(style('H1', `<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr>`), style('H2', `<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr>`));
    const doc = documentXml(sp('A', 'H1') + sp('B', 'H2') + sp('C', 'H2'));
    expect(paragraphTexts(typeNumberingLabels(doc, numbering, styles))).toEqual(['1. A', '1.1 B', '1.2 C']);
  });

  it('follows w:numStyleLink to the list style definition and shares its counters', () => {
    const numbering = numberingXml(
      `<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="ReportList"/>${lvl(0, 'chineseCounting', '%1、')}</w:abstractNum>`,
      `<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="ReportList"/></w:abstractNum>`,
      num(1, 0),
      num(2, 1),
    );
    const styles = stylesXml(`<w:style w:type="numbering" w:styleId="ReportList"><w:name w:val="ReportList"/><w:pPr>${numPr(1)}</w:pPr></w:style>`);
    const doc = documentXml(np('a', 2) + np('b', 2) + np('c', 1));
    expect(paragraphTexts(typeNumberingLabels(doc, numbering, styles))).toEqual(['一、a', '二、b', '三、c']);
  });

  it('gives bullets no label and leaves them to mammoth', () => {
    const numbering = numberingXml(
      abstractNum(0, lvl(0, 'bullet', '')),
      abstractNum(1, lvl(0, 'decimal', '%1.'), lvl(1, 'bullet', '•')),
      num(1, 0),
      num(2, 1),
    );
    const bullets = documentXml(np('x', 1) + np('y', 1));
    expect(typeNumberingLabels(bullets, numbering, null)).toBe(bullets);

    const mixed = documentXml(np('a', 2, 0) + np('dot', 2, 1) + np('b', 2, 0));
    const out = typeNumberingLabels(mixed, numbering, null);
    expect(paragraphTexts(out)).toEqual(['1. a', 'dot', '2. b']);
    expect(out).toContain(np('dot', 2, 1));
  });

  it('treats numId 0 as not numbered, also when it switches off style numbering', () => {
    const numbering = numberingXml(abstractNum(0, lvl(0, 'decimal', '%1.')), num(1, 0));
    const styles = stylesXml(style('Heading1', `<w:pPr>${numPr(1, 0)}</w:pPr>`));
    const off = `<w:p><w:pPr><w:pStyle w:val="Heading1"/>${numPr(0, 0)}</w:pPr>${run('unnumbered')}</w:p>`;
    const doc = documentXml(np('zero', 0) + off + sp('numbered', 'Heading1'));
    const out = typeNumberingLabels(doc, numbering, styles);
    expect(paragraphTexts(out)).toEqual(['zero', 'unnumbered', '1. numbered']);
    expect(out).toContain(np('zero', 0));
    expect(out).toContain(off);
  });

  it("ignores the old numbering recorded in w:pPrChange", () => {
    const numbering = numberingXml(abstractNum(0, lvl(0, 'decimal', '%1.')), abstractNum(1, lvl(0, 'upperLetter', '%1)')), num(1, 0), num(2, 1));
    const wasNumbered = `<w:p><w:pPr><w:jc w:val="left"/><w:pPrChange w:id="1" w:author="a" w:date="2024-01-01T00:00:00Z"><w:pPr>${numPr(1, 0)}</w:pPr></w:pPrChange></w:pPr>${run('was numbered')}</w:p>`;
    const renumbered = `<w:p><w:pPr>${numPr(2, 0)}<w:pPrChange w:author="a" w:id="2"><w:pPr>${numPr(1, 0)}</w:pPr></w:pPrChange></w:pPr>${run('now lettered')}</w:p>`;
    const doc = documentXml(wasNumbered + renumbered + np('plain list', 1));
    const out = typeNumberingLabels(doc, numbering, null);
    expect(paragraphTexts(out)).toEqual(['was numbered', 'A) now lettered', '1. plain list']);
    expect(out).toContain(wasNumbered);
    // only the current numPr is replaced; the recorded old one stays
    expect(out).toContain(`<w:pPr>${OFF}<w:pPrChange w:author="a" w:id="2"><w:pPr>${numPr(1, 0)}</w:pPr></w:pPrChange></w:pPr>`);
  });

  it('returns the identical string when nothing is numbered', () => {
    const doc = documentXml(plain('一、手打的标题') + sp('x', 'Heading1') + '<w:p/>');
    const numbering = numberingXml(abstractNum(0, lvl(0, 'decimal', '%1.')), num(1, 0));
    expect(typeNumberingLabels(doc, numbering, stylesXml(style('Heading1', '')))).toBe(doc);
    expect(typeNumberingLabels(doc, null, null)).toBe(doc);
    const numberedDoc = documentXml(np('a', 1));
    expect(typeNumberingLabels(numberedDoc, null, null)).toBe(numberedDoc);
    // unknown numId: Word shows no number either
    const unknown = documentXml(np('a', 42));
    expect(typeNumberingLabels(unknown, numbering, null)).toBe(unknown);
  });

  it('keeps everything outside the edited spans byte-identical', () => {
    const numbering = numberingXml(abstractNum(0, lvl(0, 'decimal', '%1.')), num(1, 0));
    const before = `<w:p w14:paraId="1A2B" w:rsidR="00AB"><w:pPr><w:pStyle w:val="a"/>`;
    const after = `<w:spacing w:line="560" w:lineRule="exact"/></w:pPr><w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t>正文 &amp; 内容</w:t></w:r></w:p>`;
    const doc = documentXml(`${before}<w:numPr><w:numId w:val="1" /><w:ilvl w:val="0" /></w:numPr>${after}`);
    const out = typeNumberingLabels(doc, numbering, null);
    expect(out).toBe(documentXml(`${before}${OFF}${after.replace('</w:pPr>', '</w:pPr><w:r><w:t xml:space="preserve">1. </w:t></w:r>')}`));
  });

  it('escapes XML-special characters in labels', () => {
    const numbering = numberingXml(abstractNum(0, lvl(0, 'decimal', '&lt;%1&gt; &amp;')), num(1, 0));
    const out = typeNumberingLabels(documentXml(np('x', 1)), numbering, null);
    expect(out).toContain('<w:t xml:space="preserve">&lt;1&gt; &amp; </w:t>');
  });

  it('reads attributes in any order and quoted ">" in attribute values', () => {
    const numbering = numberingXml(
      `<w:abstractNum w15:restartNumberingAfterBreak="0" w:abstractNumId="0"><w:lvl w:tentative="0" w:ilvl="0"><w:lvlText w:val="%1&gt;"/><w:numFmt w:val='upperRoman'/><w:start w:val="3"/></w:lvl></w:abstractNum>`,
      `<w:num w16cid:durableId="1" w:numId="9"><w:abstractNumId w:val="0"/></w:num>`,
    );
    const doc = documentXml(`<w:p w:rsidR="a>b"><w:pPr ><w:numPr><w:numId w:val='9'/><w:ilvl w:val="0"/></w:numPr></w:pPr>${run('x')}</w:p>`);
    expect(paragraphTexts(typeNumberingLabels(doc, numbering, null))).toEqual(['III> x']);
  });

  it('counts paragraphs inside tables in document order', () => {
    const cell = (p: string) => `<w:tc><w:tcPr><w:tcW w:w="100" w:type="dxa"/></w:tcPr>${p}</w:tc>`;
    const doc = documentXml(np('a', 1, 0) + `<w:tbl><w:tblPr/><w:tr>${cell(np('b', 1, 1))}${cell(np('c', 1, 1))}</w:tr></w:tbl>` + np('d', 1, 0));
    expect(paragraphTexts(typeNumberingLabels(doc, CHINESE_TWO_LEVEL, null))).toEqual(['一、a', '（一）b', '（二）c', '二、d']);
  });

  it('counts a text box once and types the same label into its mc:Fallback copy', () => {
    const box = (inner: string) =>
      `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>${inner}</w:txbxContent></wps:txbx></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:textbox><w:txbxContent>${inner}</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const host = `<w:p><w:pPr>${numPr(1, 0)}</w:pPr>${run('host')}${box(np('boxed', 1, 1) + plain('note'))}</w:p>`;
    const doc = documentXml(host + np('after', 1, 1) + np('next', 1, 0));
    const out = typeNumberingLabels(doc, CHINESE_TWO_LEVEL, null);
    expect(paragraphTexts(out)).toEqual(['（一）boxed', 'note', '（一）boxed', 'note', '（二）after', '二、next']);
    expect(out).toMatch(/^[^]*<w:p><w:pPr><w:numPr><w:ilvl w:val="0"\/><w:numId w:val="0"\/><\/w:numPr><\/w:pPr><w:r><w:t xml:space="preserve">一、<\/w:t><\/w:r><w:r><w:t>host/);
  });

  it('counts text-box paragraphs without mc:AlternateContent like body paragraphs', () => {
    const host = `<w:p>${run('host')}<w:r><w:pict><v:textbox><w:txbxContent>${np('boxed', 1, 0)}</w:txbxContent></v:textbox></w:pict></w:r></w:p>`;
    const doc = documentXml(np('first', 1, 0) + host + np('third', 1, 0));
    expect(paragraphTexts(typeNumberingLabels(doc, CHINESE_TWO_LEVEL, null))).toEqual(['一、first', '二、boxed', '三、third']);
  });

  it('does not count paragraphs whose mark is deleted or moved away in tracked changes', () => {
    const deleted = `<w:p><w:pPr>${numPr(1, 0)}<w:rPr><w:del w:id="3" w:author="a" w:date="2024-01-01T00:00:00Z"/></w:rPr></w:pPr><w:del w:id="4" w:author="a"><w:r><w:delText>gone</w:delText></w:r></w:del></w:p>`;
    const doc = documentXml(np('a', 1) + deleted + np('b', 1));
    const out = typeNumberingLabels(doc, CHINESE_TWO_LEVEL, null);
    expect(paragraphTexts(out)).toEqual(['一、a', '', '二、b']);
    expect(out).toContain(deleted);

    const movedFrom = `<w:p><w:pPr>${numPr(1, 0)}<w:rPr><w:moveFrom w:id="5" w:author="a"/></w:rPr></w:pPr><w:moveFrom w:id="6" w:author="a"><w:r><w:t>moved</w:t></w:r></w:moveFrom></w:p>`;
    const out2 = typeNumberingLabels(documentXml(np('a', 1) + movedFrom + np('b', 1)), CHINESE_TWO_LEVEL, null);
    expect(paragraphTexts(out2)).toEqual(['一、a', 'moved', '二、b']);
    expect(out2).toContain(`<w:p><w:pPr>${OFF}<w:rPr><w:moveFrom`);
  });

  it('leaves a level beyond 9 unnumbered, like Word', () => {
    const doc = documentXml(np('deep', 1, 9));
    expect(typeNumberingLabels(doc, CHINESE_TWO_LEVEL, null)).toBe(doc);
  });

  it('respects w:lvlRestart', () => {
    const numbering = numberingXml(
      abstractNum(
        0,
        lvl(0, 'chineseCounting', '%1、'),
        lvl(1, 'chineseCounting', '（%2）'),
        // never restarts: items run on through the whole document
        lvl(2, 'decimal', '%3.', '<w:lvlRestart w:val="0"/>'),
      ),
      num(1, 0),
    );
    const doc = documentXml(
      np('a', 1, 0) + np('b', 1, 1) + np('c', 1, 2) + np('d', 1, 1) + np('e', 1, 2) + np('f', 1, 0) + np('g', 1, 1) + np('h', 1, 2),
    );
    expect(paragraphTexts(typeNumberingLabels(doc, numbering, null))).toEqual(['一、a', '（一）b', '1. c', '（二）d', '2. e', '二、f', '（一）g', '3. h']);

    const restartOnTop = numberingXml(
      abstractNum(0, lvl(0, 'decimal', '%1.'), lvl(1, 'decimal', '%1.%2'), lvl(2, 'lowerLetter', '%3)', '<w:lvlRestart w:val="1"/>')),
      num(1, 0),
    );
    const doc2 = documentXml(np('a', 1, 0) + np('b', 1, 1) + np('c', 1, 2) + np('d', 1, 1) + np('e', 1, 2) + np('f', 1, 0) + np('g', 1, 1) + np('h', 1, 2));
    // level 3 restarts only when level 1 is used, not after level 2
    expect(paragraphTexts(typeNumberingLabels(doc2, restartOnTop, null))).toEqual(['1. a', '1.1 b', 'a) c', '1.2 d', 'b) e', '2. f', '2.1 g', 'a) h']);
  });

  it('seeds an unused parent level with its start value, and w:isLgl forces decimal', () => {
    const numbering = numberingXml(
      abstractNum(0, lvl(0, 'chineseCounting', '第%1章'), lvl(1, 'decimal', '%1.%2', '<w:isLgl/>')),
      num(1, 0),
    );
    const doc = documentXml(np('orphan', 1, 1) + np('chapter', 1, 0) + np('section', 1, 1));
    expect(paragraphTexts(typeNumberingLabels(doc, numbering, null))).toEqual(['1.1 orphan', '第二章chapter', '2.1 section']);
  });

  it('honours w:start, numFmt none and w14 custom zero-padded formats', () => {
    const numbering = numberingXml(
      abstractNum(
        0,
        `<w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%1"/></w:lvl>`,
        `<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="none"/><w:lvlText w:val=""/></w:lvl>`,
        `<w:lvl w:ilvl="2"><w:start w:val="1"/><mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice><mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%3"/></w:lvl>`,
      ),
      num(1, 0),
    );
    const doc = documentXml(np('a', 1, 0) + np('b', 1, 1) + np('c', 1, 2));
    const out = typeNumberingLabels(doc, numbering, null);
    expect(paragraphTexts(out)).toEqual(['③a', 'b', '001 c']);
    // an empty label still switches the list off
    expect(out).toContain(`<w:p><w:pPr>${OFF}</w:pPr>${run('b')}</w:p>`);
  });

  it('handles self-closing w:p and w:pPr and paragraphs without pPr (default-style numbering)', () => {
    const numbering = numberingXml(abstractNum(0, lvl(0, 'decimal', '%1.')), num(1, 0));
    const styles = stylesXml(style('Normal', `<w:pPr>${numPr(1, 0)}</w:pPr>`, ' w:default="1"'));
    const doc = documentXml(`<w:p/><w:p w:rsidR="1"><w:pPr/>${run('b')}</w:p>${plain('c')}<w:p></w:p>`);
    const out = typeNumberingLabels(doc, numbering, styles);
    expect(out).toBe(
      documentXml(
        `<w:p><w:pPr>${OFF}</w:pPr><w:r><w:t xml:space="preserve">1. </w:t></w:r></w:p>` +
          `<w:p w:rsidR="1"><w:pPr>${OFF}</w:pPr><w:r><w:t xml:space="preserve">2. </w:t></w:r>${run('b')}</w:p>` +
          `<w:p><w:pPr>${OFF}</w:pPr><w:r><w:t xml:space="preserve">3. </w:t></w:r>${run('c')}</w:p>` +
          `<w:p><w:pPr>${OFF}</w:pPr><w:r><w:t xml:space="preserve">4. </w:t></w:r></w:p>`,
      ),
    );
  });

  it('ignores comments and processing instructions that look like tags', () => {
    const doc = documentXml(`<!-- <w:p> --><?pi <w:p>?>${np('a', 1)}<!-- </w:p> -->${np('b', 1)}`);
    expect(paragraphTexts(typeNumberingLabels(doc, CHINESE_TWO_LEVEL, null))).toEqual(['一、a', '二、b']);
  });

  it('rewrites a document in time linear in its size', () => {
    const bodyOf = (bytes: number): string => {
      const body: string[] = [];
      let size = 0;
      for (let i = 0; size < bytes; i++) {
        const p =
          i % 3 === 0
            ? `<w:p w:rsidR="00A1" w14:paraId="${i}"><w:pPr>${numPr(1, i % 9 === 0 ? 0 : 1)}<w:spacing w:line="560"/></w:pPr><w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t>第${i}段：坚持以人民为中心的发展思想，认真履行岗位职责。</w:t></w:r></w:p>`
            : `<w:p w:rsidR="00A1"><w:pPr><w:ind w:firstLine="640"/></w:pPr><w:r><w:t>正文内容${i}，推进重点工作落实，取得明显成效。</w:t></w:r></w:p>`;
        body.push(p);
        size += p.length;
      }
      return documentXml(body.join(''));
    };
    // The fastest of three runs, so that a busy machine slows both sizes alike.
    const fastest = (doc: string): number =>
      Math.min(
        ...[0, 1, 2].map(() => {
          const t0 = performance.now();
          typeNumberingLabels(doc, CHINESE_TWO_LEVEL, null);
          return performance.now() - t0;
        }),
      );
    const small = bodyOf(1_000_000);
    const large = bodyOf(4_000_000);
    const out = typeNumberingLabels(small, CHINESE_TWO_LEVEL, null);
    expect(out.length).toBeGreaterThan(small.length);
    expect(paragraphTexts(out).slice(0, 4)).toEqual([
      '一、第0段：坚持以人民为中心的发展思想，认真履行岗位职责。',
      '正文内容1，推进重点工作落实，取得明显成效。',
      '正文内容2，推进重点工作落实，取得明显成效。',
      '（一）第3段：坚持以人民为中心的发展思想，认真履行岗位职责。',
    ]);
    // Four times the text takes about four times as long; quadratic behaviour would take sixteen. (A ratio, not a budget in
    // milliseconds: speed itself is measured in bench/.)
    typeNumberingLabels(large, CHINESE_TWO_LEVEL, null); // warm up on the larger
    expect(fastest(large) / fastest(small)).toBeLessThan(10);
  });
});

// ---------------------------------------------------------------------------
// Through mammoth
// ---------------------------------------------------------------------------

async function buildDocx(document: string, numbering: string, styles: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' +
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/_rels/document.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
  );
  zip.file('word/document.xml', document);
  zip.file('word/numbering.xml', numbering);
  zip.file('word/styles.xml', styles);
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('typeNumberingLabels with mammoth', () => {
  it('turns numbered headings and list items into plain paragraphs with typed labels', async () => {
    const numbering = numberingXml(
      abstractNum(0, lvl(0, 'chineseCounting', '%1、', '<w:pStyle w:val="Heading1"/>'), lvl(1, 'chineseCounting', '（%2）')),
      abstractNum(1, lvl(0, 'decimal', '%1.')),
      num(1, 0),
      num(2, 1),
    );
    const styles = stylesXml(
      style('Normal', '', ' w:default="1"'),
      `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr>${numPr(1)}<w:outlineLvl w:val="0"/></w:pPr></w:style>`,
    );
    const document = documentXml(sp('总体情况', 'Heading1') + np('政治建设', 1, 1) + np('第一项', 2) + np('第二项', 2) + sp('存在问题', 'Heading1'));

    const before = await mammoth.convertToHtml({ buffer: await buildDocx(document, numbering, styles) });
    expect(before.value).toContain('<ol>');
    expect(before.value).not.toContain('一、');

    const rewritten = typeNumberingLabels(document, numbering, styles);
    const after = await mammoth.convertToHtml({ buffer: await buildDocx(rewritten, numbering, styles) });
    expect(after.value).toBe('<h1>一、总体情况</h1><p>（一）政治建设</p><p>1. 第一项</p><p>2. 第二项</p><h1>二、存在问题</h1>');
  });
});

// ---------------------------------------------------------------------------
// A real .docx written by LibreOffice
// ---------------------------------------------------------------------------

// fixtures/libreoffice-report: report.fodt converted with
//   soffice --headless --convert-to docx report.fodt
// (outline numbering 一、/（一） on Heading 1/2 through styles, a 1./（1）/① list,
// bullets, a heading in a table, a continued list and a startOverride list);
// libreoffice.txt is LibreOffice's own text export of that .docx, i.e. the
// labels LibreOffice draws for it.
const FIXTURE = join(import.meta.dirname, 'fixtures/libreoffice-report');
const fixture = (name: string) => readFileSync(join(FIXTURE, name), 'utf8');

describe('typeNumberingLabels on a LibreOffice .docx', () => {
  const document = fixture('document.xml');
  const numbering = fixture('numbering.xml');
  const styles = fixture('styles.xml');

  it('types the same labels LibreOffice draws', () => {
    const squash = (line: string) => line.replace(/^\s*•/, '').replace(/\s+/g, '');
    const expected = fixture('libreoffice.txt').split(/\r?\n/).filter((l) => l.trim()).map(squash);
    const actual = paragraphTexts(typeNumberingLabels(document, numbering, styles)).filter((t) => t.trim()).map(squash);
    expect(actual).toEqual(expected);
    expect(expected).toContain('（三）表内标题');
    expect(expected).toContain('5.从五开始');
  });

  it('leaves mammoth plain headings and paragraphs, and bullets as a list', async () => {
    const rewritten = typeNumberingLabels(document, numbering, styles);
    const { value } = await mammoth.convertToHtml(
      { buffer: await buildDocx(rewritten, numbering, styles) },
      { styleMap: ["p[style-name='heading 1'] => h1:fresh", "p[style-name='heading 2'] => h2:fresh"] },
    );
    expect(value).not.toContain('<ol>');
    expect(value).toContain('<h1>一、总体情况</h1><h2>（一）政治建设</h2>');
    expect(value).toContain('<p>1.第一项工作</p><p>（1）子项甲</p><p>①细项一</p><p>②细项二</p><p>（2）子项乙</p><p>2.第二项工作</p>');
    expect(value).toContain('<ul><li>要点A</li><li>要点B</li></ul>');
    expect(value).toContain('<h1>三、下步打算</h1>');
  });
});

// ---------------------------------------------------------------------------
// Real documents from the corpus
// ---------------------------------------------------------------------------

const REPORTS = join(import.meta.dirname, '../../../../corpus/reports');
const reportFiles = existsSync(REPORTS) ? readdirSync(REPORTS).filter((f) => f.toLowerCase().endsWith('.docx')) : [];

const LABEL_RUN = /<w:r><w:t xml:space="preserve">([^<]*)<\/w:t><\/w:r>/g;

describe.skipIf(reportFiles.length === 0)('typeNumberingLabels on corpus/reports', () => {
  for (const file of reportFiles) {
    it(`${file}: Word numbering becomes typed labels and mammoth makes no ordered lists`, async () => {
      const zip = await JSZip.loadAsync(readFileSync(join(REPORTS, file)));
      const main = 'word/document.xml';
      const document = await zip.file(main)!.async('string');
      const numbering = (await zip.file('word/numbering.xml')?.async('string')) ?? null;
      const styles = (await zip.file('word/styles.xml')?.async('string')) ?? null;
      const out = typeNumberingLabels(document, numbering, styles);

      // labels typed in by the rewrite (runs of exactly this shape that were not there before)
      const existing = new Map<string, number>();
      for (const m of document.matchAll(LABEL_RUN)) existing.set(m[1], (existing.get(m[1]) ?? 0) + 1);
      const labels: string[] = [];
      for (const m of out.matchAll(LABEL_RUN)) {
        const left = existing.get(m[1]) ?? 0;
        if (left > 0) existing.set(m[1], left - 1);
        else labels.push(m[1]);
      }

      const html = async (xml: string) => {
        zip.file(main, xml);
        return (await mammoth.convertToHtml({ buffer: await zip.generateAsync({ type: 'nodebuffer' }) })).value;
      };
      const before = await html(document);
      const after = await html(out);
      expect(after).not.toContain('<ol>');
      if (before.includes('<ol>')) {
        // the document really uses automatic numbering: its labels must now be typed
        expect(labels.length).toBeGreaterThan(0);
        expect(labels.some((l) => /^(?:[一二三四五六七八九十百]+、|（[一二三四五六七八九十百]+）|\d+[.．)）]\s?|（\d+）|[①-⑳])$/.test(l))).toBe(true);
      }
      for (const label of labels) if (label.trim()) expect(after).toContain(label.trim());
    });
  }
});
