import type { Paragraph, Report, Section } from '@shuzhi/types';

export interface Located {
  paragraph: Paragraph;
  /** Innermost first: the section that holds the paragraph, then its parents. */
  sections: Section[];
}

/** Every paragraph of the report in reading order, with the sections that hold it. */
export function* walkParagraphs(report: Report): Generator<Located> {
  function* visit(section: Section, parents: Section[]): Generator<Located> {
    const chain = [section, ...parents];
    for (const paragraph of section.paragraphs) yield { paragraph, sections: chain };
    for (const child of section.children) yield* visit(child, chain);
  }
  for (const section of report.sections) yield* visit(section, []);
}

/** The `shuzhi parse --format json` contract (documented in the README). */
export function reportToJson(report: Report) {
  const section = (s: Section): unknown => ({
    heading: s.heading,
    numbering: s.numbering,
    level: s.level,
    kind: s.kind,
    ...(s.headingParagraph !== undefined ? { headingParagraph: s.headingParagraph, headingLine: s.headingLine ?? null } : {}),
    paragraphs: s.paragraphs.map((p) => ({
      index: p.index,
      text: p.text,
      line: p.line,
      start: p.start,
      end: p.end,
      sentences: p.sentences,
      points: p.points.map(({ label, text }) => ({ label, text })),
    })),
    children: s.children.map(section),
  });
  return {
    file: report.file,
    format: report.format,
    encoding: report.encoding,
    traditional: report.traditional,
    title: report.title,
    meta: report.meta,
    sections: report.sections.map(section),
  };
}
