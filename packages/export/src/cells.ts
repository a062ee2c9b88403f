/** Cell text helpers shared by the sheet formats: display width, formula-injection neutralization. */

/** East Asian wide and full-width code points: they take two columns in Excel and in a terminal. */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Display width of each line of `text`, CJK characters counting two. */
export function lineWidths(text: string): number[] {
  const widths: number[] = [];
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      widths.push(w);
      w = 0;
    } else if (c < 0x1100) w += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      w += isWide(text.codePointAt(i)!) ? 2 : 1;
      i++;
    } else w += isWide(c) ? 2 : 1;
  }
  widths.push(w);
  return widths;
}

/** Width of the widest line of `text`, CJK characters counting two. */
export function displayWidth(text: string): number {
  return Math.max(...lineWidths(text));
}

/**
 * Characters that make a spreadsheet treat a cell as a formula (or, for tab
 * and CR, shift it into one): = + - @ tab CR LF and the full-width ＝ ＋ － ＠,
 * which Excel with a Chinese IME also accepts as formula starters.
 */
const FORMULA_START = /^[=+\-@\t\r\n＝＋－＠]/;

export const isFormulaLike = (text: string): boolean => FORMULA_START.test(text);

/**
 * CSV neutralization (OWASP): a text cell that a spreadsheet could read as a
 * formula gets a leading apostrophe, so `=1+1` is written as `'=1+1`. Only
 * text cells are touched; numbers we produce are written as numbers.
 */
export function neutralize(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_CHARS = 32_767;

/**
 * Text for an .xlsx string cell. exceljs drops characters XML cannot hold;
 * Excel (and exceljs when reading) decodes `_xHHHH_` in shared strings, so a
 * literal `_x0041_` in a report is escaped as `_x005F_x0041_` to read back unchanged.
 * Long text is cut to Excel's cell limit.
 */
export function xlsxText(text: string): string {
  // Almost no text holds "_x": the search is cheaper than the replacement it spares.
  let s = text.includes('_x') ? text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1') : text;
  if (s.length > MAX_CELL_CHARS) s = `${s.slice(0, MAX_CELL_CHARS - 20)}……（超出单元格上限，已截断）`;
  return s;
}
