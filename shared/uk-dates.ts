/**
 * Dates as UK councils print them, for the main process and the interface alike:
 * "16 September 2021" in prose and reports, 16/09/2021 where a spreadsheet wants a short date.
 */
const long = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function calendarDay(iso: string): Date | null {
  // A moment ("2021-09-16T23:30:00Z") is on the member's own calendar day.
  if (iso.length > 10 && iso[10] === 'T') {
    const moment = new Date(iso);
    if (!Number.isNaN(moment.getTime()))
      return new Date(Date.UTC(moment.getFullYear(), moment.getMonth(), moment.getDate()));
  }
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
  const date = calendarDay(iso);
  if (!date) return iso;
  const [year, month, day] = date.toISOString().slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}
