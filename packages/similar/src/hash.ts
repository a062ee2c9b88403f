/**
 * The small hashing kit of copy detection: a 32-bit string hash (FNV-1a
 * finished with MurmurHash3's avalanche), and one-permutation MinHash with
 * optimal densification (Shrivastava 2017), which costs one hash per element
 * instead of one per element and permutation.
 */

/** MurmurHash3's 32-bit finalizer: a bijection that spreads every input bit over the output. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hash of `codes[from..to)` (UTF-16 code units), unsigned 32-bit. */
export function hashCodes(codes: ArrayLike<number>, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ codes[i], 0x01000193);
  return fmix32(h ^ (to - from));
}

/** Shingles kept in a fingerprint: one in four, chosen by hash so every report keeps the same ones. */
export function sampled(h: number): boolean {
  return (h & 3) === 0;
}

/** Number of MinHash values in a signature. */
export const SIGNATURE_SIZE = 256;
const BIN_SHIFT = 24; // 256 bins: the top 8 bits of the element's rehash pick the bin

/**
 * One-permutation MinHash of a set of 32-bit hashes: a rehash of each element
 * picks one of 256 bins by its top 8 bits; the least rehash in a bin stands
 * for it. The value kept is the low 16 bits of a further hash of that least
 * element (b-bit minwise hashing: different elements agree by chance with
 * probability 1/65,536). Empty bins borrow from the bin a fixed probe sequence
 * reaches first, the same in every signature, so two sets agree on a bin with
 * probability equal to their Jaccard similarity. Null for an empty set.
 */
export function minhash(elements: ArrayLike<number>): Uint16Array | null {
  if (elements.length === 0) return null;
  const least = new Float64Array(SIGNATURE_SIZE).fill(Infinity);
  for (let k = 0; k < elements.length; k++) {
    const h = fmix32(elements[k] ^ 0x9747b28c);
    const bin = h >>> BIN_SHIFT;
    if (h < least[bin]) least[bin] = h;
  }
  const out = new Uint16Array(SIGNATURE_SIZE);
  for (let bin = 0; bin < SIGNATURE_SIZE; bin++) {
    let from = bin;
    for (let attempt = 1; least[from] === Infinity; attempt++) from = fmix32(Math.imul(bin + 1, 0x9e3779b1) ^ attempt) >>> BIN_SHIFT;
    out[bin] = fmix32(least[from] ^ 0x5bd1e995) & 0xffff;
  }
  return out;
}

/** Share of positions where two signatures agree, corrected for 16-bit chance agreement. */
export function estimateJaccard(a: Uint16Array, b: Uint16Array): number {
  let same = 0;
  for (let k = 0; k < SIGNATURE_SIZE; k++) if (a[k] === b[k]) same++;
  const chance = 1 / 65536;
  return Math.max(0, (same / SIGNATURE_SIZE - chance) / (1 - chance));
}
