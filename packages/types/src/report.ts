/**
 * The report tree: what `parseReport` produces and every later stage reads.
 *
 * Offsets (`start`, `end`) are UTF-16 indexes into `Report.text`, the original
 * text as the user wrote it (for .txt/.md the decoded file; for .docx/.doc the
 * text extracted from the document, one block per line). `line` is 1-based and
 * present for text formats only, where it points into the file the user edits.
 */

/**
 * What the file's content is, whatever its name says ('html': a web page, such as a web editor's "导出 Word" saved as .doc;
 * 'wordml': a Word 2003 XML document, often saved as .doc too; 'mhtml': a single-file web page, Word's .mht or a browser's
 * .mhtml, and an OA system's "导出 Word" named .doc).
 */
export type ReportFormat = 'docx' | 'doc' | 'md' | 'txt' | 'html' | 'wordml' | 'mhtml';

/** Administrative level of the reporting official. */
export type AdminLevel = '市' | '县' | '区' | '乡镇' | '街道';

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** An inline point of a paragraph: "一是……二是……". `text` excludes the label. */
export interface Point {
  label: string;
  text: string;
  start: number;
  end: number;
}

export interface Paragraph {
  /** 1-based ordinal among all non-empty blocks of the document (title and headings included). */
  index: number;
  text: string;
  /**
   * Same length as `text`, so offsets carry over: Traditional → Simplified,
   * full-width ASCII → half-width, every kind of white space → ' '.
   */
  normalized: string;
  start: number;
  end: number;
  line: number | null;
  sentences: Sentence[];
  points: Point[];
  /** Where the block came from when it was not a plain body paragraph. */
  origin?: 'table' | 'list';
}

export type SectionKind = 'preamble' | 'heading' | 'closing';

export interface Section {
  heading: string | null;
  /** The numbering label as written or restored, e.g. "一、", "（一）", "1.". */
  numbering: string | null;
  /** 1 for top-level sections; preamble and closing are level 1. */
  level: number;
  kind: SectionKind;
  /** Position of the heading itself (absent for implicit sections). */
  headingParagraph?: number;
  headingLine?: number | null;
  headingStart?: number;
  paragraphs: Paragraph[];
  children: Section[];
}

export interface ReportMeta {
  /** The year the report covers, when the text states it; of a term's report ("2022年至2024年"), its last year. */
  year: number | null;
  /** A term's report: the first year of the years it covers. */
  since?: number;
  /** A report on half of its year, as its title or opening states it ("2026年上半年……述职"): 1 the first half, 2 the second. */
  half?: 1 | 2;
  /** The author's level, when the text states it. */
  level: AdminLevel | null;
  /** The author's place as the title names it ("汶北区委书记……" → 汶北区, "杜庄镇2024年度……" → 杜庄镇), else null. */
  place: string | null;
}

export interface Report {
  file: string;
  format: ReportFormat;
  /** e.g. "utf-8", "gb18030", "big5", "utf-16le"; "docx"/"doc" for Word files. */
  encoding: string;
  /** True when the source was written in Traditional characters. */
  traditional: boolean;
  title: string | null;
  /** Where the title stands, when there is one. */
  titleAt: { paragraph: number; line: number | null; start: number } | null;
  meta: ReportMeta;
  /** The original text that all offsets point into. */
  text: string;
  sections: Section[];
  /**
   * Other documents the file holds beside the report, by their titles (a notice before it, another year's report or the
   * 人武部's summary after it): not read as the report. Absent when there are none.
   */
  outside?: OutsideDocument[];
}

/** Another document in a report's file: its title and where it stands. */
export interface OutsideDocument {
  title: string;
  /** Before the report's title or after its body. */
  place: 'before' | 'after';
  /** Another 述职 (another year's, another place's), not a notice, a form, a speech or a summary. */
  report: boolean;
  paragraph: number;
  line: number | null;
  start: number;
}
