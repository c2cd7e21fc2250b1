import { format, isValid, parse } from 'date-fns';

export type ParsedDate = { ok: true; iso: string } | { ok: false; message: string };

/** What to say about a date that could not be read, naming the field. */
export const badDateMessage = (label: string) => `${label}: type the date as day/month/year, for example 16/09/2021.`;

/**
 * A date as a UK member types it: 16/09/2021, 16/9/2021, 16-09-2021 or 16.09.2021,
 * whatever the computer's locale, or ISO 2021-09-16 as scripts write it. Never
 * month first: 09/16/2021 is refused, not guessed.
 */
export function parseUkDate(text: string, label = 'Date'): ParsedDate {
  const typed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typed);
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(typed);
  let date: Date | null = null;
  if (iso) date = parse(typed, 'yyyy-MM-dd', new Date(2000, 0, 1));
  else if (uk) date = parse(`${uk[1]}/${uk[2]}/${uk[3]}`, 'd/M/yyyy', new Date(2000, 0, 1));
  if (!date) return { ok: false, message: badDateMessage(label) };
  if (!isValid(date))
    return { ok: false, message: `${label}: ${typed} is not a date in the calendar. Check the day and the month.` };
  return { ok: true, iso: format(date, 'yyyy-MM-dd') };
}

/** "2021-09-16" -> "16/09/2021", as date fields show a stored date; anything else is returned as it is. */
export function toUkDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}
