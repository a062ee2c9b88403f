import { matchNumbering } from '../headings.ts';

/**
 * Text hard-wrapped (copied out of a PDF, an e-mail or a scan's OCR, or a PDF
 * converted to Word with one paragraph a line): a line continues on the next,
 * so a sentence such as "……专题研究\n武装工作4次" is cut in two, and the page's
 * running header and number stand between lines of one sentence. Chinese
 * prose is not wrapped by hand, so a text whose lines mostly stop mid-sentence
 * at about one length was wrapped by a machine: its soft line ends are
 * removed, its page numbers and repeated running headers dropped.
 *
 * Returns the paragraphs as groups of line indices (the lines each is joined
 * from, in order; blank lines stand alone), or null when the lines are not
 * hard-wrapped. `standalone` marks lines that neither run on nor are run into
 * (a Word heading, a table row).
 */
export function wrappedParagraphs(lines: string[], standalone: (k: number) => boolean = () => false): number[][] | null {
  const noise = pageNoise(lines);
  const full = fullLength(lines, noise);
  if (full === null) return null;
  const groups: number[][] = [];
  let paragraph: number[] | null = null;
  let first = true;
  lines.forEach((line, k) => {
    if (noise.has(k)) return;
    // The title stands alone, however long (a scan's, centred, with the author's name on the next line).
    const title = (first && line.trim() !== '') || TITLE_END.test(line) || standalone(k);
    if (line.trim() !== '') first = false;
    (paragraph ??= []).push(k);
    let n = k + 1;
    while (noise.has(n)) n++;
    // Across a page's foot and the next page's head, blank lines around them are the page's too: "……全年到县人武部办公" ‖ "第 1 页
    // 共 3 页" ‖ running header ‖ "11次，……" is one sentence, whatever the length of its line before the break.
    let across = k + 1;
    let paged = false;
    for (; across < lines.length && (noise.has(across) || lines[across].trim() === ''); across++) paged ||= noise.has(across) && PAGE_MARK.test(lines[across]);
    if (paged) n = across;
    const next = lines[n];
    // A full line that stops mid-sentence runs on, unless the next line is empty or opens a heading or an item.
    const runsOn =
      !title && (length(line) >= full || paged) && !ENDS_SENTENCE.test(line) && next !== undefined && next.trim() !== '' && !opensItem(next.trim()) && !standalone(n);
    if (runsOn && paged) for (let i = k + 1; i < n; i++) noise.add(i);
    if (!runsOn) {
      groups.push(paragraph);
      paragraph = null;
    }
  });
  return groups;
}

/** The lines of a group joined into one paragraph, without the stray spaces a PDF or a scan leaves inside words. */
export function joinWrapped(lines: string[], group: number[]): string {
  return group.map((k, i) => (i === 0 ? lines[k] : lines[k].trimStart())).join('').replace(STRAY_SPACE, '');
}

/**
 * Plain text read as its paragraphs (see `wrappedParagraphs`): the unwrapped
 * text and, for each of its lines, the line of the original it starts on
 * (evidence must point at the file the user opens); null when the text is not
 * hard-wrapped.
 */
export function unwrapLines(text: string, standalone?: (line: string) => boolean): { text: string; lines: number[] } | null {
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.trimEnd());
  const groups = wrappedParagraphs(lines, standalone && ((k) => lines[k] !== undefined && standalone(lines[k])));
  if (!groups) return null;
  return { text: groups.map((g) => joinWrapped(lines, g)).join('\n'), lines: groups.map((g) => g[0] + 1) };
}

/** A single space between two Chinese characters, as a PDF's justified line or a scan's OCR leaves it inside a word ("武装 部长"). */
const STRAY_SPACE = /(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])/g;

const TITLE_END = /述职报告\s*$/;

