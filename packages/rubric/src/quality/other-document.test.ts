import { describe, expect, it } from 'vitest';
import { parseText } from '../../../parser/src/testing.ts';
import { DEFAULT_CUES } from '../cues.ts';
import { buildView } from '../view.ts';
import { otherDocument } from './other-document.ts';

async function check(lines: string[]) {
  return otherDocument(buildView(await parseText(lines.join('\n')), DEFAULT_CUES), {});
}

describe('other-document', () => {
  it('names a notice before the report and a speech after it, each at its line', async () => {
    const found = await check([
      '关于做好2023年度党管武装工作述职的通知',
      '各乡镇党委：请于1月12日前报送述职报告。',
      '双庙镇党委书记2023年度党管武装工作述职报告',
      '2023年，我全年到镇武装部办公12次。',
      '在2024年全镇征兵工作会议上的讲话',
      '同志们，今年全镇征兵任务9名。',
    ]);
    expect(found.map((f) => [f.line, f.message])).toEqual([
      [1, '文件中报告之前另有其他文件“关于做好2023年度党管武装工作述职的通知”，其内容没有计入评分，请核对提交的文件'],
      [5, '文件中报告之后另有其他文件“在2024年全镇征兵工作会议上的讲话”，其内容没有计入评分，请核对提交的文件'],
    ]);
  });

  it('says which report was scored when the file holds two 述职 (a neighbour’s first, the reporter’s own after it, or the reverse)', async () => {
    const found = await check(['西津街道党工委书记2023年度党管武装工作述职报告', '全年到街道武装部办公12次。', '----------', '北津街道党工委书记2023年度党管武装工作述职报告', '全年到街道武装部办公3次。']);
    expect(found.map((f) => f.message)).toEqual(['文件中报告之后还有一份述职报告“北津街道党工委书记2023年度党管武装工作述职报告”，只按“西津街道党工委书记2023年度党管武装工作述职报告”评分，请核对哪一份是本人的']);
  });

  it('finds nothing in a report alone, its own headings and a line that ends as a title does included', async () => {
    expect(await check(['双庙镇党委书记2023年度党管武装工作述职报告', '一、主要工作', '我在全镇征兵工作会议上作动员讲话', '二、存在的不足', '调研还不够深入。'])).toEqual([]);
  });
});
