import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgendaItemDetail, AttendanceRole, ImportJobStatus, MeetingDetail, OutcomeRow } from '../../shared/domain';
import {
  api,
  assertSharedFixtures,
  COVENTRY,
  coventryFile,
  ensureGeneratedFixtures,
  FORMATS,
  importBatch,
  KENT,
  readRealFixture,
  RUNNING_HEADER,
  sharedKentPdf,
  sharedMinutes,
  storedBlocks,
  type CoventryFixture,
  type FixtureFile,
  type Format,
  type StoredBlock,
} from '../helpers/fixture-files';
import { createTempLibrary, type TempLibrary } from '../helpers/temp-library';

/**
 * What a careful reader finds in the real papers, checked in every format a
 * board member gets them in: the text as published, and the same paper as a
 * PDF, a Word document and a saved web page.
 */

interface Imported {
  job: ImportJobStatus;
  meeting: MeetingDetail;
  outcomes: OutcomeRow[];
  blocks: StoredBlock[];
}

const libraries: TempLibrary[] = [];
afterAll(() => libraries.splice(0).forEach((l) => l.cleanup()));
beforeAll(async () => {
  await ensureGeneratedFixtures();
}, 60_000);

/** Imports files into a fresh library, as one batch, and reads back the first file's meeting. */
async function importFresh(files: FixtureFile[]): Promise<Imported & { library: TempLibrary }> {
  const library = createTempLibrary();
  libraries.push(library);
  const job = await importBatch(library, files);
  const first = job.files[0];
  if (!first?.meetingId || !first.documentId) throw new Error(`Not imported: ${JSON.stringify(job.files)}`);
  return {
    library,
    job,
    meeting: await api(library, 'getMeeting', { meetingId: first.meetingId }),
    outcomes: await api(library, 'listOutcomes', {}),
    blocks: storedBlocks(library.db, first.documentId),
  };
}

const names = (meeting: MeetingDetail, role: AttendanceRole) =>
  meeting.attendance.filter((a) => a.role === role).map((a) => a.name);
const itemNumbered = (meeting: MeetingDetail, number: string) =>
  meeting.items.find((i) => i.number === number) as AgendaItemDetail;
const kindCounts = (outcomes: OutcomeRow[]) =>
  outcomes.reduce<Record<string, number>>((counts, o) => ({ ...counts, [o.kind]: (counts[o.kind] ?? 0) + 1 }), {});

/** The generated PDFs print a running header and "Page n of m" on every page. */
function expectNoPageFurniture(blocks: StoredBlock[], fixture: CoventryFixture, format: Format): void {
  if (format !== 'pdf') return;
  const texts = blocks.map((b) => b.text);
  expect(texts.filter((t) => t.includes(RUNNING_HEADER[fixture]))).toEqual([]);
  expect(texts.filter((t) => /^(?:page\s+)?\d+(?:\s+of\s+\d+)?$/i.test(t))).toEqual([]);
  expect(new Set(blocks.map((b) => b.page)).size).toBeGreaterThan(1);
}

describe.each(FORMATS)('the 2021 agenda-item page, as %s', (format) => {
  let result: Imported;
  beforeAll(async () => {
    result = await importFresh([coventryFile('agendaItem', format)]);
  });
  const item = () => result.meeting.items[0] as AgendaItemDetail;

  it('is one minuted agenda item, with the paper attached to it', () => {
    expect(result.job.files.map((f) => [f.state, f.message])).toEqual([['imported', 'Imported. 3 outcomes found.']]);
    expect(result.meeting.items.map((i) => i.title)).toEqual(["Children's Services Continuous Improvement Progress"]);
    expect(item().documents.map((d) => d.title)).toEqual([
      "Minute: Children's Services Continuous Improvement Progress",
    ]);
    expectNoPageFurniture(result.blocks, 'agendaItem', format);
  });

  it('lists the six topics the board discussed', () => {
    expect(item().topics).toEqual([
      'Increased demand on the workforce and the need to recruit agency staff',
      'The involvement of schools in the Family Valued Programme',
      'The process for Family Group Conferencing and the effectiveness of the intervention',
      'The funding to continue the success of the House Project in future years',
      'Social Worker caseloads compared over time, with other local authorities and whether they were at an acceptable level',
      'Children’s Homes in Coventry',
    ]);
  });

  it('finds the three parts of the resolution, on the item', () => {
    expect(item().outcomes.map((o) => [o.kind, o.text])).toEqual([
      ['resolution', expect.stringMatching(/^Note the current progress$/i)],
      ['resolution', expect.stringMatching(/Annual Report on Family Group Conferencing be shared with Members$/)],
      [
        'work-programme',
        expect.stringMatching(/Coventry Family Valued Programme and the House Project be added to the work programme$/),
      ],
    ]);
    expect(result.outcomes).toHaveLength(3);
    expect(result.outcomes.every((o) => o.status === 'open')).toBe(true);
  });
});

