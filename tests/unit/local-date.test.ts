import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysFromToday, localDate, today } from '../../shared/local-date';

const zone = process.env.TZ;
beforeAll(() => {
  // Node reads TZ again when it is set: the member is in the UK.
  process.env.TZ = 'Europe/London';
});
afterAll(() => {
  process.env.TZ = zone;
});

describe('today, where the member is', () => {
  it.each([
    ['00:30 on 1 June, British Summer Time (23:30 UTC the day before)', '2024-05-31T23:30:00Z', '2024-06-01'],
    ['00:59 on 27 October, the last hour of BST', '2024-10-26T23:59:00Z', '2024-10-27'],
    ['23:30 on 1 January, GMT', '2024-01-01T23:30:00Z', '2024-01-01'],
    ['midnight on 1 January, GMT', '2024-01-01T00:00:00Z', '2024-01-01'],
  ])('at %s it is %s', (_when, instant, date) => {
    expect(today(new Date(instant))).toBe(localDate(new Date(instant)));
    expect(today(new Date(instant))).toBe(date);
  });

  it('counts days by the calendar, across the change of the clocks', () => {
    const justAfterMidnightBst = new Date('2024-03-31T23:10:00Z'); // 00:10 on 1 April BST
    expect(daysFromToday(0, justAfterMidnightBst)).toBe('2024-04-01');
    expect(daysFromToday(-1, justAfterMidnightBst)).toBe('2024-03-31');
    expect(daysFromToday(-2, justAfterMidnightBst)).toBe('2024-03-30'); // the clocks went forward on 31 March
    expect(daysFromToday(30, justAfterMidnightBst)).toBe('2024-05-01');
  });
});
