/**
 * Errors that callers must handle are values with a stable code, never thrown.
 * Codes are part of the CLI/JSON contract: add new ones, never rename.
 */
export type LoadErrorCode =
  | 'NOT_FOUND'
  | 'READ_ERROR'
  | 'EMPTY_FILE'
  | 'TOO_LARGE'
  | 'UNSUPPORTED_FORMAT'
  | 'BINARY_FILE'
  | 'BAD_ENCODING'
  | 'CORRUPT_FILE'
  | 'NOT_A_WORD_DOCUMENT'
  | 'ENCRYPTED'
  | 'UNSAFE_ARCHIVE'
  | 'NO_TEXT';

export interface ShuzhiError<Code extends string = string> {
  code: Code;
  /** One line, Chinese, for the user; the file is named by whoever prints it. */
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export type Result<T, E = ShuzhiError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = <E>(error: E): Result<never, E> => ({ ok: false, error });

/** The one-line form used by every command: `file: message [CODE]`. */
export function formatError(error: ShuzhiError): string {
  const where = error.file
    ? error.line
      ? `${error.file}:${error.line}${error.column ? `:${error.column}` : ''}: `
      : `${error.file}: `
    : '';
  return `${where}${error.message} [${error.code}]`;
}

/**
 * Why a file could not be written, in Chinese, from Node's errno code: Node's
 * own message is English and names the temp file, not the user's file.
 */
export function writeCause(e: unknown): string {
  const code = (e as { code?: unknown })?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return '没有写入权限';
    case 'ENOSPC':
    case 'EDQUOT':
      return '磁盘空间不足';
    case 'EROFS':
      return '文件系统只读';
    case 'ENOENT':
    case 'ENOTDIR':
      return '所在文件夹不存在';
    case 'EISDIR':
      return '这是一个文件夹';
  }
  return typeof code === 'string' ? `系统错误 ${code}` : ((e as Error)?.message ?? String(e));
}

/** Why a file could not be read, in Chinese, from Node's errno code (Node's own message is English). */
export function readCause(e: unknown): string {
  const code = (e as { code?: unknown })?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return '没有读取权限';
    case 'ENOENT':
      return '文件不存在';
    case 'ENOTDIR':
      return '路径中的某一级不是文件夹';
    case 'EISDIR':
      return '这是一个文件夹';
    case 'EMFILE':
    case 'ENFILE':
      return '同时打开的文件过多';
    case 'EIO':
      return '读取出错（磁盘或网络盘故障）';
  }
  return typeof code === 'string' ? `系统错误 ${code}` : ((e as Error)?.message ?? String(e));
}
