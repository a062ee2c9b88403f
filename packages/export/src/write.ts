import { randomBytes } from 'node:crypto';
import { constants, existsSync } from 'node:fs';
import { link, lstat, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { BatchResult, Result, ShuzhiError } from '@shuzhi/types';
import { fail, ok, writeCause } from '@shuzhi/types';
import { toCsv } from './csv.ts';
import { toHtml } from './html.ts';
import { scoresToJson } from './json.ts';
import { toMarkdown } from './markdown.ts';
import { reviewBatch, type ReviewOptions } from './review.ts';
import { toXlsx } from './xlsx.ts';

export type ExportFormat = 'xlsx' | 'csv' | 'json' | 'md' | 'html';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['xlsx', 'csv', 'json', 'md', 'html'];

export type ExportErrorCode = 'OUTPUT_EXISTS' | 'OUTPUT_IS_DIRECTORY' | 'OUTPUT_DIR_NOT_FOUND' | 'UNKNOWN_FORMAT' | 'WRITE_ERROR';

export type ExportError = ShuzhiError<ExportErrorCode>;

export interface ExportOptions extends ReviewOptions {
  /** Default: from the extension (.xlsx .csv .json .md/.markdown .html/.htm). */
  format?: ExportFormat;
  /** Replace an existing file. Without it an existing file is never touched. */
  force?: boolean;
}

const EXTENSIONS: Record<string, ExportFormat> = {
  '.xlsx': 'xlsx',
  '.csv': 'csv',
  '.json': 'json',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
};

export function formatFromPath(path: string): ExportFormat | null {
  return EXTENSIONS[extname(path).toLowerCase()] ?? null;
}

/** The bytes of one export format. */
export async function renderExport(result: BatchResult, format: ExportFormat, options: ReviewOptions = {}): Promise<Buffer> {
  if (format === 'json') return Buffer.from(`${JSON.stringify(scoresToJson(result, { grades: options.grades }), null, 2)}\n`, 'utf8');
  const review = reviewBatch(result, options);
  switch (format) {
    case 'xlsx':
      return toXlsx(review);
    case 'csv':
      return Buffer.from(toCsv(review), 'utf8');
    case 'md':
      return Buffer.from(toMarkdown(review), 'utf8');
    case 'html':
      return Buffer.from(toHtml(review), 'utf8');
  }
}

const exists = async (path: string) => {
  try {
    return await lstat(path);
  } catch {
    return null;
  }
};

const errno = (e: unknown) => (e as NodeJS.ErrnoException)?.code ?? '';

function writeError(path: string, e: unknown): Result<never, ExportError> {
  const code = errno(e);
  if (code === 'EEXIST') return fail({ code: 'OUTPUT_EXISTS', message: '文件已存在，加 --force 覆盖', file: path });
  if (code === 'EISDIR') return fail({ code: 'OUTPUT_IS_DIRECTORY', message: '这是一个文件夹，请给出文件名', file: path });
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    // ENOENT from a folder that is there: it refuses new entries (a system folder such as /proc).
    if (code === 'ENOENT' && existsSync(dirname(resolve(path)))) return fail({ code: 'WRITE_ERROR', message: '无法写入：该文件夹不能新建文件', file: path });
    return fail({ code: 'OUTPUT_DIR_NOT_FOUND', message: '所在文件夹不存在', file: path });
  }
  return fail({ code: 'WRITE_ERROR', message: `无法写入：${writeCause(e)}`, file: path });
}

/**
 * Writes `data` to `path` atomically: a temp file in the same folder, flushed,
 * then moved into place, so a reader never sees half a file and a crash leaves
 * the old file intact. Without `force` an existing file is never replaced: the
 * temp file is hard-linked to the target, which fails if the target exists
 * (no window between check and write); where hard links are not supported it
 * falls back to check-then-rename. The temp file is removed on every path.
 */
