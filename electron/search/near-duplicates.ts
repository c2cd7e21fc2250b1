import { LIST_MARKER } from '../importing/blocks';
import { BANDS, bandHashesOf, hash32, jaccardOfSorted, minHashOf } from './minhash';

export { bandKeysOf, estimateSimilarity, BANDS, ROWS_PER_BAND, SIGNATURE_SIZE } from './minhash';

/**
 * Finds paragraphs that were reported before: the same sentences, re-worded a little
 * and re-wrapped, in an earlier paper. Each paragraph is cut into passages (sentences,
 * short ones joined to a neighbour); each passage becomes a set of word shingles, a
 * MinHash signature and LSH band keys. A passage is a candidate match only when one of
 * its bands agrees, so a query looks at a handful of passages however big the library.
 * Comparing passages rather than whole paragraphs finds a repeated sentence inside a
 * paragraph that is otherwise new, as update reports often carry one forward.
 */

/** Fewer words than this after normalising (about 14 words of prose) cannot be judged. */
export const MIN_COMPARABLE_WORDS = 8;
/**
 * Two content words, about four words of prose once "the", "of", "has been" are gone.
 * Measured on every one-word change to every fixture paragraph, pairs keep 98% of them
 * whole where triples keep 95%: a changed word breaks k shingles, and sentences are short.
 * Different facts in the same formula ("The letter … was published on 22 February
 * 2018" / "… 21 March 2019") still score only 0.4.
 */
export const SHINGLE_SIZE = 2;
/** Sentences join until a passage has this many words: one changed word then breaks at most 2 of 9 shingles. */
export const MIN_PASSAGE_WORDS = 10;
/**
 * Least Jaccard similarity of two passages' shingles for one to repeat the other. On the
 * fixtures, repeated sentences score 0.64 and above, loose re-wordings of a sentence 0.33
 * to 0.45, unrelated passages 0.29 at most, and a heading naming the same board 0.5.
 * At 0.5, LSH makes 87% of pairs candidates; at 0.64, 99.7%.
 */
export const REPORTED_BEFORE_THRESHOLD = 0.5;

/**
 * Function words, including every auxiliary and modal, so that tense and voice fold
 * together: "have both given" and "continued to give", "is" and "was", "has been" and
 * "had been" leave the same content words. "no" and "not" stay: they change the facts.
 */
const STOP_WORDS = new Set(
  (
    'a an the and or but nor of to in on at by for from with into onto as than then so if ' +
    'this that these those it its they them their there here which who whom whose what when where while ' +
    'we our us you your he him his she her i me my ' +
    'am is are was were be been being has have had having do does did doing ' +
    'will would shall should can could might must also both all any each such very'
  ).split(' '),
);

/**
 * A deliberately tiny stemmer: plural -s/-ies, then -ing, -ed, -en (given, taken) or -ly,
 * then a final -e or -y, leaving at least three letters. "remains"/"remained" → "remain",
 * "includes"/"included" → "includ", "give"/"given" → "giv", "priorities" → "prioriti".
 * It over-strips some words ("family" → "fami"), which is harmless: both papers get the same.
 */
function stem(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  const suffix = /(?:ing|ed|en|ly)$/.exec(w)?.[0];
  if (suffix && w.length - suffix.length >= 3) {
    w = w.slice(0, -suffix.length);
    if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(?:ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  }
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('y')) w = `${w.slice(0, -1)}i`;
  return w;
}

/** Lower-case content words, stemmed, separated by single spaces. */
export function normaliseForComparison(text: string): string {
  return wordsOf(text).join(' ');
}

function wordsOf(text: string): string[] {
  const withoutMarker = text.trim().replace(LIST_MARKER, '');
  return withoutMarker
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’‘`]s\b/g, '') // possessive: "children’s" → "children"
    .replace(/['’‘`]/g, '') // other apostrophes: "don’t" → "dont"
    .replace(/\b(\d+)(?:st|nd|rd|th)\b/g, '$1') // "13th June" → "13 June"
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !STOP_WORDS.has(w) && !/^\p{L}$/u.test(w))
    .map(stem);
}

