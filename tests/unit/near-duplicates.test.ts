import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../electron/importing/extract/plain-text';
import {
  BANDS,
  bandKeysOf,
  estimateSimilarity,
  isComparable,
  NearDuplicateIndex,
  normaliseForComparison,
  REPORTED_BEFORE_THRESHOLD,
  shinglesOf,
  SIGNATURE_SIZE,
  signatureOf,
} from '../../electron/search/near-duplicates';
import { sharedFixture } from '../helpers/shared-fixtures';

function paragraphsOf(file: string): string[] {
  const text = fs.readFileSync(sharedFixture(file), 'utf8');
  return extractPlainText(text).blocks.map((block) => block.text);
}

const BRIEFING_2018 = paragraphsOf('coventry-ecs-briefing-note-2018-07-19-improvement-plan.txt');
const AGENDA_ITEM_2021 = paragraphsOf('coventry-ecs-agenda-item-2021-children-services-improvement.txt');
const MINUTES_2021 = paragraphsOf('coventry-ecs-minutes-2021-09-16.md');

/**
 * Ground truth, from reading both papers: a 2021 paragraph was reported before when it
 * carries forward a sentence or more of the 2018 briefing note, the same facts in nearly
 * the same words. Every paragraph of the 2021 page is in exactly one of the two lists.
 */
const REPORTED_BEFORE: { opening: string; earlier: string; reason: string }[] = [
  {
    opening: 'Ofsted re-inspected Children’s Services on 6th - 30th March 2017',
    earlier: '3.1 The Ofsted Inspection of Coventry’s',
    reason: 'its first sentence is the re-inspection and “requires improvement to be good” sentence of 3.1, verbatim',
  },
  {
    opening: 'The Leader of the Council and the Chief Executive continued',
    earlier: '3.4 The Leader of the Council',
    reason: 'all of 3.4 (public commitment, funding, relentless focus), put into the past tense',
  },
  {
    opening: 'The report explained that Coventry had a positive story',
    earlier: '7.2 The Children’s senior leadership team',
    reason: 'ends with 7.2’s leadership team and “explicit intention … continuously achieving good outcomes” sentences',
  },
];

const NEW: { opening: string; reason: string }[] = [
  { opening: 'Agenda item', reason: 'page furniture' },
  { opening: "Children's Services Continuous Improvement Progress", reason: 'title of the 2021 item' },
  { opening: 'Briefing Note of the Director', reason: 'label' },
  { opening: 'Minutes:', reason: 'label' },
  { opening: 'The Scrutiny Board considered a report', reason: 'the 2021 meeting’s own account of the report' },
  { opening: 'In March 2020, Ofsted paused', reason: 'COVID-19 pause and interim visits of 2020–21, after 2018' },
  { opening: 'The Children’s Services Strategic Plan and Journey', reason: 'the 2019–2022 plan, later than 2018' },
  { opening: 'The report also detailed:', reason: 'label' },
  { opening: 'Children’s Services COVID-19 Journey', reason: 'contents of the 2021 report' },
  { opening: 'Workforce update', reason: 'contents of the 2021 report' },
  { opening: 'The Coventry House Project', reason: 'contents of the 2021 report' },
  { opening: 'Coventry Family Valued Programme', reason: 'contents of the 2021 report' },
  { opening: 'Ofsted Areas for Improvement Action Plan', reason: 'contents of the 2021 report' },
  { opening: 'The Board questioned officers', reason: 'label' },
  { opening: 'Increased demand on the workforce', reason: 'discussion topic of the 2021 meeting' },
  { opening: 'The involvement of schools', reason: 'discussion topic of the 2021 meeting' },
  { opening: 'The process for Family Group Conferencing', reason: 'discussion topic of the 2021 meeting' },
  { opening: 'The funding to continue the success', reason: 'discussion topic of the 2021 meeting' },
  { opening: 'Social Worker caseloads compared over time', reason: 'discussion topic; 2018 only lists “caseloads”' },
  { opening: 'Children’s Homes in Coventry', reason: 'discussion topic of the 2021 meeting' },
  { opening: 'RESOLVED that the Scrutiny Board:', reason: 'the 2021 resolution' },
  { opening: '1) note the current progress', reason: 'the 2021 resolution' },
  { opening: '2) request the Annual Report', reason: 'the 2021 resolution' },
  { opening: '3) An Update on the Coventry Family Valued', reason: 'the 2021 resolution' },
  { opening: 'Supporting documents:', reason: 'page furniture' },
];

function indexOf(paragraphs: string[]): NearDuplicateIndex<string> {
  const index = new NearDuplicateIndex<string>();
  paragraphs.forEach((text, id) => index.add(id, text, text));
  return index;
}

