import { Random } from './random';
import type { TextModel } from './text-model';

/**
 * The shape of a council's archive: committees, years of meetings, and for each
 * meeting a pack of papers (an agenda, officers' reports, minutes, and once a
 * year a long annual report). Every paper is a pure function of the seed and its
 * place in the plan, so workers can make them in any order.
 */

export interface LibraryShape {
  seed: number;
  committees: number;
  years: number;
  meetingsPerYear: number;
  lastYear: number;
}

export const COUNCIL = 'Eastmoor City Council';

const COMMITTEES: { name: string; topics: string[] }[] = [
  {
    name: 'Education and Children’s Services Scrutiny Board',
    topics: [
      'Children’s Services Improvement Plan',
      'Ofsted Focused Visit Outcome and Action Plan',
      'School Place Planning',
      'Special Educational Needs and Disabilities Transport',
      'Fostering Recruitment and Retention',
      'Youth Justice Plan',
      'Early Help and Family Hubs',
      'Educational Attainment and Exclusions',
    ],
  },
  {
    name: 'Health and Social Care Scrutiny Board',
    topics: [
      'Adult Social Care Annual Report',
      'Hospital Discharge and Reablement',
      'Public Health Annual Report',
      'Mental Health Crisis Support',
      'Care Home Quality and Market Sustainability',
      'Domestic Abuse Strategy',
      'Substance Misuse Services',
      'Primary Care Access',
    ],
  },
  {
    name: 'Finance and Corporate Services Scrutiny Board',
    topics: [
      'Budget Monitoring',
      'Medium Term Financial Strategy',
      'Council Tax Reduction Scheme',
      'Workforce Strategy and Sickness Absence',
      'Customer Services Performance',
      'Commercial Property Portfolio',
      'Procurement and Social Value',
      'Digital Strategy',
    ],
  },
  {
    name: 'Communities and Neighbourhoods Scrutiny Board',
    topics: [
      'Homelessness Prevention',
      'Housing Allocations Policy',
      'Community Safety Partnership',
      'Library Services',
      'Cost of Living Support',
      'Anti-Social Behaviour',
      'Private Rented Sector Licensing',
      'Voluntary Sector Grants',
    ],
  },
  {
    name: 'Business, Economy and Enterprise Scrutiny Board',
    topics: [
      'Apprenticeships and Skills',
      'City Centre Regeneration',
      'Local Plan Review',
      'Inward Investment',
      'Culture and Events Programme',
      'Employment Support',
      'Markets and High Streets',
      'Tourism Recovery',
    ],
  },
  {
    name: 'Scrutiny Management Board',
    topics: [
      'Call-in of Cabinet Decisions',
      'Scrutiny Work Programme',
      'Corporate Risk Register',
      'Complaints and Ombudsman Decisions',
      'Annual Governance Statement',
      'Member Development',
      'Performance Management Framework',
      'Equality and Diversity',
    ],
  },
  {
    name: 'Corporate Parenting Panel',
    topics: [
      'Children in Care Council Update',
      'Care Leavers Local Offer',
      'Placement Sufficiency Strategy',
      'Virtual School Headteacher Report',
      'Health of Children in Care',
      'Unaccompanied Asylum Seeking Children',
      'Independent Reviewing Officers Report',
      'Staying Put Arrangements',
    ],
  },
  {
    name: 'Climate Change and Environment Scrutiny Board',
    topics: [
      'Net Zero Strategy',
      'Air Quality Action Plan',
      'Waste Collection and Recycling',
      'Highways Maintenance',
      'Flood Risk Management',
      'Parks and Green Spaces',
      'Bus Service Improvement Plan',
      'Electric Vehicle Charging',
    ],
  },
];

