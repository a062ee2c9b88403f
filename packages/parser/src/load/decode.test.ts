import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.ts';

const TEXT = '党管武装工作述职报告：“四个一”落实到位。';
const utf16 = (s: string, le: boolean) => {
  const b = Buffer.from(s, 'utf16le');
  if (!le) b.swap16();
  return b;
};

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeText(Buffer.from(TEXT))).toEqual({ ok: true, value: { text: TEXT, encoding: 'utf-8' } });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]))).toEqual({ ok: true, value: { text: TEXT, encoding: 'utf-8-bom' } });
  });

  it('falls back to GB18030 for GBK bytes', () => {
    const gbk = Buffer.from('b5b3b9dccee4d7b0', 'hex'); // 党管武装 in GBK
    expect(decodeText(gbk)).toEqual({ ok: true, value: { text: '党管武装', encoding: 'gb18030' } });
  });

  it('reads Big5 (a Traditional report saved by iconv), which GB18030 would also decode, into rare characters', () => {
    const bytes = readFileSync(new URL('../../../../test/fixtures/encodings/traditional-big5.md', import.meta.url));
    const decoded = decodeText(bytes);
    expect(decoded.ok && decoded.value.encoding).toBe('big5');
    expect(decoded.ok && decoded.value.text).toContain('黨管武裝工作述職報告');
    // Control: a GB18030 report of the corpus stays GB18030.
    const gb = decodeText(readFileSync(new URL('../../../../corpus/holdout2/reports/06_shimen_county_2024.txt', import.meta.url)));
    expect(gb.ok && gb.value.encoding).toBe('gb18030');
  });

  it('reads UTF-16 with a BOM either way round, and without a BOM', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16(TEXT, true)]))).toMatchObject({ ok: true, value: { text: TEXT, encoding: 'utf-16le' } });
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16(TEXT, false)]))).toMatchObject({ ok: true, value: { text: TEXT, encoding: 'utf-16be' } });
    expect(decodeText(utf16('Report 2023: 四个一 done', true))).toMatchObject({ ok: true, value: { encoding: 'utf-16le' } });
  });

  it('refuses binary data', () => {
    const bytes = Buffer.alloc(2048);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    expect(decodeText(bytes)).toMatchObject({ ok: false, error: { code: 'BINARY_FILE' } });
    expect(decodeText(Buffer.from('abc\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008def'))).toMatchObject({ ok: false, error: { code: 'BINARY_FILE' } });
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    expect(decodeText(Buffer.from([0x41, 0x80, 0x42, 0xff, 0xff, 0x43]))).toMatchObject({ ok: false, error: { code: 'BAD_ENCODING' } });
  });
});
