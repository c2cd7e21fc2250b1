import type { SearchQuery } from '../shared/domain';
import type { Corpus } from './corpus';
import { Random } from './random';
import type { TextModel } from './text-model';

export type QueryKind = 'rare word' | 'common word' | 'middling word' | 'phrase' | 'prefix' | 'two words';

export interface BenchQuery {
  kind: QueryKind;
  /** What the member types, for searchLibrary. */
  search: SearchQuery;
  /** The same words as substrings, all of which must appear: the LIKE scan. */
  like: string[];
  /** One pattern for pdfgrep -i (a regular expression): the rarest part of the query. */
  grep: string;
}

const STOP = new Set(
  'the and for that with were was had has have this from which been their would they there also into are not who its than'.split(
    ' ',
  ),
);

/** Words of the fixtures by how often they occur, most common first. */
function wordRanks(corpus: Corpus): string[] {
  const counts = new Map<string, number>();
  for (const sentence of corpus.sentences) {
    for (const word of sentence.toLowerCase().match(/[a-z]{4,}/g) ?? []) {
      if (!STOP.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w);
}

/** Two- and three-word phrases the fixtures use more than once ("action plan", "children in care"). */
function phrases(corpus: Corpus): string[] {
  const counts = new Map<string, number>();
  for (const sentence of corpus.sentences) {
    const words = sentence.toLowerCase().match(/[a-z]+/g) ?? [];
    for (let i = 0; i + 1 < words.length; i++) {
      const [a, b, c] = [words[i] as string, words[i + 1] as string, words[i + 2]];
      if (a.length >= 4 && b.length >= 4 && !STOP.has(a) && !STOP.has(b))
        counts.set(`${a} ${b}`, (counts.get(`${a} ${b}`) ?? 0) + 1);
      if (c && a.length >= 4 && c.length >= 4 && ['in', 'of', 'for', 'and'].includes(b) && !STOP.has(a)) {
        counts.set(`${a} ${b} ${c}`, (counts.get(`${a} ${b} ${c}`) ?? 0) + 1);
      }
    }
  }
  return [...counts]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([p]) => p);
}

/**
 * 200 searches a member makes: rare words (a ward, a school, a person, most of them
 * in a handful of papers or none), very common words (children, council, services),
 * middling words, quoted phrases, prefixes typed as you type, and two words together.
 */
export function benchQueries(corpus: Corpus, model: TextModel, seed: number): BenchQuery[] {
  const random = new Random(seed, 'queries');
  const ranks = wordRanks(corpus);
  const common = ranks.slice(0, 60);
  const middling = ranks.slice(150, 600);
  const allPhrases = phrases(corpus).slice(0, 150);
  /** Lexicon words from rank 1,000 to the end: from a few hundred papers down to none. */
  const rare = () =>
    model.lexicon[Math.floor(Math.exp(random.next() * Math.log(model.lexicon.length / 1000)) * 1000) - 1] as string;
  const queries: BenchQuery[] = [];
  const word = (kind: QueryKind, w: string) =>
    queries.push({ kind, search: { query: w }, like: [w], grep: escapeRegExp(w) });

  for (let i = 0; i < 50; i++) word('rare word', rare());
  for (let i = 0; i < 40; i++) word('common word', common[i % common.length] as string);
  for (let i = 0; i < 30; i++) word('middling word', random.pick(middling));
  for (let i = 0; i < 30; i++) {
    const phrase = allPhrases[i % allPhrases.length] as string;
    queries.push({
      kind: 'phrase',
      search: { query: `"${phrase}"` },
      like: [phrase],
      grep: phrase.split(' ').map(escapeRegExp).join('\\s+'),
    });
  }
  for (let i = 0; i < 30; i++) {
    const source = i % 3 === 0 ? rare() : i % 3 === 1 ? (common[i] as string) : random.pick(middling);
    const prefix = source.slice(0, Math.max(3, Math.min(source.length - 1, random.int(3, 6))));
    queries.push({
      kind: 'prefix',
      search: { query: prefix, asYouType: true },
      like: [prefix],
      grep: `\\b${escapeRegExp(prefix)}`,
    });
  }
  for (let i = 0; i < 20; i++) {
    const first = random.pick(common);
    const second = i % 2 === 0 ? random.pick(middling) : rare();
    queries.push({
      kind: 'two words',
      search: { query: `${first} ${second}` },
      like: [first, second],
      grep: escapeRegExp(second),
    });
  }
  return random.shuffle(queries);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
