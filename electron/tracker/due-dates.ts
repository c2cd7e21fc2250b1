/**
 * When an outcome is due, read from the words minutes use: "by 31 March 2022",
 * "31.3.22", "end of March", "Q3 2022", "spring 2022", "the next meeting",
 * "early part of 2021", "annually", "within six weeks", "as soon as possible".
 *
 * Pure: no clock and no I/O. Dates are calendar days in UTC, written as ISO
 * YYYY-MM-DD. UK conventions throughout: day before month, meteorological
 * seasons, the financial year from April to March.
 *
 * The rules are one ordered table (RULES below); the first rule that reads the
 * phrase wins, so the more specific shapes come first.
 */
import { MONTH_NAMES } from '../importing/structure/dates';
import { escapeForRegExp } from '../importing/structure/text-shapes';
import { plainWords } from './plain-words';

export interface DueContext {
  /** ISO date of the meeting that set the outcome. */
  meetingDate: string | null;
  /** ISO date of the committee's next meeting, when it is known. */
  nextMeetingDate?: string | null;
  /**
   * ISO date taken as today. Recurring outcomes ("annually") are then due on
   * the next anniversary that has not yet passed; a phrase without a year
   * ("end of March") counts from today when the meeting date is not known.
   */
  today?: string;
}

export interface DueDate {
  /** ISO date, YYYY-MM-DD; null when the phrase sets no date. */
  date: string | null;
  /** How the phrase was read, in plain English, for the chair to check. */
  meaning: string;
}

/** Reads a due phrase; null when the phrase is not one it knows. */
export function interpretDue(phrase: string, context: DueContext): DueDate | null {
  const text = normalise(phrase);
  if (text === '') return null;
  const meeting = parseIso(context.meetingDate ?? null);
  const today = parseIso(context.today ?? null);
  const reading: Reading = { meeting, today, next: parseIso(context.nextMeetingDate ?? null), base: meeting ?? today };
  for (const rule of RULES) {
    // Every place the rule's pattern fits, until one reads as a date.
    for (const match of text.matchAll(new RegExp(rule.pattern.source, 'g'))) {
      const due = rule.read(match, reading);
      if (due) return due;
    }
  }
  return null;
}

/**
 * The words of a longer text that say when something is due ("by the end of March",
 * "at the next meeting"), as the tracker would read them; null when none do. Import
 * keeps these words with each outcome, so one table reads due phrases everywhere.
 */
const REPORTED_DATE = /\b(?:held|dated|of|from|since|on|was|were)\s+(?:the\s+)?$/;
/** "the bank statements to 31 January", "the accounts for the year ending 31 March": the end of a period reported on. */
const PERIOD_END =
  /\b(?:statements?|accounts?|reconciliations?|figures|balances?|budget|spend|period|year|quarter|months?|weeks?)\s+(?:up\s+)?(?:to|ending|ended)\s+(?:the\s+)?$/;

export function findDuePhrase(text: string): string | null {
  const normalised = normalise(text);
  const anyDay = makeDay(2000, 1, 1);
  const reading: Reading = { meeting: anyDay, today: anyDay, next: anyDay, base: anyDay };
  for (const rule of RULES) {
    for (const match of normalised.matchAll(new RegExp(rule.pattern.source, 'g'))) {
      // "the meeting held on 30 July", "the letter dated 4 May": a date the text reports, not one it sets.
      const before = normalised.slice(Math.max(0, match.index - 40), match.index);
      if (REPORTED_DATE.test(before) || PERIOD_END.test(before)) continue;
      if (rule.read(match, reading)) return asWrittenIn(text, match[0]);
    }
  }
  return null;
}

