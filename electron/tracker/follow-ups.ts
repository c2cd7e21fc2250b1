/**
 * Where later minutes come back to something a committee asked for earlier, so
 * the chair can see an outcome being followed up. Three signals, strongest first:
 *
 * - a minute reference: "Further to Minute 4/21", "Minute 84 refers", "(Minute 23/22)";
 * - a "Matters arising" section, matched to the earlier outcomes by subject;
 * - the same subject: a later passage sharing enough distinctive words with an
 *   earlier outcome ("the progress update on the action plan that had been circulated").
 *
 * Only the same committee's earlier meetings count. These are proposals for the
 * chair to accept or reject, so precision matters more than recall: every
 * proposal says why it was made, weak subject matches are dropped, and no
 * outcome gets more than three.
 *
 * Pure: no I/O.
 */
import { MONTH_NAMES } from '../importing/structure/dates';

/** stem() remembers its answers: the same few thousand words come up for every outcome and passage. */
const STEMS = new Map<string, string>();

export interface LaterMinutes {
  meetingId: number;
  /** ISO date of the later meeting. */
  meetingDate: string;
  committee: string;
  /** The minutes' blocks in reading order. A block's kind, when given, marks headings. */
  blocks: { id: number; text: string; kind?: string }[];
}

export interface EarlierOutcome {
  id: number;
  meetingId: number;
  /** ISO date of the meeting that made the outcome. */
  meetingDate: string;
  committee: string;
  kind: string;
  text: string;
  /** The minute numbers the outcome was recorded under, e.g. ['4/21'] or ['8'], when known. */
  minuteRefs?: string[];
  itemTitle?: string | null;
}

export type FollowUpReason = 'minute-reference' | 'matters-arising' | 'same-subject';

export interface FollowUpProposal {
  outcomeId: number;
  blockId: number;
  reason: FollowUpReason;
  /** The sentence of the later minutes that refers back. */
  quote: string;
  /** 0 to 1. */
  confidence: number;
  /** Why, in plain English: "Refers back to Minute 4/21 (meeting of 24 June 2021)". */
  explanation: string;
}

/** No outcome gets more proposals than this. */
export const MAX_PROPOSALS_PER_OUTCOME = 3;
/** Subject matches below this are not shown. */
export const MIN_SUBJECT_CONFIDENCE = 0.5;

export function findFollowUps(later: LaterMinutes, earlier: EarlierOutcome[]): FollowUpProposal[] {
  const committee = committeeKey(later.committee);
  const candidates = earlier.filter(
    (o) =>
      committeeKey(o.committee) === committee &&
      o.meetingId !== later.meetingId &&
      /^\d{4}-\d{2}-\d{2}/.test(o.meetingDate) &&
      o.meetingDate.slice(0, 10) < later.meetingDate.slice(0, 10),
  );
  if (candidates.length === 0 || later.blocks.length === 0) return [];

  const index = new SubjectIndex(later.blocks.map((b) => b.text));
  const passedOver = new Set<string>();
  const byMinute = minuteReferences(later, candidates, index, passedOver);
  // A passage that cites a minute has said which of its outcomes it speaks to: no other signal adds the rest.
  const bySubject = [...mattersArising(later, candidates, index), ...sameSubject(later, candidates, index)].filter(
    (p) => !passedOver.has(`${p.outcomeId}:${p.blockId}`),
  );
  return capped([...byMinute, ...bySubject], later);
}

// ---------------------------------------------------------------------------
// (a) Minute references

/** "Minute 4/21", "Minutes 12 and 13/22", "minute no. 12", "Minute Number 84". */
const MINUTE_REFERENCE =
  /\bminutes?\s+(?:no\.?\s*|number\s+)?(\d{1,4}[a-z]?(?:\/\d{2,4})?)((?:\s*(?:,|and|&)\s*\d{1,4}[a-z]?(?:\/\d{2,4})?)*)(?!\d)/gi;

export interface MinuteRef {
  number: string;
  /** The year written after the slash, in full; null when none was written. */
  year: number | null;
  written: string;
}