const ENDS_SENTENCE = /[。！？!?；;：:…]["”’」』）)]*$/;

/** A heading or a list item: any numbering style (一、 （一） 1. ① 第一部分), or an inline point 一是. */
const opensItem = (line: string) => matchNumbering(line) !== null || /^[一二三四五六七八九十]+是/.test(line);

const length = (line: string) => [...line.trim()].length;

/** A page number that can be nothing else: "— 3 —", "第 2 页 共 5 页", "Page 2 of 5" (a bare figure may be a table's cell). */
const MARKED_PAGE = String.raw`[-—–－]+\s*\d{1,3}\s*[-—–－]+|第\s*\d{1,3}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,3}\s*页)?|page\s*\d{1,3}(?:\s*of\s*\d{1,3})?`;
/** A page number as PDF viewers and printers set it: those, and "2/5" or a bare "3". */
const PAGE_NUMBER = new RegExp(String.raw`^\s*(?:${MARKED_PAGE}|\d{1,3}\s*[/／]\s*\d{1,3}|\d{1,3})\s*$`, 'i');
const PAGE_MARK = new RegExp(String.raw`^\s*(?:${MARKED_PAGE})\s*$`, 'i');

/**
 * Lines that belong to the page, not the text: page numbers, and a short line repeated word for word (the running
 * header, after its first appearance; its first too when it is laid out as a header is, its fields spread apart by spaces,
 * "中共岑山县委员会　　　　　　党管武装述职材料", where it would otherwise be read as the title). Only dropped once the text is
 * found to be wrapped.
 */
function pageNoise(lines: string[]): Set<number> {
  const noise = new Set<number>();
  const first = new Map<string, number>();
  lines.forEach((line, k) => {
    const t = line.trim();
    if (!t) return;
    if (PAGE_NUMBER.test(t)) noise.add(k);
    else if (length(t) <= 40 && first.has(t)) {
      noise.add(k);
      if (SPREAD_FIELDS.test(t)) noise.add(first.get(t)!);
    } else first.set(t, k);
  });
  return noise;
}

/** Two fields of a running header spread to the page's margins. */
const SPREAD_FIELDS = /\S[ \u3000]{4,}\S/;

/**
 * The length from which a line is full (a line that long stopping mid-sentence was cut by the wrapping), or null when
 * the text is not wrapped Chinese: at least 8 lines of 12 to 80 characters stop mid-sentence, not as headings or table rows
 * do, they are 40 % of the text's lines (of its lines of 12 characters or more, when it has page numbers), and most of
 * them are of about one length (a PDF's lines hold more characters when they hold digits, an OCR's vary with the scan).
 */
function fullLength(lines: string[], noise: Set<number>): number | null {
  const content = lines.filter((l, k) => l.trim() !== '' && !noise.has(k));
  const cut = content
    // (An item's line that holds a sentence's end before its cut is prose, not a heading: "四是经费保障。省军区下拨……营区维".)
    .filter((l) => !ENDS_SENTENCE.test(l) && (!opensItem(l.trim()) || /[。！？；;!?]/.test(l)) && !/\t|^\s*\|/.test(l))
    .map(length)
    .filter((n) => n >= 12 && n <= 80)
    .sort((a, b) => a - b);
  // (With page marks, the text came off pages: of the lines long enough to be cut, since a scan's table, its cells a line
  // each, and its short headings are neither. Without, of all lines: a form's field lines stop without a mark too.)
  const paged = [...noise].some((k) => PAGE_MARK.test(lines[k]));
  const counted = paged ? content.filter((l) => length(l) >= 12).length : content.length;
  // (A page or two of a compilation, its page marks kept, is wrapped text however few its lines: "— 1 —" under a page of six.)
  if (cut.length < (paged ? 3 : 8) || cut.length < counted * 0.4) return null;
  // (Only Chinese is read so: lines of words in another script end mid-sentence for other reasons, and would need a space to join.)
  const all = content.join('');
  if ((all.match(/[\u3400-\u9fff]/g)?.length ?? 0) < all.replace(/\s/g, '').length * 0.5) return null;
  const median = cut[cut.length >> 1];
  const near = cut.filter((n) => n >= median * 0.8 && n <= median * 1.25).length;
  return near >= cut.length * 0.7 ? Math.floor(median * 0.8) : null;
}
