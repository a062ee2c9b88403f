import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Report, Section } from '@shuzhi/types';

/** Paths and expectations of the bundled corpus (corpus/README.md). */
export const CORPUS = fileURLToPath(new URL('../corpus/', import.meta.url));
export const SEED = fileURLToPath(new URL('./fixtures/seed/000_89e244e137c03851.txt', import.meta.url));

export interface ExpectedSection {
  kind: Section['kind'];
  numbering: string | null;
  heading: string | null;
  points: string[];
  children: ExpectedSection[];
}

export interface ExpectedReport {
  title: string | null;
  year: number | null;
  level: string | null;
  sections: ExpectedSection[];
}

export const structure = JSON.parse(readFileSync(`${CORPUS}structure.json`, 'utf8')) as Record<string, ExpectedReport>;

/** The parse in the shape of corpus/structure.json. */
export function shapeOf(report: Report): ExpectedReport {
  const section = (s: Section): ExpectedSection => ({
    kind: s.kind,
    numbering: s.numbering,
    heading: s.heading,
    points: s.paragraphs.flatMap((p) => [...new Set(p.points.map((x) => x.label))]),
    children: s.children.map(section),
  });
  return { title: report.title, year: report.meta.year, level: report.meta.level, sections: report.sections.map(section) };
}
