export type * from './report.ts';
export * from './errors.ts';
