import { describe, expect, it } from 'vitest';
import { matchOutcomes, outcomeKey } from '../../electron/importing/same-outcome';

const known = (id: number, text: string, itemId: number | null) => ({ id, text, itemId });

describe('telling a decision already known from a new one', () => {
  it('ignores case, spacing, punctuation and ligatures', () => {
    expect(outcomeKey('That the report  be NOTED.')).toBe(outcomeKey('that the report be noted'));
    expect(outcomeKey('the ﬁgures be circulated')).toBe(outcomeKey('the figures be circulated'));
    expect(outcomeKey('the report be noted')).not.toBe(outcomeKey('the report be approved'));
  });

  it('keeps the same short action under one item twice when each is quoted with another matter', () => {
    const found = [
      {
        text: 'Clerk to contact PCSO',
        itemId: 3,
        quote: 'A resident spoke of thefts from sheds. Clerk to contact PCSO',
      },
      {
        text: 'Clerk to contact PCSO',
        itemId: 3,
        quote: 'A resident spoke of motorbikes on the lane. Clerk to contact PCSO',
      },
      {
        text: 'Clerk to contact PCSO',
        itemId: 3,
        quote: 'A resident spoke of motorbikes on the lane. Clerk to contact PCSO',
      },
    ];
    expect(matchOutcomes([], found)).toEqual(['new', 'new', 'repeat']);
  });

  it('takes the same words under one item once, and under two items twice', () => {
    const found = [
      { text: 'The report be noted.', itemId: 4 },
      { text: 'the report be noted', itemId: 4 },
      { text: 'The report be noted.', itemId: 5 },
    ];
    expect(matchOutcomes([], found)).toEqual(['new', 'repeat', 'new']);
  });

  it('matches each known outcome once, its own item first, whatever the order', () => {
    const fifth = known(1, 'The report be noted.', 5);
    expect(
      matchOutcomes(
        [fifth],
        [
          { text: 'The report be noted', itemId: 4 },
          { text: 'The report be noted', itemId: 5 },
        ],
      ),
    ).toEqual(['new', fifth]);
  });

  it('matches a paper that put the decision under another item, or under none', () => {
    const fourth = known(1, 'A further report come in the spring.', 4);
    const loose = known(2, 'Officers circulate the figures.', null);
    expect(
      matchOutcomes(
        [fourth, loose],
        [
          { text: 'A further report come in the spring', itemId: 3 },
          { text: 'Officers circulate the figures', itemId: 6 },
        ],
      ),
    ).toEqual([fourth, loose]);
  });
});
