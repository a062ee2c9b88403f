import type { SimilarPair, TemplateGroup } from '@shuzhi/types';
import { FINGERPRINT_VERSION, type Fingerprint } from './fingerprint.ts';
import { estimateJaccard, fmix32, minhash } from './hash.ts';
import { type Clauses, clausesOf, sharedPassages } from './passages.ts';

export interface SimilarOptions {
  /**
   * Least similarity for two reports to be reported: the Jaccard similarity of
   * their sampled shingles once the batch's boilerplate is removed. Default
   * 0.3: independently written reports of the corpus reach at most 0.17 (0.25
   * in a batch of five, where boilerplate cannot be told by frequency); a copy
   * with its figures and level changed and a quarter of its sentences
   * rewritten scores 0.3–0.8 (median 0.6). A pair below it is still reported
   * when a long passage of one makes up much of the other (see copiedPassages).
   */
  threshold?: number;
  /**
   * A shingle found in more than max(commonMin, commonShare × documents) of
   * the batch is the genre's boilerplate and does not count. Near-duplicates
   * count as one document here, so a 范文 copied by half the batch stays
   * evidence of copying. Defaults 0.2 and 5.
   */
  commonShare?: number;
  commonMin?: number;
  /** Least number of shared non-boilerplate sampled shingles (one stands for about four characters). Default 8. */
  minShared?: number;
  /**
   * Each report keeps its most similar pairs, at most this many (a pair stays
   * when either report keeps it); groups still use every pair. Bounds the
   * output when hundreds of reports share a template. Default 5.
   */
  maxPairsPerReport?: number;
  /** At most this many passages per pair. Default 30. */
  maxPassages?: number;
  /** Shared passages shorter than this many characters are left out. Default 10. */
  minPassageChars?: number;
  /**
   * `Report.text` of a report whose fingerprint was made with `{ text: false }`;
   * asked only for reports in a reported pair. Without text a pair has no passages.
   */
  text?: (file: string) => string | undefined;
}

export interface SimilarStats {
  reports: number;
  /** Fingerprints left out: another version, or nothing to compare. */
  skipped: string[];
  /** Distinct pairs LSH proposed. */
  candidates: number;
  /** Of those, the pairs whose signatures agreed enough to be checked on the samples. */
  verified: number;
  /** Documents for the boilerplate statistics: reports, with each cluster of near-duplicates counted once. */
  documents: number;
  /** Shingles treated as boilerplate, and the document count above which a shingle is. */
  common: number;
  commonLimit: number;
}

export interface SimilarResult {
  /** Most similar first. `a` precedes `b` in the input order; passages are cut from `a`'s text. */
  pairs: SimilarPair[];
  /** Connected groups of three or more reports, largest first. */
  groups: TemplateGroup[];
  stats: SimilarStats;
}

/** Buckets larger than this are not expanded into all their pairs: each member meets a few others. */
const BUCKET_ALL = 24;
const BUCKET_NEIGHBOURS = 3;
/** Candidates: 85 bands of 3 rows catch a pair at similarity 0.3 with probability 0.90, at 0.4 with 0.996. */
const BANDS = 85;
const ROWS = 3;
/** Near-duplicates (for boilerplate statistics): 64 bands of 4 rows catch a pair at 0.5 with probability 0.98. */
const DUPLICATE_BANDS = 64;
const DUPLICATE_ROWS = 4;
const DUPLICATE_ESTIMATE = 0.5;
/** Signature agreement below which a candidate is dropped unchecked: five standard errors below the default threshold. */
const MIN_ESTIMATE = 0.15;
/** Fewer sampled shingles than this (about 250 characters of non-boilerplate) and the estimate is not trusted. */
const SHORT_SAMPLE = 64;

/**
 * Near-duplicate reports and template groups in a batch, in time about linear
 * in its size: MinHash signatures of the sampled shingles, with the batch's
 * boilerplate removed, go through LSH banding; candidates are verified on the
 * samples and located as shared passages.
 */
export function findSimilar(items: readonly Fingerprint[], options: SimilarOptions = {}): SimilarResult {
  return withPassages(matchReports(items, options), options.text ?? (() => undefined));
}

/** The pairs and groups of a batch, before their shared passages are cut (see withPassages). */
export interface Matches {
  /** The files of the reported pairs: only these need their text for passages. */
  files: string[];
  groups: TemplateGroup[];
  stats: SimilarStats;
  /** What withPassages needs: the pairs as indices, the fingerprints, the boilerplate. */
  readonly state: { fps: Fingerprint[]; edges: Edge[]; common: Set<number>; passageOptions: { maxPassages: number; minChars: number } };
}

