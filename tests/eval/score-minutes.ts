/**
 * Scores what the import understood of one paper against the clerk's answer key
 * (`expected.json`, see its `_format` entry). Pure: no files, no database.
 *
 * Detection ignores kinds: a prediction lands on a required outcome when its
 * source quote or its text, normalised, contains the outcome's key phrase or one
 * of its also-phrases. Each required outcome is matched by at most one prediction
 * and each prediction matches at most one outcome (a maximum matching, trying
 * kind-right pairs first). Unmatched predictions that land on a required outcome
 * are duplicates, those that land on an optional phrase are neutral, the rest
 * are false positives.
 */
import type { OutcomeKind } from '../../shared/domain';

export interface ExpectedOutcome {
  kind: OutcomeKind;
  key_phrase: string;
  /** As printed; 'A|B' = minute A is agenda item B. */
  item_number: string | null;
  kind_alt?: OutcomeKind[];
  also_phrases?: string[];
}

export interface OptionalPhrase {
  key_phrase: string;
  item_number: string | null;
  why?: string;
}

export interface ExpectedDocument {
  meeting_date: string | null;
  committee: string | null;
  item_numbers: string[];
  outcomes: ExpectedOutcome[];
  optional: OptionalPhrase[];
}

export interface PredictedItem {
  number: string | null;
  minuteNumber: string | null;
}

export interface PredictedOutcome {
  kind: OutcomeKind;
  text: string;
  sourceQuote: string;
  /** The agenda item it sits under, or null. */
  item: PredictedItem | null;
}

export interface PredictedMeeting {
  date: string | null;
  /** null when the import did not name the committee. */
  committee: string | null;
  items: PredictedItem[];
  /** In document order. */
  outcomes: PredictedOutcome[];
}

export interface Mismatch<T> {
  right: boolean;
  predicted: T;
  expected: T;
}

/** What is counted in each paper and added up across papers. */
export interface Counts {
  required: number;
  detected: number;
  /** Detected with an acceptable kind. */
  kindRight: number;
  /** Detected outcomes whose key gives an item number. */
  attributable: number;
  /** ...and whose prediction sits under that item. */
  attributed: number;
  predictions: number;
  /** Predictions on an optional phrase or on an outcome another prediction matched. */
  neutral: number;
  /** Predictions on an outcome another prediction matched (part of neutral). */
  duplicates: number;
  falsePositives: number;
}

const COUNTS = [
  'required',
  'detected',
  'kindRight',
  'attributable',
  'attributed',
  'predictions',
  'neutral',
  'duplicates',
  'falsePositives',
] as const satisfies readonly (keyof Counts)[];

export interface DocumentScore extends Counts {
  date: Mismatch<string | null> & { invented: boolean };
  committee: Mismatch<string | null>;
  items: Mismatch<string[]>;
  /** Key phrases of required outcomes no prediction landed on. */
  missed: ExpectedOutcome[];
  /** Texts of predictions that landed on nothing in the key. */
  falsePositiveTexts: string[];
  /** Texts of predictions that landed on an outcome another prediction matched. */
  duplicateTexts: string[];
  wrongKinds: { phrase: string; predicted: OutcomeKind; expected: OutcomeKind[] }[];
  wrongItems: { phrase: string; predicted: string | null; expected: string }[];
  /** Predictions whose text covers two or more required outcomes (only one can be credited). */
  merged: { text: string; outcomes: number }[];
}

// ---------------------------------------------------------------------------
// Text.

const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const DASHES = /[\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d]/g;
/** A word hyphenated at the end of a line: "recom-\nmendation". */
const BROKEN_WORD = /(\p{L})-[ \t]*\r?\n\s*(\p{L})/gu;

/**
 * NFKC, soft hyphens dropped, quotes and dashes made straight, a word hyphenated
 * across a line break joined ('recom-⏎mendation') or, with `keepHyphens`, kept
 * hyphenated ('decision-⏎making'), whitespace collapsed, lower case.
 */
