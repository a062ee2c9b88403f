import { describe, expect, it } from 'vitest';
import { formatPoints } from './points.ts';

describe('formatPoints', () => {
  it('two decimals at most, trailing zeros trimmed: the same number in every output', () => {
    expect([85.25, 7.25, 3.75, 7.5, 10, 0, 57.3].map(formatPoints)).toEqual(['85.25', '7.25', '3.75', '7.5', '10', '0', '57.3']);
    // Sums of points carry floating-point noise; a third decimal is never shown.
    expect(formatPoints(0.1 + 0.2)).toBe('0.3');
    expect(formatPoints(9.375)).toBe('9.38');
  });
});
