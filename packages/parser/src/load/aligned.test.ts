import { describe, expect, it } from 'vitest';
import { tabulateAligned, tabulateBarred } from './aligned.ts';

describe('tabulateAligned', () => {
  it('parts the cells of a table lined up with spaces by tabs, row by row', () => {
    const text = ['三、重点工作', '序号  工作事项          落实情况        责任单位', '1     落实“四个一”     已落实          县委办', '4     征兵工作          完成76名        县征兵办', '', '四、存在的不足'].join('\n');
    const lines = tabulateAligned(text).split('\n');
    expect(lines[0]).toBe('三、重点工作');
    expect(lines[1]).toBe('序号\t工作事项\t落实情况\t责任单位');
    expect(lines[3]).toBe('4\t征兵工作\t完成76名\t县征兵办');
    expect(lines[5]).toBe('四、存在的不足');
  });

  it('reads two columns as a table only over three rows or more', () => {
    const table = ['项目          人数', '征兵任务      9', '批准入伍      9'].join('\n');
    expect(tabulateAligned(table).split('\n')).toEqual(['项目\t人数', '征兵任务\t9', '批准入伍\t9']);
    const signature = ['中共某县委书记  张明', '2025年12月  于县委'].join('\n');
    expect(tabulateAligned(signature)).toBe(signature);
  });

  it('leaves prose alone, with a stray double space or an indent', () => {
    const prose = ['　　全年到人武部办公12次，专题议军4次。', '我带队调研  3次，解决问题5个。', '  二是经费保障有力。'].join('\n');
    expect(tabulateAligned(prose)).toBe(prose);
  });
});

describe('tabulateBarred', () => {
  it('parts the cells of a table typed with bars by tabs, offsets unchanged', () => {
    const text = ['四、存在的不足', '序号｜问题｜原因｜整改措施｜时限', '1｜/｜/｜/｜/', '五、下步打算'].join('\n');
    const out = tabulateBarred(text);
    expect(out.length).toBe(text.length);
    const lines = out.split('\n');
    expect(lines[1]).toBe('序号\t问题\t原因\t整改措施\t时限');
    expect(lines[2]).toBe('1\t/\t/\t/\t/');
    expect(lines[3]).toBe('五、下步打算');
  });

  it('leaves a single barred line, Markdown rows and prose alone', () => {
    const text = ['地址｜电话｜邮编', '全年到人武部办公12次。', '| 项目 | 金额 | 备注 |', '| 民兵训练 | 12万元 | 已拨付 |'].join('\n');
    expect(tabulateBarred(text)).toBe(text);
  });
});
