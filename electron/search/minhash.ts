/**
 * MinHash signatures and LSH banding over 32-bit shingle hashes. Pure arithmetic:
 * the same input gives the same signature on every machine and every run, so
 * signatures and band keys can be stored in the library and compared later.
 */

/** Hashes per signature: estimates of Jaccard similarity have a standard error of 0.044 near 0.5. */
export const SIGNATURE_SIZE = 128;
/** 32 bands of 4 rows. Candidate threshold (1/b)^(1/r) = (1/32)^(1/4) ≈ 0.42. */
export const BANDS = 32;
export const ROWS_PER_BAND = SIGNATURE_SIZE / BANDS;
// Probability that a pair becomes a candidate, 1 - (1 - s^4)^32:
// s = 0.2 → 5%, s = 0.3 → 23%, s = 0.5 → 87%, s = 0.6 → 99%, s = 0.7 → 99.98%.

/** FNV-1a over the UTF-16 code units of a string, 32 bits. */
export function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** MurmurHash3's finaliser: a bijection on 32 bits that mixes every input bit into every output bit. */
function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** One fixed seed per hash function, from a SplitMix-style counter, so signatures never change. */
const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix32(Math.imul(i + 1, 0x9e3779b9)));

/** The MinHash signature of a set of shingle hashes: for each seed, the least mix32(hash ^ seed). */
export function minHashOf(shingleHashes: ArrayLike<number>): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (let s = 0; s < shingleHashes.length; s++) {
    const hash = shingleHashes[s] ?? 0;
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const value = mix32(hash ^ (SEEDS[i] ?? 0));
      if (value < (signature[i] ?? 0)) signature[i] = value;
    }
  }
  return signature;
}

/** The share of positions where two signatures agree: an unbiased estimate of Jaccard similarity. */
export function estimateSimilarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length || a.length === 0) throw new RangeError('Signatures must be the same, non-zero length.');
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** One 32-bit hash per band of ROWS_PER_BAND rows; two signatures share a bucket when a band agrees. */
export function bandHashesOf(signature: Uint32Array): Uint32Array {
  const hashes = new Uint32Array(BANDS);
  for (let band = 0; band < BANDS; band++) {
    let hash = mix32(band + 1);
    for (let row = band * ROWS_PER_BAND; row < (band + 1) * ROWS_PER_BAND; row++) {
      hash = mix32(hash ^ (signature[row] ?? 0)) ^ row;
    }
    hashes[band] = hash >>> 0;
  }
  return hashes;
}

/** Band keys for storage: "band:hash" in base 36, e.g. "7:1x3k9q". */
export function bandKeysOf(signature: Uint32Array): string[] {
  return Array.from(bandHashesOf(signature), (hash, band) => `${band}:${hash.toString(36)}`);
}

/** Exact Jaccard similarity of two sorted arrays of distinct shingle hashes. */
export function jaccardOfSorted(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}