describe.each(FORMATS)('the minutes of 16 September 2021, as %s', (format) => {
  let result: Imported;
  beforeAll(async () => {
    result = await importFresh([coventryFile('minutes', format)]);
  });

  it('finds the committee, date and time', () => {
    expect(result.meeting).toMatchObject({
      committee: "Education and Children's Services Scrutiny Board (2)",
      date: '2021-09-16',
      time: '10:30',
    });
    expect(result.meeting.documents.map((d) => [d.title, d.kind])).toEqual([['Minutes', 'minutes']]);
    expectNoPageFurniture(result.blocks, 'minutes', format);
  });

  it('finds who attended, who chaired, and who sent apologies', () => {
    const { meeting } = result;
    expect(names(meeting, 'member')).toEqual([
      'Councillor J Innes',
      'Councillor F Abbott',
      'Councillor P Akhtar',
      'Councillor J Blundell',
      'Councillor S Keough',
      'Councillor R Simpson',
    ]);
    expect(meeting.attendance.filter((a) => a.isChair).map((a) => a.name)).toEqual(['Councillor J Innes']);
    expect(names(meeting, 'co-opted')).toEqual(['Mrs S Hanson', 'Mrs K Jones']);
    expect(meeting.attendance.filter((a) => a.role === 'other-member')).toEqual([
      {
        name: 'Councillor P Seaman',
        role: 'other-member',
        isChair: false,
        detail: 'Cabinet Member for Children and Young People',
      },
    ]);
    expect(names(meeting, 'officer')).toEqual(['S Bhambra', 'J Gregg', 'G Holmes', 'M Rose', 'R Sugars']);
    expect(names(meeting, 'apology')).toEqual(['Councillor B Gittins', 'R Thay', 'C Thomas', 'A Tucker']);
  });

  it('finds items 6 to 10, with one resolution under item 7 and one under item 8', () => {
    const { meeting } = result;
    expect(meeting.items.map((i) => i.number)).toEqual(['6', '7', '8', '9', '10']);
    const resolutions = (number: string) =>
      itemNumbered(meeting, number)
        .outcomes.filter((o) => o.kind === 'resolution')
        .map((o) => o.text);
    expect(resolutions('7')).toEqual([
      expect.stringMatching(/^Further detail regarding the scrutiny of Apprenticeships be communicated to the Board/),
    ]);
    expect(resolutions('8')).toEqual([expect.stringMatching(/note the Action Plan and thank officers/)]);
  });

  it('finds three requests, four information requests and the work programme noted, and nothing else', () => {
    const { meeting, outcomes } = result;
    expect(kindCounts(outcomes)).toEqual({ resolution: 3, request: 3, 'information-request': 4 });
    expect(
      itemNumbered(meeting, '8')
        .outcomes.filter((o) => o.kind === 'request')
        .map((o) => o.text),
    ).toEqual([
      'Progress on the action plan be circulated to Members',
      'Consideration be given to numeric metrics being included to measure progress against actions where possible',
      'Consideration be given to arranging briefings for the Board on the voice of the child, as well as quality assurance audits',
    ]);
    const information = itemNumbered(meeting, '10').outcomes.filter((o) => o.kind === 'information-request');
    expect(information.map((o) => o.text)).toEqual([
      'Whether parents have still applied for support they are now not eligible for following the changes to the government isolation requirements',
      'What are the timescales for test and trace payments?',
      'Whether children with an EHCP are still eligible for test and trace support if they are required to isolate due to shielding',
      'How and when Public Health contact people as part of the Track and Trace process.',
    ]);
    expect(information.map((o) => o.owner)).toEqual(['Officers', 'Officers', 'Officers', 'Officers']);
  });
});

