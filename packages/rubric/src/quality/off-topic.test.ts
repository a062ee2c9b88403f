import { describe, expect, it } from 'vitest';
import { findingsOf } from '../testing.ts';

const offTopic = (text: string) => findingsOf('off-topic', text);

describe('off-topic', () => {
  it('flags a document without any word every 党管武装 report uses, without deducting', async () => {
    const found = await offTopic('2023年度财务报表说明\n一、收入情况\n全年收入1200万元，较上年增长5%。\n二、支出情况\n全年支出900万元。\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', deduction: 0, line: null });
    expect(found[0].message).toContain('可能提交错了文件');
  });

  it('says nothing about a report that names 武装 once, even in Traditional characters', async () => {
    expect(await offTopic('述職報告\n今年我認真抓好黨管武裝工作。\n')).toEqual([]);
    expect(await offTopic('述职报告\n全年组织民兵训练3次。\n')).toEqual([]);
    expect(await offTopic('党管武装工作述职报告\n一、主要工作\n全年开展调研5次。\n')).toEqual([]);
  });
});
