export type * from './report.ts';
export type * from './rubric.ts';
export type * from './score.ts';
export { SET_ASIDE_CAUSES } from './score.ts';
export type * from './batch.ts';
export * from './errors.ts';
export * from './grade.ts';
export * from './points.ts';
export * from './ref.ts';
