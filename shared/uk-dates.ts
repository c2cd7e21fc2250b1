/**
 * Dates as UK councils print them, for the main process and the interface alike:
 * "16 September 2021" in prose and reports, 16/09/2021 where a spreadsheet wants a short date.
 */
const long = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function calendarDay(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "2021-09-16" (or a moment on that day) -> "16 September 2021"; anything else is returned as it is. */
export function ukDate(iso: string): string {
  const date = calendarDay(iso);
  return date ? long.format(date) : iso;
}

/** "2021-09-16" -> "16/09/2021"; anything else is returned as it is. */
export function ukShortDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}