/** The words of `text` that read as `phrase` once made plain: "31 January", not "31 january". */
function asWrittenIn(text: string, phrase: string): string {
  const loose = [...phrase].map((c) => LOOSE_CHARACTERS[c] ?? escapeForRegExp(c)).join('');
  return new RegExp(loose, 'i').exec(text)?.[0] ?? phrase;
}
const LOOSE_CHARACTERS: Record<string, string> = { ' ': '\\s+', "'": "['‘’`]", '"': '["“”]', '-': '[-–—]' };

// ---------------------------------------------------------------------------
// Calendar arithmetic on UTC dates

interface Day {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
}

interface Reading {
  meeting: Day | null;
  next: Day | null;
  today: Day | null;
  /** The meeting date, or today when the meeting date is not known. */
  base: Day | null;
}

function makeDay(year: number, month: number, day: number): Day | null {
  if (year < 1970 || year > 2200) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { year, month, day };
}

function parseIso(text: string | null): Day | null {
  const match = text ? /^(\d{4})-(\d{2})-(\d{2})/.exec(text) : null;
  return match ? makeDay(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

function iso(d: Day): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** "14 October 2021". */
function long(d: Day): string {
  return `${d.day} ${MONTH_NAMES[d.month - 1] ?? ''} ${d.year}`;
}

function fromDate(date: Date): Day {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function endOfMonth(year: number, month: number): Day {
  // Months past December roll into the next year.
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return { year: y, month: m, day: daysInMonth(y, m) };
}

function addDays(d: Day, days: number): Day {
  return fromDate(new Date(Date.UTC(d.year, d.month - 1, d.day + days)));
}

/** Adds calendar months; 31 January plus one month is 28 (or 29) February. */
function addMonths(d: Day, months: number): Day {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

function addWorkingDays(d: Day, days: number): Day {
  let current = d;
  for (let left = days; left > 0;) {
    current = addDays(current, 1);
    const weekday = new Date(Date.UTC(current.year, current.month - 1, current.day)).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return current;
}

function compare(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The first date, in `base`'s year or a later one, that is on or after `base`. */
function nextOnOrAfter(base: Day, inYear: (year: number) => Day | null): Day | null {
  for (let year = base.year; year <= base.year + 1; year++) {
    const candidate = inYear(year);
    if (candidate && compare(candidate, base) >= 0) return candidate;
  }
  return null;
}

// ---------------------------------------------------------------------------
// Words

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b\\.?';
const ORDINAL = '(?:st|nd|rd|th)?';

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  'a couple of': 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  fifteen: 15,
  eighteen: 18,
  twenty: 20,
  'twenty-eight': 28,
  thirty: 30,
};
const COUNT = `(\\d{1,3}|${Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

function monthNumber(word: string): number {
  return MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(word.slice(0, 3).toLowerCase())) + 1;
}

function count(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : (NUMBER_WORDS[word] ?? 0);
}

/** "6" -> "six", for meanings that repeat the minutes' own words. */
function spelled(n: number): string {
  const word = Object.entries(NUMBER_WORDS).find(([w, v]) => v === n && !/^an?$|couple/.test(w))?.[0];
  return word ?? String(n);
}

function fullYear(text: string): number {
  const year = Number(text);
  return text.length <= 2 ? 2000 + year : year;
}

function normalise(phrase: string): string {
  return plainWords(phrase).replace(/[\s.,;:!?]+$/, '');
}

// ---------------------------------------------------------------------------
// Readings shared by several rules

const NO_DATE = (meaning: string): DueDate => ({ date: null, meaning });

function by(day: Day, why?: string): DueDate {
  return { date: iso(day), meaning: why ? `by ${long(day)} (${why})` : `by ${long(day)}` };
}

/** Which day of a month "start of", "early", "mid-" name; anything else is the end of the month. */
const MONTH_PARTS: Record<string, { day: number; why: (month: string) => string }> = {
  start: { day: 1, why: (m) => `start of ${m}` },
  beginning: { day: 1, why: (m) => `start of ${m}` },
  early: { day: 10, why: (m) => `"early ${m}" read as the 10th` },
  mid: { day: 15, why: (m) => `mid-${m}` },
  middle: { day: 15, why: (m) => `mid-${m}` },
};

/** "March 2022", "end of March", "early March": the day of the month the part names. */
function dayInMonth(year: number, month: number, part: string | undefined): { day: Day; why: string } {
  const name = MONTH_NAMES[month - 1] ?? '';
  const named = MONTH_PARTS[part ?? ''];
  return named
    ? { day: { year, month, day: named.day }, why: named.why(name) }
    : { day: endOfMonth(year, month), why: `end of ${name}` };
}

interface Season {
  /** The month the season (or school term) ends, counted from January of its year. */
  lastMonth: number;
  firstMonth: number;
  label: string;
}

const SEASONS: Record<string, Season> = {
  spring: { firstMonth: 3, lastMonth: 5, label: 'spring: March to May' },
  summer: { firstMonth: 6, lastMonth: 8, label: 'summer: June to August' },
  autumn: { firstMonth: 9, lastMonth: 11, label: 'autumn: September to November' },
  // Winter 2022 runs from December 2022 into February 2023.
  winter: { firstMonth: 12, lastMonth: 14, label: 'winter: December to February' },
};

const TERMS: Record<string, Season> = {
  autumn: { firstMonth: 9, lastMonth: 12, label: 'the autumn term, taken as the end of December' },
  spring: { firstMonth: 1, lastMonth: 3, label: 'the spring term, taken as the end of March' },
  summer: { firstMonth: 4, lastMonth: 7, label: 'the summer term, taken as the end of July' },
};

/** Which year a phrase such as "of the year", "next year" or "2022" names, counted from the base. */
function yearOf(word: string | undefined, base: Day | null): number | null {
  if (word && /^\d{4}$/.test(word)) return Number(word);
  if (!base) return null;
  return word && /next|new|following|coming/.test(word) ? base.year + 1 : base.year;
}

/** The financial year "2022/23" or "2022-2023" -> the year it starts. */
function financialYearStart(first: string, second: string): number | null {
  const start = Number(first);
  const end = second.length === 2 ? Math.floor(start / 100) * 100 + Number(second) : Number(second);
  return end === start + 1 ? start : null;
}

function financialLabel(start: number): string {
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

const QUARTER_MONTHS = ['January to March', 'April to June', 'July to September', 'October to December'];
const ORDINAL_WORDS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: 4, final: 4 };

/** End of quarter q of the financial year that starts in April of `start`. */
function financialQuarter(q: number, start: number): DueDate {
  const end = endOfMonth(start, 3 + q * 3);
  return by(end, `end of quarter ${q} of the ${financialLabel(start)} financial year, ${QUARTER_MONTHS[q % 4] ?? ''}`);
}

/** How far "within n units" reaches. */
const STEPS: Record<string, (from: Day, n: number) => Day> = {
  'working day': addWorkingDays,
  day: addDays,
  week: (from, n) => addDays(from, 7 * n),
  fortnight: (from, n) => addDays(from, 14 * n),
  month: addMonths,
  year: (from, n) => addMonths(from, 12 * n),
};

function recurring(months: number, label: string) {
  return (_m: RegExpMatchArray, r: Reading): DueDate => {
    if (!r.meeting) return NO_DATE(`${label} — no meeting date to count from`);
    let due = addMonths(r.meeting, months);
    for (let n = 2; r.today && compare(due, r.today) < 0; n++) due = addMonths(r.meeting, months * n);
    return { date: iso(due), meaning: `${label}: next due ${long(due)}` };
  };
}

// ---------------------------------------------------------------------------
// The table

interface Rule {
  /** What the rule reads, for whoever maintains the table. */
  reads: string;
  pattern: RegExp;
  /** null lets the next rule try. */
  read: (match: RegExpMatchArray, reading: Reading) => DueDate | null;
}

const RULES: Rule[] = [
  {
    reads: 'as soon as possible, ASAP',
    pattern:
      /\b(?:as soon as (?:possible|practicable|practical|reasonably possible)|asap|at the earliest opportunity|without delay|urgently)\b/,
    read: () => NO_DATE('as soon as possible — no date set'),
  },
  {
    reads: 'the next meeting, the next Board meeting, the following meeting',
    pattern: /\b(?:next|following|subsequent) (?:(?!(?:the|this|that|an?|with|of)\b)[a-z']+ ){0,3}meeting\b/,
    read: (_m, r) => {
      if (r.next) return { date: iso(r.next), meaning: `the next meeting (${long(r.next)})` };
      if (!r.meeting) return NO_DATE('the next meeting (its date is not known)');
      const estimate = addDays(r.meeting, 42);
      return {
        date: iso(estimate),
        meaning: `the next meeting (date not known: estimated as ${long(estimate)}, six weeks after this meeting)`,
      };
    },
  },
  {
    reads: 'a future meeting, in due course',
    pattern: /\b(?:a|some) (?:future|later) (?:[a-z']+ ){0,3}meeting\b|\bin due course\b/,
    read: (m) => NO_DATE(`${m[0].startsWith('in') ? 'in due course' : 'a future meeting'} — no date set`),
  },
  {
    reads: 'annual, annually, on an annual basis, every year, yearly',
    pattern:
      /^(?:(?:an? )?annual|yearly)$|\bannually\b|\b(?:on|in) an? (?:annual|yearly) basis\b|\b(?:every|each|once a) year\b|\byearly\b/,
    read: recurring(12, 'every year'),
  },
  {
    reads: 'six-monthly, every six months, twice a year, half-yearly',
    pattern:
      /\b(?:six[- ]monthly|half[- ]yearly|every (?:six|6) months|twice a year|(?:on|in) a six[- ]monthly basis)\b/,
    read: recurring(6, 'every six months'),
  },
  {
    reads: 'quarterly, every quarter',
    pattern: /\b(?:quarterly|every quarter|every (?:three|3) months)\b/,
    read: recurring(3, 'every quarter'),
  },
  {
    reads: 'monthly, every month',
    pattern: /\b(?:monthly|every month)\b/,
    read: recurring(1, 'every month'),
  },
  {
    reads: '2022-03-31',
    pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/,
    read: (m) => {
      const day = makeDay(Number(m[1]), Number(m[2]), Number(m[3]));
      return day ? by(day) : null;
    },
  },
  {
    reads: '31/03/2022, 31.3.22, 31-03-2022 (day first)',
    pattern: /\b(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})\b/,
    read: (m) => {
      const day = makeDay(fullYear(m[3] ?? ''), Number(m[2]), Number(m[1]));
      return day ? by(day) : null;
    },
  },
  {
    reads: '31 March 2022, 31st of March 2022, 31 March (the next one)',
    pattern: new RegExp(`\\b(\\d{1,2})${ORDINAL}(?: of)? ${MONTH},?(?: (\\d{4}))?`),
    read: (m, r) => {
      const month = monthNumber(m[2] ?? '');
      const dayOfMonth = Number(m[1]);
      if (m[3]) {
        const day = makeDay(Number(m[3]), month, dayOfMonth);
        return day ? by(day) : null;
      }
      if (!r.base) return NO_DATE(`by ${dayOfMonth} ${MONTH_NAMES[month - 1] ?? ''} (the year is not known)`);
      const day = nextOnOrAfter(r.base, (year) => makeDay(year, month, dayOfMonth));
      return day ? by(day) : null;
    },
  },
  {
    reads: 'March 31, 2022',
    pattern: new RegExp(`\\b${MONTH} (\\d{1,2})${ORDINAL},? (\\d{4})\\b`),
    read: (m) => {
      const day = makeDay(Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2]));
      return day ? by(day) : null;
    },
  },
  {
    reads: 'Q3 2022/23, quarter 3 of 2022-23 (financial year quarters)',
    pattern: /\b(?:q|quarter )([1-4])(?: of)?(?: the)? (\d{4})[/-](\d{2}|\d{4})\b/,
    read: (m) => {
      const start = financialYearStart(m[2] ?? '', m[3] ?? '');
      return start === null ? null : financialQuarter(Number(m[1]), start);
    },
  },
  {
    reads: 'Q3 2022, third quarter of 2022 (calendar quarters, as the year is written alone)',
    pattern:
      /\b(?:q([1-4])|quarter ([1-4])|(first|second|third|fourth|last|final) quarter)(?: of)?(?: the year)? (\d{4})\b/,
    read: (m) => {
      const q = m[1] ? Number(m[1]) : m[2] ? Number(m[2]) : (ORDINAL_WORDS[m[3] ?? ''] ?? 0);
      const year = Number(m[4]);
      const names = ['first', 'second', 'third', 'fourth'];
      return by(
        endOfMonth(year, q * 3),
        `end of the ${names[q - 1] ?? ''} quarter of ${year}, ${QUARTER_MONTHS[q - 1] ?? ''}`,
      );
    },
  },
  {
    reads: 'quarter 3, Q3, the third quarter (of the financial year the meeting falls in, or the next)',
    pattern: /\b(?:q([1-4])|quarter ([1-4])|(first|second|third|fourth|last|final) quarter)\b/,
    read: (m, r) => {
      const q = m[1] ? Number(m[1]) : m[2] ? Number(m[2]) : (ORDINAL_WORDS[m[3] ?? ''] ?? 0);
      if (!r.base) return NO_DATE(`end of quarter ${q} of the financial year (the year is not known)`);
      const start = r.base.month >= 4 ? r.base.year : r.base.year - 1;
      const thisYear = endOfMonth(start, 3 + q * 3);
      return financialQuarter(q, compare(thisYear, r.base) >= 0 ? start : start + 1);
    },
  },
  {
    reads: 'end of the financial year, year end, 2022/23',
    pattern:
      /\b(?:(?:end of )?(?:the |this )?(next )?financial year|year[- ]end)\b|(?:^|\b(?:in|during|by|for|end of) )(\d{4})[/-](\d{2}|\d{4})\b/,
    read: (m, r) => {
      let start: number | null;
      if (m[2]) start = financialYearStart(m[2], m[3] ?? '');
      else if (r.base) start = (r.base.month >= 4 ? r.base.year : r.base.year - 1) + (m[1] ? 1 : 0);
      else return NO_DATE('end of the financial year (the year is not known)');
      if (start === null) return null;
      return by({ year: start + 1, month: 3, day: 31 }, `end of the ${financialLabel(start)} financial year`);
    },
  },
  {
    reads: 'March 2022, by the end of March 2022, early March 2022',
    // Before the municipal and academic years: "to the next municipal year (May 2020)" names its month and year.
    pattern: new RegExp(
      // Not after a day of the month: "31 February 2022" is no date, not the end of February.
      `(?<!\\d(?:st|nd|rd|th)? (?:of )?)\\b(?:(end|start|beginning|middle) of (?:the month of )?|(early|mid|late)[- ]?)?${MONTH},? (\\d{4})\\b`,
    ),
    read: (m) => {
      const { day, why } = dayInMonth(Number(m[4]), monthNumber(m[3] ?? ''), m[1] ?? m[2]);
      return by(day, why);
    },
  },
  {
    reads: 'end of the municipal year (taken as the end of May)',
    pattern: /\b(?:end of )?(?:the |this )?municipal year\b/,
    read: (_m, r) =>
      r.base
        ? by(
            nextOnOrAfter(r.base, (year) => endOfMonth(year, 5)) ?? endOfMonth(r.base.year + 1, 5),
            'end of the municipal year, taken as the end of May',
          )
        : NO_DATE('end of the municipal year (the year is not known)'),
  },
  {
    reads: 'end of the academic year, school year (taken as the end of July)',
    pattern: /\b(?:end of )?(?:the |this )?(?:academic|school) year\b/,
    read: (_m, r) =>
      r.base
        ? by(
            nextOnOrAfter(r.base, (year) => endOfMonth(year, 7)) ?? endOfMonth(r.base.year + 1, 7),
            'end of the academic year, taken as the end of July',
          )
        : NO_DATE('end of the academic year (the year is not known)'),
  },
  {
    reads: 'autumn term, the spring term 2022 (school terms)',
    pattern: /\b(?:end of )?(?:the )?(autumn|spring|summer) term(?: (?:of )?(\d{4}))?\b/,
    read: (m, r) => {
      const term = TERMS[m[1] ?? ''] as Season;
      const inYear = (year: number) => endOfMonth(year, term.lastMonth);
      if (m[2]) return by(inYear(Number(m[2])), `end of ${term.label}`);
      if (!r.base) return NO_DATE(`end of ${term.label} (the year is not known)`);
      return by(nextOnOrAfter(r.base, inYear) ?? inYear(r.base.year + 1), `end of ${term.label}`);
    },
  },
  {
    reads: 'spring 2022, by the summer, early autumn, winter 2022',
    pattern:
      /\b(?:(?:by|before|in|during|over|until|for) (?:the )?|(early|late|mid)[- ]?|(?:the )?(end|start|beginning|middle) of (?:the )?)?(spring|summer|autumn|winter)(?: (?:of )?(\d{4}))?\b/,
    read: (m, r) => {
      // "Owing to the wet summer …": a season named with no "by", "in", "early", "end of" or year sets no date.
      if (!m[1] && !m[2] && !m[4] && !/^(?:by|before|in|during|over|until|for)\b/.test(m[0])) return null;
      const season = SEASONS[m[3] ?? ''] as Season;
      const early = m[1] === 'early' || m[2] === 'start' || m[2] === 'beginning';
      const lastMonth = early ? season.firstMonth : season.lastMonth;
      const inYear = (year: number) => endOfMonth(year, lastMonth);
      const why = early
        ? `"${m[0].replace(/^(?:by|before|in|during|over|until|for) (?:the )?/, '')}" read as the end of ${MONTH_NAMES[(season.firstMonth - 1) % 12] ?? ''}`
        : `end of ${season.label}`;
      if (m[4]) return by(inYear(Number(m[4])), why);
      if (!r.base) return NO_DATE(`${why} (the year is not known)`);
      return by(nextOnOrAfter(r.base, inYear) ?? inYear(r.base.year + 1), why);
    },
  },
  {
    reads: 'in the new year, early in the new year (read as the end of March)',
    pattern: /\b(?:early |early on |early part of )?(?:in |during )?the new year\b/,
    read: (m, r) =>
      r.base
        ? by(endOfMonth(r.base.year + 1, 3), `"${m[0].trim()}" read as the end of March`)
        : NO_DATE(`${m[0].trim()} (the year is not known)`),
  },
  {
    reads:
      'early part of 2021, early 2021, first half of the year, mid-2022, later in the year, end of 2022, late next year',
    pattern:
      /\b(?:(?:the )?(early|earlier|first|latter|later|last|second|end|beginning|start|middle) (?:part|half|months?|stages?)? ?(?:of|in) (?:the )?|(early|mid|late|later)[- ]?(?:in |on |during )?(?:the )?)(\d{4}|(?:this|current|next|following|coming) year|year)\b/,
    read: (m, r) => {
      const part = m[1] ?? m[2] ?? '';
      const year = yearOf(m[3], r.base);
      const quoted = `"${m[0].replace(/^the /, '')}"`;
      if (year === null) return NO_DATE(`${m[0]} (the year is not known)`);
      if (/^(?:early|earlier|first)$/.test(part))
        return by(endOfMonth(year, 6), `${quoted} read as the end of the first half of the year`);
      if (/^(?:beginning|start)$/.test(part)) return by(endOfMonth(year, 3), `${quoted} read as the end of March`);
      if (/^(?:mid|middle)$/.test(part)) return by(endOfMonth(year, 6), `${quoted} read as the end of June`);
      return by(endOfMonth(year, 12), part === 'end' ? 'end of the year' : `${quoted} read as the end of the year`);
    },
  },
  {
    reads: 'by the end of the year, this year, next year, in 2022, during 2022',
    pattern:
      /\b(?:(?:by |before )?(?:the )?end of (?:the )?(?:calendar )?(year|\d{4})|(?:in|during|by|for|over) (\d{4})|(?:by |during |in )?(?:the )?(this|next|following|coming) (?:calendar )?year)\b/,
    read: (m, r) => {
      const year = yearOf(m[1] ?? m[2] ?? m[3], r.base);
      if (year === null) return NO_DATE(`${m[0]} (the year is not known)`);
      return by(
        endOfMonth(year, 12),
        m[1] ? `end of ${m[1] === 'year' ? 'the year' : year}` : `"${m[0]}" read as the end of ${year}`,
      );
    },
  },
  {
    reads: 'end of the month, next month',
    pattern: /\b(?:(?:by )?(?:the )?end of (?:the |this )?(month)|(?:(?:by )?(?:the )?end of )?next month)\b/,
    read: (m, r) => {
      if (!r.base) return NO_DATE(`${m[0]} (the month is not known)`);
      const day = endOfMonth(r.base.year, r.base.month + (m[1] ? 0 : 1));
      return by(day, `end of ${MONTH_NAMES[day.month - 1] ?? ''}`);
    },
  },
  {
    reads: 'end of March, by March, in early March (the next one)',
    pattern: new RegExp(
      `\\b(?:(?:by|before|in|during|until|for) (?:the )?)?(?:(end|start|beginning|middle) of (?:the month of )?|(early|mid|late)[- ]?)?${MONTH}(?! ?\\d)`,
    ),
    read: (m, r) => {
      // A bare month name ("may") is not enough: it needs "by", "end of" and the like.
      if (!/^(?:by|before|in|during|until|for|end|start|beginning|middle|early|mid|late)\b/.test(m[0])) return null;
      const month = monthNumber(m[3] ?? '');
      const part = m[1] ?? m[2];
      if (!r.base) return NO_DATE(`${dayInMonth(2000, month, part).why} (the year is not known)`);
      const inYear = (year: number) => dayInMonth(year, month, part).day;
      const day = nextOnOrAfter(r.base, inYear) ?? inYear(r.base.year + 1);
      return by(day, dayInMonth(day.year, month, part).why);
    },
  },
  {
    reads: 'within six weeks, in 3 months, within 10 working days, within a fortnight, in six weeks’ time',
    pattern: new RegExp(
      `\\b(?:within|in|over) (?:the )?(?:next |following |coming )?(?:${COUNT}[ -])?(working days?|days?|weeks?|fortnights?|months?|years?)\\b`,
    ),
    read: (m, r) => {
      const n = m[1] ? count(m[1]) : 1;
      const unit = (m[2] ?? '').replace(/s$/, '');
      if (n === 0) return null;
      const span = n === 1 ? `a ${unit}` : `${spelled(n)} ${unit}s`;
      if (!r.meeting) return NO_DATE(`within ${span} of the meeting (the meeting date is not known)`);
      const step = STEPS[unit];
      if (!step) return null;
      const due = step(r.meeting, n);
      const note = unit === 'working day' ? ', not counting bank holidays' : '';
      return by(due, `within ${span} of the meeting on ${long(r.meeting)}${note}`);
    },
  },
];
