import { describe, expect, it } from 'vitest';
import { findDuePhrase, interpretDue, type DueContext } from '../../electron/tracker/due-dates';

/** The minutes of 16 September 2021 (../shared/fixtures/minutes) set the outcomes these phrases come from. */
const SEPTEMBER: DueContext = { meetingDate: '2021-09-16' };

describe('interpretDue reads the phrases minutes use', () => {
  it.each<[string, string | null, string]>([
    // The three phrases of the product brief
    [
      'next meeting',
      '2021-10-28',
      'the next meeting (date not known: estimated as 28 October 2021, six weeks after this meeting)',
    ],
    [
      'early part of 2021',
      '2021-06-30',
      'by 30 June 2021 ("early part of 2021" read as the end of the first half of the year)',
    ],
    ['annual', '2022-09-16', 'every year: next due 16 September 2022'],
    // Dates written out, in UK order
    ['31 March 2022', '2022-03-31', 'by 31 March 2022'],
    ['by 31st of March 2022', '2022-03-31', 'by 31 March 2022'],
    ['31/03/2022', '2022-03-31', 'by 31 March 2022'],
    ['31.3.22', '2022-03-31', 'by 31 March 2022'],
    ['4/11/2021', '2021-11-04', 'by 4 November 2021'],
    ['before 1 April', '2022-04-01', 'by 1 April 2022'],
    ['March 2022', '2022-03-31', 'by 31 March 2022 (end of March)'],
    ['by the end of Sept 2022', '2022-09-30', 'by 30 September 2022 (end of September)'],
    ['end of March', '2022-03-31', 'by 31 March 2022 (end of March)'],
    ['in early December', '2021-12-10', 'by 10 December 2021 ("early December" read as the 10th)'],
    ['by the end of next month', '2021-10-31', 'by 31 October 2021 (end of October)'],
    // Years, quarters and seasons
    ['by the end of the year', '2021-12-31', 'by 31 December 2021 (end of the year)'],
    ['later in the year', '2021-12-31', 'by 31 December 2021 ("later in the year" read as the end of the year)'],
    ['in the new year', '2022-03-31', 'by 31 March 2022 ("in the new year" read as the end of March)'],
    ['early 2022', '2022-06-30', 'by 30 June 2022 ("early 2022" read as the end of the first half of the year)'],
    ['in 2022', '2022-12-31', 'by 31 December 2022 ("in 2022" read as the end of 2022)'],
    ['Q3 2022', '2022-09-30', 'by 30 September 2022 (end of the third quarter of 2022, July to September)'],
    // A month and year named beside a vaguer phrase is the date meant
    ['to the next municipal year (May 2022)', '2022-05-31', 'by 31 May 2022 (end of May)'],
    [
      'quarter 3',
      '2021-12-31',
      'by 31 December 2021 (end of quarter 3 of the 2021/22 financial year, October to December)',
    ],
    ['Q4 2021/22', '2022-03-31', 'by 31 March 2022 (end of quarter 4 of the 2021/22 financial year, January to March)'],
    ['by the end of the financial year', '2022-03-31', 'by 31 March 2022 (end of the 2021/22 financial year)'],
    ['spring 2022', '2022-05-31', 'by 31 May 2022 (end of spring: March to May)'],
    ['winter 2022', '2023-02-28', 'by 28 February 2023 (end of winter: December to February)'],
    ['by the autumn term', '2021-12-31', 'by 31 December 2021 (end of the autumn term, taken as the end of December)'],
    // Counted from the meeting
    ['within six weeks', '2021-10-28', 'by 28 October 2021 (within six weeks of the meeting on 16 September 2021)'],
    ['within 3 months', '2021-12-16', 'by 16 December 2021 (within three months of the meeting on 16 September 2021)'],
    [
      'within a fortnight',
      '2021-09-30',
      'by 30 September 2021 (within a fortnight of the meeting on 16 September 2021)',
    ],
    [
      'within 10 working days',
      '2021-09-30',
      'by 30 September 2021 (within ten working days of the meeting on 16 September 2021, not counting bank holidays)',
    ],
    // Recurring
    ['on an annual basis', '2022-09-16', 'every year: next due 16 September 2022'],
    ['Annually', '2022-09-16', 'every year: next due 16 September 2022'],
    ['quarterly', '2021-12-16', 'every quarter: next due 16 December 2021'],
    // No date at all
    ['as soon as possible', null, 'as soon as possible — no date set'],
    ['ASAP', null, 'as soon as possible — no date set'],
    ['in due course', null, 'in due course — no date set'],
  ])('%s', (phrase, date, meaning) => {
    expect(interpretDue(phrase, SEPTEMBER)).toEqual({ date, meaning });
  });

  it('reads the due hints the importer finds in a sentence', () => {
    expect(interpretDue('to the next meeting', SEPTEMBER)?.date).toBe('2021-10-28');
    expect(interpretDue('in the early part of 2021', SEPTEMBER)?.date).toBe('2021-06-30');
    expect(interpretDue('by the end of March', SEPTEMBER)?.date).toBe('2022-03-31');
    expect(
      interpretDue('Members would continue to receive reports on progress on an annual basis.', SEPTEMBER)?.date,
    ).toBe('2022-09-16');
  });

  it('uses the date of the next meeting when it is known', () => {
    expect(interpretDue('at the next meeting', { meetingDate: '2021-09-16', nextMeetingDate: '2021-10-14' })).toEqual({
      date: '2021-10-14',
      meaning: 'the next meeting (14 October 2021)',
    });
  });

  it('rolls a recurring outcome on to the next anniversary that has not passed', () => {
    expect(interpretDue('annually', { meetingDate: '2021-09-16', today: '2024-01-02' })).toEqual({
      date: '2024-09-16',
      meaning: 'every year: next due 16 September 2024',
    });
  });

  it('finds the next month or season after the meeting, not the one before it', () => {
    expect(interpretDue('end of March', { meetingDate: '2022-02-10' })?.date).toBe('2022-03-31');
    expect(interpretDue('end of March', { meetingDate: '2022-04-01' })?.date).toBe('2023-03-31');
    expect(interpretDue('by the summer', SEPTEMBER)?.date).toBe('2022-08-31');
    expect(interpretDue('end of March', { meetingDate: null, today: '2024-05-02' })?.date).toBe('2025-03-31');
  });

  it('counts months on the calendar: a month after 31 January is the end of February', () => {
    expect(interpretDue('within one month', { meetingDate: '2024-01-31' })?.date).toBe('2024-02-29');
    expect(interpretDue('within a month', { meetingDate: '2023-01-31' })?.date).toBe('2023-02-28');
  });

  it('says when there is no meeting date to count from', () => {
    expect(interpretDue('within six weeks', { meetingDate: null })).toEqual({
      date: null,
      meaning: 'within six weeks of the meeting (the meeting date is not known)',
    });
    expect(interpretDue('next meeting', { meetingDate: null })).toEqual({
      date: null,
      meaning: 'the next meeting (its date is not known)',
    });
  });

  it.each([
    'The Board noted the report',
    'Annual Report on Family Group Conferencing',
    'following the meeting with partners',
    'officers may report back',
    '31 February 2022',
    '',
    'soon',
    'Owing to the wet summer the walk was moved',
  ])('returns null for %j', (phrase) => {
    expect(interpretDue(phrase, SEPTEMBER)).toBeNull();
  });
});

describe('findDuePhrase finds, in a decision, the words that set when it is due', () => {
  it.each<[string, string | null]>([
    ['The Clerk to write to the highways team by 31 March 2025.', '31 March 2025'],
    ['Officers to report back at the next meeting.', 'next meeting'],
    ['A further update to come by the end of June.', 'by the end of June'],
    // Dates the text reports, not ones it sets
    ['The minutes of the meeting held on 4 May 2025 were approved.', null],
    ['The letter dated 12 June 2025 was noted.', null],
    // The end of a period reported on
    ['The bank statements to 31 January were circulated and the payments agreed.', null],
    ['The accounts for the year ending 31 March 2025 were approved.', null],
    ['The budget monitoring figures up to 30 September were noted.', null],
  ])('%s', (text, phrase) => {
    expect(findDuePhrase(text)).toBe(phrase);
  });
});