const MONTHS = [
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
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MEETING_MONTHS = [1, 2, 3, 4, 6, 7, 9, 10, 11, 12];
const DIRECTORATES = ['Children’s Services', 'Law and Governance', 'Finance', 'Public Health', 'Streetscene'];
const VENUES = ['Committee Room 3, Council House', 'Diamond Rooms 1 and 2, Council House', 'Committee Room 2'];

export interface MeetingPlan {
  /** Chronological position in the whole library. */
  index: number;
  committee: number;
  committeeName: string;
  year: number;
  /** 0-based number of the meeting in its year. */
  number: number;
  /** Meetings of this committee before this one. */
  serial: number;
  date: string;
  writtenDate: string;
  time: string;
  venue: string;
}

export function committeeName(committee: number): string {
  return (COMMITTEES[committee % COMMITTEES.length] as { name: string }).name;
}

/** Every meeting of the library, oldest first. */
export function planMeetings(shape: LibraryShape): MeetingPlan[] {
  const meetings: Omit<MeetingPlan, 'index'>[] = [];
  for (let committee = 0; committee < shape.committees; committee++) {
    let serial = 0;
    for (let y = shape.years - 1; y >= 0; y--) {
      const year = shape.lastYear - y;
      const random = new Random(shape.seed, `meetings/${committee}/${year}`);
      const months = random
        .shuffle([...MEETING_MONTHS])
        .slice(0, shape.meetingsPerYear)
        .sort((a, b) => a - b);
      months.forEach((month, number) => {
        const day = random.int(1, 28);
        const when = new Date(Date.UTC(year, month - 1, day));
        const hour = random.pick(['10.00 am', '10.30 am', '2.00 pm', '5.00 pm']);
        meetings.push({
          committee,
          committeeName: committeeName(committee),
          year,
          number,
          serial: serial++,
          date: when.toISOString().slice(0, 10),
          writtenDate: `${WEEKDAYS[when.getUTCDay()]}, ${day} ${MONTHS[month - 1]} ${year}`,
          time: hour,
          venue: random.pick(VENUES),
        });
      });
    }
  }
  meetings.sort((a, b) => a.date.localeCompare(b.date) || a.committee - b.committee);
  return meetings.map((m, index) => ({ ...m, index }));
}

/** The newest meeting of each committee, oldest first: the ones printed to PDF and imported as a member would. */
export function newestMeetings(meetings: MeetingPlan[]): MeetingPlan[] {
  const newest = new Map<number, MeetingPlan>();
  for (const m of meetings) newest.set(m.committee, m);
  return [...newest.values()].sort((a, b) => a.index - b.index);
}

export type DocBlockKind = 'line' | 'heading' | 'paragraph' | 'list-item';

export interface DocBlock {
  kind: DocBlockKind;
  text: string;
  level?: number;
  /** For list items: "1)" or "•". */
  marker?: string;
}

export interface DocModel {
  fileName: string;
  kind: 'agenda' | 'report' | 'annual-report' | 'minutes';
  title: string;
  runningHeader: string;
  blocks: DocBlock[];
}

/** Blocks of an officer's report, on average; the annual report is about 100 pages. */
const REPORT_MEDIAN_BLOCKS = 230;
const ANNUAL_REPORT_BLOCKS = 1300;
/** Share of a report carried forward from the last report on the same subject. */
const CARRIED_FORWARD = 0.3;

/** The pack for one meeting: agenda, reports, minutes, and at the year's last meeting the annual report. */
export function meetingPack(model: TextModel, shape: LibraryShape, meeting: MeetingPlan): DocModel[] {
  const random = new Random(shape.seed, `pack/${meeting.committee}/${meeting.serial}`);
  const { topics } = COMMITTEES[meeting.committee % COMMITTEES.length] as { topics: string[] };
  const reportCount = random.int(5, 7);
  const reportTopics = Array.from(
    { length: reportCount },
    (_, i) => topics[(meeting.serial * 3 + i) % topics.length] as string,
  );
  const reports = reportTopics.map((topic, i) => report(model, shape, meeting, topic, i));
  const docs = [agenda(meeting, reportTopics), ...reports];
  if (meeting.number === shape.meetingsPerYear - 1) docs.push(annualReport(model, shape, meeting, topics));
  docs.push(minutes(model, shape, meeting, reportTopics));
  return docs;
}

function header(meeting: MeetingPlan, what: string): string {
  return `${COUNCIL} – ${meeting.committeeName} – ${what} – ${meeting.writtenDate.replace(/^\w+, /, '')}`;
}

function fileStem(meeting: MeetingPlan, title: string): string {
  const short = meeting.committeeName
    .replace(/[’']/g, '')
    .replace(/[^A-Za-z]+/g, ' ')
    .trim();
  return `${meeting.date} ${short} - ${title.replace(/[’']/g, '').replace(/[^A-Za-z0-9 ]+/g, ' ')}`.slice(0, 150);
}

function agenda(meeting: MeetingPlan, reportTopics: string[]): DocModel {
  const capitals = meeting.committeeName.toUpperCase();
  const items = ['Apologies and Substitutions', 'Declarations of Interest', 'Minutes of the Previous Meeting'];
  items.push(...reportTopics, 'Work Programme', 'Any Other Items of Public Business');
  const blocks: DocBlock[] = [
    { kind: 'line', text: COUNCIL },
    { kind: 'line', text: `${capitals} - ${meeting.writtenDate.replace(/^\w+, /, '')}` },
    { kind: 'heading', level: 1, text: 'Agenda' },
    { kind: 'line', text: `Time: ${meeting.time}   Venue: ${meeting.venue}` },
    { kind: 'heading', level: 2, text: 'Public Business' },
    ...items.map((title, i): DocBlock => ({ kind: 'list-item', marker: `${i + 1}.`, text: title })),
    {
      kind: 'paragraph',
      text: 'Members of the public may attend this meeting. The papers for each item follow this agenda and are published on the council’s website.',
    },
  ];
  return {
    fileName: fileStem(meeting, 'Agenda'),
    kind: 'agenda',
    title: 'Agenda',
    runningHeader: header(meeting, 'Agenda'),
    blocks,
  };
}

/**
 * A paragraph that a subject's reports carry from one meeting to the next: the same
 * text for a few meetings (its epoch), sometimes with a figure or a word changed.
 */
function standingParagraph(
  model: TextModel,
  shape: LibraryShape,
  meeting: MeetingPlan,
  topic: string,
  slot: number,
): string {
  const epoch = Math.floor((meeting.serial + slot) / 6);
  const base = model.paragraph(new Random(shape.seed, `standing/${meeting.committee}/${topic}/${slot}/${epoch}`), 0);
  const random = new Random(shape.seed, `edit/${meeting.committee}/${topic}/${slot}/${meeting.serial}`);
  return random.chance(0.4) ? model.lightEdit(random, base) : base;
}

function report(model: TextModel, shape: LibraryShape, meeting: MeetingPlan, topic: string, index: number): DocModel {
  const random = new Random(shape.seed, `report/${meeting.committee}/${meeting.serial}/${index}`);
  const size = random.logNormal(REPORT_MEDIAN_BLOCKS, 0.55, 45, 700);
  const year = meeting.year;
  const blocks: DocBlock[] = [
    { kind: 'line', text: 'Briefing note' },
    { kind: 'line', text: `To: ${meeting.committeeName}   ${meeting.writtenDate.replace(/^\w+, /, '')}` },
    { kind: 'line', text: `Subject: ${topic}` },
    { kind: 'heading', level: 2, text: '1 Purpose of the Note' },
    {
      kind: 'paragraph',
      text: `To inform the ${meeting.committeeName} of progress on the ${topic.toLowerCase()} since it last reported.`,
    },
    { kind: 'heading', level: 2, text: '2 Recommendations' },
    { kind: 'paragraph', text: `The ${meeting.committeeName} is recommended to:` },
    ...Array.from({ length: random.int(2, 4) }, (_, i): DocBlock => ({
      kind: 'list-item',
      marker: `${i + 1})`,
      text: model.listItem(random, year),
    })),
  ];
  let section = 3;
  let slot = 0;
  while (blocks.length < size) {
    blocks.push({ kind: 'heading', level: 2, text: `${section} ${model.heading(random).slice(0, 60)}` });
    const paragraphs = random.int(4, 12);
    for (let p = 0; p < paragraphs && blocks.length < size; p++) {
      if (random.chance(0.12)) {
        blocks.push({ kind: 'heading', level: 3, text: model.heading(random) });
      } else if (random.chance(0.15)) {
        blocks.push({ kind: 'paragraph', text: `${model.sentence(random, year).replace(/\.$/, '')} include:` });
        const n = random.int(2, 7);
        for (let i = 0; i < n; i++) blocks.push({ kind: 'list-item', marker: '•', text: model.listItem(random, year) });
      } else {
        const carried = random.chance(CARRIED_FORWARD);
        const text = carried
          ? standingParagraph(model, shape, meeting, topic, slot++ % 24)
          : model.paragraph(random, year);
        blocks.push({ kind: 'paragraph', text });
      }
    }
    section++;
  }
  blocks.push(
    { kind: 'line', text: `Author: ${model.person(random)}, ${topic} Lead Officer` },
    { kind: 'line', text: `Contact: ${model.rareWord(random)}@eastmoor.gov.uk` },
  );
  return {
    fileName: fileStem(meeting, `Report ${index + 1} ${topic}`),
    kind: 'report',
    title: topic,
    runningHeader: header(meeting, topic),
    blocks,
  };
}

/** A long annual report that carries forward much of the year's reports: what "what is new" is for. */
function annualReport(model: TextModel, shape: LibraryShape, meeting: MeetingPlan, topics: string[]): DocModel {
  const random = new Random(shape.seed, `annual/${meeting.committee}/${meeting.year}`);
  const title = `Annual Report of the ${meeting.committeeName} ${meeting.year}`;
  const blocks: DocBlock[] = [
    { kind: 'line', text: 'Briefing note' },
    { kind: 'line', text: `To: ${meeting.committeeName}   ${meeting.writtenDate.replace(/^\w+, /, '')}` },
    { kind: 'line', text: `Subject: ${title}` },
  ];
  let section = 1;
  while (blocks.length < ANNUAL_REPORT_BLOCKS) {
    const topic = topics[section % topics.length] as string;
    blocks.push({ kind: 'heading', level: 2, text: `${section} ${topic}` });
    for (let p = 0; p < 20 && blocks.length < ANNUAL_REPORT_BLOCKS; p++) {
      if (random.chance(0.1)) {
        blocks.push({ kind: 'heading', level: 3, text: model.heading(random) });
      } else if (random.chance(0.45)) {
        const earlier = { ...meeting, serial: Math.max(0, meeting.serial - random.int(0, 6)) };
        blocks.push({ kind: 'paragraph', text: standingParagraph(model, shape, earlier, topic, random.int(0, 23)) });
      } else {
        blocks.push({ kind: 'paragraph', text: model.paragraph(random, meeting.year) });
      }
    }
    section++;
  }
  return {
    fileName: fileStem(meeting, title),
    kind: 'annual-report',
    title,
    runningHeader: header(meeting, title),
    blocks,
  };
}

function minutes(model: TextModel, shape: LibraryShape, meeting: MeetingPlan, reportTopics: string[]): DocModel {
  const random = new Random(shape.seed, `minutes/${meeting.committee}/${meeting.serial}`);
  const year = meeting.year;
  const yy = String(year).slice(2);
  const councillor = () => `Councillor ${model.person(random)}`;
  const blocks: DocBlock[] = [
    { kind: 'line', text: COUNCIL },
    { kind: 'line', text: `Minutes of the Meeting of ${meeting.committeeName}` },
    { kind: 'line', text: `held at ${meeting.time} on ${meeting.writtenDate}` },
    // Who attended is printed in the body font, one name a line.
    { kind: 'paragraph', text: 'Present:' },
    { kind: 'paragraph', text: `Members: ${councillor()} (Chair)` },
    ...Array.from({ length: random.int(4, 7) }, (): DocBlock => ({ kind: 'paragraph', text: councillor() })),
    { kind: 'paragraph', text: `Employees (by Directorate):` },
    ...Array.from({ length: random.int(3, 6) }, (): DocBlock => ({
      kind: 'paragraph',
      text: `${model.person(random)}, ${random.pick(DIRECTORATES)}`,
    })),
    { kind: 'paragraph', text: `Apologies: ${councillor()} and ${councillor()}` },
    { kind: 'heading', level: 2, text: 'Public Business' },
  ];
  let minute = meeting.number * 12 + 1;
  const item = (title: string) => blocks.push({ kind: 'heading', level: 3, text: `${minute++}. ${title}` });
  item('Declarations of Interests');
  blocks.push({ kind: 'paragraph', text: 'There were no disclosable interests.' });
  item('Minutes');
  blocks.push({
    kind: 'paragraph',
    text: `The Minutes of the meeting held on ${random.int(1, 28)} ${random.pick(MONTHS)} ${year} were agreed as a true record.`,
  });
  if (meeting.number > 0) {
    const earlier = (meeting.number - 1) * 12 + random.int(3, 7);
    blocks.push({
      kind: 'paragraph',
      text: `Further to Minute ${earlier}/${yy}, ${lowerFirst(model.sentence(random, year))}`,
    });
  }
  for (const topic of reportTopics) {
    item(topic);
    blocks.push({
      kind: 'paragraph',
      text: `The Scrutiny Board considered a report of the Director which detailed the ${topic.toLowerCase()}. ${model.sentence(random, year)}`,
    });
    for (let p = random.int(1, 4); p > 0; p--) blocks.push({ kind: 'paragraph', text: model.paragraph(random, year) });
    blocks.push({
      kind: 'paragraph',
      text: 'The Board questioned officers, received responses, and discussed the following:',
    });
    for (let i = random.int(2, 6); i > 0; i--)
      blocks.push({ kind: 'list-item', marker: '•', text: model.listItem(random, year) });
    if (random.chance(0.7)) {
      blocks.push({ kind: 'paragraph', text: 'The Board requested that:' });
      for (let i = random.int(1, 3); i > 0; i--)
        blocks.push({ kind: 'list-item', marker: '•', text: model.outcome(random, year) });
    }
    if (random.chance(0.35)) {
      blocks.push({ kind: 'paragraph', text: 'Officers to provide the following information:' });
      for (let i = random.int(1, 3); i > 0; i--)
        blocks.push({ kind: 'list-item', marker: '•', text: model.listItem(random, year) });
    }
    if (random.chance(0.25)) {
      blocks.push({
        kind: 'paragraph',
        text: `It was agreed that ${lowerFirst(model.outcome(random, year))} by the next meeting.`,
      });
    }
    blocks.push({ kind: 'paragraph', text: `RESOLVED that ${lowerFirst(model.outcome(random, year))}.` });
  }
  item('Work Programme');
  blocks.push({
    kind: 'paragraph',
    text: `The Scrutiny Board considered and noted their Work Programme for ${year}/${Number(yy) + 1}.`,
  });
  blocks.push({
    kind: 'paragraph',
    text: `RESOLVED that the ${reportTopics[0]?.toLowerCase() ?? 'work programme'} be added to the work programme.`,
  });
  blocks.push({
    kind: 'paragraph',
    text: `(Meeting closed at ${random.int(11, 12)}.${random.pick(['05', '20', '45', '50'])} am)`,
  });
  return {
    fileName: fileStem(meeting, 'Minutes'),
    kind: 'minutes',
    title: 'Minutes',
    runningHeader: header(meeting, 'Minutes'),
    blocks,
  };
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** The paper as Markdown, as the fixtures' minutes are: what the text importer reads. */
export function toMarkdown(doc: DocModel): string {
  const lines: string[] = [];
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'line':
        lines.push(`**${block.text}**  `);
        break;
      case 'heading':
        lines.push('', `${'#'.repeat(block.level ?? 2)} ${block.text}`, '');
        break;
      case 'paragraph':
        lines.push('', `${block.text}  `, '');
        break;
      case 'list-item':
        lines.push(`${block.marker === '•' || !block.marker ? '-' : block.marker} ${block.text}  `);
        break;
    }
  }
  return `${lines.join('\n')}\n`;
}
