export { scoreBatch, type BatchOptions, type Progress } from './batch.ts';
export { cacheProblem, defaultCacheDir, ResultCache, toolVersion } from './cache.ts';
export { bundledWorker, createScorer, type Scorer } from './scorer.ts';
