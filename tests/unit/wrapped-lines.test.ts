import { describe, expect, it } from 'vitest';
import { joinWrapped } from '../../electron/importing/blocks';
import { extractPlainText } from '../../electron/importing/extract/plain-text';

describe('joining a line that wraps onto the next', () => {
  it.each([
    ['a word hyphenated only to fit the line', 'the recom-', 'mendation was agreed', 'the recommendation was agreed'],
    [
      'a prefix that keeps its hyphen',
      'Cllr Cooper was re-',
      'elected as Vice-Chairman',
      'Cllr Cooper was re-elected as Vice-Chairman',
    ],
    [
      'a compound of names',
      'Cabinet endorsed the Executive-',
      'Scrutiny Protocol',
      'Cabinet endorsed the Executive-Scrutiny Protocol',
    ],
    ['a span of years', 'the Plan 2023-', '2028 be adopted', 'the Plan 2023-2028 be adopted'],
    ['a dash between words, spaced', 'Item 5 -', 'Apologies', 'Item 5 - Apologies'],
    ['plain words', 'the report', 'was noted', 'the report was noted'],
  ])('%s', (_case, previous, next, joined) => {
    expect(joinWrapped(previous, next)).toBe(joined);
  });

  it('reads a wrapped paragraph of a text file as one, a re-election whole', () => {
    const { blocks } = extractPlainText('Cllr Cooper having indicated his willingness to continue was re-\nelected.');
    expect(blocks.map((b) => b.text)).toEqual([
      'Cllr Cooper having indicated his willingness to continue was re-elected.',
    ]);
  });

  it('joins a title cut from its name across a blank line: "the Vice" over "Chair", "Cllr Mrs Ann" over her surname', () => {
    const { blocks } = extractPlainText(
      'Resolved:-      (i)   That Cllr Ash stand down as the Vice\n\n Chair of the Planning Committee; and\n\n(ii) That Cllr Birch be replaced by Cllr Mrs Ann\n\n Cole on the Licensing Committee.',
    );
    expect(blocks.map((b) => b.text)).toEqual([
      'Resolved:- (i) That Cllr Ash stand down as the Vice Chair of the Planning Committee; and',
      '(ii) That Cllr Birch be replaced by Cllr Mrs Ann Cole on the Licensing Committee.',
    ]);
  });

  it('starts a line of its own at a minute’s number whose cells were set apart by strokes', () => {
    const { blocks } = extractPlainText(
      'Minute / Note / Action\n88/26 /\nApologies: A Ash\nResolved That apologies be noted\n89/26 / Minutes:\nResolved To sign the minutes',
    );
    expect(blocks.map((b) => b.text)).toEqual([
      'Minute / Note / Action',
      '88/26 /',
      'Apologies: A Ash',
      'Resolved That apologies be noted',
      '89/26 / Minutes:',
      'Resolved To sign the minutes',
    ]);
  });
  it('does not join the next item’s number, alone on its line with its title below, to a long line left open', () => {
    const { blocks } = extractPlainText(
      '4.\n\nExclusion of the press and public: the items listed in Part II of the agenda will be taken with the public asked to leave the room\n\n5.\n\nAllotment rents\n\nMinutes:\n\nThe allotment rents report was noted.',
    );
    expect(blocks.map((b) => b.text)).toEqual([
      '4.',
      'Exclusion of the press and public: the items listed in Part II of the agenda will be taken with the public asked to leave the room',
      '5.',
      'Allotment rents',
      'Minutes:',
      'The allotment rents report was noted.',
    ]);
  });
});
