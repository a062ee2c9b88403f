import type { ReportFormat, Result } from '@shuzhi/types';
import { ok } from '@shuzhi/types';
import { decodeText } from './decode.ts';
import { lineBlocks, type LoadedDocument } from './document.ts';
import { markdownBlocks } from './markdown.ts';

export function loadText(bytes: Uint8Array, format: Extract<ReportFormat, 'txt' | 'md'>): Result<LoadedDocument, { code: 'BINARY_FILE' | 'BAD_ENCODING'; message: string }> {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const { text, encoding } = decoded.value;
  const blocks = format === 'md' ? markdownBlocks(text) : lineBlocks(text);
  return ok({ format, encoding, text, blocks });
}