/**
 * Steps 1–5 of findSimilar without the passages: the expensive part, which
 * needs only the fingerprints' numbers. A batch can then fetch the text of
 * the few reports in pairs instead of keeping every report's text.
 */
export function matchReports(items: readonly Fingerprint[], options: Omit<SimilarOptions, 'text'> = {}): Matches {
  const threshold = options.threshold ?? 0.3;
  const commonShare = options.commonShare ?? 0.2;
  const commonMin = options.commonMin ?? 5;
  const minShared = options.minShared ?? 8;
  const maxPairsPerReport = options.maxPairsPerReport ?? 5;
  const skipped: string[] = [];
  const fps: Fingerprint[] = [];
  for (const fp of items) {
    if (fp?.version === FINGERPRINT_VERSION && (Array.isArray(fp.sample) || fp.sample instanceof Uint32Array) && fp.sample.length > 0 && Array.isArray(fp.paragraphs)) fps.push(fp);
    else skipped.push(fp?.file ?? '');
  }
  const n = fps.length;
  const stats: SimilarStats = { reports: n, skipped, candidates: 0, verified: 0, documents: n, common: 0, commonLimit: 0 };
  const passageOptions = { maxPassages: options.maxPassages ?? 30, minChars: options.minPassageChars ?? 10 };
  if (n < 2) return { files: [], groups: [], stats, state: { fps, edges: [], common: new Set(), passageOptions } };

  // 1. Near-duplicates count once in the boilerplate statistics.
  const raw = fps.map((fp) => minhash(fp.sample)!);
  const duplicates = new UnionFind(n);
  banding(raw, DUPLICATE_BANDS, DUPLICATE_ROWS, (i, j) => {
    if (duplicates.find(i) !== duplicates.find(j) && estimateJaccard(raw[i], raw[j]) >= DUPLICATE_ESTIMATE) duplicates.union(i, j);
  });

  // 2. Boilerplate: sampled shingles in more than `limit` documents.
  const clusters = new Map<number, number[]>();
  for (let d = 0; d < n; d++) {
    const root = duplicates.find(d);
    const members = clusters.get(root);
    if (members) members.push(d);
    else clusters.set(root, [d]);
  }
  const parts: ArrayLike<number>[] = [];
  let total = 0;
  for (const members of clusters.values()) {
    const part = members.length === 1 ? fps[members[0]].sample : [...new Set(members.flatMap((d) => Array.from(fps[d].sample)))];
    parts.push(part);
    total += part.length;
  }
  const all = new Uint32Array(total);
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  all.sort();
  const limit = Math.max(commonMin, commonShare * clusters.size);
  const common = new Set<number>();
  for (let k = 0; k < all.length; ) {
    let end = k + 1;
    while (end < all.length && all[end] === all[k]) end++;
    if (end - k > limit) common.add(all[k]);
    k = end;
  }
  stats.documents = clusters.size;
  stats.common = common.size;
  stats.commonLimit = limit;

  // 3. Candidates from the signatures of what is left, verified on the samples.
  // Typed: half the memory of a JS array of hashes (most exceed a small integer), at the batch's peak.
  const rare = fps.map((fp) => {
    const out = new Uint32Array(fp.sample.length);
    let k = 0;
    for (const h of fp.sample) if (!common.has(h)) out[k++] = h;
    return out.subarray(0, k);
  });
  const signatures = rare.map((r) => minhash(r));
  const edges: Edge[] = [];
  stats.candidates = banding(signatures, BANDS, ROWS, (i, j) => {
    // Signatures of short reports are too coarse to judge by: check those on the samples directly.
    if (Math.min(rare[i].length, rare[j].length) >= SHORT_SAMPLE && estimateJaccard(signatures[i]!, signatures[j]!) < MIN_ESTIMATE) return;
    stats.verified++;
    const { shared, union } = overlap(rare[i], rare[j]);
    const similarity = union ? shared / union : 0;
    if (similarity >= threshold && shared >= minShared) edges.push({ i, j, similarity });
  });
  copiedPassages(rare, edges, minShared);
  edges.sort((x, y) => y.similarity - x.similarity || x.i - y.i || x.j - y.j);

  // 4. Template groups: components of the pair graph; the weakest link of its maximum spanning tree.
  const groups = groupsOf(edges, n, (d) => fps[d].file);

  // 5. Pairs, each report keeping its closest.
  const kept = new Uint32Array(n);
  const pairs: Edge[] = [];
  for (const e of edges) {
    if (kept[e.i] >= maxPairsPerReport && kept[e.j] >= maxPairsPerReport) continue;
    kept[e.i]++;
    kept[e.j]++;
    pairs.push(e);
  }
  const files = [...new Set(pairs.flatMap((e) => [fps[e.i].file, fps[e.j].file]))];
  return { files, groups, stats, state: { fps, edges: pairs, common, passageOptions } };
}