/** Word k-shingles of normalised text; text shorter than k words is one shingle. */
export function shinglesOf(normalised: string, size = SHINGLE_SIZE): string[] {
  const words = normalised.split(' ').filter((w) => w !== '');
  if (words.length <= size) return words.length === 0 ? [] : [words.join(' ')];
  return Array.from({ length: words.length - size + 1 }, (_, i) => words.slice(i, i + size).join(' '));
}

function shingleHashesOf(words: string[]): Uint32Array {
  const hashes = new Uint32Array(shinglesOf(words.join(' ')).map(hash32)).sort();
  return hashes.filter((hash, i) => i === 0 || hash !== hashes[i - 1]);
}

/** The MinHash signature of a whole text's shingles (all 0xffffffff when it has no words). */
export function signatureOf(text: string): Uint32Array {
  return minHashOf(shingleHashesOf(wordsOf(text)));
}

/** Whether a paragraph has enough words to tell a repeat from a coincidence. */
export function isComparable(text: string): boolean {
  return wordsOf(text).length >= MIN_COMPARABLE_WORDS;
}

/** Sentences of a paragraph, joined until each has MIN_PASSAGE_WORDS words; the rest joins the last. */
export function passagesOf(text: string): { words: number; shingles: Uint32Array }[] {
  const sentences = text.split(/(?<=[.!?]["”’')\]]?)\s+(?=["“‘'(]?[A-Z0-9])/).map(wordsOf);
  const groups: string[][] = [];
  let open: string[] = [];
  for (const words of sentences) {
    open = open.concat(words);
    if (open.length >= MIN_PASSAGE_WORDS) {
      groups.push(open);
      open = [];
    }
  }
  const last = groups.at(-1);
  if (last) last.push(...open);
  else if (open.length > 0) groups.push(open);
  return groups.map((words) => ({ words: words.length, shingles: shingleHashesOf(words) }));
}

/**
 * A bucket this full holds boilerplate repeated in hundreds of papers ("The Board noted
 * the report"): its earliest this many passages are compared, which is enough to show a
 * passage is not new, instead of thousands. Buckets of real news hold a few passages.
 * Measured on a 100-page report against 1.2 million paragraphs: 32 marks the same 714 of
 * 1,047 paragraphs as no cap (8 marked 710, 16 marked 713), in 1.1 s instead of 10 s.
 */
export const MAX_CANDIDATES_PER_BUCKET = 32;

/** Each band's hash cut to 30 bits: a small integer, which a Map hashes several times faster. */
export function bucketKeysOf(shingles: Uint32Array): Uint32Array {
  return bandHashesOf(minHashOf(shingles)).map((hash) => hash >>> 2);
}

export interface EarlierMatch<M> {
  id: number;
  meta: M;
  /** Jaccard similarity of the repeated passages, weighted by their words: 1 when word for word. */
  similarity: number;
  /** Share of the paragraph's words in passages repeated from the earlier paragraph: 1 when all of it. */
  share: number;
}

export interface NearDuplicateQuery<M> {
  match: EarlierMatch<M> | null;
  /** Earlier passages compared with this paragraph's passages: the work the query did. */
  candidates: number;
}

/**
 * An in-memory index, for tests and small libraries. Add papers in date order and query
 * each paragraph of a paper before adding it, so that every match is an earlier paper.
 */
export class NearDuplicateIndex<M = undefined> {
  private readonly paragraphs: { id: number; meta: M }[] = [];
  private readonly passages: { paragraph: number; shingles: Uint32Array }[] = [];
  private readonly buckets = Array.from({ length: BANDS }, () => new Map<number, number[]>());

  constructor(private readonly threshold = REPORTED_BEFORE_THRESHOLD) {}

  /** Paragraphs indexed. */
  get size(): number {
    return this.paragraphs.length;
  }

  /** Indexes a paragraph; false, and nothing indexed, when it is too short to judge. */
  add(id: number, text: string, meta: M): boolean {
    if (!isComparable(text)) return false;
    const paragraph = this.paragraphs.push({ id, meta }) - 1;
    for (const { shingles } of passagesOf(text)) {
      const passage = this.passages.push({ paragraph, shingles }) - 1;
      bucketKeysOf(shingles).forEach((key, band) => {
        const bucket = this.buckets[band]?.get(key);
        if (bucket) bucket.push(passage);
        else this.buckets[band]?.set(key, [passage]);
      });
    }
    return true;
  }

  /** The earlier paragraph that repeats most of this one, or null when none repeats any of it. */
  query(text: string): NearDuplicateQuery<M> {
    const result = findEarlier(
      text,
      (keys) => {
        const seen = new Set<number>();
        keys.forEach((key, band) => {
          for (const passage of this.buckets[band]?.get(key) ?? []) seen.add(passage);
        });
        return [...seen].flatMap((i) => (this.passages[i] ? [this.passages[i]] : []));
      },
      this.threshold,
    );
    const earlier = result.match && this.paragraphs[result.match.paragraph];
    if (!result.match || !earlier) return { match: null, candidates: result.candidates };
    return {
      match: { ...earlier, similarity: result.match.similarity, share: result.match.share },
      candidates: result.candidates,
    };
  }
}

/** Earlier passages that share a bucket with one of these keys (one key per band). */
export type CandidateLookup = (bucketKeys: Uint32Array) => { paragraph: number; shingles: Uint32Array }[];

/**
 * The earlier paragraph that repeats most of this one: each passage is checked
 * against the candidates its buckets bring (exact Jaccard of the shingles),
 * then the paragraph with most words repeated wins. Works on any store.
 */
export function findEarlier(
  text: string,
  lookup: CandidateLookup,
  threshold = REPORTED_BEFORE_THRESHOLD,
): { match: { paragraph: number; similarity: number; share: number } | null; candidates: number } {
  if (!isComparable(text)) return { match: null, candidates: 0 };
  return findEarlierFor(passagesOf(text), lookup, threshold);
}

/** findEarlier for a paragraph already cut into passages (see passagesOf), when the caller needed them first. */
export function findEarlierFor(
  passages: { words: number; shingles: Uint32Array; keys?: Uint32Array }[],
  lookup: CandidateLookup,
  threshold = REPORTED_BEFORE_THRESHOLD,
): { match: { paragraph: number; similarity: number; share: number } | null; candidates: number } {
  const totalWords = passages.reduce((sum, p) => sum + p.words, 0);
  const found = new Map<number, { words: number; weighted: number }>();
  let candidates = 0;
  for (const { words, shingles, keys } of passages) {
    const earlier = lookup(keys ?? bucketKeysOf(shingles));
    candidates += earlier.length;
    const best = new Map<number, number>();
    for (const candidate of earlier) {
      const similarity = jaccardOfSorted(shingles, candidate.shingles);
      if (similarity >= threshold && similarity > (best.get(candidate.paragraph) ?? 0))
        best.set(candidate.paragraph, similarity);
    }
    for (const [paragraph, similarity] of best) {
      const tally = found.get(paragraph) ?? { words: 0, weighted: 0 };
      found.set(paragraph, { words: tally.words + words, weighted: tally.weighted + similarity * words });
    }
  }
  // Most words repeated, then most alike, then the first indexed.
  const [chosen] = [...found].sort(([a, x], [b, y]) => y.words - x.words || y.weighted - x.weighted || a - b);
  if (!chosen) return { match: null, candidates };
  const { words, weighted } = chosen[1];
  return { match: { paragraph: chosen[0], similarity: weighted / words, share: words / totalWords }, candidates };
}