/** "4/21" and "4/2021" -> number 4, year 2021; "84" -> number 84, no year. */
export function parseMinuteRef(text: string): MinuteRef | null {
  const match = /^\s*(?:minute\s+)?(\d{1,4}[a-z]?)(?:\/(\d{2}|\d{4})(?:[-/]\d{2,4})?)?\s*$/i.exec(text);
  if (!match?.[1]) return null;
  const number = match[1].toLowerCase().replace(/^0+(?=\d)/, '');
  // A bare four-digit number is a year ("the minutes 2021"), not a minute.
  if (!match[2] && /^(?:19|20)\d\d$/.test(number)) return null;
  const year = match[2] ? (match[2].length === 2 ? 2000 + Number(match[2]) : Number(match[2])) : null;
  return { number, year, written: text.trim() };
}

/** The years a minute number without one could carry: the calendar year, or the municipal year that began in May. */
function yearsOf(meetingDate: string): number[] {
  const year = Number(meetingDate.slice(0, 4));
  const month = Number(meetingDate.slice(5, 7));
  return month <= 5 ? [year, year - 1] : [year];
}

/** `passedOver` collects the outcomes of a cited minute that the citing passage does not speak to. */
function minuteReferences(
  later: LaterMinutes,
  candidates: EarlierOutcome[],
  index: SubjectIndex,
  passedOver: Set<string>,
): FollowUpProposal[] {
  const proposals: FollowUpProposal[] = [];
  later.blocks.forEach((block) => {
    for (const match of block.text.matchAll(MINUTE_REFERENCE)) {
      const refs = [match[1] ?? '', ...(match[2] ?? '').split(/\s*(?:,|and|&)\s*/)]
        .map((r) => r.trim())
        .filter((r) => r !== '');
      // "Minutes 12 and 13/22": the year written last belongs to each.
      const lastYear = /\/(\d{2,4})$/.exec(refs[refs.length - 1] ?? '')?.[1];
      for (const written of refs) {
        const ref = parseMinuteRef(lastYear && !written.includes('/') ? `${written}/${lastYear}` : written);
        if (!ref) continue;
        const quote = sentenceAround(block.text, match.index);
        const under = outcomesUnder(ref, candidates, later.meetingDate);
        proposals.push(
          ...under.flatMap(({ outcome, strength, siblings }) => {
            // A minute with several outcomes: only those the passage speaks to, by their own words.
            const group = under.filter((u) => u.outcome.meetingId === outcome.meetingId).map((u) => u.outcome);
            const own =
              siblings > 1 ? ownWordsShared(index, outcome, group, withoutMinuteTitle(block.text, match)) : null;
            if (own && (!own.speaks || isNoting(outcome.text))) {
              passedOver.add(`${outcome.id}:${block.id}`);
              return [];
            }
            let confidence = strength;
            if (siblings > 1) confidence -= 0.25 * (1 - index.score(outcome.text, quote).coverage);
            if (isNoting(outcome.text)) confidence -= 0.25;
            return [
              {
                outcomeId: outcome.id,
                blockId: block.id,
                reason: 'minute-reference' as const,
                quote: clip(quote),
                confidence: round(Math.max(MIN_SUBJECT_CONFIDENCE, confidence)),
                explanation:
                  `Refers back to Minute ${written} (meeting of ${longDate(outcome.meetingDate)})` +
                  (own
                    ? `, one of ${siblings} outcomes recorded under that minute; mentions ${quoteWords(own.words)}`
                    : ''),
              },
            ];
          }),
        );
      }
    }
  });
  return proposals;
}

/** "Minute 10/21 (Support to families self-isolating): …" – the title in brackets is the minute's, common to all its outcomes. */
function withoutMinuteTitle(text: string, match: RegExpMatchArray): string {
  const end = (match.index ?? 0) + match[0].length;
  return text.slice(0, end) + text.slice(end).replace(/^\s*\([^)]*\)/, '');
}

/**
 * Whether a passage that cites a minute with several outcomes speaks to this one: it must share two of the
 * outcome's own words, or one and a pair of words together ("action plan"). A word is the outcome's own when
 * not every other outcome of the minute has it (the minute's common subject tells them apart no more than its
 * number does) and no outcome the passage matches better has it; words every set of minutes uses never count.
 */
function ownWordsShared(
  index: SubjectIndex,
  outcome: EarlierOutcome,
  group: EarlierOutcome[],
  passage: string,
): { speaks: boolean; words: string[] } {
  const { sharedPairs, coverage } = index.score(outcome.text, passage);
  const others = group.filter((o) => o.id !== outcome.id && !isNoting(o.text));
  const otherTerms = others.map((o) => new Set(index.terms(o.text)));
  const betterTerms = others
    .filter((o) => index.score(o.text, passage).coverage > coverage)
    .map((o) => new Set(index.terms(o.text)));
  const inPassage = index.surfaceWords(passage);
  const words = index
    .terms(outcome.text)
    .filter(
      (term) =>
        !GENERIC_WORDS.has(term) &&
        inPassage.has(term) &&
        !(otherTerms.length > 0 && otherTerms.every((terms) => terms.has(term))) &&
        !betterTerms.some((terms) => terms.has(term)),
    )
    .map((term) => inPassage.get(term) as string);
  return { speaks: words.length >= 2 || (words.length === 1 && sharedPairs >= 1), words };
}

