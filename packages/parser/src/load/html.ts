import { Parser } from 'htmlparser2';
import { loadMarkup, NOTES_HEADING, type BlockDraft } from './document.ts';

/** Elements whose content is no text of the page: what a browser never shows. */
const HIDDEN = new Set(['head', 'script', 'style', 'noscript', 'template', 'object', 'iframe', 'svg', 'xml']);
/** Elements that part blocks of a page, as <p> does, beside p, li and h1–h6 (a web page's or an OA system's layout). */
const BLOCK = new Set(['div', 'section', 'article', 'blockquote', 'pre', 'center', 'header', 'footer', 'address', 'dd', 'dt', 'caption']);

/**
 * A line break of the source is a space, as a browser shows it, but none between two Chinese characters (an editor's
 * wrapping of "在区委\n和区人武部的领导下"). (Spaces without a line break are kept: a Word paragraph's are its own.)
 */
const WRAPPED_CJK = /(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])[ \t]*[\r\n]+[ \t]*(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])/g;
const unwrap = (text: string) => text.replace(WRAPPED_CJK, '').replace(/[ \t]*[\r\n]+[ \t]*/g, ' ');
/** A cell's text, its paragraphs on one line. */
const cellText = (parts: string[]) => unwrap(parts.join(' ')).replace(/\s+/g, ' ');
/** A layout cell's paragraphs, each a block of its own (see layoutCells). */
const paragraphsOf = (parts: string[]) => parts.map(unwrap).filter((t) => t.trim());

/**
 * The blocks of an HTML document: mammoth's (p, h1–h6, li, table/tr/td, inline tags and footnote links) and a web page's
 * or an OA system's export saved as .doc (divs, <br>, styles and scripts around the text). A table row becomes one
 * block with its cells separated by tabs, so a row like "经费保障 | 财政列支410万元" stays one piece of evidence. With
 * `layoutCells` (a page, not Word's HTML), a row whose only cell holds several paragraphs is the page's layout, and its
 * paragraphs are read as paragraphs.
 */
