/** Month names, as written in en-GB papers. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The months in Welsh, as bilingual papers print them ("11eg Ebrill 2019"). */
const WELSH_MONTHS = [
  'ionawr',
  'chwefror',
  'mawrth',
  'ebrill',
  'mai',
  'mehefin',
  'gorffennaf',
  'awst',
  'medi',
  'hydref',
  'tachwedd',
  'rhagfyr',
];

const MONTH_NAME = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|${WELSH_MONTHS.join('|')})`;
/**
 * "16 September 2021", "Thursday, 30th January, 2025", "30th-Jan-2025", "20th of September 2021", "the 16th day of April 2012", "30 th July 2014" (a
 * raised "th" copied from a PDF), "5th JULY 2006AT 7PM" (the time run on), "11thSeptember 2017" and "13 NOVEMBER2015at6.45"
 * (spaces lost in copying), "9th March 20157pm" (the time glued to the year), "6 th , October 2010" (a comma after
 * the raised "th"), and a year in two
 * figures where nothing but the time or place follows ("held on the 13th of November 25"), not a time ("11 June
 * 10.30am"). Not a page's or an issue's number before a magazine's month ("Page 20 - December 2015").
 */
const WRITTEN_DATE = new RegExp(
  `(?!(?<=\\b(?:[Pp]age|[Pp]p?\\.|[Ii]ssue|[Nn]o\\.?) ?)\\d{1,2} [-–—] )\\b(\\d{1,2})(?:(?: ?(?:st|nd|rd|th)|af|il|ydd|ed|eg|fed)(?: ?,)?(?:\\s+(?:day\\s+)?of)?[\\s-]*|(?:\\s+of)?[\\s-]+)${MONTH_NAME}[,\\s-]*(\\d{4}(?!\\d)|(?:19|20)\\d{2}(?=\\d{1,2}(?:[.:]\\d{2})?\\s?[ap]\\.?m\\b)|(?<=[,\\s-])\\d{2}(?=\\s*(?:$|[,;)]|\\.(?!\\d)|\\s(?:at|in|via|commencing|starting)\\b)))`,
  'i',
);
/** "July 10th 2024", "January 5, 2023", "December 6th2016": the month first, as some papers write it. */
const MONTH_FIRST_DATE = new RegExp(
  `\\b${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:(?:st|nd|rd|th),?\\s*|,?\\s+)(\\d{4})\\b`,
  'i',
);
/** "29.10.24", "29/10/2024"; in a file name also after an underscore ("Minutes_29.10.24.pdf"). */
const NUMERIC_DATE = /(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})(?!\d)/;

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1970 || year > 2100) return null;
  return date.toISOString().slice(0, 10);
}

/** The first date written out in words, as YYYY-MM-DD. */
export function findWrittenDate(text: string): string | null {
  const dayFirst = WRITTEN_DATE.exec(text);
  const monthFirst = MONTH_FIRST_DATE.exec(text);
  if (monthFirst && (!dayFirst || monthFirst.index < dayFirst.index)) {
    return iso(Number(monthFirst[3]), monthNumber(monthFirst[1]), Number(monthFirst[2]));
  }
  return dayFirst ? iso(fullYear(dayFirst[3]), monthNumber(dayFirst[2]), Number(dayFirst[1])) : null;
}

/** The same two shapes, to find every date of a line. */
const EVERY_WRITTEN_DATE = [WRITTEN_DATE, MONTH_FIRST_DATE].map((shape) => new RegExp(shape.source, 'gi'));

/** Where each date written out in words starts, in order. */
export function writtenDateStarts(text: string): number[] {
  const starts = EVERY_WRITTEN_DATE.flatMap((shape) => [...text.matchAll(shape)].map((m) => m.index));
  return [...new Set(starts)].sort((a, b) => a - b);
}

/** A line with each of its dates, written out or as day/month/year, put as "#": to compare lines that differ only in them. */
export function withoutDates(text: string): string {
  return EVERY_WRITTEN_DATE.reduce((shape, date) => shape.replace(date, '#'), text.trim()).replace(
    /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g,
    '#',
  );
}

/** "2025", or "25" as written in two figures: this century up to 2050, the last before it. */
function fullYear(written = ''): number {
  const year = Number(written);
  if (year >= 100) return year;
  return year + (year <= 50 ? 2000 : 1900);
}

const monthNumber = (name = '') => {
  const welsh = WELSH_MONTHS.indexOf(name.toLowerCase());
  if (welsh >= 0) return welsh + 1;
  return MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(name.toLowerCase().slice(0, 3))) + 1;
};

const MONTH_AND_YEAR = new RegExp(`(?<!\\d(?:st|nd|rd|th)?\\s)\\b${MONTH_NAME}\\.?\\s+(\\d{4})\\b`, 'i');

/** "Decisions - Sep 2011": a month and year written with no day before them, as YYYY-MM. */
export function findMonthAndYear(text: string): string | null {
  const match = MONTH_AND_YEAR.exec(text);
  return match ? `${match[2]}-${String(monthNumber(match[1])).padStart(2, '0')}` : null;
}

/** "14/12/2022", "12/04/23" (day first), "2013/01/23" and "2001-07-02" (year first) as YYYY-MM-DD. */
export function numericDate(text: string): string | null {
  const yearFirst = /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b|\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (yearFirst) {
    const [year, month, day] = yearFirst[1] ? yearFirst.slice(1, 4) : yearFirst.slice(4, 7);
    return iso(Number(year), Number(month), Number(day));
  }
  const match = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/.exec(text);
  return match ? iso(fullYear(match[3]), Number(match[2]), Number(match[1])) : null;
}

/** A date in a file name, written out or as day.month.year. */
export function findDateInFileName(name: string): string | null {
  const written = findWrittenDate(name.replace(/[_]/g, ' '));
  if (written) return written;
  const isoMatch = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(name);
  if (isoMatch) return iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  const match = NUMERIC_DATE.exec(name);
  if (!match) return null;
  const year = Number(match[3]);
  return iso(year < 100 ? 2000 + year : year, Number(match[2]), Number(match[1]));
}

/** "10.30 am", "2pm", "10:00am" -> "10:30", "14:00", "10:00". */
export function findTime(text: string): string | null {
  const match = /\b(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)/i.exec(text);
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = match[2] ?? '00';
  const pm = (match[3] ?? '').toLowerCase().startsWith('p');
  if (hours > 12) return null;
  if (pm && hours < 12) hours += 12;
  if (!pm && hours === 12) hours = 0;
  return `${String(hours).padStart(2, '0')}:${minutes}`;
}