/** The outcomes recorded under a referenced minute, with how sure the match is. */
function outcomesUnder(
  ref: MinuteRef,
  candidates: EarlierOutcome[],
  laterDate: string,
): { outcome: EarlierOutcome; strength: number; siblings: number }[] {
  const matches = candidates.flatMap((outcome) => {
    let best = 0;
    for (const own of (outcome.minuteRefs ?? []).map(parseMinuteRef)) {
      if (!own || own.number !== ref.number) continue;
      if (ref.year !== null && own.year !== null) best = Math.max(best, ref.year === own.year ? 0.95 : 0);
      else if (ref.year !== null) best = Math.max(best, yearsOf(outcome.meetingDate).includes(ref.year) ? 0.9 : 0);
      else best = Math.max(best, 0.85);
    }
    return best > 0 ? [{ outcome, strength: best }] : [];
  });
  // "Minute 84" with no year: the most recent earlier meeting, within the year, that had a minute 84
  // (most councils number minutes afresh each municipal year).
  const yearBefore = `${Number(laterDate.slice(0, 4)) - 1}${laterDate.slice(4, 10)}`;
  const recent = matches.filter((m) => m.outcome.meetingDate >= yearBefore);
  const latest = recent.reduce((d, m) => (m.outcome.meetingDate > d ? m.outcome.meetingDate : d), '');
  const kept = ref.year !== null ? matches : recent.filter((m) => m.outcome.meetingDate === latest);
  return kept.map((m) => ({
    ...m,
    siblings: kept.filter((k) => k.outcome.meetingId === m.outcome.meetingId).length,
  }));
}

// ---------------------------------------------------------------------------
// (b) Matters arising

const MATTERS_ARISING = /^(?:\d{1,3}[a-z]?[.)]?\s+)?matters arising\b/i;

/** The blocks of the "Matters arising" sections: from the heading (or paragraph) to the next heading. */
function mattersArisingBlocks(later: LaterMinutes): { id: number; text: string }[] {
  const found: { id: number; text: string }[] = [];
  let inside = false;
  for (const block of later.blocks) {
    if (MATTERS_ARISING.test(block.text)) {
      inside = true;
      const rest = block.text.replace(MATTERS_ARISING, '').replace(/^[\s:–-]+/, '');
      if (!looksLikeHeading(block) && rest.trim() !== '') found.push({ id: block.id, text: rest });
      continue;
    }
    if (inside && looksLikeHeading(block)) inside = false;
    if (inside) found.push(block);
  }
  return found;
}

const SMALL_WORDS = new Set(['and', 'of', 'for', 'the', 'in', 'on', 'to', 'a', 'an', 'at', 'by', 'with', 'from']);

