/**
 * Seeded randomness for the benchmark: the same seed and the same key give the
 * same numbers on every machine, so any document of the library can be made on
 * its own (in any worker, in any order) and still come out the same.
 */

/** FNV-1a over a string, 32 bits: turns a key such as "report/3/2019/4" into a seed. */
export function hashKey(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** sfc32, seeded from the run's seed and a key naming what is being made. */
  constructor(seed: number, key = '') {
    this.a = hashKey(`a${seed}:${key}`);
    this.b = hashKey(`b${seed}:${key}`);
    this.c = hashKey(`c${seed}:${key}`);
    this.d = 1;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** A log-normal size around `median`, clamped: document and paragraph lengths are skewed like this. */
  logNormal(median: number, spread: number, min: number, max: number): number {
    const u = Math.max(1e-9, this.next());
    const v = this.next();
    const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return Math.round(Math.min(max, Math.max(min, median * Math.exp(spread * normal))));
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j] as T, items[i] as T];
    }
    return items;
  }
}

/**
 * Ranks drawn from a Zipf distribution (rank 1 most common), by inverting a
 * precomputed cumulative table: word use in any archive follows this shape.
 */
export class Zipf {
  private readonly cumulative: Float64Array;

  constructor(size: number, exponent: number) {
    this.cumulative = new Float64Array(size);
    let total = 0;
    for (let rank = 1; rank <= size; rank++) {
      total += 1 / rank ** exponent;
      this.cumulative[rank - 1] = total;
    }
    for (let i = 0; i < size; i++) this.cumulative[i] = (this.cumulative[i] as number) / total;
  }

  /** A 0-based rank. */
  sample(random: Random): number {
    const u = random.next();
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.cumulative[mid] as number) < u) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
