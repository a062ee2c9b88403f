import type { Result } from '@shuzhi/types';
import { fail, ok } from '@shuzhi/types';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

type DecodeError = { code: 'BINARY_FILE' | 'BAD_ENCODING'; message: string };

/**
 * BOM, then strict UTF-8, then strict GB18030 (a superset of GBK and GB2312).
 * Chardet-style guessing misreports GBK; strict decoders do not. UTF-16 without
 * a BOM is recognised by its NUL bytes.
 */
export function decodeText(bytes: Uint8Array): Result<Decoded, DecodeError> {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return strict(bytes.subarray(3), 'utf-8', 'utf-8-bom');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict(bytes.subarray(2), 'utf-16le', 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict(bytes.subarray(2), 'utf-16be', 'utf-16be');
  // Without a BOM, UTF-16 is recognised by the NUL bytes of its ASCII characters.
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return strict(bytes, utf16, utf16);
  if (bytes.includes(0)) return fail({ code: 'BINARY_FILE', message: '不是文本文件（含有二进制数据）' });
  const utf8 = strict(bytes, 'utf-8', 'utf-8');
  if (utf8.ok || utf8.error.code === 'BINARY_FILE') return utf8;
  const gb = strict(bytes, 'gb18030', 'gb18030');
  if (gb.ok) return gb;
  return fail({ code: 'BAD_ENCODING', message: '无法识别文本编码（既不是 UTF-8，也不是 GBK/GB18030）' });
}

function strict(bytes: Uint8Array, label: string, encoding: Decoded['encoding']): Result<Decoded, DecodeError> {
  let text: string;
  try {
    text = new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return fail({ code: 'BAD_ENCODING', message: `文本不是有效的 ${encoding.toUpperCase()} 编码` });
  }
  if (controlShare(text) > 0.01) return fail({ code: 'BINARY_FILE', message: '不是文本文件（含有大量控制字符）' });
  return ok({ text, encoding });
}

/** UTF-16 text of CJK or ASCII has a NUL in most of its high (or low) bytes. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  // CJK code points such as 一 (U+4E00) put a NUL in the other byte now and then.
  if (oddNul > pairs * 0.3 && evenNul * 10 < oddNul) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul * 10 < evenNul) return 'utf-16be';
  return null;
}

function controlShare(text: string): number {
  let control = 0;
  const n = Math.min(text.length, 65_536);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) control++;
  }
  return n === 0 ? 0 : control / n;
}
