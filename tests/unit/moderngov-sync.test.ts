import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeModernGov, startNotModernGov, type FakeModernGov } from '../helpers/fake-moderngov';
import { createCouncilLibrary } from '../helpers/council-library';

type Library = ReturnType<typeof createCouncilLibrary>;

const count = (library: Library, table: string): number =>
  library.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;

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
      /^\d+ new papers? for Education and Children's Services Scrutiny Board \(2\), \d+ \w+/,
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
    const papers = [...detail.documents, ...detail.items.flatMap((i) => i.documents)];
    expect(papers.length).toBe(past.items.flatMap((i) => i.docs).filter((d) => !d.restricted).length);
    expect(papers.some((p) => /minutes/i.test(p.title))).toBe(true);
    const outcomes = await library.api('listOutcomes', {});
    expect(outcomes.filter((o) => o.meetingId === local.id && o.kind === 'resolution').length).toBeGreaterThan(0);

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
