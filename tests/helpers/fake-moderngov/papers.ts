import { COUNCIL } from './coventry';
import { longDate } from './dates';
import type { FakeMeeting } from './types';

/** The papers a committee system prints, in the fake's paper format (see paper-format.ts). */

function dayMonthYear(iso: string): string {
  return longDate(iso).replace(/^\w+, /, '');
}

/** Printed minutes: the council, "Minutes of the Meeting of … held at … on …", attendance, each minute. */
export function minutesPaper(committee: string, meeting: FakeMeeting, attendance: string): string {
  const minutes = meeting.items
    .filter((item) => item.minuteNumber && item.minutesText)
    .map((item) => `## ${item.minuteNumber}. ${item.title}\n\n${item.minutesText}`);
  return [
    `! ${COUNCIL}`,
    `! Minutes of the Meeting of ${committee}`,
    `! held at ${meeting.time} on ${longDate(meeting.date)}`,
    attendance,
    '## Public Business',
    ...minutes,
    '(Meeting closed at 12.15 pm)',
  ].join('\n\n');
}

/** A briefing note as Coventry's officers write them: To, date, Subject, then numbered sections. */
export function briefingNotePaper(committee: string, date: string, subject: string, body: string): string {
  return [
    `! ${COUNCIL}`,
    '! Briefing note',
    `! To: ${committee} ${dayMonthYear(date)}`,
    `! Subject: ${subject}`,
    body,
  ].join('\n\n');
}

export function workProgrammePaper(committee: string, date: string, upcoming: string[]): string {
  return [
    `! ${COUNCIL}`,
    `! To: ${committee} ${dayMonthYear(date)}`,
    '! Subject: Work Programme and Outstanding Issues',
    '## 1 Purpose of the Note',
    '1.1 To set out the Scrutiny Board’s work programme for the rest of the municipal year and the issues outstanding from previous meetings.',
    '## 2 Recommendations',
    '2.1 The Scrutiny Board is recommended to:',
    '1) note the Work Programme\n2) identify any further issues for scrutiny',
    '## 3 Meetings to come',
    upcoming.map((line) => `- ${line}`).join('\n'),
    '## 4 Outstanding issues',
    '- Annual Report on Family Group Conferencing to be shared with Members\n- Progress on the Ofsted action plan to be circulated to Members',
  ].join('\n\n');
}

/** An exempt appendix: listed on the agenda, never published. */
export function restrictedPaper(committee: string, date: string, title: string): string {
  return [
    `! ${COUNCIL}`,
    '! NOT FOR PUBLICATION',
    `! To: ${committee} ${dayMonthYear(date)}`,
    `! Subject: ${title}`,
    'This appendix contains exempt information within paragraph 2 of Schedule 12A of the Local Government Act 1972 (information which is likely to reveal the identity of an individual).',
  ].join('\n\n');
}

/** A paper added by a test without text of its own, or a late supplement. */
export function shortPaper(committee: string, date: string, title: string, supplement: boolean): string {
  return [
    `! ${COUNCIL}`,
    supplement ? '! Supplementary Information' : '! Briefing note',
    `! To: ${committee} ${dayMonthYear(date)}`,
    `! Subject: ${title}`,
    '## 1 Purpose of the Note',
    `1.1 To provide the Scrutiny Board with information on: ${title}.`,
    '## 2 Recommendations',
    '2.1 The Scrutiny Board is recommended to:',
    '1) note the information in this paper\n2) identify any further recommendations for the appropriate Cabinet Member',
  ].join('\n\n');
}
