export { normalizeText, toSimplified, looksTraditional } from './normalize.ts';
export { splitSentences } from './sentences.ts';
export { findPoints, chineseNumberValue } from './points.ts';
export { cut, loadSegmenter, isSegmenterLoaded, type Token } from './segmenter.ts';
