import { FOLLOWED_COMMITTEE } from './coventry';
import { addDays, longDate, thursdayOnOrBefore } from './dates';
import { agendaItemMinute, briefingNoteBody, minutesFixture } from './fixture-texts';
import { briefingNotePaper, workProgrammePaper } from './papers';
import type { SiteState } from './site-state';
import type { FakeMeeting } from './types';

/**
 * Coventry as the tests find it: five committees (one expired, one deleted) and the followed
 * board with three past meetings, minutes published, and one upcoming meeting with its agenda.
 * Meeting dates are Thursdays counted back from the site's today, so "upcoming" stays upcoming.
 */
export function seedCoventry(site: SiteState): void {
  site.addCommittee('Cabinet', 'Cabinet');
  const board = site.addCommittee(FOLLOWED_COMMITTEE, 'Scrutiny Boards');
  site.addCommittee('Communities & Neighbourhoods Scrutiny Board (4)', 'Scrutiny Boards');
  site.addCommittee('Education & Skills Scrutiny Board 2018-19', 'Scrutiny Boards', { expired: true });
  site.addCommittee("Children's Services Improvement Board", 'Other Committees', { deleted: true, expired: true });
  const cabinet = site.committees[0];
  if (cabinet) {
    const meeting = site.newMeeting(cabinet.id, thursdayOnOrBefore(addDays(site.today, -30)), {
      time: '2.00 pm',
      attendees: [],
    });
    site.addItem(meeting, 'Apologies');
  }

  const today = site.today;
  const dates = [-91, -49, -14].map((days) => thursdayOnOrBefore(addDays(today, days)));
  const upcoming = thursdayOnOrBefore(addDays(today, 21));
  const fixture = minutesFixture().minutes;
  const minute = (title: string): string => {
    const text = fixture.get(title);
    if (text === undefined) throw new Error(`The minutes fixture has no minute "${title}"`);
    return text;
  };
  const dayMonthYear = (iso: string): string => longDate(iso).replace(/^\w+, /, '');
  const previous = thursdayOnOrBefore(addDays(today, -133));

  const substantive = [
    {
      title: "Progress on Children's Services Improvement Plan",
      minute: [
        'The Scrutiny Board considered a briefing note of the Director of Children’s Services which detailed the progress with the Children’s Services Improvement Plan reported to the Children’s Services Improvement Board.',
        'The Board questioned officers, received responses, and discussed the following:',
        '- The Department for Education exit review and the transition to the regional improvement team\n- Recruitment and retention of permanent social work staff\n- The West Midlands Regional Teaching Partnership',
        'RESOLVED that the Scrutiny Board:',
        '1) note the progress made to date\n2) receive regular updates from the Children’s Services Improvement Board on the improvement plan',
      ].join('\n\n'),
      report: "Briefing Note - Progress on Children's Services Improvement Plan",
      body: briefingNoteBody(),
      restricted: 'Appendix 2 - Case Review Summary (exempt)',
      minutesItem: `The Minutes of the meeting held on ${dayMonthYear(previous)} were agreed as a true record. There were no matters arising.`,
    },
    {
      title: "Children's Services Continuous Improvement Progress",
      minute: agendaItemMinute(),
      report: "Briefing Note - Children's Services Continuous Improvement Progress",
      body: briefingNoteBody(),
      restricted: 'Appendix 1 - Staffing Information (exempt)',
      minutesItem: `The Minutes of the meeting held on ${dayMonthYear(dates[0] ?? today)} were agreed as a true record.`,
    },
    {
      title: "Children's Services Ofsted Visit Outcome and Action Plan Progress",
      minute: minute("Children's Services Ofsted Visit Outcome and Action Plan Progress"),
      report: 'Briefing Note - Ofsted Focused Visit Outcome and Action Plan',
      body: ofstedBriefingBody(minute("Children's Services Ofsted Visit Outcome and Action Plan Progress")),
      restricted: 'Appendix 2 - Action Plan (exempt)',
      minutesItem: minute('Minutes'),
    },
  ];

  const meetings: FakeMeeting[] = [];
  substantive.forEach((spec, i) => {
    const date = dates[i] ?? today;
    const meeting = site.newMeeting(board.id, date);
    const published = addDays(date, -7);
    const last = i === 2;
    site.addItem(meeting, 'Apologies and Substitutions');
    site.addItem(meeting, 'Declarations of Interests', minute('Declarations of Interests'));
    site.addItem(meeting, 'Minutes', spec.minutesItem);
    const main = site.addItem(meeting, spec.title, spec.minute);
    site.addDoc(
      meeting,
      main,
      { title: spec.report, text: briefingNotePaper(board.title, date, spec.title, spec.body) },
      published,
    );
    site.addDoc(meeting, main, { title: spec.restricted, restricted: true }, published);
    const programme = site.addItem(
      meeting,
      'Work Programme & Outstanding Issues',
      'The Scrutiny Board considered and noted their Work Programme and Outstanding Issues.\n\nRESOLVED that the Work Programme be noted.',
    );
    site.addDoc(
      meeting,
      programme,
      {
        title: 'Work Programme & Outstanding Issues',
        text: workProgrammePaper(board.title, date, [
          dayMonthYear(upcoming) + ': Children’s Services Continuous Improvement - Annual Update',
        ]),
        convertUrl: i === 0,
      },
      published,
    );
    site.addItem(
      meeting,
      'Any Other Business',
      last
        ? `### Support to families self-isolating due to Covid\n\n${minute('Support to families self-isolating due to Covid')}`
        : 'There were no other items of public business.',
    );
    site.publishMinutes(meeting, addDays(date, 10));
    meetings.push(meeting);
  });

  const next = site.newMeeting(board.id, upcoming);
  const published = addDays(upcoming, -7) < today ? addDays(upcoming, -7) : today;
  site.addItem(next, 'Apologies and Substitutions');
  site.addItem(next, 'Declarations of Interests', 'There were no disclosable interests.');
  site.addItem(
    next,
    'Minutes',
    `The Minutes of the meeting held on ${dayMonthYear(dates[2] ?? today)} were agreed as a true record.`,
  );
  const title = "Children's Services Continuous Improvement - Annual Update";
  const main = site.addItem(
    next,
    title,
    'The Scrutiny Board considered a briefing note of the Director of Children’s Services on continuous improvement over the last year.\n\nRESOLVED that the Scrutiny Board note the update and receive a further report in six months.',
  );
  site.addDoc(
    next,
    main,
    { title: `Briefing Note - ${title}`, text: briefingNotePaper(board.title, upcoming, title, briefingNoteBody()) },
    published,
  );
  const programme = site.addItem(
    next,
    'Work Programme & Outstanding Issues',
    'RESOLVED that the Work Programme be noted.',
  );
  site.addDoc(
    next,
    programme,
    { title: 'Work Programme & Outstanding Issues', text: workProgrammePaper(board.title, upcoming, ['To be agreed']) },
    published,
  );
  site.addItem(next, 'Any Other Business', 'There were no other items of public business.');
}

/** The officers' briefing note behind the Ofsted minute: the facts of the visit, before the discussion. */
function ofstedBriefingBody(minute: string): string {
  const blocks = minute.split(/\n\s*\n/).map((b) => b.trim());
  const end = blocks.findIndex((b) =>
    b.startsWith('The letter confirming the outcome of the visit was published on 25th'),
  );
  const facts = blocks.slice(1, end < 0 ? 6 : end);
  let n = 0;
  const numbered = facts.map((b) => (/^(?:#|-)/.test(b) ? b : `3.${++n} ${b}`));
  return [
    '## 1 Purpose of the Note',
    '1.1 To inform the Scrutiny Board of the outcome of the Ofsted focused assurance visit held on 12th and 13th May 2021 and of progress against the Action Plan.',
    '## 2 Recommendations',
    '2.1 The Scrutiny Board is recommended to:',
    '1) note the outcome of the visit\n2) note the progress against the Action Plan',
    '## 3 Background',
    ...numbered,
  ].join('\n\n');
}
