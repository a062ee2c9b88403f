import { Parser } from 'htmlparser2';
import { HEADING_STYLE, loadMarkup, TITLE_STYLE, type BlockDraft } from './document.ts';

/**
 * A Word 2003 XML document (WordprocessingML, "Word XML 文档"): one XML file that Word and WPS open, often saved as .doc by
 * an office's system. Its first bytes name its root element.
 */
export function looksLikeWordXml(bytes: Uint8Array): boolean {
  return /<w:wordDocument[\s>]/.test(Buffer.from(bytes.subarray(0, 4096)).toString('latin1'));
}

/** Text that is no text of the document: deleted in tracked changes, a field's code, a footnote's body set inline. */
const SKIPPED = new Set(['w:deltext', 'w:instrtext', 'w:footnote', 'w:endnote', 'w:annotation', 'w:bindata']);

/**
 * The blocks of a WordprocessingML document: paragraphs (w:p), headings by their style's name (as the .docx reader maps them),
 * table rows (w:tr) with tab-parted cells.
 */
export function wordXmlBlocks(xml: string): BlockDraft[] {
  const styles = new Map<string, Omit<BlockDraft, 'text'>>();
  for (const m of xml.matchAll(/<w:style\b[^>]*\bw:styleId="([^"]+)"[^>]*>\s*<w:name\s+w:val="([^"]+)"/g)) {
    const heading = HEADING_STYLE.exec(m[2]);
    if (heading) styles.set(m[1], { heading: Number(heading[1]) });
    else if (TITLE_STYLE.test(m[2])) styles.set(m[1], { title: true });
  }
  const drafts: BlockDraft[] = [];
  let text = '';
  let inText = 0;
  let skipped = 0;
  let style: Omit<BlockDraft, 'text'> = {};
  let row: string[] | null = null;
  let cell: string[] | null = null;
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        if (SKIPPED.has(tag)) skipped++;
        if (skipped) return;
        if (tag === 'w:p') {
          text = '';
          style = {};
        } else if (tag === 'w:pstyle') style = styles.get(attrs['w:val'] ?? '') ?? {};
        else if (tag === 'w:t') inText++;
        else if (tag === 'w:tab') text += '\t';
        else if (tag === 'w:br' && !row) {
          drafts.push({ ...style, text });
          text = '';
        } else if (tag === 'w:tr') row = [];
        else if (tag === 'w:tc' && row) cell = [];
      },
      ontext(data) {
        if (inText && !skipped) text += data;
      },
      onclosetag(tag) {
        if (SKIPPED.has(tag)) {
          skipped = Math.max(0, skipped - 1);
          return;
        }
        if (skipped) return;
        if (tag === 'w:t') inText = Math.max(0, inText - 1);
        else if (tag === 'w:p') {
          if (cell) cell.push(text);
          else drafts.push({ ...style, text });
          text = '';
        } else if (tag === 'w:tc' && row && cell) {
          row.push(cell.join(' ').replace(/\s+/g, ' ').trim());
          cell = null;
        } else if (tag === 'w:tr' && row) {
          drafts.push({ origin: 'table', text: row.filter(Boolean).join('\t') });
          row = null;
        }
      },
    },
    { xmlMode: true, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: false },
  );
  parser.end(xml);
  return drafts;
}

/** A Word 2003 XML file. */
export const loadWordXml = (bytes: Uint8Array) => loadMarkup(bytes, 'wordml', wordXmlBlocks);
