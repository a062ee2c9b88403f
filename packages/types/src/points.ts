/** Points to two decimals, the precision every score is kept and summed at: one part of four of 15 is 3.75. */
export const roundPoints = (points: number): number => Math.round(points * 100) / 100;

/**
 * Points as a person reads them, in every output (text, sheets' notes, the terminal screens, the review commands):
 * at most two decimals, trailing zeros trimmed — 85.25, 7.5, 10. Machine points and reviewers' points both fit.
 */
export const formatPoints = (points: number): string => String(roundPoints(points));
