import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../index.ts';

// A Word 97 file saved by LibreOffice with automatic heading numbers, a footnote and a comment (holdout20/03).
const FILE = fileURLToPath(new URL('../../../../corpus/holdout20/reports/03_yundu_city_2024.doc', import.meta.url));

describe('a .doc whose heading numbers are automatic', () => {
  it('reads its bare short lines as headings, since no line carries a number of its own', async () => {
    const parsed = await parseReport(FILE);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const headings = parsed.value.sections.filter((s) => s.kind === 'heading').map((s) => s.heading);
    expect(headings).toEqual(['认真落实第一书记工作制度', '建立健全考核激励机制', '加大武装工作保障力度', '扎实推进后备力量建设', '存在的不足', '注释']);
  });

  it('reads its footnote under 注释, and not its comment', async () => {
    const parsed = await parseReport(FILE);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const notes = parsed.value.sections.find((s) => s.heading === '注释')!;
    expect(notes.paragraphs.map((p) => p.text)).toEqual(['省级资金由省国防动员办公室下达，澄州市级资金由澄州市财政局下达。']);
    expect(parsed.value.text).not.toContain('待确认');
  });
});
