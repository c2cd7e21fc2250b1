import { describe, expect, it } from 'vitest';
import { parseUkDate, toUkDate } from '../../shared/dates/uk-date';

describe('dates as a UK member types them', () => {
  it.each([
    ['16/09/2021', '2021-09-16'],
    ['16/9/2021', '2021-09-16'],
    ['1/2/2024', '2024-02-01'],
    ['16-09-2021', '2021-09-16'],
    ['16.09.2021', '2021-09-16'],
    [' 29/02/2024 ', '2024-02-29'],
    ['2021-09-16', '2021-09-16'],
  ])('reads %s as %s, day first whatever the locale', (typed, iso) => {
    expect(parseUkDate(typed)).toEqual({ ok: true, iso });
  });

  it.each(['09/16/2021', '31/04/2025', '29/02/2023', '2021-02-30'])(
    'refuses %s, which is not in the calendar, and says so',
    (typed) => {
      const parsed = parseUkDate(typed, 'From');
      expect(parsed).toEqual({
        ok: false,
        message: `From: ${typed} is not a date in the calendar. Check the day and the month.`,
      });
    },
  );

  it.each(['', 'next Tuesday', '16/09/21', '16 September 2021', '2021/09/16'])(
    'asks for day/month/year for “%s”',
    (typed) => {
      const parsed = parseUkDate(typed, 'To');
      expect(parsed.ok).toBe(false);
      expect(!parsed.ok && parsed.message).toBe('To: type the date as day/month/year, for example 16/09/2021.');
    },
  );

  it('shows a stored date as 16/09/2021', () => {
    expect(toUkDate('2021-09-16')).toBe('16/09/2021');
    expect(toUkDate('')).toBe('');
  });
});
