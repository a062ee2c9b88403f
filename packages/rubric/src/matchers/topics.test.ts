import { describe, expect, it } from 'vitest';
import type { Criterion } from '@shuzhi/types';
import { createTopics } from './topics.ts';
import { testWindows } from './testing.ts';

const TEXT = [
  '2022年党管武装工作述职报告',
  '同时扎实做好征兵、国防教育等工作，全年输送新兵74名，其中大学生52名，全民国防教育深入开展，军政军民关系更加巩固。',
  '组织全县高一新生军训4800人，开展国防教育，做好征兵宣传，军政军民关系更加巩固。',
  '为征兵工作营造浓厚氛围，全年举办国防教育宣讲46场。',
  '我们高度重视武装工作，狠抓落实。',
].join('\n');

const kind = (id: string, topic: string) => ({ id, topic }) as Criterion;
const topics = createTopics([kind('conscription', '征兵|新兵'), kind('education', '国防教育'), kind('support', '军政|军民'), kind('other', '')]);
const { setup, view, unit, slices } = testWindows(TEXT);

describe('createTopics', () => {
  it('gives each kind its clauses: a list clause to all it names, an unnamed clause to the kind before it', async () => {
    await setup();
    const u = unit('同时扎实做好');
    expect(slices(topics.ranges(u, view(), 'conscription'))).toEqual(['同时扎实做好征兵、国防教育等工作', '全年输送新兵74名', '其中大学生52名']);
    expect(slices(topics.ranges(u, view(), 'education'))).toEqual(['同时扎实做好征兵、国防教育等工作', '全民国防教育深入开展']);
    expect(slices(topics.ranges(u, view(), 'support'))).toEqual(['军政军民关系更加巩固。']);
  });

  it('gives clauses before the first named kind to that kind', async () => {
    await setup();
    expect(slices(topics.ranges(unit('高一新生'), view(), 'education'))).toEqual(['组织全县高一新生军训4800人', '开展国防教育']);
    expect(slices(topics.ranges(unit('高一新生'), view(), 'conscription'))).toEqual(['做好征兵宣传']);
  });

  it('leaves whole (null) a sentence that names fewer than three kinds, or none; a criterion without a topic names nothing', async () => {
    await setup();
    expect(topics.ranges(unit('营造浓厚氛围'), view(), 'conscription')).toBeNull();
    expect(topics.ranges(unit('高度重视'), view(), 'conscription')).toBeNull();
  });
});
