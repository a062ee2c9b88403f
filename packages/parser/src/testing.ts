import type { Report, Section } from '@shuzhi/types';
import { parseReport } from './index.ts';

/** Parses an in-memory text as if it were a file of that name; throws on a load error (tests only). */
export async function parseText(text: string, name = 'report.txt', encode: (s: string) => Uint8Array = (s) => Buffer.from(s, 'utf8')): Promise<Report> {
  const result = await parseReport({ name, bytes: encode(text) });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** A compact view of the tree for assertions: kind, numbering+heading, point labels, children. */
export interface Outline {
  kind: Section['kind'];
  title: string | null;
  points: string[];
  paragraphs: number;
  children?: Outline[];
}

export function outline(sections: Section[]): Outline[] {
  return sections.map((s) => ({
    kind: s.kind,
    title: s.heading === null ? null : `${s.numbering ?? ''}${s.heading}`,
    points: s.paragraphs.flatMap((p) => p.points.map((x) => x.label)),
    paragraphs: s.paragraphs.length,
    ...(s.children.length ? { children: outline(s.children) } : {}),
  }));
}
