import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findReports } from './files.ts';
import { tempDir } from '../../../test/temp.ts';

/** A folder of submissions: two reports at the top, one in a subfolder, Word's lock file, an export. */
function folder(): string {
  const dir = tempDir('files');
  mkdirSync(join(dir, 'sub'));
  for (const f of ['a.docx', 'b.txt', 'sub/c.docx', 'sub/~$c.docx', 'sub/评分表.csv', 'x[1].txt']) writeFileSync(join(dir, f), '述职报告');
  return dir;
}

describe('findReports', () => {
  it('expands a glob pattern itself (shells on Windows do not), with the folder rules for lock files and exports', async () => {
    const dir = folder();
    expect(await findReports([join(dir, '**/*.docx')])).toEqual({ files: [join(dir, 'a.docx'), join(dir, 'sub/c.docx')], ignored: [join(dir, 'sub/~$c.docx')], repeated: [], unmatched: [] });
    expect((await findReports([join(dir, 'sub/*')])).ignored).toEqual([join(dir, 'sub/~$c.docx'), join(dir, 'sub/评分表.csv')]);
  });

  it('passes over the batch’s own review file in a folder and among a pattern’s matches, without counting it as skipped', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'shuzhi-review.json'), '{}');
    expect(await findReports([dir])).toMatchObject({ ignored: [join(dir, 'sub/~$c.docx'), join(dir, 'sub/评分表.csv')] });
    expect((await findReports([join(dir, '*')])).ignored).toEqual([]);
  });

  it('keeps a path that exists as it is, even with glob characters in its name, and names each pattern that matched nothing', async () => {
    const dir = folder();
    const found = await findReports([join(dir, 'x[1].txt'), join(dir, '*.pdf'), join(dir, 'missing.txt')]);
    // (x[1].txt as a pattern would look for x1.txt.) A plain missing path goes on to the loader, which names it NOT_FOUND.
    expect(found.files).toEqual([join(dir, 'x[1].txt'), join(dir, 'missing.txt')]);
    expect(found.unmatched).toEqual([join(dir, '*.pdf')]);
  });
});
