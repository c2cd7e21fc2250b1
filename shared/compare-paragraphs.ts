import { diffArrays } from 'diff';

export type WordPart = { text: string; change: 'added' | 'removed' | 'same' };

export type ParagraphChange =
  | { kind: 'added'; after: string; page: number | null }
  | { kind: 'removed'; before: string; page: number | null }
  | { kind: 'altered'; before: string; after: string; page: number | null; words: WordPart[] };

export interface ParagraphInput {
  text: string;
  page: number | null;
}

/** Above this share of words in common, a removed and an added paragraph are one paragraph altered. */
const ALTERED_IF_SHARED = 0.5;

/** Whole words, with the spaces between them, so that "£4.2" becomes "£4.6" rather than "2" becoming "6". */
const tokens = (text: string) => text.split(/(\s+)/).filter(Boolean);

function wordsOf(before: string, after: string): WordPart[] {
  return diffArrays(tokens(before), tokens(after)).map((part) => ({
    text: part.value.join(''),
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }));
}

function shared(words: WordPart[]): number {
  const length = (change: WordPart['change'][]) =>
    words.filter((w) => change.includes(w.change)).reduce((n, w) => n + w.text.length, 0);
  const same = length(['same']);
  return same / Math.max(1, Math.max(length(['same', 'removed']), length(['same', 'added'])));
}

/**
 * What changed between two versions of a paper, paragraph by paragraph: added, removed,
 * and altered (a paragraph removed where a similar one was added), in the order of the
 * later version. Unchanged paragraphs are counted, not listed.
 */
export function compareParagraphs(
  before: ParagraphInput[],
  after: ParagraphInput[],
): { changes: ParagraphChange[]; unchanged: number } {
  const parts = diffArrays(
    before.map((p) => p.text),
    after.map((p) => p.text),
  );
  const changes: ParagraphChange[] = [];
  let unchanged = 0;
  let i = 0; // in before
  let j = 0; // in after
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    if (!part) continue;
    if (!part.added && !part.removed) {
      unchanged += part.count ?? part.value.length;
      i += part.value.length;
      j += part.value.length;
      continue;
    }
    const next = parts[k + 1];
    const removed = part.removed ? before.slice(i, i + part.value.length) : [];
    const added = part.added ? after.slice(j, j + part.value.length) : [];
    if (part.removed && next?.added) {
      added.push(...after.slice(j, j + next.value.length));
      k++;
    }
    i += removed.length;
    j += added.length;
    // Pair each removed paragraph with the first similar added one still unpaired.
    const used = new Set<number>();
    const paired = new Map<number, { before: ParagraphInput; words: WordPart[] }>();
    const loose: ParagraphInput[] = [];
    for (const old of removed) {
      const match = added.findIndex((p, n) => !used.has(n) && shared(wordsOf(old.text, p.text)) >= ALTERED_IF_SHARED);
      if (match < 0) {
        loose.push(old);
        continue;
      }
      used.add(match);
      paired.set(match, { before: old, words: wordsOf(old.text, (added[match] as ParagraphInput).text) });
    }
    for (const old of loose) changes.push({ kind: 'removed', before: old.text, page: old.page });
    added.forEach((p, n) => {
      const pair = paired.get(n);
      changes.push(
        pair
          ? { kind: 'altered', before: pair.before.text, after: p.text, page: p.page, words: pair.words }
          : { kind: 'added', after: p.text, page: p.page },
      );
    });
  }
  return { changes, unchanged };
}
