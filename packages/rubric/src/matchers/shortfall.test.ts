import { describe, expect, it } from 'vitest';
import { compileMatcher } from './index.ts';
import { windowsOf } from './testing.ts';

const TEXT = [
  '一、主要工作',
  '今年我市征兵任务120名，实际完成98名，其中大学生71名。',
  '下达征兵任务120名，实际输送125名。',
  '年初预算武装工作经费300万元，截至11月底实际到位180万元。',
  '区财政预算安排武装工作经费268万元，另拨付民兵训练基地改造资金60万元。',
  '街道年度预算安排武装工作经费32万元，实际支出30.6万元。',
  '计划集中训练基干民兵1200人，实际参训860人。',
  '今年全镇征兵任务十二名，实际完成九名。',
  '全县征兵任务120名，完成率为81.7%。',
  '征兵任务完成率100%，武装工作经费到位率仅75%。',
  '组织民兵应急分队拉动演练，应急连一小时内集结到位，到位率94%。',
].join('\n');

describe('compileMatcher: shortfall', () => {
  it('finds a result below its target in the sentence, in one unit, and gives both figures', async () => {
    const w = await windowsOf(TEXT);
    const count = compileMatcher({ shortfall: 'count' });
    const money = compileMatcher({ shortfall: 'money' });
    expect(w.slices(count(w.win(w.unit('实际完成98名'))))).toEqual(['120名', '98名']);
    expect(w.slices(count(w.win(w.unit('实际参训860人'))))).toEqual(['1200人', '860人']);
    expect(w.slices(money(w.win(w.unit('实际到位180万元'))))).toEqual(['300万元', '180万元']);
  });

  it('not a result above its target, another item after 另, money spent below its budget, nor figures of another unit', async () => {
    const w = await windowsOf(TEXT);
    expect(compileMatcher({ shortfall: 'money' })(w.win(w.unit('实际支出30.6万元')))).toBeNull();
    expect(compileMatcher({ shortfall: 'count' })(w.win(w.unit('实际输送125名')))).toBeNull();
    expect(compileMatcher({ shortfall: 'money' })(w.win(w.unit('另拨付民兵训练基地改造资金60万元')))).toBeNull();
    expect(compileMatcher({ shortfall: 'money' })(w.win(w.unit('实际完成98名')))).toBeNull();
  });

  it('reads Chinese numerals, and a completion rate below the whole as the shortfall itself', async () => {
    const w = await windowsOf(TEXT);
    const count = compileMatcher({ shortfall: 'count' });
    const money = compileMatcher({ shortfall: 'money' });
    expect(w.slices(count(w.win(w.unit('实际完成九名'))))).toEqual(['十二名', '九名']);
    expect(w.slices(count(w.win(w.unit('完成率为81.7%'))))).toEqual(['81.7%']);
    expect(count(w.win(w.unit('征兵任务完成率100%')))).toBeNull();
    expect(w.slices(money(w.win(w.unit('征兵任务完成率100%'))))).toEqual(['75%']);
    // People assembled at a drill are no money.
    expect(money(w.win(w.unit('到位率94%')))).toBeNull();
  });
});