/** A heading by kind, or by shape: short, no closing stop, numbered or in Title Case. */
function looksLikeHeading(block: { text: string; kind?: string }): boolean {
  if (block.kind) return block.kind === 'heading';
  const text = block.text.trim();
  if (text.length > 100 || /[.:;,!?]$/.test(text)) return false;
  const words = text.replace(/^\d{1,3}[a-z]?[.)]?\s+/, '').split(/\s+/);
  if (words.length > 14) return false;
  const big = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  return /^\d{1,3}[a-z]?[.)]?\s+[A-Z]/.test(text) || big.every((w) => /^[A-Z0-9(‘'"“]/.test(w));
}

function mattersArising(later: LaterMinutes, candidates: EarlierOutcome[], index: SubjectIndex): FollowUpProposal[] {
  const blocks = mattersArisingBlocks(later);
  if (blocks.length === 0) return [];
  // Matters arising come from the last meeting's minutes; older meetings need a closer match.
  const latest = candidates.reduce((d, o) => (o.meetingDate > d ? o.meetingDate : d), '');
  return candidates.flatMap((outcome) => {
    if (isNoting(outcome.text)) return [];
    let best: FollowUpProposal | null = null;
    for (const block of blocks) {
      const { coverage, distinctive, sentence } = index.bestSentence(outcome.text, block.text);
      if (distinctive.length === 0) continue;
      const confidence = round(Math.min(0.9, 0.25 + 0.6 * coverage + (outcome.meetingDate === latest ? 0.05 : -0.05)));
      if (confidence < MIN_SUBJECT_CONFIDENCE || (best && best.confidence >= confidence)) continue;
      best = {
        outcomeId: outcome.id,
        blockId: block.id,
        reason: 'matters-arising',
        quote: clip(sentence),
        confidence,
        explanation: `Raised under Matters arising; mentions ${quoteWords(distinctive)}, as in the ${kindName(outcome.kind)} of ${longDate(outcome.meetingDate)}`,
      };
    }
    return best ? [best] : [];
  });
}

// ---------------------------------------------------------------------------
// (c) The same subject

function sameSubject(later: LaterMinutes, candidates: EarlierOutcome[], index: SubjectIndex): FollowUpProposal[] {
  return candidates.flatMap((outcome) => {
    // "Note the report", "thank officers": nothing to follow up by subject.
    if (isNoting(outcome.text)) return [];
    const wanted = index.terms(outcome.text).filter((t) => index.isDistinctive(t));
    const needed = Math.min(2, wanted.length);
    if (needed === 0) return [];
    let best: FollowUpProposal | null = null;
    for (const block of later.blocks) {
      // No sentence of a block can share more distinctive words than the whole block: skip it unscored.
      if (index.sharedWith(block.text, wanted) < needed) continue;
      const { coverage, distinctive, sentence, sharedPairs } = index.bestSentence(outcome.text, block.text);
      if (distinctive.length < needed) continue;
      const confidence = round(Math.min(0.9, 0.2 + 0.7 * coverage + 0.05 * Math.min(2, sharedPairs)));
      if (confidence < MIN_SUBJECT_CONFIDENCE || (best && best.confidence >= confidence)) continue;
      best = {
        outcomeId: outcome.id,
        blockId: block.id,
        reason: 'same-subject',
        quote: clip(sentence),
        confidence,
        explanation: `Mentions ${quoteWords(distinctive)}, the subject of the ${kindName(outcome.kind)} of ${longDate(outcome.meetingDate)}`,
      };
    }
    return best ? [best] : [];
  });
}

// ---------------------------------------------------------------------------
// Putting the proposals together

const REASON_ORDER: Record<FollowUpReason, number> = { 'minute-reference': 0, 'matters-arising': 1, 'same-subject': 2 };

/** One proposal per outcome and block (the strongest reason), at most three per outcome, in reading order. */
function capped(proposals: FollowUpProposal[], later: LaterMinutes): FollowUpProposal[] {
  const byPair = new Map<string, FollowUpProposal>();
  for (const p of proposals) {
    const key = `${p.outcomeId}:${p.blockId}`;
    const held = byPair.get(key);
    if (
      !held ||
      REASON_ORDER[p.reason] < REASON_ORDER[held.reason] ||
      (p.reason === held.reason && p.confidence > held.confidence)
    ) {
      byPair.set(key, p);
    }
  }
  const byOutcome = new Map<number, FollowUpProposal[]>();
  for (const p of byPair.values()) byOutcome.set(p.outcomeId, [...(byOutcome.get(p.outcomeId) ?? []), p]);
  const position = new Map(later.blocks.map((b, i) => [b.id, i]));
  return [...byOutcome.values()]
    .flatMap((list) =>
      list
        .sort((a, b) => b.confidence - a.confidence || REASON_ORDER[a.reason] - REASON_ORDER[b.reason])
        .slice(0, MAX_PROPOSALS_PER_OUTCOME),
    )
    .sort(
      (a, b) =>
        (position.get(a.blockId) ?? 0) - (position.get(b.blockId) ?? 0) ||
        b.confidence - a.confidence ||
        a.outcomeId - b.outcomeId,
    );
}

// ---------------------------------------------------------------------------
// Subject similarity: content words, lightly stemmed, weighted by how rare they
// are in the later minutes (a word in every paragraph tells little).

/** Function words, and the words every set of minutes uses to record business. */
const STOP_WORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be been before being below between both but by ' +
    'can could did do does doing done down during each either etc few for from further had has have having he her here ' +
    'hers him his how however i if in into is it its itself just may me might more most much must my no nor not now of ' +
    'off on once only or other our out over own per same shall she should so some such than that the their them then ' +
    'there these they this those through to too under until up upon us very via was we were what when where whether ' +
    'which while who whom why will with within would yet you your ' +
    // Recording business
    'agree agreed ask asked asks consider considered consideration given give note noted notes noting request requested ' +
    'requests resolve resolved recommend recommended thank thanked thanks welcome welcomed regarding following include ' +
    'included including possible meeting meetings minute minutes item items held arising matters matter received receive ' +
    'discussed discuss questioned responses response questions question explained stated confirmed reported advised ' +
    'informed previous last next new'
  ).split(' '),
);

