/**
 * One decision is often published more than once: as the site's decision, in the site's
 * minutes, in the printed minutes, and again in a corrected version. These decide when an
 * outcome found in a new source is one the library already knows for that meeting.
 */

/** The words of an outcome, ignoring case, spacing and punctuation (and ligatures a PDF may use). */
export function outcomeKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export interface KnownOutcome {
  id: number;
  text: string;
  itemId: number | null;
}

export interface FoundOutcome {
  text: string;
  itemId: number | null;
  /** What the paper printed around it. */
  quote?: string;
}

/**
 * "… thefts from sheds. Clerk to contact PCSO" and "… motorbikes on the lane. Clerk to contact PCSO": the same few
 * words, each quoted with the sentence it answers, are two outcomes.
 */
export function saidOfAnotherMatter(a: { text: string; quote?: string }, b: { text: string; quote?: string }): boolean {
  return (
    a.quote !== undefined &&
    b.quote !== undefined &&
    a.text.split(/\s+/).length <= 7 &&
    a.quote !== b.quote &&
    a.quote.length > a.text.length &&
    b.quote.length > b.text.length
  );
}

const PASSES: ((known: KnownOutcome, found: FoundOutcome) => boolean)[] = [
  (k, f) => k.itemId === f.itemId,
  (k, f) => k.itemId === null || f.itemId === null,
  // Same words, another item: a paper that read its items differently from the site's.
  () => true,
];

/**
 * For each found outcome: the known outcome of the meeting with the same words it is
 * (each known one taken once, the same agenda item preferred), 'repeat' when the same
 * source already said it under the same item (a decision and a minute saying the same),
 * or 'new'. The same words under two items ("the report be noted") are two outcomes.
 */
export function matchOutcomes<K extends KnownOutcome>(known: K[], found: FoundOutcome[]): (K | 'repeat' | 'new')[] {
  const knownKeys = known.map((k) => outcomeKey(k.text));
  const foundKeys = found.map((f) => outcomeKey(f.text));
  const matches: (K | 'repeat' | null)[] = found.map((f, i) =>
    found.some((g, j) => j < i && foundKeys[j] === foundKeys[i] && g.itemId === f.itemId && !saidOfAnotherMatter(g, f))
      ? 'repeat'
      : null,
  );
  const taken = new Set<K>();
  for (const same of PASSES) {
    found.forEach((f, i) => {
      if (matches[i] !== null) return;
      const match = known.find((k, j) => !taken.has(k) && knownKeys[j] === foundKeys[i] && same(k, f));
      if (!match) return;
      taken.add(match);
      matches[i] = match;
    });
  }
  return matches.map((m) => m ?? 'new');
}