export function normalise(text: string, keepHyphens = false): string {
  return text
    .normalize('NFKC')
    .replace(/\u00ad/g, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(BROKEN_WORD, keepHyphens ? '$1-$2' : '$1$2')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Whether `text` contains `phrase` once both are normalised, the line-end hyphen read either way. */
export function covers(text: string, phrase: string): boolean {
  const wanted = normalise(phrase);
  if (wanted === '') return false;
  return normalise(text).includes(wanted) || normalise(text, true).includes(wanted);
}

const phrasesOf = (outcome: ExpectedOutcome) => [outcome.key_phrase, ...(outcome.also_phrases ?? [])];

/** Whether a prediction's source quote or its text contains one of the outcome's phrases. */
function landsOn(prediction: PredictedOutcome, phrases: string[]): boolean {
  return phrases.some((p) => covers(prediction.sourceQuote, p) || covers(prediction.text, p));
}

export function kindAccepted(kind: OutcomeKind, outcome: ExpectedOutcome): boolean {
  return kind === outcome.kind || (outcome.kind_alt ?? []).includes(kind);
}

// ---------------------------------------------------------------------------
// Meeting facts.

/** An item's printed number as the key writes it: 'A|B' when the minute and agenda numbers differ. */
export function itemLabel(item: PredictedItem): string | null {
  const number = tidyNumber(item.number);
  const minute = tidyNumber(item.minuteNumber);
  if (number && minute && number !== minute) return `${minute}|${number}`;
  return number ?? minute;
}

/** Whitespace collapsed and a trailing '.' or ')' dropped ('4.' is printed item 4). */
function tidyNumber(value: string | null): string | null {
  if (value === null) return null;
  const tidy = value.replace(/\s+/g, ' ').trim().replace(/[.)]$/, '');
  return tidy === '' ? null : tidy;
}

function sameItemNumber(a: string, b: string): boolean {
  return a.split('|').map(tidyNumber).join('|') === b.split('|').map(tidyNumber).join('|');
}

/** A local council named by its kind alone, as the body that met: 'Town Council', 'Parish Council', 'Full Council'. */
const LOCAL_COUNCIL_BY_KIND = /^(?:full )?(?:(?:parish|town|community|city) )?council$/;
/** Words that make a name another body's: 'Planning Committee of Ashby Town Council' is not the town council. */
const ANOTHER_BODY = /\b(?:committee|sub-committee|panel|board|group|forum|cabinet|executive|of)\b/;

/**
 * Case, spacing, a leading 'the', '&' for 'and', a hyphen for a space and a last word 'meeting' do not matter: 'The
 * Council' is 'Council', 'Licensing Sub Committee' is 'Licensing Sub-Committee', 'Parish Liaison Meeting' is 'Parish
 * Liaison'. Nor does the place before a local council's kind: 'Ashby Woulds Town Council' and 'Town Council' are the
 * same body, whichever the key and the import wrote (keys of real papers write both).
 */
export function sameCommittee(a: string | null, b: string | null): boolean {
  const tidy = (s: string | null) =>
    s === null
      ? null
      : normalise(s.replace(/&/g, ' and '))
          .replace(/^the /, '')
          .replace(/-/g, ' ')
          .replace(/ meeting$/, '');
  const [x, y] = [tidy(a), tidy(b)];
  if (x === y) return true;
  if (x === null || y === null) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (!LOCAL_COUNCIL_BY_KIND.test(short)) return false;
  const kind = short.replace(/^full /, '');
  const place = long.slice(0, -kind.length).trim();
  // "A Council" is a title cut short, not a place's council.
  return long.endsWith(` ${kind}`) && !ANOTHER_BODY.test(place) && !/^(?:a|an)$/.test(place);
}

// ---------------------------------------------------------------------------
// Matching.

/**
 * A maximum matching of predictions to required outcomes (Kuhn's augmenting
 * paths), trying kind-right outcomes first. Returns, per prediction, the index
 * of its outcome or -1.
 */
function matchPredictions(edges: number[][], outcomes: number): number[] {
  const outcomeOwner = new Array<number>(outcomes).fill(-1);
  const tryAssign = (p: number, seen: boolean[]): boolean => {
    for (const o of edges[p] ?? []) {
      if (seen[o]) continue;
      seen[o] = true;
      const owner = outcomeOwner[o] ?? -1;
      if (owner === -1 || tryAssign(owner, seen)) {
        outcomeOwner[o] = p;
        return true;
      }
    }
    return false;
  };
  edges.forEach((_, p) => tryAssign(p, new Array<boolean>(outcomes).fill(false)));
  const matchOf = new Array<number>(edges.length).fill(-1);
  outcomeOwner.forEach((p, o) => {
    if (p >= 0) matchOf[p] = o;
  });
  return matchOf;
}

export function scoreDocument(expected: ExpectedDocument, predicted: PredictedMeeting): DocumentScore {
  const required = expected.outcomes;
  const predictions = predicted.outcomes;
  const edges = predictions.map((p) => {
    const landed = required.flatMap((o, i) => (landsOn(p, phrasesOf(o)) ? [i] : []));
    const kindRight = landed.filter((i) => kindAccepted(p.kind, required[i] as ExpectedOutcome));
    return [...kindRight, ...landed.filter((i) => !kindRight.includes(i))];
  });
  const matchOf = matchPredictions(edges, required.length);
  const optionalPhrases = expected.optional.map((o) => o.key_phrase);

  const score: DocumentScore = {
    ...(Object.fromEntries(COUNTS.map((k) => [k, 0])) as Record<keyof Counts, number>),
    required: required.length,
    predictions: predictions.length,
    date: {
      right: predicted.date === expected.meeting_date,
      predicted: predicted.date,
      expected: expected.meeting_date,
      invented: expected.meeting_date === null && predicted.date !== null,
    },
    committee: {
      right: sameCommittee(predicted.committee, expected.committee),
      predicted: predicted.committee,
      expected: expected.committee,
    },
    items: itemsScore(expected.item_numbers, predicted.items),
    missed: required.filter((_, i) => !matchOf.includes(i)),
    falsePositiveTexts: [],
    duplicateTexts: [],
    wrongKinds: [],
    wrongItems: [],
    merged: [],
  };

  predictions.forEach((p, index) => {
    const landed = edges[index] ?? [];
    if (landed.length > 1) score.merged.push({ text: p.text, outcomes: landed.length });
    const o = matchOf[index] ?? -1;
    const outcome = required[o];
    if (outcome) {
      score.detected++;
      if (kindAccepted(p.kind, outcome)) score.kindRight++;
      else score.wrongKinds.push({ phrase: outcome.key_phrase, predicted: p.kind, expected: acceptedKinds(outcome) });
      if (outcome.item_number !== null) {
        score.attributable++;
        const label = p.item ? itemLabel(p.item) : null;
        if (label !== null && sameItemNumber(label, outcome.item_number)) score.attributed++;
        else score.wrongItems.push({ phrase: outcome.key_phrase, predicted: label, expected: outcome.item_number });
      }
    } else if (landed.length > 0) {
      score.duplicates++;
      score.neutral++;
      score.duplicateTexts.push(p.text || p.sourceQuote);
    } else if (landsOn(p, optionalPhrases)) {
      score.neutral++;
    } else {
      score.falsePositives++;
      score.falsePositiveTexts.push(p.text || p.sourceQuote);
    }
  });
  return score;
}

function acceptedKinds(outcome: ExpectedOutcome): OutcomeKind[] {
  return [outcome.kind, ...(outcome.kind_alt ?? [])];
}

function itemsScore(expected: string[], items: PredictedItem[]): Mismatch<string[]> {
  const predicted = items.map(itemLabel).filter((l): l is string => l !== null);
  const right = predicted.length === expected.length && predicted.every((l, i) => sameItemNumber(l, expected[i] ?? ''));
  return { right, predicted, expected };
}

// ---------------------------------------------------------------------------
// Totals.

export interface Totals extends Counts {
  documents: number;
  datesRight: number;
  inventedDates: number;
  committeesRight: number;
  itemsRight: number;
}

const TOTALS = [
  ...COUNTS,
  'documents',
  'datesRight',
  'inventedDates',
  'committeesRight',
  'itemsRight',
] as const satisfies readonly (keyof Totals)[];

export function emptyTotals(): Totals {
  return Object.fromEntries(TOTALS.map((k) => [k, 0])) as Record<keyof Totals, number>;
}

export function sumTotals(all: Totals[]): Totals {
  const sum = emptyTotals();
  for (const t of all) for (const k of TOTALS) sum[k] += t[k];
  return sum;
}

export function addScore(totals: Totals, score: DocumentScore): Totals {
  const one: Totals = {
    ...(Object.fromEntries(COUNTS.map((k) => [k, score[k]])) as Record<keyof Counts, number>),
    documents: 1,
    datesRight: score.date.right ? 1 : 0,
    inventedDates: score.date.invented ? 1 : 0,
    committeesRight: score.committee.right ? 1 : 0,
    itemsRight: score.items.right ? 1 : 0,
  };
  return sumTotals([totals, one]);
}

/** Shares, rounded to three places; null where there is nothing to divide by. */
export interface Metrics {
  recall: number | null;
  precision: number | null;
  kindAccuracy: number | null;
  itemAttribution: number | null;
  date: number | null;
  committee: number | null;
  items: number | null;
  duplicates: number;
  inventedDates: number;
  documents: number;
  required: number;
  predictions: number;
}

const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);

export function metrics(t: Totals): Metrics {
  return {
    recall: share(t.detected, t.required),
    precision: share(t.detected, t.predictions - t.neutral),
    kindAccuracy: share(t.kindRight, t.detected),
    itemAttribution: share(t.attributed, t.attributable),
    date: share(t.datesRight, t.documents),
    committee: share(t.committeesRight, t.documents),
    items: share(t.itemsRight, t.documents),
    duplicates: t.duplicates,
    inventedDates: t.inventedDates,
    documents: t.documents,
    required: t.required,
    predictions: t.predictions,
  };
}
