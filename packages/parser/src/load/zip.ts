import { inflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';
import type { Result } from '@shuzhi/types';
import { fail, ok } from '@shuzhi/types';

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  encrypted: boolean;
}

export type ZipError = { code: 'CORRUPT_FILE' | 'UNSAFE_ARCHIVE' | 'ENCRYPTED'; message: string };

/** Text parts of a report are kilobytes; this leaves room for a 500-page document. */
export const MAX_XML_BYTES = 64 * 1024 * 1024;

/**
 * Reads a zip's central directory and inflates only the named entries, after
 * checking the sizes the directory declares, so a zip bomb is refused before
 * anything is inflated; yauzl then stops any entry that inflates past its
 * declared size.
 */
export async function readZip(
  buffer: Buffer,
  wanted: (name: string) => boolean,
): Promise<Result<{ entries: ZipEntryInfo[]; files: Map<string, string> }, ZipError>> {
  let zip: yauzl.ZipFile;
  try {
    zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (err, z) => (err ? reject(err) : resolve(z!))),
    );
  } catch {
    return fail({ code: 'CORRUPT_FILE', message: '文件已损坏（压缩包结构不完整，可能是没有传完）；请用 Word 或 WPS 打开后另存为 .docx 再提交' });
  }
  const entries: yauzl.Entry[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        entries.push(entry);
        zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', reject);
      zip.readEntry();
    });
  } catch {
    return fail({ code: 'CORRUPT_FILE', message: '文件已损坏（压缩包结构不完整，可能是没有传完）；请用 Word 或 WPS 打开后另存为 .docx 再提交' });
  }

  const info: ZipEntryInfo[] = entries.map((e) => ({
    name: e.fileName,
    compressedSize: e.compressedSize,
    uncompressedSize: e.uncompressedSize,
    encrypted: (e.generalPurposeBitFlag & 1) === 1,
  }));
  const picked = entries.filter((e) => wanted(e.fileName));
  if (picked.some((e) => (e.generalPurposeBitFlag & 1) === 1)) {
    return fail({ code: 'ENCRYPTED', message: '文档已加密（设有密码），请去掉密码后再提交' });
  }
  // Every XML part counts, not only those inflated here: mammoth reads the rest (footnotes, comments).
  const declared = entries.filter((e) => /\.(xml|rels)$/i.test(e.fileName)).reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > MAX_XML_BYTES) {
    return fail({ code: 'UNSAFE_ARCHIVE', message: `文档内容解压后达 ${Math.round(declared / 1048576)} MB，超过 ${MAX_XML_BYTES / 1048576} MB 的上限，疑似压缩炸弹，已拒绝` });
  }

  const files = new Map<string, string>();
  try {
    for (const entry of picked) {
      // The raw bytes, inflated here in one synchronous call: yauzl's inflating stream runs on libuv's thread
      // pool, and a worker scoring one report at a time would sit idle waiting for it.
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) throw new Error(`unsupported compression method ${entry.compressionMethod}`);
      // (yauzl takes `decompress` only for a deflated entry: a stored one, as some tools write every part, is read as it is.)
      const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
        zip.openReadStream(entry, entry.compressionMethod === 8 ? { decompress: false } : {}, (err, s) => (err ? reject(err) : resolve(s!))),
      );
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      const raw = Buffer.concat(chunks);
      const data = entry.compressionMethod === 8 ? inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.uncompressedSize) }) : raw;
      if (data.length !== entry.uncompressedSize) throw new Error(`${entry.fileName}: size ${data.length}, declared ${entry.uncompressedSize}`);
      files.set(entry.fileName, data.toString('utf8'));
    }
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ERR_BUFFER_TOO_LARGE' || /too many bytes|size/i.test(e.message)) {
      return fail({ code: 'UNSAFE_ARCHIVE', message: '压缩包中的条目实际大小与声明不符，疑似压缩炸弹，已拒绝' });
    }
    return fail({ code: 'CORRUPT_FILE', message: '文件已损坏（压缩包中的内容无法解压）；请用 Word 或 WPS 打开后另存为 .docx 再提交' });
  } finally {
    zip.close();
  }
  return ok({ entries: info, files });
}
