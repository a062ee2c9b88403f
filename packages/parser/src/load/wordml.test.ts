import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDocument } from './index.ts';
import { wordXmlBlocks } from './wordml.ts';

const fixture = (path: string) => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));

describe('a Word 2003 XML document', () => {
  it('saved by LibreOffice and named .doc reads with the text and table rows of the .docx it came from', async () => {
    const original = await loadDocument(fixture('corpus/holdout563/reports/01_hongya_district_2023.docx'));
    const xml = await loadDocument(fixture('test/fixtures/web/libreoffice-word2003.doc'));
    if (!original.ok || !xml.ok) throw new Error('not loaded');
    expect(xml.value.format).toBe('wordml');
    const rows = (blocks: typeof xml.value.blocks) => blocks.map((b) => [b.text, b.origin ?? null]);
    expect(rows(xml.value.blocks)).toEqual(rows(original.value.blocks));
  });

  it('takes headings from their styles and leaves out deleted text and field codes', () => {
    const xml =
      '<?xml version="1.0"?><w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:styles>' +
      '<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/></w:style></w:styles><w:body>' +
      '<w:p><w:pPr><w:pStyle w:val="H1"/></w:pPr><w:r><w:t>一、主要工作</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>全年到人武部办公</w:t></w:r><w:r><w:delText>10</w:delText></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>12次&amp;</w:t></w:r></w:p>' +
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>项目</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>金额</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:wordDocument>';
    expect(wordXmlBlocks(xml)).toEqual([
      { heading: 1, text: '一、主要工作' },
      { text: '全年到人武部办公12次&' },
      { origin: 'table', text: '项目\t金额' },
    ]);
  });
});