/**
 * The pairs with their shared passages, cut from each report's text: the
 * fingerprint's own, else `text(file)`. A report without text (or whose text
 * no longer fits its fingerprint) gives its pairs no passages.
 */
export function withPassages(matches: Matches, text: (file: string) => string | undefined): SimilarResult {
  const { fps, edges, common, passageOptions } = matches.state;
  const clauses = new Map<number, Clauses | null>();
  const clausesFor = (d: number) => {
    let c = clauses.get(d);
    if (c === undefined) {
      const t = fps[d].text ?? text(fps[d].file);
      const fits = typeof t === 'string' && fps[d].paragraphs.every((x, k) => k % 4 !== 3 || x <= t.length);
      clauses.set(d, (c = fits ? clausesOf(fps[d], t, common) : null));
    }
    return c;
  };
  const pairs = edges.map((e): SimilarPair => {
    const ca = clausesFor(e.i);
    const cb = clausesFor(e.j);
    return {
      a: fps[e.i].file,
      b: fps[e.j].file,
      similarity: round(e.similarity),
      passages: ca && cb ? sharedPassages(fps[e.i], ca, fps[e.j], cb, passageOptions) : [],
    };
  });
  return { pairs, groups: matches.groups, stats: matches.stats };
}

interface Edge {
  i: number;
  j: number;
  similarity: number;
}

/** Copied passages: a run of text at least this many sampled shingles long (~130 characters beyond boilerplate)… */
const COPIED_SHINGLES = 32;
/** …that is at least this share of the shorter report. */
const COPIED_SHARE = 0.4;
/**
 * Index one in eight of the samples; a pair must share this many indexed ones to be checked. (A pair at the rule's 32 samples
 * shares 4 indexed ones on average: asking for 4 dropped about half of them by chance, 2 drops one in ten; checking the
 * extra candidates costs nothing measurable, bench.ts.)
 */
const INDEX_MASK = 7;
const INDEX_MIN = 2;
/** Reports a packed (hash, report) key can tell apart. */
const REPORTS = 2 ** 21;

/**
 * 3b. A passage copied from a long report into a short one (a paragraph of a
 * 范文) leaves their similarity low, since all the long report's other text
 * counts too, while most of the short one is the other's. An index of one in
 * eight of the samples left after boilerplate proposes the pairs that share
 * many; a pair is kept when the shared text is long and a large part of the
 * shorter report. Adds those pairs to `edges` with their (low) similarity.
 */