describe.each(FORMATS)('the briefing note of 19 July 2018, as %s', (format) => {
  let result: Imported;
  beforeAll(async () => {
    result = await importFresh([coventryFile('briefingNote', format)]);
  });

  it('finds the committee and the date', () => {
    expect(result.meeting).toMatchObject({
      committee: "Education and Children's Services Scrutiny Board (2)",
      date: '2018-07-19',
    });
    expect(result.meeting.documents.map((d) => [d.title, d.kind])).toEqual([
      ['Progress on Children’s Services Improvement Plan', 'briefing-note'],
    ]);
    expect(result.job.files[0]?.warnings).toEqual([]);
    expectNoPageFurniture(result.blocks, 'briefingNote', format);
  });

  it('finds what it recommends to the board, and no outcomes', () => {
    expect(result.meeting.recommendationsToBoard).toEqual([
      'Consider the progress made to date',
      'Receive regular updates from the Children’s Services Improvement Board that will include further progress relating to the children’s services improvement plan',
      'Identify any further recommendations for the appropriate Cabinet Member',
    ]);
    expect(result.outcomes).toEqual([]);
    expect(result.meeting.outcomes).toEqual([]);
  });
});

describe('the shared fixtures beside the checkout (../shared/fixtures)', () => {
  it('are there: the Coventry texts in minutes/ and the Kent PDFs in kent-pdf/', () => {
    // Not a skip: without them this fails with "The shared fixtures are not beside the checkout: expected them at …".
    assertSharedFixtures();
    const listed = (folder: string) =>
      fs
        .readdirSync(folder)
        .filter((name) => name !== 'README.md')
        .sort();
    expect(listed(sharedMinutes)).toEqual(Object.values(COVENTRY).sort());
    expect(listed(sharedKentPdf)).toEqual(Object.values(KENT).sort());
  });
});

describe('the Kent PDFs, as published', () => {
  it('reads the Corporate Parenting Panel minutes of 29 October 2024', async () => {
    const { meeting, outcomes, blocks, job } = await importFresh([readRealFixture(KENT.cppMinutes)]);
    expect(meeting).toMatchObject({ committee: 'Corporate Parenting Panel', date: '2024-10-29' });
    expect(meeting.venue).toContain('Darent Room, Sessions House');
    expect(meeting.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    expect(meeting.attendance.filter((a) => a.isChair).map((a) => a.name)).toEqual(['Shellina Prendergast']);
    expect(names(meeting, 'apology')).toEqual(['Mr R Love OBE', 'Ms K Leonard', 'Ms A Farmer']);

    const vice = outcomes.filter((o) => /Mr P Bartlett be duly elected Vice Chair/.test(o.text));
    expect(vice.map((o) => [o.kind, o.itemNumber])).toEqual([['resolution', '2']]);
    const letter = outcomes.filter((o) => o.kind === 'action' && /write to group leaders/.test(o.text));
    expect(letter).toHaveLength(1);
    expect(letter[0]?.owner).toContain('Chair');
    const strategy = outcomes.filter((o) => /endorse the Sufficiency Strategy 2022-2027/i.test(o.text));
    expect(strategy.map((o) => [o.kind, o.itemNumber])).toEqual([['resolution', '10']]);

    // The page numbers printed at the foot of each page are not part of the text.
    expect(meeting.documents[0]?.pageCount).toBe(9);
    expect(blocks.filter((b) => /^\d{1,3}$/.test(b.text))).toEqual([]);
    expect(new Set(blocks.map((b) => b.page))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9]));
    expect(job.files[0]?.warnings).toEqual([]);
  });

  it('reads the Cabinet minutes of 30 January 2025, and puts the agenda front sheet in the same meeting', async () => {
    const { library, meeting, job, blocks } = await importFresh([
      readRealFixture(KENT.cabinetMinutes),
      readRealFixture(KENT.cabinetAgenda),
    ]);
    expect(job.files.map((f) => f.state)).toEqual(['imported', 'imported']);
    expect(meeting).toMatchObject({ committee: 'Cabinet', council: 'Kent County Council', date: '2025-01-30' });
    expect(meeting.attendance.filter((a) => a.isChair).map((a) => a.name)).toEqual(['Mr R W Gough']);
    expect(meeting.items.map((i) => [i.number, i.minuteNumber])).toEqual(
      Array.from({ length: 9 }, (_, i) => [String(i + 1), String(84 + i)]),
    );
    expect(blocks.filter((b) => /^\d{1,3}$/.test(b.text))).toEqual([]);

    // The front sheet of the same date: the same meeting, its items merged, not added twice.
    expect(job.files[1]?.meetingId).toBe(job.files[0]?.meetingId);
    expect(await api(library, 'listMeetings', {})).toHaveLength(1);
    expect(meeting.documents.map((d) => [d.title, d.kind, d.pageCount])).toEqual([
      ['Minutes', 'minutes', 17],
      ['Agenda', 'agenda', 2],
    ]);
  });
});
