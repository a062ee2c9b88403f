import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toCsv, toMarkdown } from '@shuzhi/export';
import { parseReport } from '@shuzhi/parser';
import type { BatchResult } from '@shuzhi/types';

const BAD = fileURLToPath(new URL('./fixtures/bad/', import.meta.url));
/** Real Word documents from other projects' test suites (mammoth, word-extractor); see their README. */
const WORD = fileURLToPath(new URL('../../shared/fixtures/word/', import.meta.url));

const codeOf = async (file: string) => {
  const result = await parseReport(file);
  return result.ok ? 'OK' : result.error.code;
};

/** Two English words in a row: a library's message ("Cannot set properties of undefined"), not our Chinese one. */
const ENGLISH = /[A-Za-z]{3,}\s+[A-Za-z]{2,}/;

describe('bad input gets a stable error code and a one-line message naming the file', () => {
  const expected: Record<string, string> = {
    'empty.txt': 'EMPTY_FILE',
    'garbage.bin': 'BINARY_FILE',
    'truncated.docx': 'CORRUPT_FILE',
    'corrupt-zip.docx': 'CORRUPT_FILE',
    'no-document.docx': 'NOT_A_WORD_DOCUMENT',
    'encrypted.docx': 'ENCRYPTED',
    'encrypted.doc': 'ENCRYPTED',
    'bomb.docx': 'UNSAFE_ARCHIVE',
    'report.pdf': 'UNSUPPORTED_FORMAT',
    'report.wps': 'UNSUPPORTED_FORMAT',
    'picture.png': 'UNSUPPORTED_FORMAT',
    'photo.jpg': 'UNSUPPORTED_FORMAT',
    'renamed-doc.docx': 'OK',
    'renamed-docx.txt': 'OK',
    'stored.docx': 'OK',
  };
  for (const [file, code] of Object.entries(expected)) {
    it(`${file} → ${code}`, async () => {
      const result = await parseReport(join(BAD, file));
      if (code === 'OK') {
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.value.title).toBe('县委书记2024年度党管武装工作述职报告');
        return;
      }
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe(code);
      expect(result.error.file).toBe(join(BAD, file));
      expect(result.error.message).not.toContain('\n');
      expect(result.error.message.length).toBeLessThan(200);
      expect(result.error.message, 'a library\'s English message does not reach the reviewer').not.toMatch(ENGLISH);
    });
  }

  it('refuses a 50 MB text file without reading it as a report', async () => {
    const big = join(tmpdir(), `shuzhi-50mb-${process.pid}.txt`);
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, '党管武装工作述职。\n'));
    try {
      expect(await codeOf(big)).toBe('TOO_LARGE');
    } finally {
      rmSync(big, { force: true });
    }
  });

  it('says a missing file is missing', async () => {
    expect(await codeOf(join(BAD, 'no-such-file.docx'))).toBe('NOT_FOUND');
  });

  it('says in Chinese why a file cannot be read, not the system code', async () => {
    // A file used as a folder: ENOTDIR, which even root gets.
    const parsed = await parseReport(join(BAD, 'report.pdf', 'report.txt'));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatchObject({ code: 'READ_ERROR', message: '无法读取文件：路径中的某一级不是文件夹' });
  });
});

describe('an unsupported file', () => {
  it('names its type and what is supported once, in the message and where an export adds the error name', async () => {
    const outcomes: BatchResult['outcomes'] = [];
    for (const file of ['report.pdf', 'picture.png', 'renamed.pdf']) {
      const source = file === 'renamed.pdf' ? { name: file, bytes: new Uint8Array(Buffer.from('述职报告\n一、履职情况\n', 'utf8')) } : join(BAD, file);
      const r = await parseReport(source);
      if (r.ok) throw new Error(`${file} was read`);
      outcomes.push({ file, ok: false, error: r.error });
    }
    const messages = outcomes.map((o) => (o.ok ? '' : o.error.message));
    expect(messages).toEqual(['不支持的格式（PDF 文件；支持 .docx、.doc、.md、.txt，以及存为网页的 .mht、.mhtml）', '不支持的格式（PNG 图片；支持 .docx、.doc、.md、.txt，以及存为网页的 .mht、.mhtml）', '不支持的格式（.pdf 文件；支持 .docx、.doc、.md、.txt，以及存为网页的 .mht、.mhtml）']);
    const batch: BatchResult = { rubric: { id: 'r', name: '标准', version: '1', digest: '0' }, outcomes, similar: [], groups: [], overrides: {}, interrupted: false };
    // CSV: the 标题 cell is the message with its code, not 不支持的格式：不支持的…
    expect(toCsv(batch)).toContain(',report.pdf,不支持的格式（PDF 文件；支持 .docx、.doc、.md、.txt，以及存为网页的 .mht、.mhtml） [UNSUPPORTED_FORMAT],');
    expect(toMarkdown(batch)).toContain('| report.pdf | UNSUPPORTED_FORMAT | 不支持的格式（PDF 文件；支持 .docx、.doc、.md、.txt，以及存为网页的 .mht、.mhtml） |');
    for (const text of [toCsv(batch), toMarkdown(batch)]) expect(text).not.toMatch(/不支持[^\n]*不支持/);
  });
});

describe.runIf(existsSync(WORD))('real Word documents from other projects', () => {
  const files = existsSync(WORD) ? readdirSync(WORD).filter((f) => /\.docx?$/.test(f)) : [];
  it('covers the 58 shared documents', () => {
    expect(files.length).toBe(58);
  });
  for (const file of files) {
    it(`${file} parses or is refused with a code, never a crash`, async () => {
      const result = await parseReport(join(WORD, file));
      if (result.ok) expect(result.value.text.length).toBeGreaterThan(0);
      else {
        expect(['CORRUPT_FILE', 'NO_TEXT']).toContain(result.error.code);
        expect(result.error.message).not.toMatch(ENGLISH);
      }
    });
  }
  it('reads the text of tables, footnotes and text boxes', async () => {
    const text = async (f: string) => {
      const r = await parseReport(join(WORD, f));
      if (!r.ok) throw new Error(r.error.message);
      return r.value.text;
    };
    expect(await text('mwilliamson-tables.docx')).toContain('Top left\tTop right');
    expect(await text('mwilliamson-footnotes.docx')).toContain('A tachyon walks into a bar.');
    expect(await text('mwilliamson-text-box.docx')).toContain('Datum plane');
    expect(await text('morungos-test11.doc')).toContain('这是一个用来测试nodejs解析Word文档');
  });
});
