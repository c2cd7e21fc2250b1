import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  startFakeModernGov,
  startNotModernGov,
  type FakeItemInput,
  type FakeMeeting,
  type FakeModernGov,
} from '../helpers/fake-moderngov';
import { createCouncilLibrary } from '../helpers/council-library';
import type { OutcomeRow } from '../../shared/domain';

type Library = ReturnType<typeof createCouncilLibrary>;

const count = (library: Library, table: string): number =>
  library.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;

/** No outcome of a meeting repeats another's words under the same item. */
function expectEachOnce(outcomes: OutcomeRow[]) {
  const keys = outcomes.map((o) => `${o.itemNumber ?? ''}|${o.text.toLowerCase().replace(/[^a-z0-9]+/g, '')}`);
  expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
}

async function followBoard(library: Library, site: FakeModernGov) {
  const council = await library.api('addCouncil', { url: site.url, since: '2000-01-01' });
  await library.api('followCommittee', { siteId: council.id, committeeId: site.followed.id, follow: true });
  return council;
}

describe('adding a council website', () => {
  let site: FakeModernGov;
  let library: Library;
  beforeAll(async () => {
    site = await startFakeModernGov();
  });
  afterAll(() => site.close());
  beforeEach(() => {
    library = createCouncilLibrary();
  });
  afterEach(() => library.cleanup());

  it('lists the current committees first, marks expired ones, hides deleted ones, and decodes titles', async () => {
    const council = await library.api('addCouncil', { url: site.url });
    const titles = council.committees.map((c) => c.title);
    expect(titles).toContain("Education and Children's Services Scrutiny Board (2)");
    expect(titles).toContain('Communities & Neighbourhoods Scrutiny Board (4)');
    expect(titles.some((t) => /&amp;|&#39;/.test(t))).toBe(false);
    expect(titles).not.toContain("Children's Services Improvement Board");
    const expired = council.committees.filter((c) => c.expired).map((c) => c.title);
    expect(expired).toEqual(['Education & Skills Scrutiny Board 2018-19']);
    expect(council.committees.at(-1)?.expired).toBe(true);
    expect(council.committees.every((c) => !c.followed)).toBe(true);
  });

  it('says plainly when the address is not a ModernGov site, or not an address', async () => {
    const other = await startNotModernGov();
    try {
      await expect(library.api('addCouncil', { url: other.url })).rejects.toThrow(/does not look like a ModernGov/);
    } finally {
      await other.close();
    }
    await expect(library.api('addCouncil', { url: 'not a web address' })).rejects.toThrow(/not a web address/);
    expect(count(library, 'council_site')).toBe(0);
  });

  it('refuses plain http for a site that is not on this computer', async () => {
    await expect(library.api('addCouncil', { url: 'http://democracy.example.invalid' })).rejects.toThrow(
      /could not be found|Could not reach/,
    );
    expect(count(library, 'council_site')).toBe(0);
  });
});

describe('syncing a followed committee', () => {
  let site: FakeModernGov;
  let library: Library;
  beforeAll(async () => {
    site = await startFakeModernGov();
    library = createCouncilLibrary();
  });
  afterAll(async () => {
    library.cleanup();
    await site.close();
  });

  it('downloads three meetings with their papers and minutes, and the upcoming agenda', async () => {
    await followBoard(library, site);
    const job = await library.sync();
    expect(job.state, job.message).toBe('finished');
    expect(job.problems).toEqual([]);
    expect(job.arrived.length).toBe(4);
    expect(job.arrived[0]).toMatch(
      /^\d+ new papers? and minutes of \d+ items for Education and Children's Services Scrutiny Board \(2\), \d+ \w+/,
    );

    const meetings = await library.api('listMeetings', {});
    expect(meetings.map((m) => m.committee)).toEqual(
      Array(4).fill("Education and Children's Services Scrutiny Board (2)"),
    );
    const remote = site.followed.meetings;
    expect(meetings.map((m) => m.date).sort()).toEqual(remote.map((m) => m.date).sort());

    const past = remote.filter((m) => m.date < site.today).at(-1)!;
    const local = meetings.find((m) => m.date === past.date)!;
    const detail = await library.api('getMeeting', { meetingId: local.id });
    expect(detail.time).toBe('10:30');
    expect(detail.venue).toMatch(/Council House/);
    // The site's numbering wins: agenda numbers and the minute numbers that differ from them.
    expect(detail.items.map((i) => i.number)).toEqual(past.items.map((i) => String(i.number)));
    expect(detail.items.map((i) => i.minuteNumber)).toEqual(past.items.map((i) => i.minuteNumber || null));
    expect(detail.items.map((i) => i.title)).toEqual(past.items.map((i) => i.title));
    expect(detail.attendance.find((a) => a.isChair)?.name).toBe('Councillor J Innes');
    expect(detail.attendance.filter((a) => a.role === 'apology').map((a) => a.name)).toContain('R Thay');
    expect(detail.attendance.find((a) => a.name === 'Mrs S Hanson')?.role).toBe('co-opted');
    expect(detail.items.some((i) => i.minuteText?.includes('RESOLVED'))).toBe(true);

    // Papers are imported through the same pipeline: outcomes are found in the minutes.
    const all = [...detail.documents, ...detail.items.flatMap((i) => i.documents)];
    const fromSite = all.filter((p) => p.title.endsWith('(from the council’s website)'));
    const papers = all.filter((p) => !fromSite.includes(p));
    expect(papers.length).toBe(past.items.flatMap((i) => i.docs).filter((d) => !d.restricted).length);
    // Each item's minute on the site is kept too, as a small paper under its item.
    expect(fromSite.length).toBe(past.items.filter((i) => i.minutesText).length);
    expect(papers.some((p) => /minutes/i.test(p.title))).toBe(true);
    const outcomes = await library.api('listOutcomes', {});
    expect(outcomes.filter((o) => o.meetingId === local.id && o.kind === 'resolution').length).toBeGreaterThan(0);
    // The site's minutes of each item say the same as the printed minutes: each outcome once.
    for (const meeting of meetings) expectEachOnce(outcomes.filter((o) => o.meetingId === meeting.id));

    // Restricted papers are listed, never fetched.
    expect(detail.unavailablePapers.map((p) => p.reason)).toContain(
      'Restricted: the council has not published this paper.',
    );
    expect(site.restrictedFetches()).toEqual([]);

    // Searching finds the downloaded papers' words.
    const results = await library.api('search', { query: 'improvement plan' });
    expect(results.length).toBeGreaterThan(0);
  });

  it('finds nothing new on a second sync, and asks only about recent meetings again', async () => {
    const before = count(library, 'document_version');
    site.requests.length = 0;
    const job = await library.sync();
    expect(job.state).toBe('finished');
    expect(job.arrived).toEqual([]);
    expect(job.message).toMatch(/Up to date/);
    expect(count(library, 'document_version')).toBe(before);
    const meetingCalls = site.requests.filter((r) => r.path.endsWith('/GetMeeting'));
    expect(meetingCalls.length).toBeLessThan(site.followed.meetings.length);
  });

  it('picks up a new supplement and a re-published report, moving notes to the new version', async () => {
    const upcoming = site.followed.meetings.find((m) => m.date > site.today)!;
    const recentPast = site.followed.meetings.filter((m) => m.date < site.today).at(-1)!;
    const report = recentPast.items.flatMap((i) => i.docs).find((d) => !d.restricted && /Briefing Note/.test(d.title))!;
    const documentId = library.db
      .prepare('SELECT document_id FROM site_document WHERE attachment_id = ?')
      .pluck()
      .get(report.attachmentId) as number;
    const text = await library.api('getDocumentText', { documentId });
    const quote = text.blocks.find((b) => b.kind !== 'heading' && b.text.length > 80)!;
    const note = await library.api('createAnnotation', {
      documentId,
      kind: 'note',
      colour: 'yellow',
      body: 'Ask about this',
      start: quote.start,
      end: quote.start + 40,
    });

    site.publishSupplement(upcoming.id, { title: 'Supplementary Information - Ofsted Letter' });
    site.republish(report.attachmentId, (t) => `${t}\n\nThis paragraph was added when the report was published again.`);
    const job = await library.sync();

    expect(job.state).toBe('finished');
    expect(job.arrived.join(' ')).toMatch(/1 new paper for Education and Children's Services Scrutiny Board \(2\)/);
    expect(job.arrived.join(' ')).toMatch(/1 updated paper/);
    const versions = library.db
      .prepare('SELECT MAX(version) FROM document_version WHERE document_id = ?')
      .pluck()
      .get(documentId) as number;
    expect(versions).toBe(2);
    const notes = await library.api('listAnnotations', { documentId });
    const moved = notes.find((n) => n.id === note.id)!;
    expect(moved.anchorStatus).not.toBe('orphaned');
    expect(moved.exact).toBe(note.exact);
  });
});

describe('when the council’s website misbehaves', () => {
  let site: FakeModernGov;
  let library: Library;
  beforeEach(async () => {
    site = await startFakeModernGov();
    library = createCouncilLibrary();
    await followBoard(library, site);
  });
  afterEach(async () => {
    library.cleanup();
    await site.close();
  });

  it('a firewall refusing the site says so and writes nothing', async () => {
    site.misbehave({ match: /GetMeetings/, mode: 'forbidden-403' });
    const job = await library.sync();
    expect(job.state).toBe('failed');
    expect(job.message).toBe(
      'The council’s website refused the request (403). Try again later or import the PDF by hand.',
    );
    expect(count(library, 'meeting')).toBe(0);
    const [council] = await library.api('listCouncils', {});
    expect(council?.lastSyncMessage).toMatch(/refused the request \(403\)/);
  });

  it('a meeting that redirects to the error page is left out whole, and the rest arrive', async () => {
    const broken = site.followed.meetings[0]!;
    site.misbehave({ match: new RegExp(`GetMeeting\\?lMeetingId=${broken.id}$`), mode: 'redirect-mgerror' });
    const job = await library.sync();
    expect(job.state).toBe('finished');
    expect(job.problems.join(' ')).toMatch(/reported an error for this request/);
    const dates = (await library.api('listMeetings', {})).map((m) => m.date);
    expect(dates).not.toContain(broken.date);
    expect(dates.length).toBe(site.followed.meetings.length - 1);
  });

  it('a paper cut off mid-download is resumed, and one cut short silently is fetched again', async () => {
    const [first, second] = site.followed.meetings[0]!.items.flatMap((i) => i.docs).filter((d) => !d.restricted);
    site.misbehave({ match: new RegExp(encodeURI(first!.path).replace(/[.()]/g, '\\$&')), mode: 'truncate', times: 1 });
    site.misbehave({ match: new RegExp(second!.path.replace(/[.()]/g, '\\$&')), mode: 'truncate-clean', times: 1 });
    const job = await library.sync();
    expect(job.problems).toEqual([]);
    const hashes = library.db.prepare('SELECT attachment_id AS id, file_hash AS hash FROM site_document').all() as {
      id: number;
      hash: string | null;
    }[];
    for (const doc of [first!, second!]) {
      const bytes = await site.pdf(doc.attachmentId);
      const { createHash } = await import('node:crypto');
      expect(hashes.find((h) => h.id === doc.attachmentId)?.hash).toBe(
        createHash('sha256').update(bytes).digest('hex'),
      );
    }
    const ranged = site.requests.filter((r) => r.path === first!.path);
    expect(ranged.length).toBe(2);
  });

  it('a meeting whose paper never arrives (the connection keeps dropping) is left out whole and tried next time', async () => {
    const meeting = site.followed.meetings[1]!;
    const doc = meeting.items.flatMap((i) => i.docs).find((d) => !d.restricted)!;
    site.misbehave({ match: new RegExp(doc.path.replace(/[.()]/g, '\\$&')), mode: 'reset' });
    const job = await library.sync();
    expect(job.problems.join(' ')).toMatch(/not downloaded this time.*tried again at the next sync/);
    const dates = (await library.api('listMeetings', {})).map((m) => m.date);
    expect(dates).not.toContain(meeting.date);

    site.behave();
    const again = await library.sync();
    expect(again.problems).toEqual([]);
    expect((await library.api('listMeetings', {})).map((m) => m.date)).toContain(meeting.date);
  });

  it('a slow site times out with a plain message; a passing server error is retried', async () => {
    library.cleanup();
    library = createCouncilLibrary({ timeoutMs: 400, retries: 1, backoffMs: 20, minIntervalMs: 0 });
    await followBoard(library, site);
    site.misbehave({ match: /GetMeetings/, mode: 'server-error-once' });
    site.misbehave({ match: /GetMeeting\?/, mode: 'slow', delayMs: 1500 });
    const job = await library.sync();
    expect(job.state).toBe('finished');
    expect(job.problems.join(' ')).toMatch(/did not answer in time/);
    expect(count(library, 'meeting')).toBe(0);
  });

  it('a sign-in page instead of a paper, or a huge file, is listed with the reason; the meeting still arrives', async () => {
    const meeting = site.followed.meetings[0]!;
    const [a, b] = meeting.items.flatMap((i) => i.docs).filter((d) => !d.restricted);
    site.misbehave({ match: new RegExp(a!.path.replace(/[.()]/g, '\\$&')), mode: 'wrong-content-type' });
    site.misbehave({ match: new RegExp(b!.path.replace(/[.()]/g, '\\$&')), mode: 'huge' });
    const job = await library.sync();
    expect(job.problems.join(' ')).toMatch(/web page \(perhaps a sign-in or error page\)/);
    expect(job.problems.join(' ')).toMatch(/larger than 150 MB/);
    const local = (await library.api('listMeetings', {})).find((m) => m.date === meeting.date)!;
    const detail = await library.api('getMeeting', { meetingId: local.id });
    const reasons = detail.unavailablePapers.map((p) => `${p.title}: ${p.reason}`).join('\n');
    expect(reasons).toContain(a!.title);
    expect(reasons).toContain(b!.title);
  });

  it('Cancel stops the sync and keeps whole meetings only', async () => {
    site.misbehave({ match: /GetMeeting\?/, mode: 'slow', delayMs: 300 });
    const started = await library.api('startSync', {});
    await new Promise((resolve) => setTimeout(resolve, 500));
    await library.api('cancelSync', { jobId: started.id });
    const job = await library.councils.finished(started.id);
    expect(job.state).toBe('cancelled');
    const integrity = library.db.pragma('integrity_check', { simple: true });
    expect(integrity).toBe('ok');
    const orphanItems = library.db
      .prepare(
        'SELECT COUNT(*) FROM meeting m WHERE NOT EXISTS (SELECT 1 FROM site_meeting s WHERE s.meeting_id = m.id)',
      )
      .pluck()
      .get();
    expect(orphanItems).toBe(0);
  });
});

/** A made-up meeting: its minutes and decisions are written for these tests. */
const TRANSPORT_MINUTE = [
  'The Committee considered a report of the Head of Transport Services on the review of home to school transport for pupils with special educational needs.',
  'Members raised concerns about journey times for pupils living in the rural wards and about late changes to routes.',
  'RESOLVED:',
  '(1) That the findings of the transport review be noted.',
  '(2) That the Head of Transport Services write to all affected families before any route is changed.',
  'The Committee requested that:',
  '- the average journey time for each route be circulated to members',
].join('\n\n');
const PLAY_AREAS = 'RESOLVED that the programme of play area repairs for the coming year be endorsed.';
const YOUTH_CENTRES =
  'RESOLVED that the Cabinet Member be asked to keep the three youth centres open on Saturday evenings.';
const ITEMS: FakeItemInput[] = [
  { title: 'Apologies for Absence', minutes: 'Apologies were received from Councillor P Marsh.' },
  { title: 'Home to School Transport Review', minutes: TRANSPORT_MINUTE },
  { title: 'Play Area Repairs Programme', minutes: PLAY_AREAS, decision: PLAY_AREAS },
  {
    title: 'Youth Centre Opening Hours',
    minutes: `The Committee heard from two young people who use the centres.\n\n${YOUTH_CENTRES}`,
    decision: YOUTH_CENTRES,
  },
  { title: 'Any Other Business', minutes: 'There were no other items of business.' },
];
const EXPECTED = [
  ['2', 'resolution', 'The findings of the transport review be noted.'],
  ['2', 'action', 'The Head of Transport Services write to all affected families before any route is changed.'],
  ['2', 'request', 'The average journey time for each route be circulated to members'],
  ['3', 'resolution', 'The programme of play area repairs for the coming year be endorsed.'],
  ['4', 'resolution', 'The Cabinet Member be asked to keep the three youth centres open on Saturday evenings.'],
];

function daysBefore(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T12:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

describe('outcomes in the minutes and decisions on the council’s website', () => {
  let site: FakeModernGov;
  let library: Library;
  let meeting: FakeMeeting;
  beforeEach(async () => {
    site = await startFakeModernGov();
    library = createCouncilLibrary();
    meeting = site.addMeeting(site.followed.id, { date: daysBefore(site.today, 7), items: ITEMS });
    // Only this meeting (and the next one, which has no minutes yet).
    const council = await library.api('addCouncil', { url: site.url, since: daysBefore(site.today, 10) });
    await library.api('followCommittee', { siteId: council.id, committeeId: site.followed.id, follow: true });
  });
  afterEach(async () => {
    library.cleanup();
    await site.close();
  });

  const outcomesOfMeeting = async () => {
    const local = (await library.api('listMeetings', {})).find((m) => m.date === meeting.date);
    return (await library.api('listOutcomes', {})).filter((o) => o.meetingId === local?.id);
  };
  const described = (outcomes: OutcomeRow[]) =>
    outcomes
      .map((o) => [o.itemNumber, o.kind, o.text])
      .sort((a, b) => `${a[0]}${a[2]}`.localeCompare(`${b[0]}${b[2]}`));
  const expected = [...EXPECTED].sort((a, b) => `${a[0]}${a[2]}`.localeCompare(`${b[0]}${b[2]}`));
  const printedMinutes = () => {
    const doc = meeting.minutesDoc;
    if (!doc) throw new Error('The printed minutes are not published');
    return doc;
  };

  it('finds the outcomes of minutes that are only on the site, each under its agenda item', async () => {
    site.publishMinutes(meeting.id, { printed: false });
    const job = await library.sync();
    expect(job.problems).toEqual([]);
    expect(job.arrived.join(' ')).toMatch(/minutes of 5 items for/);

    const outcomes = await outcomesOfMeeting();
    expect(described(outcomes)).toEqual(expected);
    expect(outcomes.every((o) => o.committee === site.followed.title && o.meetingDate === meeting.date)).toBe(true);

    // The source is the item's minute, kept as a small paper of the meeting under its item.
    const transport = outcomes.find((o) => o.text.startsWith('The Head of Transport'))!;
    const detail = await library.api('getOutcome', { outcomeId: transport.id });
    expect(detail.source?.documentTitle).toBe('Minutes of item 2 (from the council’s website)');
    const text = await library.api('getDocumentText', { documentId: detail.source!.documentId! });
    expect(text.blocks.some((b) => b.start === detail.source!.offset && b.text.includes('write to all'))).toBe(true);
    const local = await library.api('getMeeting', { meetingId: transport.meetingId });
    const item = local.items.find((i) => i.number === '2')!;
    expect(item.documents.map((d) => d.title)).toEqual(['Minutes of item 2 (from the council’s website)']);
    expect(item.minuteText).toContain('RESOLVED:');
    expect(item.outcomes.length).toBe(3);

    const found = await library.api('search', { query: 'rural wards' });
    expect(found.some((r) => r.documentTitle === 'Minutes of item 2 (from the council’s website)')).toBe(true);
  });

  it('takes a decision published before the minutes once, and once again when the minutes say it too', async () => {
    const play = meeting.items.find((i) => i.title === 'Play Area Repairs Programme')!;
    for (const item of meeting.items) if (item !== play) item.decisionText = '';
    let job = await library.sync();
    expect(job.arrived.join(' ')).toMatch(/minutes of 1 item for/);
    expect(described(await outcomesOfMeeting())).toEqual([EXPECTED[3]]);

    site.publishMinutes(meeting.id, { printed: false });
    job = await library.sync();
    expect(described(await outcomesOfMeeting())).toEqual(expected);
  });

  it('adds nothing when the meeting is synced again unchanged', async () => {
    site.publishMinutes(meeting.id, { printed: false });
    await library.sync();
    const before = {
      outcomes: count(library, 'outcome'),
      versions: count(library, 'document_version'),
      history: count(library, 'outcome_status_change'),
    };
    const job = await library.sync();
    expect(job.arrived).toEqual([]);
    expect(job.message).toMatch(/Up to date/);
    expect({
      outcomes: count(library, 'outcome'),
      versions: count(library, 'document_version'),
      history: count(library, 'outcome_status_change'),
    }).toEqual(before);
  });

  it('keeps one of each when the printed minutes come in the same sync, pointing at the printed page', async () => {
    site.publishMinutes(meeting.id);
    await library.sync();
    const outcomes = await outcomesOfMeeting();
    expect(described(outcomes)).toEqual(expected);
    for (const outcome of outcomes) {
      const detail = await library.api('getOutcome', { outcomeId: outcome.id });
      expect(detail.source?.documentTitle).toBe(printedMinutes().title);
    }
  });

  it('keeps one of each when the printed minutes follow the site’s minutes', async () => {
    site.publishMinutes(meeting.id, { printed: false });
    await library.sync();
    const first = await outcomesOfMeeting();
    expect(described(first)).toEqual(expected);

    site.publishMinutes(meeting.id);
    const job = await library.sync();
    expect(job.arrived.join(' ')).toMatch(/1 new paper for/);
    const outcomes = await outcomesOfMeeting();
    expect(described(outcomes)).toEqual(expected);
    expect(outcomes.map((o) => o.id)).toEqual(first.map((o) => o.id));
  });

  it('keeps one of each when the printed minutes were imported by hand before the sync', async () => {
    site.publishMinutes(meeting.id);
    const data = new Uint8Array(await site.pdf(printedMinutes().attachmentId));
    const started = await library.api('startImport', { files: [{ name: 'printed minutes.pdf', data }] });
    const imported = await library.imports.finished(started.id);
    expect(imported.files[0]?.state).toBe('imported');
    const byHand = await outcomesOfMeeting();
    expect(byHand.map((o) => o.text).sort()).toEqual(expected.map((e) => e[2]).sort());

    await library.sync();
    const outcomes = await outcomesOfMeeting();
    expect(described(outcomes)).toEqual(expected);
    expect(outcomes.map((o) => o.id).sort()).toEqual(byHand.map((o) => o.id).sort());
  });

  it('keeps the member’s work when the site’s minutes change, and adds only what is new', async () => {
    site.publishMinutes(meeting.id, { printed: false });
    await library.sync();
    const families = (await outcomesOfMeeting()).find((o) => o.text.startsWith('The Head of Transport'))!;
    await library.api('changeOutcomeStatus', {
      outcomeId: families.id,
      status: 'in-progress',
      note: 'Letters are being drafted.',
    });

    const transport = meeting.items.find((i) => i.title === 'Home to School Transport Review')!;
    transport.minutesText = transport.minutesText
      .replace('before any route is changed.', 'before any route is changed;')
      .replace('(2) That', '(2)  that')
      .replace(
        '\n\nThe Committee requested',
        '\n\n(3) That a further report on transport costs come to the Committee in the spring.\n\nThe Committee requested',
      );
    const job = await library.sync();
    expect(job.arrived.join(' ')).toMatch(/minutes of 1 item for/);

    const outcomes = await outcomesOfMeeting();
    expect(outcomes.length).toBe(EXPECTED.length + 1);
    expectEachOnce(outcomes);
    expect(outcomes.find((o) => /further report on transport costs/.test(o.text))?.itemNumber).toBe('2');
    const kept = await library.api('getOutcome', { outcomeId: families.id });
    expect(kept.status).toBe('in-progress');
    expect(kept.history.map((h) => h.note)).toContain('Letters are being drafted.');
    // It now points at the new version of the item's minute.
    const text = await library.api('getDocumentText', { documentId: kept.source!.documentId! });
    expect(text.blocks.find((b) => b.start === kept.source!.offset)?.text).toMatch(/before any route is changed;/);
  });
});
