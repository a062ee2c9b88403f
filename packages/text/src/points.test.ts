import { describe, expect, it } from 'vitest';
import { chineseNumberValue, findPoints } from './points.ts';

describe('findPoints', () => {
  it('finds a chain of 一是/二是/三是 inside one paragraph with texts and offsets', () => {
    const text = '确保落到实处。一是落实议事制度。二是建立激励机制。三是办实事。';
    const [points] = findPoints([{ text, start: 10 }]);
    expect(points.map((p) => p.label)).toEqual(['一是', '二是', '三是']);
    expect(points[1].text).toBe('建立激励机制。');
    expect(text.slice(points[0].start - 10, points[0].end - 10)).toBe('一是落实议事制度。');
  });

  it('continues a chain across paragraphs', () => {
    const result = findPoints([
      { text: '一是落实议事制度。', start: 0 },
      { text: '二是建立激励机制。', start: 20 },
      { text: '总体上较好。', start: 40 },
    ]);
    expect(result.map((ps) => ps.map((p) => p.label))).toEqual([['一是'], ['二是'], []]);
  });

  it('ignores a lone 一是 and a 是 glued to a word', () => {
    expect(findPoints([{ text: '坚持统一是关键。一是要重视。', start: 0 }])[0]).toEqual([]);
    expect(findPoints([{ text: '目标统一是前提，唯一是要求。', start: 0 }])[0]).toEqual([]);
  });

  it('does not accept a chain with a gap', () => {
    expect(findPoints([{ text: '一是学习。三是调研。', start: 0 }])[0]).toEqual([]);
  });

  it('reads small Chinese numbers', () => {
    expect([chineseNumberValue('一'), chineseNumberValue('十'), chineseNumberValue('十二'), chineseNumberValue('二十'), chineseNumberValue('百')]).toEqual([1, 10, 12, 20, 0]);
    expect(['一百二十', '一百零五', '两千三百', '二十三', '一二', '九十九'].map(chineseNumberValue)).toEqual([120, 105, 2300, 23, 0, 99]);
  });
});
