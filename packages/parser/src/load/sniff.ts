/**
 * What the bytes say the file is. Extensions lie (a .doc renamed .docx, a
 * .docx mailed as .txt); magic bytes do not. Plain text cannot be told from
 * Markdown by its bytes, so there the extension decides.
 */
export type Sniffed =
  | { kind: 'zip' }
  | { kind: 'cfb' }
  | { kind: 'text' }
  | { kind: 'refused'; what: string };

const SIGNATURES: [bytes: number[], what: string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'PDF 文件'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG 图片'],
  [[0xff, 0xd8, 0xff], 'JPEG 图片'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF 图片'],
  [[0x49, 0x49, 0x2a, 0x00], 'TIFF 图片'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'TIFF 图片'],
  [[0x42, 0x4d], 'BMP 图片'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'RTF 文档'],
  [[0x1f, 0x8b], 'gzip 压缩包'],
  [[0x52, 0x61, 0x72, 0x21], 'RAR 压缩包'],
  [[0x37, 0x7a, 0xbc, 0xaf], '7z 压缩包'],
  [[0x7f, 0x45, 0x4c, 0x46], '可执行文件'],
  [[0x4d, 0x5a], '可执行文件'],
];

export function sniff(bytes: Uint8Array): Sniffed {
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts([0x50, 0x4b, 0x03, 0x04]) || starts([0x50, 0x4b, 0x05, 0x06])) return { kind: 'zip' };
  if (starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { kind: 'cfb' };
  if (starts([0x52, 0x49, 0x46, 0x46]) && bytes[8] === 0x57 && bytes[9] === 0x45) return { kind: 'refused', what: 'WebP 图片' };
  for (const [sig, what] of SIGNATURES) {
    // BMP's "BM" and MZ are two letters that a text file may start with: require a binary byte soon after.
    if (starts(sig) && (sig.length > 2 || hasControlBytes(bytes.subarray(0, 64)))) return { kind: 'refused', what };
  }
  return { kind: 'text' };
}

function hasControlBytes(bytes: Uint8Array): boolean {
  return bytes.some((b) => b < 0x09 || (b > 0x0d && b < 0x20));
}
