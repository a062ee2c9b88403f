import { describe, expect, it } from 'vitest';
import { gradeFor, gradeNote } from './grade.ts';
import type { GradeBand } from './rubric.ts';

const GRADES: GradeBand[] = [
  { name: '优秀', min: 90, required: 'met' },
  { name: '良好', min: 75, required: 'present' },
  { name: '合格', min: 60 },
  { name: '不合格', min: 0 },
];

describe('grades', () => {
  it('holds a total down by its required elements, and says why', () => {
    expect(gradeFor(86, 100, GRADES, ['met', 'missing'])).toBe('合格');
    expect(gradeNote(86, 100, GRADES, ['met', 'missing'])).toBe('总分够“良好”，但必备项有缺项，等级为“合格”');
    expect(gradeFor(92, 100, GRADES, ['met', 'partial'])).toBe('良好');
    expect(gradeNote(92, 100, GRADES, ['met', 'partial'])).toBe('总分够“优秀”，但必备项未全部满足，等级为“良好”');
  });

  it('says nothing when the total alone decides', () => {
    expect(gradeNote(92, 100, GRADES, ['met', 'met'])).toBeNull();
    expect(gradeNote(70, 100, GRADES, ['missing'])).toBeNull();
  });
});
