export { scoreBatch, type BatchOptions, type Progress } from './batch.ts';
export { defaultCacheDir, ResultCache, toolVersion } from './cache.ts';
export { createScorer, type Scorer } from './scorer.ts';
