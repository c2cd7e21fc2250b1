import { MONTH_NAMES } from '../../../electron/importing/structure/dates';

/** Dates as the fake's state keeps them (ISO, yyyy-mm-dd) and as ModernGov prints them. */

const MONTHS = MONTH_NAMES;
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function parts(iso: string): { y: number; m: number; d: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Not an ISO date: ${iso}`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

function utc(iso: string): Date {
  const { y, m, d } = parts(iso);
  return new Date(Date.UTC(y, m - 1, d));
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const date = utc(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The weekday on or before the given date, so seeded meetings fall on a Thursday as Coventry's do. */
export function thursdayOnOrBefore(iso: string): string {
  const back = (utc(iso).getUTCDay() + 7 - 4) % 7;
  return addDays(iso, -back);
}

/** "16/09/2021": how the web service prints dates and the only form it accepts. */
export function toUkDate(iso: string): string {
  const { y, m, d } = parts(iso);
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
}

/** "16/09/2021" to ISO, or null when the text is not a dd/mm/yyyy date (ISO dates are not). */
export function fromUkDate(text: string | undefined): string | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec((text ?? '').trim());
  if (!match) return null;
  const iso = `${match[3]}-${match[2]?.padStart(2, '0')}-${match[1]?.padStart(2, '0')}`;
  const date = utc(iso);
  return date.toISOString().slice(0, 10) === iso ? iso : null;
}

/** "Thursday, 16 September 2021", as minutes headers print it. */
export function longDate(iso: string): string {
  const { y, m, d } = parts(iso);
  return `${DAYS[utc(iso).getUTCDay()]}, ${d} ${MONTHS[m - 1]} ${y}`;
}

/** "16th-Sep-2021", as ModernGov names printed minutes and agenda packs. */
export function fileNameDate(iso: string): string {
  const { y, m, d } = parts(iso);
  const suffix =
    d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th';
  return `${d}${suffix}-${MONTHS[m - 1]?.slice(0, 3)}-${y}`;
}