describe('reported before, on the Coventry fixtures (2018 briefing note → 2021 agenda item)', () => {
  const index = indexOf(BRIEFING_2018);
  const results = AGENDA_ITEM_2021.map((text) => ({ text, ...index.query(text) }));
  const find = (opening: string) => results.find((r) => r.text.startsWith(opening));

  it('has a ground truth for every paragraph of the 2021 page, and only one', () => {
    for (const { text } of results) {
      const lists = [...REPORTED_BEFORE, ...NEW].filter((g) => text.startsWith(g.opening));
      expect(lists, text).toHaveLength(1);
    }
    expect(REPORTED_BEFORE.length + NEW.length).toBe(results.length);
  });

  it.each(REPORTED_BEFORE)('finds "$opening…" in 2018 ($reason)', ({ opening, earlier }) => {
    const match = find(opening)?.match;
    expect(match?.meta.startsWith(earlier)).toBe(true);
    expect(match?.similarity).toBeGreaterThanOrEqual(REPORTED_BEFORE_THRESHOLD);
  });

  it('says how much of each paragraph was reported before', () => {
    expect(find('The Leader of the Council')?.match?.share).toBe(1);
    expect(find('Ofsted re-inspected')?.match?.share).toBeLessThan(0.5);
  });

  it.each(NEW)('flags nothing in "$opening…" ($reason)', ({ opening }) => {
    expect(find(opening)?.match).toBeNull();
  });

  it('has precision 1 and recall 1 on the fixture', () => {
    const flagged = results.filter((r) => r.match !== null);
    const expected = results.filter((r) => REPORTED_BEFORE.some((g) => r.text.startsWith(g.opening)));
    const truePositives = flagged.filter((r) => expected.includes(r));
    const precision = truePositives.length / flagged.length;
    const recall = truePositives.length / expected.length;
    const judged = results.filter((r) => isComparable(r.text)).length;
    console.info(
      `near-duplicates on the fixture: ${flagged.length} flagged of ${results.length} paragraphs (${judged} long ` +
        `enough to judge), precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)}`,
    );
    expect(precision).toBe(1);
    expect(recall).toBe(1);
  });

  it('finds the 2018 re-inspection sentence again in the September 2021 minutes', () => {
    const minutes = MINUTES_2021.map((text) => index.query(text).match?.meta ?? null);
    expect(minutes.some((meta) => meta?.startsWith('3.1 The Ofsted Inspection'))).toBe(true);
  });
});

describe('normalising for comparison', () => {
  it('folds tense, auxiliaries, possessives and curly quotes', () => {
    const n = normaliseForComparison;
    expect(n('have both given public commitment')).toBe('giv public commitment');
    expect(n('continued to give public commitment')).toBe('continu giv public commitment');
    expect(n('The service is no longer subject to it')).toBe(n('the service was no longer subject to it'));
    expect(n('Progress has been reported')).toBe(n('progress had been reported'));
    expect(n('Children’s Services were judged “good”')).toBe(n("children's service is judged 'good'"));
    expect(n('published on 13th June 2017.')).toBe(n('published on 13 June 2017'));
  });

  it('strips list markers and punctuation', () => {
    for (const marker of ['3.1', '1)', 'a.', '•', '(iv)', '-']) {
      expect(normaliseForComparison(`${marker} Consider the progress made to date;`)).toBe('consider progress mad dat');
    }
  });

  it('makes word shingles, one shingle for text shorter than that', () => {
    expect(shinglesOf('a b c d', 3)).toEqual(['a b c', 'b c d']);
    expect(shinglesOf('a b', 3)).toEqual(['a b']);
    expect(shinglesOf('', 3)).toEqual([]);
  });

  it('skips paragraphs too short to judge', () => {
    expect(isComparable('RESOLVED that the Scrutiny Board:')).toBe(false);
    expect(isComparable('The process for Family Group Conferencing and the effectiveness of the intervention')).toBe(
      false,
    );
    expect(isComparable(AGENDA_ITEM_2021.find((t) => t.startsWith('The Leader')) ?? '')).toBe(true);
  });
});