export async function writeFileAtomic(path: string, data: Buffer | string, options: { force?: boolean } = {}): Promise<Result<{ path: string; bytes: number }, ExportError>> {
  const target = resolve(path);
  const dir = dirname(target);
  const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8');
  const tmp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let tmpCreated = false;
  try {
    const dirStat = await stat(dir).catch(() => null);
    if (!dirStat?.isDirectory()) return fail({ code: 'OUTPUT_DIR_NOT_FOUND', message: '所在文件夹不存在', file: path });
    const before = await exists(target);
    if (before?.isDirectory()) return fail({ code: 'OUTPUT_IS_DIRECTORY', message: '这是一个文件夹，请给出文件名', file: path });
    if (before && !options.force) return fail({ code: 'OUTPUT_EXISTS', message: '文件已存在，加 --force 覆盖', file: path });

    const fh = await open(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666);
    tmpCreated = true;
    try {
      await fh.writeFile(bytes);
      await fh.sync();
    } finally {
      await fh.close();
    }

    if (options.force) {
      await rename(tmp, target);
      tmpCreated = false;
    } else {
      try {
        await link(tmp, target);
      } catch (e) {
        const code = errno(e);
        if (code === 'EEXIST') return fail({ code: 'OUTPUT_EXISTS', message: '文件已存在，加 --force 覆盖', file: path });
        if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK'].includes(code)) throw e;
        // No hard links here (FAT, some network shares): check, then rename.
        if (await exists(target)) return fail({ code: 'OUTPUT_EXISTS', message: '文件已存在，加 --force 覆盖', file: path });
        await rename(tmp, target);
        tmpCreated = false;
      }
    }
    await syncDir(dir);
    return ok({ path: target, bytes: bytes.length });
  } catch (e) {
    return writeError(path, e);
  } finally {
    if (tmpCreated) await unlink(tmp).catch(() => undefined);
  }
}

/** Best effort: persist the rename itself (not possible on Windows). */
async function syncDir(dir: string) {
  if (process.platform === 'win32') return;
  try {
    const fh = await open(dir, constants.O_RDONLY);
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch {
    // Some file systems refuse fsync on a directory; the data itself is already flushed.
  }
}

/**
 * Checks an export target before any work is done: a known format, an
 * existing folder, and no file in the way unless `force`. The CLI calls it
 * before scoring, so a typo in --out does not cost a whole batch.
 */
export async function checkExportPath(path: string, options: Pick<ExportOptions, 'format' | 'force'> = {}): Promise<Result<ExportFormat, ExportError>> {
  // A folder first: its name has no extension, and "unknown format" would send the user the wrong way.
  const before = await exists(resolve(path));
  if (before?.isDirectory()) return fail({ code: 'OUTPUT_IS_DIRECTORY', message: '这是一个文件夹，请给出文件名', file: path });
  const format = options.format ?? formatFromPath(path);
  if (!format || !EXPORT_FORMATS.includes(format)) {
    return fail({ code: 'UNKNOWN_FORMAT', message: `无法从扩展名判断导出格式，请用 .xlsx、.csv、.json、.md 或 .html`, file: path });
  }
  if (before && !options.force) return fail({ code: 'OUTPUT_EXISTS', message: '文件已存在，加 --force 覆盖', file: path });
  // The folder may be reached through a link (/proc/self, a linked share): follow it.
  const folder = await stat(dirname(resolve(path))).catch(() => null);
  if (!folder?.isDirectory()) return fail({ code: 'OUTPUT_DIR_NOT_FOUND', message: `文件夹不存在：${dirname(resolve(path))}`, file: path });
  // A folder that is there may still refuse the file (read-only, no permission): found now, not after a long batch.
  const probe = join(dirname(resolve(path)), `.shuzhi-probe-${randomBytes(6).toString('hex')}`);
  try {
    await (await open(probe, 'wx')).close();
    await unlink(probe);
  } catch (e) {
    return writeError(path, e);
  }
  return ok(format);
}

/**
 * Writes the scoring sheet of a batch in one format (default: from the
 * extension). Never throws for expected failures: an existing file without
 * `force`, a missing folder, an unknown extension, a write error.
 */
export async function writeExport(result: BatchResult, path: string, options: ExportOptions = {}): Promise<Result<{ path: string; bytes: number; format: ExportFormat }, ExportError>> {
  const checked = await checkExportPath(path, options);
  if (!checked.ok) return checked;
  const format = checked.value;
  let data: Buffer;
  try {
    data = await renderExport(result, format, options);
  } catch (e) {
    return fail({ code: 'WRITE_ERROR', message: `生成${format}失败：${(e as Error)?.message ?? String(e)}`, file: path });
  }
  const written = await writeFileAtomic(path, data, { force: options.force });
  return written.ok ? ok({ ...written.value, format }) : written;
}
