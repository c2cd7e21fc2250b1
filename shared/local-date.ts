/**
 * Calendar dates as the member lives them: in the computer's own time zone. In British
 * Summer Time, 00:30 on 1 June is 23:30 on 31 May in UTC, so `toISOString()` would
 * make the app think it is still yesterday.
 */

/** The date (YYYY-MM-DD) of this moment where the member is. */
export function localDate(at: Date = new Date()): string {
  const y = String(at.getFullYear()).padStart(4, '0');
  const m = String(at.getMonth() + 1).padStart(2, '0');
  const d = String(at.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Today's date where the member is. */
export function today(now: Date = new Date()): string {
  return localDate(now);
}

/** The date this many days from today (negative for the past), counted in calendar days. */
export function daysFromToday(days: number, now: Date = new Date()): string {
  return localDate(new Date(now.getFullYear(), now.getMonth(), now.getDate() + days));
}