function copiedPassages(rare: readonly Uint32Array[], edges: Edge[], minShared: number): void {
  const n = rare.length;
  if (n > REPORTS) return;
  const indexed = (h: number) => ((h >>> 2) & INDEX_MASK) === 0;
  // (hash, report) packed into one exact double and sorted: each hash's reports are one run, found by binary search.
  let count = 0;
  for (const r of rare) for (const h of r) if (indexed(h)) count++;
  const keys = new Float64Array(count);
  let at = 0;
  for (let d = 0; d < n; d++) for (const h of rare[d]) if (indexed(h)) keys[at++] = h * REPORTS + d;
  keys.sort();
  const firstAtLeast = (key: number) => {
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const known = new Set(edges.map((e) => e.i * n + e.j));
  // Report by report, so only one report's counts are held (a batch-wide table of pairs took 25 MB at 10,000 reports).
  for (let i = 0; i < n; i++) {
    const together = new Map<number, number>();
    for (const h of rare[i]) {
      if (!indexed(h)) continue;
      const from = firstAtLeast(h * REPORTS);
      const to = firstAtLeast((h + 1) * REPORTS);
      // A shingle in many reports is a template's: LSH has those pairs already.
      if (to - from > BUCKET_ALL) continue;
      for (let k = from; k < to; k++) {
        const j = keys[k] % REPORTS;
        if (j > i) together.set(j, (together.get(j) ?? 0) + 1);
      }
    }
    for (const [j, times] of together) {
      if (times < INDEX_MIN || known.has(i * n + j)) continue;
      const { shared, union } = overlap(rare[i], rare[j]);
      if (shared >= Math.max(COPIED_SHINGLES, minShared) && shared >= COPIED_SHARE * Math.min(rare[i].length, rare[j].length)) edges.push({ i, j, similarity: union ? shared / union : 0 });
    }
  }
}

/**
 * LSH banding: calls `visit(i, j)` (i < j) once for each pair of signatures
 * equal on all rows of some band. Returns the number of distinct pairs.
 */
function banding(signatures: readonly (Uint16Array | null)[], bands: number, rows: number, visit: (i: number, j: number) => void): number {
  const n = signatures.length;
  const seen = new Set<number>();
  const consider = (x: number, y: number) => {
    const i = Math.min(x, y);
    const j = Math.max(x, y);
    const key = i * n + j;
    if (seen.has(key)) return;
    seen.add(key);
    visit(i, j);
  };
  // Buckets in an open-addressing table (a Map of number keys cost 0.17 s more for 10,000 reports): a slot holds a
  // key and the last report that has it, and each report links to the one before it in its bucket.
  const mask = (1 << Math.ceil(Math.log2(2 * n + 1))) - 1;
  const slotKey = new Float64Array(mask + 1);
  const slotLast = new Int32Array(mask + 1);
  const next = new Int32Array(n);
  const bucket: number[] = [];
  for (let band = 0; band < bands; band++) {
    slotLast.fill(-1);
    const o = band * rows;
    for (let d = 0; d < n; d++) {
      const s = signatures[d];
      if (!s) continue;
      let key = 0;
      let h = 0;
      for (let r = 0; r < rows; r++) {
        h = fmix32(Math.imul(h, 0x01000193) ^ s[o + r]);
        key = rows <= 3 ? key * 65536 + s[o + r] : h;
      }
      let slot = h & mask;
      while (slotLast[slot] >= 0 && slotKey[slot] !== key) slot = (slot + 1) & mask;
      next[d] = slotLast[slot];
      slotKey[slot] = key;
      slotLast[slot] = d;
    }
    for (let slot = 0; slot <= mask; slot++) {
      const tail = slotLast[slot];
      if (tail < 0 || next[tail] < 0) continue;
      bucket.length = 0;
      for (let d = tail; d >= 0; d = next[d]) bucket.push(d);
      bucket.reverse();
      if (bucket.length <= BUCKET_ALL) {
        for (let x = 0; x < bucket.length; x++) for (let y = x + 1; y < bucket.length; y++) consider(bucket[x], bucket[y]);
      } else {
        // A template shared by hundreds: in a band-specific shuffled ring, each member meets its next few.
        const ring = bucket.map((d) => ({ d, r: fmix32(d ^ Math.imul(band + 1, 0x9e3779b1)) })).sort((x, y) => x.r - y.r);
        for (let x = 0; x < ring.length; x++) {
          for (let step = 1; step <= BUCKET_NEIGHBOURS; step++) consider(ring[x].d, ring[(x + step) % ring.length].d);
        }
      }
    }
  }
  return seen.size;
}

function groupsOf(edges: readonly Edge[], n: number, file: (d: number) => string): TemplateGroup[] {
  // Kruskal on edges sorted by similarity, descending: the last merge into a component is its weakest link.
  const uf = new UnionFind(n);
  const weakest = new Map<number, number>();
  for (const e of edges) {
    const ri = uf.find(e.i);
    const rj = uf.find(e.j);
    if (ri === rj) continue;
    uf.union(ri, rj);
    weakest.set(uf.find(ri), e.similarity);
  }
  const members = new Map<number, Set<number>>();
  for (const e of edges) {
    const root = uf.find(e.i);
    let set = members.get(root);
    if (!set) members.set(root, (set = new Set()));
    set.add(e.i).add(e.j);
  }
  const groups: TemplateGroup[] = [];
  for (const [root, set] of members) {
    if (set.size < 3) continue;
    groups.push({ files: [...set].sort((x, y) => x - y).map(file), similarity: round(weakest.get(root) ?? 1) });
  }
  return groups.sort((x, y) => y.files.length - x.files.length || y.similarity - x.similarity);
}

/** Shared and total distinct values of two sorted arrays. */
function overlap(a: ArrayLike<number>, b: ArrayLike<number>): { shared: number; union: number } {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return { shared, union: a.length + b.length - shared };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

class UnionFind {
  private parent: Int32Array;
  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, k) => k);
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]];
      x = this.parent[x];
    }
    return x;
  }
  union(x: number, y: number): void {
    const rx = this.find(x);
    const ry = this.find(y);
    if (rx !== ry) this.parent[Math.max(rx, ry)] = Math.min(rx, ry);
  }
}

