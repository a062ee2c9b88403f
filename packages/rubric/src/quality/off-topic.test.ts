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

  it('flags a report titled as one on the work that spends most of its text on other work, naming the share', async () => {
    const drugs = '全年破获毒品案件46起，缴获毒品120公斤。建成边境禁毒检查站2个，配齐快速检测设备。开展禁毒宣传进村入户活动80场。戒毒康复人员帮扶率达到95%。'.repeat(5);
    const found = await offTopic(`岩泷县委书记2024年度党管武装工作述职报告\n一、主要工作\n${drugs}\n组织民兵参与边境堵卡。\n`);
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/正文只有约 \d+% 的篇幅谈到“武装”“民兵”“人武部”等本类工作/);
  });

  it('flags a headed section on other work, located at its first sentence; not a short one', async () => {
    const work = '全年到县人武部办公12次，主持召开常委会议军4次，组织民兵训练3期，输送新兵120名。'.repeat(6);
    const economy = '全年实现地区生产总值186亿元，同比增长6.4%，新引进企业20家，完成固定资产投资80亿元，招商引资到位资金35亿元。'.repeat(3);
    const text = (third: string) =>
      `岩泷县委书记2024年度党管武装工作述职报告\n一、主要工作\n${work}\n二、经济发展\n${third}\n三、存在的不足\n经济下行压力大，招商引资到位资金不足。\n四、下步打算\n明年建成民兵训练基地。\n`;
    const found = await offTopic(text(economy));
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/^“经济发展”一节（约 \d+ 字）没有谈到“武装”“民兵”“人武部”等本类工作/);
    expect(found[0].text).toContain('全年实现地区生产总值186亿元');
    expect(await offTopic(text('全年实现地区生产总值186亿元。'))).toEqual([]);
  });

  it('says of a general 述职 only that the work is a passing part of it, not that a part of it drifts', async () => {
    const economy = '全年地区生产总值增长6%，新引进企业20家，完成固定资产投资80亿元。';
    const general = (militia: string) => offTopic(`县委书记2024年度述职报告\n一、主要工作\n${economy.repeat(10)}\n${militia}\n`);
    const found = await general('组织民兵参与防汛。');
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/^这是一份综合性的述职报告，正文只有约 \d+% 的篇幅谈到/);
    // A part on the work of a fifth of the text: the general report's own part, not a drift.
    expect(await general('全年到县人武部办公12次，主持召开常委会议军4次，组织民兵训练3期，输送新兵120名。'.repeat(2))).toEqual([]);
  });

  it('flags a section dressed as the work that names other fields far more than the work', async () => {
    const work = '全年到县人武部办公12次，主持召开常委会议军4次，组织民兵训练3期，输送新兵120名。'.repeat(6);
    const dressed =
      '全年实现地区生产总值186亿元，招商引资到位资金35亿元，新引进企业20家；新建高标准农田2万亩，完成老旧小区改造12个，城乡居民收入分别增长5.1%和6.8%，为国防建设打下了坚实的物质基础。';
    const found = await offTopic(`岩泷县委书记2024年度党管武装工作述职报告\n一、主要工作\n${work}\n二、统筹发展，夯实基础\n${dressed}\n`);
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/^“统筹发展，夯实基础”一节（约 \d+ 字）主要写的是其他工作，很少谈到/);
  });

  it('flags paragraphs in a row on other work inside a part on the work, not the opening portrait of the place', async () => {
    const portrait = '岩泷县地处山区，全县地区生产总值186亿元，农业、旅游、工业园区并举，招商引资势头良好，民生持续改善。';
    const work = '全年到县人武部办公12次，主持召开常委会议军4次，组织民兵训练3期，输送新兵120名。';
    const farming =
      '五是做大特色产业，推进乡村振兴。全县新栽植苹果1200亩，建成加工车间1处，带动就业140人；完成农村户厕改造320座，人居环境整治考核位列全市第四；新引进肉羊养殖企业2家，村集体收入全部超过10万元。';
    const text = (fifth: string) => `岩泷县委书记2024年度党管武装工作述职报告\n${portrait}\n一、主要工作\n${work}\n${work}\n${fifth}\n二、下步打算\n明年建成民兵训练基地。\n`;
    const found = await offTopic(text(farming));
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/^从这里起约 \d+ 字写的是其他工作/);
    expect(found[0].text).toContain('五是做大特色产业');
    // The same paragraph on the militia's part in it is the work.
    expect(await offTopic(text(farming.replace('带动就业140人', '组织民兵突击队参与抢收，带动就业140人')))).toEqual([]);
  });

  it('flags a short section whose heading names other fields, counting the heading\'s words', async () => {
    const work = '全年到县人武部办公12次，主持召开常委会议军4次，组织民兵训练3期，输送新兵120名。'.repeat(6);
    const text = (heading: string) =>
      `岩泷县委书记2024年度党管武装工作述职报告\n一、主要工作\n${work}\n二、${heading}\n完成固定资产投资12.5亿元，同比增长8.6%，新建标准厂房4栋，新开工项目9个，带动城乡居民就近务工。\n`;
    const found = await offTopic(text('招商引资和项目建设'));
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/^“招商引资和项目建设”一节（约 \d+ 字）没有谈到/);
    // Under a heading that says nothing of other fields, one word in the body is no drift.
    expect(await offTopic(text('服务发展大局'))).toEqual([]);
  });

  it('flags a short paragraph on other work with a run-in title naming them, not an untitled one that sets up the work', async () => {
    const work = '全年到县人武部办公12次，主持召开常委会议军4次，组织民兵训练3期，输送新兵120名。';
    const rural = '七是统筹推进乡村振兴。全年新植刺梨3000亩，建成农旅融合示范点2个，带动搬迁群众就业420人，新办种植合作社3家，村集体收入全部超过10万元。';
    const setting = '区委把低空经济作为重点培育的产业，建设低空经济产业园，引进企业6家，年产值突破3亿元，带动就业300人。';
    const text = (paragraph: string) => `岩泷县委书记2024年度党管武装工作述职报告\n一、主要工作\n${work}\n${work}\n${paragraph}\n依托产业园，县人武部组建无人机民兵分队28人。\n`;
    const found = await offTopic(text(rural));
    expect(found).toHaveLength(1);
    expect(found[0].text).toContain('七是统筹推进乡村振兴');
    expect(await offTopic(text(setting))).toEqual([]);
  });

  it('does not flag the unheaded closing for naming the work by its own words (扑火分队 for the militia), holdout749/02', async () => {
    const work = '全年到县人武部办公12次，主持召开常委会议军4次，组织民兵训练3期，输送新兵120名。';
    const closing = '一年来，工作上还有不足。如果遇到春季连续干旱、多点同时起火的极端情况，现有6支扑火分队可能顾此失彼，西部两个林区乡镇的力量仍显单薄，备勤点的通信也时常中断。\n明年，一是3月前在西部两个林区乡镇新建2支扑火分队；二是将扑火分队装备更新列入2024年县级预算；三是春防期间每周点名一次，确保随拉随走。';
    const report = `鹊岭县委书记2023年度党管武装工作述职报告\n一、履职尽责方面\n${work}\n二、民兵建设方面\n${work}\n\n${closing}\n\n中共鹊岭县委书记　唐明远\n2023年12月\n`;
    expect(await offTopic(report)).toEqual([]);
    // (Another field's words there still make it a drift.)
    const drift = await offTopic(report.replace(closing, '一年来，全县招商引资签约项目12个，总投资86亿元；新建高标准农田3.2万亩，乡村振兴示范村达到15个，城乡居民收入分别增长6.1%和7.8%，城市更新改造老旧小区42个，新增城市绿地面积12万平方米。'));
    expect(drift).toHaveLength(1);
  });
});