describe('signatures and matching', () => {
  const FORTY_WORDS =
    'The Department for Education removed Children’s Services from intervention on 13 June 2017; the service is ' +
    'no longer subject to an improvement notice. Supervision and support has been provided by the DfE over the ' +
    'last 12 months, including two reviews.';

  it('gives identical text similarity 1', () => {
    expect(estimateSimilarity(signatureOf(FORTY_WORDS), signatureOf(FORTY_WORDS))).toBe(1);
    const match = indexOf([FORTY_WORDS]).query(FORTY_WORDS).match;
    expect(match).toMatchObject({ id: 0, similarity: 1, share: 1 });
  });

  it('gives re-wrapped text similarity 1', () => {
    const rewrapped = FORTY_WORDS.replace(/ (?=[a-z])/g, (_, i: number) => (i % 3 === 0 ? '\n' : '   '));
    expect(rewrapped).not.toBe(FORTY_WORDS);
    expect(estimateSimilarity(signatureOf(FORTY_WORDS), signatureOf(rewrapped))).toBe(1);
    expect(indexOf([FORTY_WORDS]).query(`  ${rewrapped}\n`).match).toMatchObject({ similarity: 1, share: 1 });
  });

  it('still matches a 40-word paragraph with any one word changed', () => {
    const words = FORTY_WORDS.split(' ');
    expect(words).toHaveLength(40);
    const index = indexOf([FORTY_WORDS]);
    for (let i = 0; i < words.length; i++) {
      const changed = words.map((w, j) => (j === i ? 'zebra' : w)).join(' ');
      expect(index.query(changed).match?.share, changed).toBe(1);
    }
  });

  it('does not match different paragraphs on the same topic', () => {
    const index = indexOf(BRIEFING_2018);
    const visits2018 = BRIEFING_2018.find((t) => t.startsWith('3.5 Ofsted’s revised new framework')) ?? '';
    const visits2021 = AGENDA_ITEM_2021.find((t) => t.startsWith('In March 2020, Ofsted paused')) ?? '';
    expect(estimateSimilarity(signatureOf(visits2018), signatureOf(visits2021))).toBeLessThan(0.1);
    expect(index.query(visits2021).match).toBeNull();
    // The same formula with different facts is a different report.
    const letter = 'The letter confirming the outcome of the focused visit was published on 21st March 2019 by Ofsted.';
    expect(index.query(letter).match).toBeNull();
  });

  it('gives the same signature and band keys on every run', () => {
    const text =
      'The Leader of the Council and the Chief Executive have both given public commitment that Children’s ' +
      'Services remains a key priority for the Council.';
    const signature = signatureOf(text);
    expect(signature).toHaveLength(SIGNATURE_SIZE);
    expect(Array.from(signature.slice(0, 4))).toEqual([928379168, 189957604, 418216744, 315972537]);
    expect(bandKeysOf(signature)).toHaveLength(BANDS);
    expect(bandKeysOf(signature).slice(0, 2)).toEqual(['0:150lsrv', '1:1qwok77']);
    expect(signatureOf(text)).toEqual(signature);
  });
});

describe('scale', () => {
  /** mulberry32: a seeded generator, so the synthetic library is the same every run. */
  function seeded(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  it('inspects far fewer candidates than the index holds', () => {
    const random = seeded(2018);
    const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;
    const sentences = [...BRIEFING_2018, ...AGENDA_ITEM_2021, ...MINUTES_2021]
      .flatMap((p) => p.split(/(?<=[.!?])\s+/))
      .map((s) => s.split(' '))
      .filter((words) => words.length >= 6);
    // Real vocabulary, new sentences: each is a fixture sentence with its words shuffled.
    const shuffled = (words: string[]) => words.map((w) => ({ w, k: random() })).sort((a, b) => a.k - b.k);
    const synthetic = () =>
      Array.from({ length: 2 + Math.floor(random() * 3) }, () =>
        shuffled(pick(sentences))
          .map((x) => x.w)
          .join(' '),
      ).join('. ');

    const library = Array.from({ length: 20_000 }, synthetic);
    let started = performance.now();
    const index = new NearDuplicateIndex<null>();
    library.forEach((text, id) => index.add(id, text, null));
    const buildMs = performance.now() - started;

    const copies = Array.from({ length: 500 }, () =>
      (library[Math.floor(random() * library.length)] ?? '').replace(/ /g, '\n'),
    );
    const others = Array.from({ length: 500 }, synthetic);
    started = performance.now();
    const found = copies.map((text) => index.query(text));
    const fresh = others.map((text) => index.query(text));
    const queryMs = performance.now() - started;

    const candidates = [...found, ...fresh].map((r) => r.candidates);
    const total = candidates.reduce((a, b) => a + b, 0);
    console.info(
      `near-duplicates at scale: indexed ${index.size} paragraphs in ${buildMs.toFixed(0)} ms; 1,000 queries in ` +
        `${queryMs.toFixed(0)} ms inspected ${total} candidates (mean ${(total / 1000).toFixed(1)}, ` +
        `max ${Math.max(...candidates)})`,
    );
    expect(index.size).toBeGreaterThan(19_000);
    expect(found.every((r) => r.match?.similarity === 1 && r.match.share === 1)).toBe(true);
    expect(Math.max(...candidates)).toBeLessThan(index.size / 100);
    expect(total / candidates.length).toBeLessThan(index.size / 1000);
  });
});
