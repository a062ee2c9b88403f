import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { lineBlocks, type Block } from './document.ts';

/**
 * `**` in these reports is a redaction, not emphasis: remark would turn
 * `在**市委、市政府和**军分区` into bold and drop the asterisks. Disabling
 * micromark's attention construct keeps every asterisk literal.
 */
function keepAsterisks(this: unknown): void {
  const data = (this as { data(): Record<string, unknown[]> }).data();
  (data.micromarkExtensions ??= []).push({ disable: { null: ['attention'] } });
}

const processor = unified().use(remarkParse).use(keepAsterisks);

/**
 * A line that is bold as a whole ("**二、存在的问题**", "**XX镇2024年述职报告**")
 * is a heading or a title typed as emphasis: its markers are cut off, so the
 * numbering is found and no ** is taken for a redaction. Redactions sit inside
 * a line ("在**市委……和**军分区"), never around all of it.
 */
const WHOLE_BOLD = /^(\*\*|__)(?=\S)((?:(?!\1).)+?)(?<=\S)\1$/;

function unbold(text: string, start: number): { text: string; start: number; end: number } {
  const m = WHOLE_BOLD.exec(text);
  return m ? { text: m[2], start: start + 2, end: start + 2 + m[2].length } : { text, start, end: start + text.length };
}

/**
 * A bold label opening a line ("**（一）落实“四个一”制度。** 这方面……", "1. **征兵。** 依托……") is a
 * run-in heading typed as emphasis: it becomes a line of its own, so it is read as the heading it is and
 * the text after it as its paragraph. A list item keeps its line: its number and label make a run-in
 * heading ("1. **征兵。** 依托……") as they are.
 */
// The label ends a sentence or opens with a number: "**县人武部在**市委领导下……" is a redaction, not a label.
const LEADING_BOLD = /^(\*\*|__)(?=\S)((?:(?!\1).){1,40}?)(?<=[。．.：:；;！!？?])\1[ \t\u3000]*(?=\S)|^(\*\*|__)(?=[（(]?[一二三四五六七八九十\d]+[、.．)）]|[①-⑳]|第[一二三四五六七八九十]+)((?:(?!\3).){1,40}?)(?<=\S)\3[ \t\u3000]*(?=\S)/;

/** An interview's speaker label, bold before what is said: "**问：** 请您先谈谈……", "**答：** 有。", "**考核组问：**" (holdout951/05). */
const SPEAKER_LABEL = /^(\*\*|__)[^，。；：:\s*_]{0,12}?(追?问|回?答)[一二三四五六七八九十\d]{0,3}([（(][^（）()]{1,16}[）)])?[：:]\1/;

function splitLabel(text: string, start: number, inList: boolean): { text: string; start: number; end: number }[] {
  // (A speaker's label stays with the words it introduces: the question and its answer are read as a pair.)
  const m = inList || SPEAKER_LABEL.test(text) ? null : LEADING_BOLD.exec(text);
  if (!m) return [unbold(text, start)];
  return [unbold(m[0].trimEnd(), start), { text: text.slice(m[0].length), start: start + m[0].length, end: start + text.length }];
}

/**
 * Markdown exported from an online editor (腾讯文档, 飞书, WPS) carries HTML: `<br>` inside a line, `&nbsp;` for
 * spaces, a signature in `<p style="text-align:right">`. Tags and character references are blanked to spaces of
 * their own length before parsing, so offsets and lines stay the file's and no `;` of `&nbsp;` ends a sentence.
 */
export function blankHtml(source: string): string {
  return source.replace(HTML_MARKUP, (m) => ' '.repeat(m.length));
}

const HTML_MARKUP = /<\/?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]*)?\/?>|&(?:[A-Za-z]{2,8}|#\d{1,6}|#x[0-9A-Fa-f]{1,6});/g;

/**
 * Markdown headings are headings; every other line is a block of its own, as
 * in plain text: Chinese Markdown is rarely hard-wrapped, and a typed "一、"
 * heading followed directly by its text on the next line must stay apart.
 * Text is sliced from the source, so offsets and lines are the file's own.
 */
export function markdownBlocks(source: string): Block[] {
  const tree = processor.parse(source) as Root;
  const blocks: Block[] = [];
  const visit = (node: Nodes, origin?: 'list'): void => {
    switch (node.type) {
      case 'heading': {
        const first = node.children[0]?.position;
        const last = node.children[node.children.length - 1]?.position;
        if (!first || !last) return;
        const raw = source.slice(first.start.offset, last.end.offset);
        const { text, start, end } = unbold(raw.trim(), first.start.offset! + (raw.length - raw.trimStart().length));
        if (text) blocks.push({ text, start, end, line: first.start.line, heading: node.depth });
        return;
      }
      case 'paragraph':
      case 'code':
      case 'html': {
        const pos = node.position;
        if (!pos || (node.type === 'html' && /^<!--/.test(node.value))) return;
        const offset = pos.start.offset!;
        for (const block of lineBlocks(source.slice(offset, pos.end.offset))) {
          const quoteMark = /^(?:>[ \t\u3000]*)+/.exec(block.text)?.[0].length ?? 0;
          if (quoteMark === block.text.length) continue;
          for (const { text, start, end } of splitLabel(block.text.slice(quoteMark), offset + block.start + quoteMark, origin === 'list')) {
            blocks.push({
              text,
              start,
              end,
              line: pos.start.line + block.line! - 1,
              ...(block.origin || origin ? { origin: block.origin ?? origin } : {}),
            });
          }
        }
        return;
      }
      case 'list':
        for (const item of node.children) {
          const before = blocks.length;
          for (const child of item.children) visit(child, 'list');
          // An ordered item's number is structure the author typed: keep it in the text.
          const firstBlock = blocks[before];
          const itemStart = item.position?.start.offset;
          if (node.ordered && firstBlock && itemStart !== undefined && itemStart < firstBlock.start) {
            const label = source.slice(itemStart, firstBlock.start);
            if (/^\s*\d+[.)]\s*$/.test(label)) {
              const trimmed = label.trimStart();
              firstBlock.text = trimmed + firstBlock.text;
              firstBlock.start -= trimmed.length;
            }
          }
        }
        return;
      default:
        if ('children' in node) for (const child of node.children) visit(child as Nodes, origin);
    }
  };
  visit(tree);
  return blocks;
}
