import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { committeeName, decide, MEETING_RULES, ITEM_RULES } from '../../electron/library/meetings/meeting-rules';
import {
  replaceAttendance,
  writeAgendaItems,
  writeMeeting,
  type MeetingFacts,
} from '../../electron/library/meetings/write-meeting';
import { openLibrary, type Db } from '../../electron/library/open-library';

let db: Db;
beforeEach(() => {
  db = openLibrary(':memory:');
});
afterEach(() => db.close());

const meeting = (facts: Partial<MeetingFacts>): MeetingFacts => ({
  committee: 'Children’s Services Scrutiny Board',
  council: 'Leeds City Council',
  date: '2024-03-14',
  time: null,
  venue: null,
  ...facts,
});
const row = (id: number) =>
  db.prepare('SELECT date, time, venue, status FROM meeting WHERE id = ?').get(id) as Record<string, string | null>;

describe('the one writer of meetings: who has the last word', () => {
  it.each([
    // first source, what it says, second source, what it says, what the library keeps
    ['paper', { time: '10.00 am' }, 'paper', { time: '2.00 pm' }, { time: '10.00 am' }],
    ['paper', { venue: null }, 'minutes', { venue: 'Civic Hall' }, { venue: 'Civic Hall' }],
    [
      'paper',
      { time: '10.00 am', venue: 'Civic Hall' },
      'site',
      { time: '10:30', venue: 'Room 6' },
      { time: '10:30', venue: 'Room 6' },
    ],
    [
      'site',
      { time: '10:30', venue: 'Room 6' },
      'paper',
      { time: '10.00 am', venue: 'Civic Hall' },
      { time: '10:30', venue: 'Room 6' },
    ],
    ['site', { time: '10:30' }, 'site', { time: null }, { time: '10:30' }],
    ['paper', {}, 'site', { status: 'cancelled' as const }, { status: 'cancelled' }],
    ['site', { status: 'scheduled' as const }, 'minutes', {}, { status: 'scheduled' }],
  ] as const)('%s says %o, then %s says %o: the library keeps %o', (first, said, second, then, kept) => {
    const a = writeMeeting(db, meeting(said), first);
    const b = writeMeeting(db, meeting(then), second);
    expect(b).toBe(a);
    expect(row(a)).toMatchObject(kept);
  });

  it.each([
    ['Children’s Services Scrutiny Board', "Children's Services Scrutiny Board"],
    ['Children‘s  Services   Scrutiny Board ', "Children's Services Scrutiny Board"],
    ["Children's Services Scrutiny Board", "Children's Services Scrutiny Board"],
  ])('files committee %j as %j, so papers and the site share it', (given, filed) => {
    expect(committeeName(given)).toBe(filed);
  });

  it('files a paper’s and the site’s meeting of the same committee and day as one, whatever the apostrophe', () => {
    const fromPaper = writeMeeting(db, meeting({ committee: 'Children’s Services Scrutiny Board' }), 'paper');
    const fromSite = writeMeeting(db, meeting({ committee: "Children's Services Scrutiny Board" }), 'site');
    expect(fromSite).toBe(fromPaper);
    expect(db.prepare('SELECT name FROM committee').pluck().all()).toEqual(["Children's Services Scrutiny Board"]);
  });

  it('never merges meetings without a date', () => {
    const a = writeMeeting(db, meeting({ date: null }), 'paper');
    const b = writeMeeting(db, meeting({ date: null }), 'paper');
    expect(b).not.toBe(a);
  });

  it.each([
    ['replace', 'old', 'new', 'new'],
    ['replace', 'old', null, null],
    ['replace-when-given', 'old', null, 'old'],
    ['replace-when-given', 'old', 'new', 'new'],
    ['fill-gaps', 'old', 'new', 'old'],
    ['fill-gaps', null, 'new', 'new'],
    ['keep', 'old', 'new', 'old'],
  ] as const)('%s: known %j, offered %j -> %j', (precedence, known, offered, result) => {
    expect(decide(precedence, known, offered)).toBe(result);
  });

  it('states a rule for every fact from every source', () => {
    for (const rules of [MEETING_RULES, ITEM_RULES]) {
      expect(Object.keys(rules).sort()).toEqual(['minutes', 'paper', 'site']);
    }
  });
});

describe('agenda items from papers and the site', () => {
  const items = (meetingId: number) =>
    db
      .prepare('SELECT number, title, minute_text AS minutes FROM agenda_item WHERE meeting_id = ? ORDER BY position')
      .all(meetingId);

  it.each([
    {
      name: 'an item named twice in one paper is stored once',
      writes: [
        [
          'paper',
          [
            { number: '5', title: 'Budget' },
            { number: '5', title: 'Budget proposals' },
          ],
        ],
      ],
      kept: [{ number: '5', title: 'Budget' }],
    },
    {
      name: 'two items of the same title but different numbers stay two',
      writes: [
        [
          'site',
          [
            { number: '3', title: 'Public questions' },
            { number: '9', title: 'Public questions' },
          ],
        ],
      ],
      kept: [
        { number: '3', title: 'Public questions' },
        { number: '9', title: 'Public questions' },
      ],
    },
    {
      name: 'the site renames and renumbers an item a paper named; a paper does not',
      writes: [
        ['paper', [{ number: null, title: 'Financial update' }]],
        ['site', [{ number: '6', title: 'Financial Update' }]],
        ['paper', [{ number: '7', title: 'financial update' }]],
      ],
      kept: [{ number: '6', title: 'Financial Update' }],
    },
    {
      name: 'minutes give an item its minutes; an agenda does not',
      writes: [
        ['paper', [{ number: '4', title: 'Ofsted', minuteText: null }]],
        ['minutes', [{ number: '4', title: 'Ofsted', minuteText: 'RESOLVED that the report be noted.' }]],
        ['paper', [{ number: '4', title: 'Ofsted', minuteText: 'Agenda text' }]],
      ],
      kept: [{ number: '4', title: 'Ofsted', minutes: 'RESOLVED that the report be noted.' }],
    },
    {
      name: 'the site’s minutes stand over the printed minutes',
      writes: [
        ['site', [{ number: '4', title: 'Ofsted', minuteText: 'From the website.' }]],
        ['minutes', [{ number: '4', title: 'Ofsted', minuteText: 'From the printed minutes.' }]],
        ['site', [{ number: '4', title: 'Ofsted', minuteText: 'From the website.' }]],
      ],
      kept: [{ number: '4', title: 'Ofsted', minutes: 'From the website.' }],
    },
  ] as const)('$name', ({ writes, kept }) => {
    const id = writeMeeting(db, meeting({}), 'paper');
    for (const [source, list] of writes) {
      writeAgendaItems(
        db,
        id,
        list.map((i) => ({ minuteNumber: null, minuteText: null, ...i })),
        source,
      );
    }
    expect(items(id)).toMatchObject(kept);
    expect(items(id)).toHaveLength(kept.length);
  });

  it('keeps the latest list of who was there', () => {
    const id = writeMeeting(db, meeting({}), 'paper');
    replaceAttendance(db, id, [{ name: 'Cllr A', role: 'member', isChair: true, detail: null }]);
    replaceAttendance(db, id, [
      { name: 'Cllr B', role: 'member', isChair: false, detail: null },
      { name: 'Cllr C', role: 'apology', isChair: false, detail: null },
    ]);
    expect(db.prepare('SELECT name FROM attendance WHERE meeting_id = ? ORDER BY position').pluck().all(id)).toEqual([
      'Cllr B',
      'Cllr C',
    ]);
  });
});
