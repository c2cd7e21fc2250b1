import { describe, expect, it } from 'vitest';
import {
  addScore,
  covers,
  emptyTotals,
  itemLabel,
  metrics,
  normalise,
  sameCommittee,
  scoreDocument,
  type ExpectedDocument,
  type PredictedMeeting,
  type PredictedOutcome,
} from '../../tests/eval/score-minutes';

/** The matching rules of the minutes evaluation (tests/eval/), on made-up papers. */

const key = (over: Partial<ExpectedDocument> = {}): ExpectedDocument => ({
  meeting_date: '2024-03-05',
  committee: 'Scrutiny Board',
  item_numbers: ['4', '5'],
  outcomes: [
    { kind: 'resolution', key_phrase: 'the bus lane report be noted', item_number: '4' },
    {
      kind: 'information-request',
      key_phrase: 'officers circulate the parking figures to Members',
      item_number: '5',
      kind_alt: ['request'],
      also_phrases: ['asked for the parking figures'],
    },
  ],
  optional: [{ key_phrase: 'minutes of the last meeting be approved', item_number: null }],
  ...over,
});

const predicted = (
  outcomes: (Partial<PredictedOutcome> & { text: string })[],
  over: Partial<PredictedMeeting> = {},
): PredictedMeeting => ({
  date: '2024-03-05',
  committee: 'Scrutiny Board',
  items: [
    { number: '4', minuteNumber: null },
    { number: '5', minuteNumber: null },
  ],
  outcomes: outcomes.map((o) => ({ kind: 'resolution', sourceQuote: '', item: null, ...o })),
  ...over,
});

const item = (number: string) => ({ number, minuteNumber: null });

describe('normalising text', () => {
  it('folds case, spacing, curly quotes, dashes, soft hyphens and NFKC forms', () => {
    expect(normalise('  The Council’s “Plan”\u00a0–\n2024\u00ad25 ﬁnal ')).toBe('the council\'s "plan" - 202425 final');
  });

  it('joins a word hyphenated across a line break, and still finds a real compound split there', () => {
    expect(covers('the recom-\nmendation was agreed', 'recommendation was agreed')).toBe(true);
    expect(covers('a decision-\nmaking body', 'decision-making body')).toBe(true);
    expect(covers('a decision-making body', 'decisionmaking body')).toBe(false);
  });
});

describe('matching predictions to the key', () => {
  it('credits a prediction whose quote or text covers the key phrase, whatever the wording around it', () => {
    const score = scoreDocument(
      key(),
      predicted([
        {
          text: 'Bus lane report noted.',
          sourceQuote: 'RESOLVED that the Bus Lane\nreport be noted.',
          item: item('4'),
        },
        { text: 'Officers circulate the parking figures to Members.', kind: 'request', item: item('5') },
      ]),
    );
    expect(score).toMatchObject({ required: 2, detected: 2, kindRight: 2, attributable: 2, attributed: 2 });
    expect(score.falsePositives).toBe(0);
    expect(score.missed).toEqual([]);
  });

  it('counts an also-phrase as the same outcome, and a second prediction on it as a neutral duplicate', () => {
    const score = scoreDocument(
      key(),
      predicted([
        { text: 'The Chairman asked for the parking figures.', kind: 'information-request' },
        {
          text: 'Officers to circulate the parking figures to Members',
          sourceQuote: 'officers circulate the parking figures to Members',
        },
      ]),
    );
    expect(score).toMatchObject({ detected: 1, duplicates: 1, neutral: 1, falsePositives: 0 });
    expect(score.missed.map((o) => o.key_phrase)).toEqual(['the bus lane report be noted']);
  });

  it('does not count a phrase split between two predictions', () => {
    const score = scoreDocument(key(), predicted([{ text: 'the bus lane' }, { text: 'report be noted' }]));
    expect(score).toMatchObject({ detected: 0, falsePositives: 2 });
  });

  it('treats optional phrases as neutral and everything else as a false positive', () => {
    const score = scoreDocument(
      key({ outcomes: [] }),
      predicted([
        { text: 'That the minutes of the last meeting be approved.' },
        { text: 'The Chair thanked officers.' },
      ]),
    );
    expect(score).toMatchObject({ predictions: 2, neutral: 1, duplicates: 0, falsePositives: 1 });
    expect(score.falsePositiveTexts).toEqual(['The Chair thanked officers.']);
  });

  it('detects regardless of kind but scores the kind against kind and kind_alt', () => {
    const score = scoreDocument(
      key(),
      predicted([
        { text: 'the bus lane report be noted', kind: 'action' },
        { text: 'officers circulate the parking figures to Members', kind: 'request' },
      ]),
    );
    expect(score).toMatchObject({ detected: 2, kindRight: 1 });
    expect(score.wrongKinds).toEqual([
      { phrase: 'the bus lane report be noted', predicted: 'action', expected: ['resolution'] },
    ]);
  });

  it('credits one outcome per prediction: a prediction covering two is credited once and reported as merged', () => {
    const both = 'the bus lane report be noted and officers circulate the parking figures to Members';
    const score = scoreDocument(key(), predicted([{ text: both }]));
    expect(score).toMatchObject({ detected: 1, falsePositives: 0, merged: [{ text: both, outcomes: 2 }] });
  });

  it('finds the best pairing when an earlier prediction could take either outcome', () => {
    const both = 'the bus lane report be noted and officers circulate the parking figures to Members';
    const score = scoreDocument(key(), predicted([{ text: both }, { text: 'the bus lane report be noted' }]));
    expect(score).toMatchObject({ detected: 2, duplicates: 0 });
  });

  it('attributes an outcome to its item, minute numbers written A|B', () => {
    const k = key({
      item_numbers: ['1772|1', '1774|2'],
      outcomes: [{ kind: 'resolution', key_phrase: 'Mr Miller be elected Chairman', item_number: '1774|2' }],
    });
    const right = { number: '2', minuteNumber: '1774' };
    expect(itemLabel(right)).toBe('1774|2');
    expect(itemLabel({ number: '4.', minuteNumber: '4' })).toBe('4');
    const good = scoreDocument(k, predicted([{ text: 'Mr Miller be elected Chairman', item: right }], { items: [] }));
    expect(good).toMatchObject({ attributable: 1, attributed: 1 });
    const bad = scoreDocument(k, predicted([{ text: 'Mr Miller be elected Chairman', item: item('2') }]));
    expect(bad.wrongItems).toEqual([{ phrase: 'Mr Miller be elected Chairman', predicted: '2', expected: '1774|2' }]);
    expect(bad.items).toMatchObject({ right: false, predicted: ['4', '5'] });
  });
});

