import PostalMime from 'postal-mime';
import type { Result } from '@shuzhi/types';
import { fail, ok } from '@shuzhi/types';
import { joinBlocks, loadMarkup, type LoadedDocument } from './document.ts';
import { pageBlocks } from './html.ts';

type MhtmlError = { code: 'BAD_ENCODING' | 'BINARY_FILE' | 'NO_TEXT' | 'CORRUPT_FILE'; message: string };

/** The header lines a MIME file opens with, up to the first blank line. */
function leadingHeaders(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1').replace(/^\xef\xbb\xbf/, '');
  const end = head.search(/\r?\n\r?\n/);
  return end > 0 ? head.slice(0, end) : null;
}

/**
 * A single-file web page (MHTML: Word's 单个文件网页 .mht, a browser's "网页，单个文件" .mhtml, and an OA system's
 * "导出 Word", which writes one into a .doc so Word opens it with its pictures): a MIME message of related parts, its
 * first bytes header lines.
 */
export function looksLikeMhtml(bytes: Uint8Array): boolean {
  const headers = leadingHeaders(bytes);
  return headers !== null && /^[\w-]+:/.test(headers) && /^content-type:\s*multipart\/related\b/im.test(headers);
}

/**
 * The page of a single-file web page, read as any page is (see htmlBlocks): its HTML part unpacked from the MIME
 * message, quoted-printable or base64, in the charset its part or its page names. The pictures and the file list beside it
 * are not text.
 */
export async function loadMhtml(bytes: Uint8Array): Promise<Result<LoadedDocument, MhtmlError>> {
  let html: string | undefined;
  try {
    ({ html } = await PostalMime.parse(bytes));
  } catch (err) {
    return fail({ code: 'CORRUPT_FILE', message: `单个文件网页（MHTML）无法解析：${(err as Error).message}` });
  }
  if (!html) return fail({ code: 'NO_TEXT', message: '单个文件网页（MHTML）中没有网页正文' });
  const declared = /^content-type:\s*text\/html\b(?:[^\r\n]|\r?\n[ \t])*?\bcharset="?([\w-]+)/im.exec(Buffer.from(bytes).toString('latin1'))?.[1]?.toLowerCase();
  // (Bytes that are not of the charset the part names are read as replacement characters.)
  if (declared && html.includes('\ufffd')) return fail({ code: 'BAD_ENCODING', message: `单个文件网页（MHTML）中的网页不是其注明的 ${declared} 编码，无法读出文字` });
  // A part that names no charset, neither in its header nor in the page's <meta>, and is not UTF-8 is handed over byte for byte
  // (as Latin-1): its bytes are told as any text file's are.
  if (!declared && /[\u0080-\u00ff]/.test(html) && !/[^\u0000-\u00ff]/.test(html)) return loadMarkup(Buffer.from(html, 'latin1'), 'mhtml', pageBlocks);
  const encoding = declared ?? /<meta\b[^>]*\bcharset\s*=\s*["']?([\w-]+)/i.exec(html)?.[1]?.toLowerCase() ?? 'utf-8';
  return ok({ format: 'mhtml', encoding, ...joinBlocks(pageBlocks(html)) });
}