export function htmlBlocks(html: string, { layoutCells = false }: { layoutCells?: boolean } = {}): BlockDraft[] {
  const drafts: BlockDraft[] = [];
  let buffer = '';
  // The paragraphs of the cell being read before the one in `buffer`, and those of each of the row's cells with text (see layoutCells).
  let parts: string[] = [];
  let rowParts: string[][] = [];
  let current: Omit<BlockDraft, 'text'> = {};
  let row: string[] | null = null;
  // A cell merged down over rows (rowspan) stands in each row it spans, so a row's cells stay under their columns ("第一书记履职"
  // over four rows: "常委会议军｜4次（2月、4月……）" is still 事项｜完成情况, not 类别｜事项).
  let merged = new Map<number, { text: string; rows: number }>();
  let rowspan = 1;
  const carryMerged = () => {
    for (let held = merged.get(row!.length); held; held = merged.get(row!.length)) {
      row!.push(held.text);
      if (--held.rows === 0) merged.delete(row!.length - 1);
    }
  };
  // The tables a nested table's cell stands in, outermost first (an OA page's layout table around a table of figures; Word's tables in a cell).
  const outer: { row: string[]; merged: typeof merged; rowspan: number }[] = [];
  let skipAnchor = 0;
  let hidden = 0;
  let notes = false;
  const flush = () => {
    if (row) return;
    const text = unwrap(buffer);
    if (text.trim()) drafts.push({ ...current, text });
    buffer = '';
    current = {};
  };
  const parser = new Parser(
    {
      ontext(text) {
        if (!skipAnchor && !hidden) buffer += text;
      },
      onopentag(tag, attrs) {
        if (HIDDEN.has(tag)) hidden++;
        if (hidden) return;
        // Footnote references and back-links ("[1]", "↑") are not report text.
        if (tag === 'a' && /^#(footnote|endnote|comment)/.test(attrs.href ?? '')) skipAnchor++;
        else if (tag === 'table') {
          // A table in a cell: what its row and its cell held before it is read first, then its rows, then the rest of the cell.
          if (row) {
            parts.push(buffer);
            const before = layoutCells && !row.some((c) => c.trim()) ? paragraphsOf(parts) : [];
            const cells = [...row, cellText(parts)].map((c) => c.trim()).filter(Boolean);
            if (before.length) for (const text of before) drafts.push({ text });
            else if (cells.length) drafts.push({ text: cells.join('\t'), origin: 'table' });
            outer.push({ row: row.map(() => ''), merged, rowspan });
            row = null;
            buffer = '';
            parts = [];
          }
          merged = new Map();
        } else if (tag === 'tr') {
          flush();
          row = [];
          rowParts = [];
        } else if (row && (tag === 'td' || tag === 'th')) {
          carryMerged();
          buffer = '';
          parts = [];
          rowspan = Number(attrs.rowspan ?? 1) || 1;
        } else if (tag === 'br') {
          // A title or heading broken over two lines ("丰河县委书记" / "2021年度党管武装工作述职报告") is one; so is a cell.
          if (row || current.title || current.heading) return;
          const keep = current;
          flush();
          current = keep;
        } else if (!row) {
          // mammoth sets the footnotes and endnotes after the text, where they would fall under its last heading (the plans):
          // they are the report's text, under a heading of their own.
          if (tag === 'li' && !notes && /^(footnote|endnote)-/.test(attrs.id ?? '')) {
            flush();
            drafts.push({ text: NOTES_HEADING, heading: 1 });
            notes = true;
          }
          const heading = /^h([1-6])$/.exec(tag);
          if (tag === 'p' || tag === 'li' || heading || BLOCK.has(tag)) {
            flush();
            if (heading) current = /\btitle\b/.test(attrs.class ?? '') ? { title: true } : { heading: Number(heading[1]) };
            else if (tag === 'li') current = { origin: 'list' };
          }
        }
      },
      onclosetag(tag) {
        if (HIDDEN.has(tag)) {
          hidden = Math.max(0, hidden - 1);
          return;
        }
        if (hidden) return;
        if (tag === 'a') {
          if (skipAnchor) skipAnchor--;
        } else if (tag === 'table' && outer.length && !row) {
          flush();
          ({ row, merged, rowspan } = outer.pop()!);
          rowParts = [];
          parts = [];
        } else if (tag === 'tr') {
          if (!row) return;
          carryMerged();
          const cells = row.map((c) => c.trim()).filter(Boolean);
          // A page laid out in a table, its text in one cell of paragraphs (an OA system's 正文): the paragraphs, not one row.
          const paragraphs = layoutCells && cells.length === 1 && rowParts.length === 1 ? paragraphsOf(rowParts[0]) : [];
          row = null;
          if (paragraphs.length > 1) {
            for (const text of paragraphs) drafts.push({ text });
            buffer = '';
            current = {};
            return;
          }
          buffer = cells.join('\t');
          current = { origin: 'table' };
          flush();
        } else if (row && (tag === 'td' || tag === 'th')) {
          parts.push(buffer);
          buffer = '';
          const text = cellText(parts);
          if (rowspan > 1) merged.set(row.length, { text, rows: rowspan - 1 });
          row.push(text);
          if (text.trim()) rowParts.push(parts);
        } else if (row && (tag === 'p' || BLOCK.has(tag))) {
          parts.push(buffer);
          buffer = '';
        } else if (!row && (tag === 'p' || tag === 'li' || /^h[1-6]$/.test(tag) || BLOCK.has(tag))) {
          flush();
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  flush();
  return drafts;
}

/**
 * A page is HTML by its opening markup, whatever its name says (a web editor's "导出 Word" writes HTML into a .doc, a browser's
 * "另存为" into a .txt). Its markup is ASCII in any encoding a report comes in but UTF-16, so its first bytes tell. (So does a
 * site editor's fragment, opening on a block and closing one: "<div class="TRS_Editor">……<p>……</p>".)
 */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1').replace(/^\xef\xbb\xbf/, '');
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!doctype\s+html|<html[\s>])/i.test(head) || HTML_FRAGMENT.test(head);
}

const HTML_FRAGMENT = /^\s*<(div|p|section|article|table|body|h[1-6])[\s>][\s\S]*<\/(p|div|td|h[1-6])>/i;

/** The blocks of a page (see layoutCells), not Word's HTML. */
export const pageBlocks = (html: string) => htmlBlocks(html, { layoutCells: true });

/** An HTML file, read as a page. */
export const loadHtml = (bytes: Uint8Array) => loadMarkup(bytes, 'html', pageBlocks);
