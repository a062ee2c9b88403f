import { matchNumbering } from '../headings.ts';

/**
 * Plain text hard-wrapped at a fixed width (copied out of a PDF or an
 * e-mail): every full line continues on the next, so a sentence such as
 * "……专题研究\n武装工作4次" is cut in two. Chinese prose is not wrapped by
 * hand, so a file whose lines mostly share one length and mostly stop
 * mid-sentence was wrapped by a machine; its soft line ends are removed.
 *
 * Returns the unwrapped text and, for each of its lines, the line of the
 * original it starts on (evidence must point at the file the user opens);
 * null when the text is not hard-wrapped.
 */
export function unwrapLines(text: string): { text: string; lines: number[] } | null {
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.trimEnd());
  const width = wrapWidth(lines);
  if (width === null) return null;
  const out: string[] = [];
  const origin: number[] = [];
  let paragraph: { text: string; line: number } | null = null;
  lines.forEach((line, k) => {
    if (paragraph) paragraph.text += line.trimStart();
    else paragraph = { text: line, line: k + 1 };
    const next = lines[k + 1];
    // A full line that stops mid-sentence runs on, unless the next line is empty or opens a heading or an item.
    const runsOn = length(line) >= width - 1 && !ENDS_SENTENCE.test(line) && next !== undefined && next.trim() !== '' && !opensItem(next.trim());
    if (!runsOn) {
      out.push(paragraph.text);
      origin.push(paragraph.line);
      paragraph = null;
    }
  });
  return { text: out.join('\n'), lines: origin };
}

const ENDS_SENTENCE = /[。！？!?；;：:…]["”’」』）)]*$/;

/** A heading or a list item: any numbering style (一、 （一） 1. ① 第一部分), or an inline point 一是. */
const opensItem = (line: string) => matchNumbering(line) !== null || /^[一二三四五六七八九十]+是/.test(line);

const length = (line: string) => [...line].length;

/**
 * The width a file was wrapped at, or null: at least 8 lines of 12 to 80
 * characters share one width (±1), they are 40 % of the non-empty lines, and
 * most of them stop mid-sentence.
 */
function wrapWidth(lines: string[]): number | null {
  const nonEmpty = lines.filter((l) => l.trim() !== '');
  const counts = new Map<number, number>();
  for (const l of nonEmpty) {
    const n = length(l);
    if (n >= 12 && n <= 80) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  let width = 0;
  let best = 0;
  for (const n of counts.keys()) {
    const near = (counts.get(n - 1) ?? 0) + counts.get(n)! + (counts.get(n + 1) ?? 0);
    if (near > best || (near === best && n > width)) [width, best] = [n, near];
  }
  if (counts.has(width + 1)) width++;
  if (best < 8 || best < nonEmpty.length * 0.4) return null;
  const full = nonEmpty.filter((l) => length(l) >= width - 1);
  const midSentence = full.filter((l) => !ENDS_SENTENCE.test(l)).length;
  return midSentence >= full.length * 0.6 ? width : null;
}
