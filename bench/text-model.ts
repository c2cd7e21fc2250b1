import type { Corpus } from './corpus';
import { Random, Zipf } from './random';

/**
 * Council prose, new every time but made of the fixtures' own words: a word-level
 * Markov chain (two words of context, falling back to one) over the fixtures'
 * sentences, some sentences taken whole, and the long tail of any real archive
 * (wards, schools, streets, people, projects) from a seeded lexicon drawn by Zipf's
 * law, so that rare words are rare and common words are common, as in ten years of packs.
 */

const ONSETS = ['b', 'br', 'c', 'ch', 'cl', 'd', 'dr', 'f', 'g', 'gr', 'h', 'k', 'l', 'm', 'n', 'p', 'pr', 'r', 's'];
const MORE_ONSETS = ['sh', 'st', 'str', 't', 'th', 'tr', 'w', 'wh', 'y', 'bl', 'fl', 'sl', 'sp', 'sc', 'v'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ea', 'ai', 'ou', 'oo', 'y', 'ie'];
const CODAS = ['', 'n', 'm', 'r', 'l', 'th', 'st', 'ck', 'ng', 'nd', 'rd', 'ld', 'sh', 'x', 'ss'];
const PLACE_ENDINGS = ['ford', 'ley', 'ton', 'field', 'brook', 'wood', 'bury', 'ham', 'well', 'by', 'stone', 'moor'];
const FACILITIES = [
  'Primary School',
  'Academy',
  'Family Hub',
  'Community Centre',
  'Health Centre',
  'Library',
  'Children’s Home',
  'Youth Club',
  'Care Home',
  'Leisure Centre',
  'Road',
  'Lane',
  'Park',
];
const SCHEMES = ['project', 'programme', 'partnership', 'pilot', 'scheme', 'review', 'strategy', 'framework'];
const INITIALS = 'ABCDEFGHJKLMNPRSTW';

/** Stop words kept out of the lexicon's lower-case terms. */
const KEEP_SHORT = /^.{0,3}$/;

export class TextModel {
  private readonly next2 = new Map<string, string[]>();
  private readonly next1 = new Map<string, string[]>();
  private readonly starts: [string, string][] = [];
  /** Made-up words: place names, surnames, technical terms; rank 0 is the most used. */
  readonly lexicon: string[];
  private readonly zipf: Zipf;

  constructor(
    private readonly corpus: Corpus,
    seed: number,
    lexiconSize = 60_000,
  ) {
    for (const sentence of corpus.sentences) {
      const words = sentence.split(/\s+/);
      if (words.length < 3) continue;
      this.starts.push([words[0] as string, words[1] as string]);
      for (let i = 0; i + 2 < words.length; i++) {
        push(this.next2, `${words[i]} ${words[i + 1]}`, words[i + 2] as string);
      }
      for (let i = 0; i + 1 < words.length; i++) push(this.next1, words[i] as string, words[i + 1] as string);
    }
    this.lexicon = makeLexicon(new Random(seed, 'lexicon'), lexiconSize);
    this.zipf = new Zipf(lexiconSize, 1.07);
  }

  /** A word of the long tail, by Zipf rank. */
  rareWord(random: Random): string {
    return this.lexicon[this.zipf.sample(random)] as string;
  }

  place(random: Random): string {
    return `${capital(this.rareWord(random))}${random.pick(PLACE_ENDINGS)}`;
  }

  person(random: Random): string {
    return `${INITIALS[random.int(0, INITIALS.length - 1)]} ${capital(this.rareWord(random))}`;
  }

  /** A sentence: mostly new, from the chain; sometimes a fixture sentence with its facts changed. */
  sentence(random: Random, year: number): string {
    const base = random.chance(0.2) ? random.pick(this.corpus.sentences) : this.chain(random);
    return this.withTail(random, this.freshFacts(random, base, year));
  }

  paragraph(random: Random, year: number, sentences = random.logNormal(2, 0.5, 1, 7)): string {
    return Array.from({ length: sentences }, () => this.sentence(random, year)).join(' ');
  }

  listItem(random: Random, year: number): string {
    const base = random.chance(0.4) ? random.pick(this.corpus.listItems) : this.chain(random, 22);
    return this.withTail(random, this.freshFacts(random, base, year));
  }

  heading(random: Random): string {
    const base = random.pick(this.corpus.headings);
    return random.chance(0.3) ? `${base}: ${this.place(random)}` : base;
  }

  outcome(random: Random, year: number): string {
    return this.freshFacts(random, random.pick(this.corpus.outcomes), year).replace(/[.;?]+$/, '');
  }

  /** Changes one word or figure of a paragraph: how a report carried forward from last time differs. */
  lightEdit(random: Random, text: string): string {
    const words = text.split(' ');
    const at = random.int(0, words.length - 1);
    const word = words[at] as string;
    words[at] = /\d/.test(word) ? word.replace(/\d+/, String(random.int(2, 950))) : `${this.rareWord(random)}`;
    return words.join(' ');
  }

  private chain(random: Random, maxWords = 34): string {
    let [a, b] = random.pick(this.starts);
    const words = [a, b];
    while (words.length < maxWords && !/[.!?]["”’)]?$/.test(b)) {
      const options = (random.chance(0.3) ? undefined : this.next2.get(`${a} ${b}`)) ?? this.next1.get(b);
      if (!options) break;
      const next = random.pick(options);
      words.push(next);
      [a, b] = [b, next];
    }
    let text = words.join(' ').replace(/[,;:–-]+$/, '');
    if (!/[.!?]["”’)]?$/.test(text)) text += '.';
    return text;
  }

  /** New figures, dates and proper names for a sentence taken from the fixtures. */
  private freshFacts(random: Random, text: string, year: number): string {
    return text
      .replace(
        /\b(\d{1,2})(st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b/g,
        (_m, _d: string, suffix: string | undefined, month: string) =>
          `${random.int(1, 28)}${suffix ?? ''} ${month} ${year - random.int(0, 2)}`,
      )
      .replace(/\b(19|20)\d{2}\b/g, () => String(year - random.int(0, 3)))
      .replace(/(?<![\d/])\b\d{1,3}(?:,\d{3})*(?:\.\d+)?\b(?![/\d])/g, (n) =>
        n.length <= 2 ? String(random.int(2, 99)) : String(random.int(100, 9000)),
      )
      .replace(/\bCouncillor [A-Z][a-z]+\b/g, () => `Councillor ${capital(this.rareWord(random))}`);
  }

  /** About one sentence in three names somewhere or something: the rare words searched for. */
  private withTail(random: Random, sentence: string): string {
    if (!random.chance(0.35)) return sentence;
    const end = /[.!?]["”’)]?$/.exec(sentence)?.[0] ?? '';
    const body = sentence.slice(0, sentence.length - end.length);
    const tail = random.pick([
      () => ` in ${this.place(random)} ward`,
      () => ` at ${this.place(random)} ${random.pick(FACILITIES)}`,
      () => ` through the ${capital(this.rareWord(random))} ${random.pick(SCHEMES)}`,
      () => `, as ${this.person(random)} reported`,
      () => ` (see the ${this.rareWord(random)} ${random.pick(SCHEMES)})`,
      () => ` for ${this.rareWord(random)} ${this.rareWord(random)} cases`,
    ])();
    return `${body}${tail}${end || '.'}`;
  }
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function makeLexicon(random: Random, size: number): string[] {
  const onsets = [...ONSETS, ...MORE_ONSETS];
  const words = new Set<string>();
  while (words.size < size) {
    const syllables = random.int(2, 3);
    let word = '';
    for (let i = 0; i < syllables; i++) word += random.pick(onsets) + random.pick(VOWELS) + random.pick(CODAS);
    if (!KEEP_SHORT.test(word) && word.length <= 14) words.add(word);
  }
  return [...words];
}
