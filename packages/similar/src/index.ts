export { fingerprintReport, FINGERPRINT_VERSION, type Fingerprint, type FingerprintOptions } from './fingerprint.ts';
export { findSimilar, type SimilarOptions, type SimilarResult, type SimilarStats } from './find.ts';
