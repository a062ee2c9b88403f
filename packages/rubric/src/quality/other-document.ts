import type { QualityCheck } from './index.ts';

/**
 * Other documents the file holds beside the report (a notice before it, another year's report, the 人武部's summary or a
 * speech after it): the parser reads the report alone, and the reviewer is told what was left out and where.
 */
export const otherDocument: QualityCheck = (view) =>
  (view.report.outside ?? []).map((doc) => ({
    // (Another 述职 in the file may be the reporter's own and the one scored a neighbour's: which is whose, only the reviewer can tell.)
    message: doc.report
      ? `文件中${doc.place === 'before' ? '报告之前' : '报告之后'}还有一份述职报告“${doc.title}”，只按“${view.report.title ?? '第一份'}”评分，请核对哪一份是本人的`
      : `文件中${doc.place === 'before' ? '报告之前' : '报告之后'}另有其他文件“${doc.title}”，其内容没有计入评分，请核对提交的文件`,
    text: doc.title,
    paragraph: doc.paragraph,
    line: doc.line,
    start: doc.start,
    end: doc.start + doc.title.length,
  }));