/** Words that belong to any committee's business: they count, but little. */
const GENERIC_WORDS = new Set(
  (
    'board boards scrutiny committee panel cabinet member members council councils councillor councillors officer officers ' +
    'report reports update updates information detail details service services progress paper papers director ' +
    'circulate circulated share shared provide provided communicate communicated brief briefing briefed chair ' +
    'work working city county authority local'
  )
    .split(' ')
    .map(stem),
);

/** Very light stemming: plurals, -ing, -ed, -ion, a final -e; enough for "circulated" ~ "circulate". */
export function stem(word: string): string {
  let stemmed = STEMS.get(word);
  if (stemmed === undefined) {
    if (STEMS.size >= 50_000) STEMS.clear(); // minutes use a few thousand words: this only bounds memory
    stemmed = stemOnce(word);
    STEMS.set(word, stemmed);
  }
  return stemmed;
}

function stemOnce(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  const rules: [RegExp, string][] = [
    [/ies$/, 'y'],
    [/ied$/, 'y'],
    [/(ss)es$/, '$1'],
    [/([^s])s$/, '$1'],
    [/ing$/, ''],
    [/ed$/, ''],
    [/ion$/, ''],
    [/e$/, ''],
  ];
  for (const [pattern, replacement] of rules) {
    const next = w.replace(pattern, replacement);
    if (next !== w && next.length >= 3) w = next;
  }
  // "planned" -> "plann" -> "plan"
  return w.replace(/([b-df-hj-np-tv-z])\1$/, '$1');
}

/** Content words of a text, stemmed, in order (repeats kept, for word pairs). */
function contentTerms(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .match(/[a-z][a-z0-9]*/g) ?? []
  )
    .filter((w) => w.length >= 3 && !STOP_WORDS.has(w))
    .map(stem)
    .filter((w) => !STOP_WORDS.has(w));
}

interface SubjectScore {
  /** Share of the outcome's weighted words that the passage has too, 0 to 1. */
  coverage: number;
  /** The distinctive words shared, as the passage writes them. */
  distinctive: string[];
  /** Word pairs of the outcome that the passage has too ("action plan"). */
  sharedPairs: number;
  sentence: string;
}

class SubjectIndex {
  private readonly blockCount: number;
  private readonly documentFrequency = new Map<string, number>();

  constructor(blockTexts: string[]) {
    this.blockCount = blockTexts.length;
    for (const text of blockTexts) {
      for (const term of new Set(contentTerms(text))) {
        this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
      }
    }
  }

  /** What scoring needs of each outcome, passage and block, worked out once: the same few are compared many times. */
  private readonly wantedTerms = new Map<string, string[]>();
  private readonly passages = new Map<string, { surface: Map<string, string>; pairs: Set<string> }>();
  private readonly blockSentences = new Map<string, string[]>();
  private readonly blockWords = new Map<string, Set<string>>();

  terms(text: string): string[] {
    return [...new Set(contentTerms(text))];
  }

  /** The passage's content words by stem, as the passage writes them. */
  surfaceWords(passage: string): Map<string, string> {
    return this.passage(passage).surface;
  }

  /** How many of these terms the block has anywhere. */
  sharedWith(blockText: string, terms: string[]): number {
    let words = this.blockWords.get(blockText);
    if (!words) {
      words = new Set(this.passage(blockText).surface.keys());
      this.blockWords.set(blockText, words);
    }
    let shared = 0;
    for (const term of terms) if (words.has(term)) shared++;
    return shared;
  }

