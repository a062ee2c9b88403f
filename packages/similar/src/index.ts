export { fingerprintReport, FINGERPRINT_VERSION, type Fingerprint, type FingerprintOptions } from './fingerprint.ts';
export { findSimilar, matchReports, withPassages, type Matches, type SimilarOptions, type SimilarResult, type SimilarStats } from './find.ts';
