import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { Result } from '@shuzhi/types';
import { fail, ok } from '@shuzhi/types';
import { typeNumberingLabels } from '../docx/numbering.ts';
import { HEADING_STYLE, joinBlocks, TITLE_STYLE, unsupported, type LoadedDocument } from './document.ts';
import { htmlBlocks } from './html.ts';
import { readZip } from './zip.ts';

type DocxError = { code: 'CORRUPT_FILE' | 'UNSAFE_ARCHIVE' | 'ENCRYPTED' | 'NOT_A_WORD_DOCUMENT' | 'UNSUPPORTED_FORMAT'; message: string };

/**
 * The style map for one document: its heading and title styles as Word and
 * WPS name them in English and Chinese installs ("Heading 1", "标题 1",
 * "标题1", "Title", "标题"). mammoth parses its style map on every call, so
 * only the styles the document defines are mapped, and mammoth's default
 * map (bold, lists, footnote styles: nothing the text needs) is left out.
 */
function styleMapFor(stylesXml: string | undefined): string[] {
  const map: string[] = [];
  for (const m of (stylesXml ?? '').matchAll(/<w:name\s+w:val="([^"]+)"/g)) {
    const name = m[1];
    const quoted = name.replace(/'/g, "\\'");
    const heading = HEADING_STYLE.exec(name);
    if (heading) map.push(`p[style-name='${quoted}'] => h${heading[1]}:fresh`);
    else if (TITLE_STYLE.test(name)) map.push(`p[style-name='${quoted}'] => h1.title:fresh`);
  }
  return map;
}

const OTHER_ZIPS: [RegExp, string, advice?: string][] = [
  [/^content\.xml$/, 'OpenDocument 文档，如 .odt 或新版 .wps', '请另存为 .docx'],
  [/^xl\//, 'Excel 表格'],
  [/^ppt\//, 'PowerPoint 演示文稿'],
];

export async function loadDocx(buffer: Buffer): Promise<Result<LoadedDocument, DocxError>> {
  // Only the parts this loader reads itself are inflated here; mammoth reads the rest.
  const zip = await readZip(buffer, (name) => /^(_rels\/\.rels|word\/(document\d*|numbering|styles)\.xml)$/i.test(name));
  if (!zip.ok) return zip;
  const { entries, files } = zip.value;

  const main = mainDocumentPath(files.get('_rels/.rels')) ?? 'word/document.xml';
  const documentXml = files.get(main);
  if (documentXml === undefined) {
    const other = OTHER_ZIPS.find(([re]) => entries.some((e) => re.test(e.name)));
    if (other) return fail({ code: 'UNSUPPORTED_FORMAT', message: unsupported(other[1], other[2]) });
    return fail({ code: 'NOT_A_WORD_DOCUMENT', message: `压缩包中没有 Word 正文（缺少 ${main}），不是有效的 .docx 文档` });
  }

  let input = buffer;
  const dir = main.slice(0, main.lastIndexOf('/') + 1);
  const labelled = typeNumberingLabels(documentXml, files.get(`${dir}numbering.xml`) ?? null, files.get(`${dir}styles.xml`) ?? null);
  if (labelled !== documentXml) {
    // mammoth only reads a zip; give it one whose document has the labels typed in.
    const rezip = await JSZip.loadAsync(buffer);
    rezip.file(main, labelled);
    input = await rezip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } });
  }

  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: input },
      {
        styleMap: styleMapFor(files.get(`${dir}styles.xml`)),
        includeDefaultStyleMap: false,
        ignoreEmptyParagraphs: true,
        // Images are never read, so their bytes are never inflated.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
    html = result.value;
  } catch {
    return fail({ code: 'CORRUPT_FILE', message: 'Word 文档已损坏，无法读取；请用 Word 或 WPS 打开后另存为 .docx 再提交' });
  }
  const { text, blocks } = joinBlocks(htmlBlocks(html));
  return ok({ format: 'docx', encoding: 'docx', text, blocks });
}

function mainDocumentPath(rels: string | undefined): string | null {
  if (!rels) return null;
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const type = /\bType="([^"]*)"/.exec(m[0])?.[1] ?? '';
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (target && /\/officeDocument$/.test(type)) return target.replace(/^\//, '');
  }
  return null;
}

