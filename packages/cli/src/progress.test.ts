import { describe, expect, it } from 'vitest';
import { widthOf } from '@shuzhi/tui/width';
import { fitLine, progressReporter } from './progress.ts';

/** A terminal `columns` wide that keeps what is written to it. */
function terminal(columns: number) {
  const out: string[] = [];
  const stream = { isTTY: true, columns, write: (s: string) => out.push(s) > 0 } as unknown as NodeJS.WriteStream;
  return { stream, out };
}

describe('the live progress line', () => {
  it('never wraps on an 80-column terminal, leaving room for the echoed ^C; the file name gives way first', () => {
    const ci = process.env.CI;
    delete process.env.CI;
    try {
      const { stream, out } = terminal(80);
      const progress = progressReporter(stream);
      const file = '收到的报告/各乡镇街道/二〇二四年度/张三同志党管武装工作述职报告（定稿）.docx';
      progress.update({ done: 500, total: 1000, failed: 0, cached: 0, elapsedMs: 5000, file });
      const line = out[0].replace('\r\x1b[2K', '');
      expect(widthOf(line)).toBeLessThanOrEqual(77);
      expect(line).toMatch(/^评分中 .* 500\/1000 .*  …[^/]*\.docx$/);
      // With failures there is no room left for the name: it goes, the counts stay.
      progress.update({ done: 1000, total: 1000, failed: 12, cached: 0, elapsedMs: 5000, file });
      const last = out[1].replace('\r\x1b[2K', '');
      expect(widthOf(last)).toBeLessThanOrEqual(77);
      expect(last).toMatch(/ 1000\/1000 .* 失败 12$/);
    } finally {
      if (ci !== undefined) process.env.CI = ci;
    }
    expect(widthOf(fitLine('评分中 '.repeat(20), 'a.txt', 40))).toBeLessThanOrEqual(37);
  });

  it('a message while the bar is drawn clears its row (and the ^C on it) and stands on its own line', () => {
    const ci = process.env.CI;
    delete process.env.CI;
    try {
      const { stream, out } = terminal(80);
      progressReporter(stream).say('shuzhi: 正在停止');
      expect(out.join('')).toBe('\r\x1b[2Kshuzhi: 正在停止\n');
    } finally {
      if (ci !== undefined) process.env.CI = ci;
    }
  });
});
