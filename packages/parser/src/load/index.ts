import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { LoadErrorCode, Result, ShuzhiError } from '@shuzhi/types';
import { fail, readCause } from '@shuzhi/types';
import { loadDoc } from './doc.ts';
import { loadDocx } from './docx.ts';
import { unsupported, type LoadedDocument } from './document.ts';
import { loadHtml, looksLikeHtml } from './html.ts';
import { loadMhtml, looksLikeMhtml } from './mhtml.ts';
import { sniff } from './sniff.ts';
import { loadText } from './text.ts';
import { loadWordXml, looksLikeWordXml } from './wordml.ts';

export type LoadError = ShuzhiError<LoadErrorCode>;

/** A report is a few dozen KB of text; these bound what a stray file can cost. */
export const MAX_TEXT_BYTES = 8 * 1024 * 1024;
export const MAX_WORD_BYTES = 64 * 1024 * 1024;

export type ReportSource = string | { name: string; bytes: Uint8Array };

/**
 * file → bytes → format (by magic bytes) → text and blocks. Every failure is a
 * value naming the file with a stable code; nothing here throws on bad input.
 */
export async function loadDocument(source: ReportSource): Promise<Result<LoadedDocument, LoadError>> {
  const name = typeof source === 'string' ? source : source.name;
  const failWith = (code: LoadErrorCode, message: string) => fail<LoadError>({ code, message, file: name });

  let bytes: Buffer;
  if (typeof source === 'string') {
    const read = readReportFile(source);
    if (!read.ok) return read;
    bytes = read.value;
  } else {
    bytes = Buffer.from(source.bytes.buffer, source.bytes.byteOffset, source.bytes.byteLength);
  }

  if (bytes.length === 0) return failWith('EMPTY_FILE', '文件为空（0 字节）');
  const kind = sniff(bytes);
  let loaded: Result<LoadedDocument, { code: LoadErrorCode; message: string }>;
  switch (kind.kind) {
    case 'refused':
      return failWith('UNSUPPORTED_FORMAT', unsupported(kind.what));
    case 'zip':
      loaded = await loadDocx(bytes);
      break;
    case 'cfb':
      loaded = await loadDoc(bytes);
      break;
    case 'text': {
      if (bytes.length > MAX_TEXT_BYTES) return failWith('TOO_LARGE', `文本文件过大（${mb(bytes.length)}），超过 ${mb(MAX_TEXT_BYTES)} 的上限`);
      if (/^\.(wps|et|dps|pdf|png|jpe?g|gif)$/i.test(extname(name))) {
        return failWith('UNSUPPORTED_FORMAT', unsupported(`${extname(name).toLowerCase()} 文件`));
      }
      // Markup is read as the document it is, whatever the name (see each loader); else the extension tells Markdown from text.
      if (looksLikeMhtml(bytes)) loaded = await loadMhtml(bytes);
      else if (looksLikeWordXml(bytes)) loaded = loadWordXml(bytes);
      else if (looksLikeHtml(bytes)) loaded = loadHtml(bytes);
      else loaded = loadText(bytes, /\.(md|markdown)$/i.test(name) ? 'md' : 'txt');
      break;
    }
  }
  if (!loaded.ok) return failWith(loaded.error.code, loaded.error.message);
  if (loaded.value.blocks.length === 0) return failWith('NO_TEXT', '文档中没有文字内容');
  return loaded;
}

/**
 * Reads a file's bytes, refusing folders and files too large to be a report
 * before reading them. Synchronous: a report is read in well under a
 * millisecond, and a worker thread waiting on the thread pool would sit idle.
 */
export function readReportFile(path: string): Result<Buffer, LoadError> {
  const failWith = (code: LoadErrorCode, message: string) => fail<LoadError>({ code, message, file: path });
  try {
    const info = statSync(path);
    if (info.isDirectory()) {
      // A sub-folder the batch could not list comes here to be named among the failures.
      try {
        readdirSync(path);
      } catch (err) {
        return failWith('READ_ERROR', `无法读取文件夹，其中的报告未评分：${readCause(err)}`);
      }
      return failWith('READ_ERROR', '这是一个文件夹，不是文件');
    }
    if (info.size > MAX_WORD_BYTES) return failWith('TOO_LARGE', `文件过大（${mb(info.size)}），超过 ${mb(MAX_WORD_BYTES)} 的上限`);
    return { ok: true, value: readFileSync(path) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return failWith('NOT_FOUND', /[\\/]$/.test(path) ? '文件夹不存在' : '文件不存在');
    return failWith('READ_ERROR', `无法读取文件：${readCause(err)}`);
  }
}

function mb(bytes: number): string {
  return `${(bytes / 1048576).toFixed(bytes < 10 * 1048576 ? 1 : 0)} MB`;
}

export type { Block, LoadedDocument } from './document.ts';
