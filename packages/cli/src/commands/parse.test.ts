import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReport } from '@shuzhi/parser';
import { formatTree } from './parse.ts';

const REPORTS = fileURLToPath(new URL('../../../../corpus/reports/', import.meta.url));

async function formatLine(file: string): Promise<string> {
  const parsed = await parseReport(`${REPORTS}${file}`);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return formatTree(parsed.value).split('\n')[1];
}

describe('parse as a tree', () => {
  it('names a Word file\'s format once, and a text file\'s encoding in the brackets', async () => {
    expect(await formatLine('16-county-2024-heading-styles.docx')).toMatch(/^格式：docx  年度：/);
    expect(await formatLine('07-county-2020-gbk.txt')).toMatch(/^格式：txt（gb18030）  年度：/);
    expect(await formatLine('12-county-2022-traditional.txt')).toMatch(/^格式：txt（[a-z0-9-]+，繁体）  年度：/);
  });
});
