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

/** Node's errno codes in the words a user reads; Node's own messages are English and may name a temp file, not the user's. */
const WRITE_CAUSES = new Map([
  ['EACCES', '没有写入权限'],
  ['EPERM', '没有写入权限'],
  ['ENOSPC', '磁盘空间不足'],
  ['EDQUOT', '磁盘空间不足'],
  ['EROFS', '文件系统只读'],
  ['ENOENT', '所在文件夹不存在'],
  ['ENOTDIR', '所在文件夹不存在'],
  ['EISDIR', '这是一个文件夹'],
]);

const READ_CAUSES = new Map([
  ['EACCES', '没有读取权限'],
  ['EPERM', '没有读取权限'],
  ['ENOENT', '文件不存在'],
  ['ENOTDIR', '路径中的某一级不是文件夹'],
  ['EISDIR', '这是一个文件夹'],
  ['EMFILE', '同时打开的文件过多'],
  ['ENFILE', '同时打开的文件过多'],
  ['EIO', '读取出错（磁盘或网络盘故障）'],
]);

function causeIn(causes: Map<string, string>, e: unknown): string {
  const code = (e as { code?: unknown })?.code;
  if (typeof code === 'string') return causes.get(code) ?? `系统错误 ${code}`;
  return (e as Error)?.message ?? String(e);
}

/** Why a file could not be written, in Chinese, from Node's errno code. */
export const writeCause = (e: unknown): string => causeIn(WRITE_CAUSES, e);

/** Why a file could not be read, in Chinese, from Node's errno code. */
export const readCause = (e: unknown): string => causeIn(READ_CAUSES, e);
