/**
 * A table typed into plain text, its columns lined up with spaces:
 *
 *   序号  工作事项          落实情况        责任单位
 *   1     落实“四个一”     已落实          县委办
 *
 * Read as lines of prose, its rows run together into one paragraph, and a cell of one row ("完成76名") stands beside
 * another row's item ("拥军优属"). Its cells are parted here by a tab, as a table pasted from Word arrives, so each row
 * is a row and each cell a clause of its own.
 */

/** Two spaces or more, or an ideographic space, between two cells. */
const GAP = /(?<=\S)(?: {2,}|\u3000+)(?=\S)/g;

/** Rows that show a table: two of three or more cells, or three of two cells (a line with one wide gap is often a signature). */
const MIN_ROWS: Record<'narrow' | 'wide', number> = { narrow: 3, wide: 2 };

/** The text with the gaps of its aligned tables made tabs; the same text when it holds none. Lines are kept, not joined or split. */
export function tabulateAligned(text: string): string {
  const lines = text.split(/(?<=\n)/);
  const gaps = lines.map((line) => (line.includes('\t') ? 0 : (line.trim().match(GAP)?.length ?? 0)));
  let changed = false;
  for (let k = 0; k < lines.length; ) {
    if (!gaps[k]) {
      k++;
      continue;
    }
    // A run of rows with about the same number of cells.
    let end = k + 1;
    while (end < lines.length && gaps[end] && Math.abs(gaps[end] - gaps[k]) <= 1) end++;
    const wide = gaps.slice(k, end).filter((g) => g >= 2).length;
    if (wide >= MIN_ROWS.wide || end - k >= MIN_ROWS.narrow) {
      for (let r = k; r < end; r++) lines[r] = lines[r].replace(/^(\s*)(.*?)(\s*)$/s, (_all, lead: string, body: string, tail: string) => lead + body.replace(GAP, '\t') + tail);
      changed = true;
    }
    k = end;
  }
  return changed ? lines.join('') : text;
}

/** A bar between two cells, full-width or not. */
const BAR = /[|｜]/g;
/** A row of a barred table: three cells or more, no outer bar (a Markdown row, "| 项目 | 金额 |", is read as one already). */
const BARRED_ROW = /^\s*[^|｜\s][^|｜\n]*(?:[|｜][^|｜\n]*){2,}\n?$/;

/**
 * A table typed with bars between its cells, as office systems export a Word table to text ("序号｜问题｜原因｜整改措施｜时限"):
 * read as lines of prose, its header states a fault under the faults' heading. Its bars become tabs (one character for one:
 * offsets stand), over runs of two rows or more.
 */
export function tabulateBarred(text: string): string {
  if (!text.includes('|') && !text.includes('｜')) return text;
  const lines = text.split(/(?<=\n)/);
  const barred = lines.map((line) => BARRED_ROW.test(line));
  let changed = false;
  for (let k = 0; k < lines.length; ) {
    let end = k;
    while (end < lines.length && barred[end]) end++;
    if (end - k >= 2) {
      for (let r = k; r < end; r++) lines[r] = lines[r].replace(BAR, '\t');
      changed = true;
    }
    k = Math.max(end, k + 1);
  }
  return changed ? lines.join('') : text;
}