describe('meeting facts', () => {
  it('wants the exact date, and marks a date where the key has none as invented', () => {
    expect(scoreDocument(key(), predicted([])).date).toMatchObject({ right: true, invented: false });
    expect(scoreDocument(key({ meeting_date: null }), predicted([])).date).toMatchObject({
      right: false,
      invented: true,
      predicted: '2024-03-05',
    });
    expect(scoreDocument(key({ meeting_date: null }), predicted([], { date: null })).date.right).toBe(true);
  });

  it('compares committees without case, spacing, a leading "the", "&", hyphens or a last word "meeting"', () => {
    expect(sameCommittee('The  Council', 'council')).toBe(true);
    expect(sameCommittee('Licensing Sub-Committee', 'Licensing Sub Committee')).toBe(true);
    expect(sameCommittee('Parish Liaison', 'Parish Liaison Meeting')).toBe(true);
    expect(sameCommittee('Parish Liaison', 'Parish Meeting')).toBe(false);
    expect(sameCommittee('Manordeilo & Salem Community Council', 'Manordeilo and Salem Community Council')).toBe(true);
    expect(sameCommittee(null, null)).toBe(true);
    expect(sameCommittee('Cabinet', null)).toBe(false);
    expect(sameCommittee('Cabinet', 'Council')).toBe(false);
  });

  it('takes a local council named with or without its place for the same body, but not another body of it', () => {
    expect(sameCommittee('Ashby Woulds Town Council', 'Town Council')).toBe(true);
    expect(sameCommittee('Parish Council', 'Bryn Fen Parish Council')).toBe(true);
    expect(sameCommittee('Full Council', 'Council')).toBe(true);
    expect(sameCommittee('Planning Committee of Ashby Town Council', 'Town Council')).toBe(false);
    expect(sameCommittee('Ashby Town Council', 'Parish Council')).toBe(false);
    expect(sameCommittee('Town Council', null)).toBe(false);
    expect(sameCommittee('A Council', 'Council')).toBe(false);
  });

  it('wants the printed item numbers in order, unnumbered items aside', () => {
    const items = [item('5'), { number: null, minuteNumber: null }, item('4')];
    expect(scoreDocument(key(), predicted([], { items })).items.right).toBe(false);
    expect(
      scoreDocument(key(), predicted([], { items: [item('4'), item('5'), { number: null, minuteNumber: null }] })).items
        .right,
    ).toBe(true);
  });
});

describe('totals', () => {
  it('adds documents up and divides only where there is something to divide', () => {
    const a = scoreDocument(
      key(),
      predicted([{ text: 'the bus lane report be noted', item: item('4') }, { text: 'noise' }]),
    );
    const b = scoreDocument(key({ outcomes: [], meeting_date: null }), predicted([]));
    const m = metrics(addScore(addScore(emptyTotals(), a), b));
    expect(m).toMatchObject({
      recall: 0.5,
      precision: 0.5,
      kindAccuracy: 1,
      itemAttribution: 1,
      date: 0.5,
      inventedDates: 1,
    });
    expect(metrics(emptyTotals())).toMatchObject({ recall: null, precision: null, date: null });
  });
});