  private passage(passage: string): { surface: Map<string, string>; pairs: Set<string> } {
    let found = this.passages.get(passage);
    if (!found) {
      const passageWords =
        passage
          .toLowerCase()
          .replace(/['’]s\b/g, '')
          .match(/[a-z][a-z0-9]*/g) ?? [];
      const surface = new Map<string, string>();
      for (const word of passageWords) {
        if (word.length >= 3 && !STOP_WORDS.has(word) && !surface.has(stem(word))) surface.set(stem(word), word);
      }
      const passageTerms = contentTerms(passage);
      found = { surface, pairs: new Set(passageTerms.slice(1).map((t, i) => `${passageTerms[i]} ${t}`)) };
      this.passages.set(passage, found);
    }
    return found;
  }

  /** Inverse document frequency over the later minutes, scaled to 0.3..1. */
  weight(term: string): number {
    const df = this.documentFrequency.get(term) ?? 0;
    const rarity = df === 0 ? 1 : Math.log(1 + this.blockCount / df) / Math.log(1 + this.blockCount);
    return (GENERIC_WORDS.has(term) ? 0.25 : 1) * (0.3 + 0.7 * rarity);
  }

  /** Not a generic word, and not in more than a quarter of the later minutes' blocks. */
  isDistinctive(term: string): boolean {
    const df = this.documentFrequency.get(term) ?? 0;
    return !GENERIC_WORDS.has(term) && df <= Math.max(3, this.blockCount / 4);
  }

  score(outcomeText: string, passage: string): SubjectScore {
    let wanted = this.wantedTerms.get(outcomeText);
    if (!wanted) {
      wanted = contentTerms(outcomeText);
      this.wantedTerms.set(outcomeText, wanted);
    }
    const wantedSet = new Set(wanted);
    const { surface, pairs } = this.passage(passage);
    let total = 0;
    let shared = 0;
    const distinctive: string[] = [];
    for (const term of wantedSet) {
      const weight = this.weight(term);
      total += weight;
      const seen = surface.get(term);
      if (seen === undefined) continue;
      shared += weight;
      if (this.isDistinctive(term)) distinctive.push(seen);
    }
    const sharedPairs = new Set(
      wanted.slice(1).flatMap((t, i) => {
        const pair = `${wanted[i]} ${t}`;
        return pairs.has(pair) && !(GENERIC_WORDS.has(t) && GENERIC_WORDS.has(wanted[i] ?? '')) ? [pair] : [];
      }),
    ).size;
    return { coverage: total === 0 ? 0 : shared / total, distinctive, sharedPairs, sentence: passage };
  }

  /** The sentence of a block that best matches the outcome: shared words must stand together. */
  bestSentence(outcomeText: string, blockText: string): SubjectScore {
    let best: SubjectScore = { coverage: 0, distinctive: [], sharedPairs: 0, sentence: blockText };
    let split = this.blockSentences.get(blockText);
    if (!split) {
      split = sentences(blockText);
      this.blockSentences.set(blockText, split);
    }
    for (const sentence of split) {
      const score = this.score(outcomeText, sentence);
      if (score.coverage > best.coverage) best = score;
    }
    return best;
  }
}

// ---------------------------------------------------------------------------
// Small helpers

/** Resolutions that only note, receive or thank: done at the meeting itself. */
function isNoting(text: string): boolean {
  return /^(?:that\s+)?(?:the\s+(?:scrutiny\s+)?(?:board|committee|panel)\s+)?(?:note|notes|noted|receive|received|thank|thanks|welcome|welcomed)\b/i.test(
    text.trim(),
  );
}

function committeeKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/&/g, 'and')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+(?=[A-Z(“"‘'])/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The sentence of `text` that holds the character at `at`. */
function sentenceAround(text: string, at: number): string {
  let start = 0;
  for (const sentence of sentences(text)) {
    const found = text.indexOf(sentence, start);
    if (found <= at && at < found + sentence.length) return sentence;
    start = found + sentence.length;
  }
  return text;
}

function clip(text: string, length = 300): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).replace(/\s+\S*$/, '')}…`;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function quoteWords(words: string[]): string {
  const quoted = words.map((w) => `“${w}”`);
  return quoted.length <= 1
    ? (quoted[0] ?? '')
    : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1] ?? ''}`;
}

const KIND_NAMES: Record<string, string> = {
  resolution: 'resolution',
  request: 'request',
  'information-request': 'request for information',
  'follow-up': 'follow-up',
  'work-programme': 'work programme addition',
  recommendation: 'recommendation',
  action: 'action',
};

function kindName(kind: string): string {
  return KIND_NAMES[kind] ?? 'outcome';
}

function longDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return `${day ?? ''} ${MONTH_NAMES[(month ?? 1) - 1] ?? ''} ${year ?? ''}`;
}
