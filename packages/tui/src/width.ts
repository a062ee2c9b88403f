import stringWidth from 'string-width';

/**
 * Display-width text handling (a CJK character takes two columns). Uses the
 * same string-width as Ink, so a line measured here is never re-wrapped by
 * Ink's layout.
 */

const graphemeSegmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' });

export const widthOf = (s: string): number => stringWidth(s);

/**
 * Text as the screen shows it. A tab (between the cells of a table row cited
 * as evidence) becomes two spaces: a terminal would jump to its next tab
 * stop, a width no layout here can know, and tear the frame.
 */
const onScreen = (s: string) => s.replace(/\t/g, '  ');

export function graphemes(s: string): string[] {
  return Array.from(graphemeSegmenter.segment(onScreen(s)), (g) => g.segment);
}

/** Cuts `s` to at most `width` columns, ending with `…` when cut. */
export function truncate(s: string, width: number, ellipsis = '…'): string {
  if (width <= 0) return '';
  s = onScreen(s);
  if (widthOf(s) <= width) return s;
  const room = width - widthOf(ellipsis);
  let out = '';
  let w = 0;
  for (const g of graphemes(s)) {
    const gw = widthOf(g);
    if (w + gw > room) break;
    out += g;
    w += gw;
  }
  return room >= 0 ? out + ellipsis : out;
}

/** Keeps the end of `s` (file paths): `…ports/04-county.txt`. */
export function truncateStart(s: string, width: number): string {
  s = onScreen(s);
  if (widthOf(s) <= width) return s;
  const gs = graphemes(s);
  let out = '';
  let w = 0;
  for (let i = gs.length - 1; i >= 0; i--) {
    const gw = widthOf(gs[i]);
    if (w + gw > width - 1) break;
    out = gs[i] + out;
    w += gw;
  }
  return `…${out}`;
}

export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - widthOf(s)));
}

export function padStart(s: string, width: number): string {
  return ' '.repeat(Math.max(0, width - widthOf(s))) + s;
}

/** `left` and `right` on one line of `width` columns; `left` is cut first. */
export function spread(left: string, right: string, width: number): string {
  const rw = widthOf(right);
  if (rw >= width) return truncate(right, width);
  const l = truncate(left, Math.max(0, width - rw - 1));
  return l + ' '.repeat(Math.max(1, width - widthOf(l) - rw)) + right;
}

/** A styled run of text. Styles are resolved to colours by the components. */
export type Style = 'hl' | 'dim' | 'bold' | 'met' | 'partial' | 'missing' | 'error' | 'warning' | 'info' | 'accent' | 'sel';

export interface Span {
  text: string;
  style?: Style;
}

export type Line = Span[];

/** Characters that must not start a line (避头点), and that must not end one (避尾点). */
const NO_START = new Set([...'，。、；：？！”’）》」』】〕…—·,.;:?!)]}%']);
const NO_END = new Set([...'“‘（《「『【〔([{']);
/** Characters of a figure or a Latin word, kept on one line. */
const IN_NUMBER = /^[0-9A-Za-z.０-９]$/;

/**
 * Wraps styled text to lines of at most `width` columns, breaking anywhere
 * (Chinese has no spaces) except before closing punctuation or after opening
 * punctuation, where the previous character moves down with it. `\n` breaks.
 */
export function wrapSpans(spans: Span[], width: number): Line[] {
  const w = Math.max(2, width);
  type Cell = { g: string; w: number; style?: Style };
  const lines: Cell[][] = [[]];
  let used = 0;
  for (const span of spans) {
    for (const g of graphemes(span.text)) {
      if (g === '\n') {
        lines.push([]);
        used = 0;
        continue;
      }
      const gw = widthOf(g);
      let line = lines[lines.length - 1];
      if (used + gw > w && line.length > 0) {
        const next: Cell[] = [];
        // Keep punctuation rules when the line has room to give a character away.
        if (NO_START.has(g) && line.length > 2) {
          next.push(line.pop()!);
          while (line.length > 2 && NO_END.has(line[line.length - 1].g)) next.unshift(line.pop()!);
        } else if (IN_NUMBER.test(g) && IN_NUMBER.test(line[line.length - 1].g)) {
          // A figure is not split over two lines ("12" / "0万元" reads as two numbers): the part on this line moves on with it.
          let k = line.length;
          while (k > 0 && IN_NUMBER.test(line[k - 1].g)) k--;
          if (k > 2 && line.length - k < w / 2) next.push(...line.splice(k));
        } else {
          while (line.length > 2 && NO_END.has(line[line.length - 1].g)) next.unshift(line.pop()!);
        }
        lines.push(next);
        line = next;
        used = next.reduce((s, c) => s + c.w, 0);
      }
      line.push({ g, w: gw, style: span.style });
      used += gw;
    }
  }
  return lines.map((cells) => {
    const out: Span[] = [];
    for (const c of cells) {
      const last = out[out.length - 1];
      if (last && last.style === c.style) last.text += c.g;
      else out.push({ text: c.g, style: c.style });
    }
    return out;
  });
}

export const wrapText = (text: string, width: number, style?: Style): Line[] => wrapSpans([{ text, style }], width);

/** `prefix` on the first line, the same width of spaces on the others. */
export function hanging(prefix: Span[], body: Span[], width: number): Line[] {
  const pw = prefix.reduce((s, p) => s + widthOf(p.text), 0);
  if (pw >= width - 4) return wrapSpans([...prefix, ...body], width);
  const lines = wrapSpans(body, width - pw);
  return lines.map((l, i) => [i === 0 ? prefix : [{ text: ' '.repeat(pw) }], l].flat());
}

export const lineWidth = (line: Line): number => line.reduce((s, p) => s + widthOf(p.text), 0);

/** Cuts a styled line to `width` columns. */
export function truncateLine(line: Line, width: number): Line {
  if (lineWidth(line) <= width) return line;
  const out: Span[] = [];
  let used = 0;
  for (const span of line) {
    const w = widthOf(span.text);
    if (used + w <= width - 1) {
      out.push(span);
      used += w;
      continue;
    }
    out.push({ ...span, text: truncate(span.text, width - used) });
    break;
  }
  return out;
}
