import { ukDate } from './uk-dates';

/**
 * A sample pack to try the app with, written at run time from invented text (no
 * council's papers are shipped): the agenda of a meeting a fortnight ahead and the
 * minutes of the meeting six weeks ago, shaped as ModernGov pages print them.
 */
export const SAMPLE_COMMITTEE = 'Sample Scrutiny Board';

export interface SampleFile {
  name: string;
  text: string;
}

const WEEKDAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

function ordinal(day: number): string {
  const tens = day % 100;
  if (tens >= 11 && tens <= 13) return `${day}th`;
  return `${day}${['th', 'st', 'nd', 'rd'][day % 10] ?? 'th'}`;
}

/** "Tuesday, 14th January, 2025", as a ModernGov page heads a meeting. */
function headingDate(date: Date): string {
  return `${WEEKDAY.format(date)}, ${ordinal(date.getUTCDate())} ${MONTH.format(date)}, ${date.getUTCFullYear()}`;
}

/** "14 January 2025". */
function plainDate(date: Date): string {
  return ukDate(date.toISOString().slice(0, 10));
}

function addDays(date: Date, days: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + days));
}

export function samplePack(today: Date = new Date()): SampleFile[] {
  // A Tuesday about a fortnight ahead, and the Tuesday six weeks before it.
  const soon = addDays(today, 10);
  const next = addDays(soon, (9 - soon.getUTCDay()) % 7);
  const last = addDays(next, -42);
  const due = addDays(today, -7);
  const stamp = (d: Date) => d.toISOString().slice(0, 10);
  const agenda = `Agenda

${SAMPLE_COMMITTEE} - ${headingDate(next)} 6.30 pm

Venue: Committee Room 1, Sample Town Hall, High Street, Sampleton. View directions

Contact: Alex Example  Democratic Services Officer

Items
No. Item

1.

Apologies for Absence

To receive apologies for absence.

2.

Minutes of the previous meeting

To confirm as a correct record the minutes of the meeting held on ${plainDate(last)}.

3.

Library Opening Hours Review

Report of the Head of Culture and Leisure (invented for this sample).

The Board is asked to consider the proposed changes to opening hours at the four branch libraries and to make any comments to Cabinet.

4.

Winter Road Gritting Plan

Report of the Highways Manager (invented for this sample).

The Board is asked to note the routes to be gritted this winter and the stock of salt held in reserve.

5.

Work Programme

To consider the Board's work programme for the rest of the year.
`;
  const minutes = `Agenda and minutes

${SAMPLE_COMMITTEE} - ${headingDate(last)} 6.30 pm

Venue: Committee Room 1, Sample Town Hall, High Street, Sampleton. View directions

Items
No. Item

11.

Apologies for Absence

Minutes:

Apologies were received from Councillor Pat Sample.

12.

Park Maintenance Contract

Report of the Head of Parks (invented for this sample).

Minutes:

The Head of Parks presented the report on the first year of the new maintenance contract. Members asked about the number of complaints about grass cutting and the state of the play areas.

RESOLVED that:

1) the Head of Parks provide a breakdown of complaints by ward to the Board by ${plainDate(due)};

2) a site visit to the three play areas in the worst condition be arranged before the next meeting.

13.

Work Programme

Minutes:

The Board requested that:

- an item on library opening hours be added to the work programme for the next meeting.
`;
  return [
    { name: `Sample agenda ${stamp(next)}.txt`, text: agenda },
    { name: `Sample minutes ${stamp(last)}.txt`, text: minutes },
  ];
}
