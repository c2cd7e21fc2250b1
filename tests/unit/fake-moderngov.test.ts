import { XMLParser } from 'fast-xml-parser';
import { parseDocument } from '../../electron/importing/parse-document';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HUGE_BYTES, startFakeModernGov, startNotModernGov, type FakeModernGov } from '../helpers/fake-moderngov/index';

/** The test double of a council's ModernGov site, checked with plain fetch as the app's sync will meet it. */

type Xml = Record<string, unknown>;
const LISTS = new Set(['committee', 'meeting', 'agendaitem', 'linkeddoc', 'attendee']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  trimValues: true,
  isArray: (name, jpath) => LISTS.has(name) && jpath !== 'meeting',
});

/** ModernGov titles are HTML-encoded on top of the XML: decode until nothing changes. */
function decodeHtml(text: string): string {
  let previous = '';
  let current = text;
  while (current !== previous) {
    previous = current;
    current = current
      .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  }
  return current;
}

const TODAY = '2026-11-24';
let fake: FakeModernGov;

async function xml(path: string): Promise<Xml> {
  const response = await fetch(fake.url + path);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/xml; charset=utf-8');
  return parser.parse(await response.text()) as Xml;
}

function list(parent: unknown, name: string): Xml[] {
  return ((parent as Xml | undefined)?.[name] as Xml[] | undefined) ?? [];
}

function meetingsUrl(committeeId: number, from: string, to: string): string {
  return `/mgWebService.asmx/GetMeetings?lCommitteeId=${committeeId}&sFromDate=${from}&sToDate=${to}`;
}

beforeAll(async () => {
  fake = await startFakeModernGov({ today: TODAY });
});
afterAll(() => fake.close());
afterEach(() => fake.behave());

describe('the fake ModernGov site, behaving', () => {
  it('has a home page and a service page that say ModernGov', async () => {
    const home = await fetch(fake.url + '/');
    expect(home.status).toBe(200);
    const page = await home.text();
    expect(page).toMatch(/<meta name="Generator" content="modern.gov">/);
    expect(page).toContain('mgWebService.asmx');
    expect(await (await fetch(fake.url + '/mgWebService.asmx')).text()).toContain('GetMeetings');
    expect((await fetch(fake.url + '/mgError.aspx')).status).toBe(200);
  });

  it('lists committees with titles encoded twice, one expired and one deleted', async () => {
    const raw = await (await fetch(fake.url + '/mgWebService.asmx/GetCommittees')).text();
    expect(raw).toContain(
      '<committeetitle>Education and Children&amp;amp;#39;s Services Scrutiny Board (2)</committeetitle>',
    );
    expect(raw).toContain('Education &amp;amp; Skills Scrutiny Board 2018-19');
    const committees = list((await xml('/mgWebService.asmx/GetCommittees')).committees, 'committee');
    expect(committees).toHaveLength(5);
    const titles = committees.map((c) => decodeHtml(String(c.committeetitle)));
    expect(titles).toContain("Education and Children's Services Scrutiny Board (2)");
    expect(committees.filter((c) => c.committeeexpired === 'True')).toHaveLength(2);
    expect(committees.filter((c) => c.committeedeleted === 'True')).toHaveLength(1);
    expect(committees.find((c) => Number(c.committeeid) === fake.followed.id)?.committeedeleted).toBe('False');
  });

  it('gives meetings between two dd/mm/yyyy dates, and none for ISO or missing dates', async () => {
    const id = fake.followed.id;
    const all = await xml(meetingsUrl(id, '01/01/2026', '31/12/2026'));
    const meetings = list(((all.getmeetings as Xml).committee as Xml[])[0]?.committeemeetings, 'meeting');
    expect(meetings.map((m) => m.meetingdate)).toEqual(['20/08/2026', '01/10/2026', '05/11/2026', '10/12/2026']);
    expect(meetings[0]).toMatchObject({ meetingstatus: 'Confirmed', meetingtime: '10.30 am' });

    const autumn = await xml(meetingsUrl(id, '01/10/2026', '05/11/2026'));
    expect((autumn.getmeetings as Xml).meetingscount).toBe('2');

    const iso = await xml(meetingsUrl(id, '2026-01-01', '2026-12-31'));
    expect((iso.getmeetings as Xml).meetingscount).toBe('0');
    expect((iso.getmeetings as Xml).committee).toBeUndefined();
    const missing = await fetch(`${fake.url}/mgWebService.asmx/GetMeetings?lCommitteeId=${id}`);
    expect(missing.status).toBe(500);
  });

  it('gives a meeting with items, minute numbers, attendance, escaped minutes and linked papers', async () => {
    const past = fake.followed.meetings[2];
    if (!past) throw new Error('no seeded meeting');
    const raw = await (await fetch(`${fake.url}/mgWebService.asmx/GetMeeting?lMeetingId=${past.id}`)).text();
    expect(raw).toContain('&lt;p class="MsoNormal"&gt;RESOLVED that');
    const meeting = (await xml(`/mgWebService.asmx/GetMeeting?lMeetingId=${past.id}`)).meeting as Xml;
    expect(meeting).toMatchObject({
      meetingdate: '05/11/2026',
      meetingtime: '10.30 am',
      meetinglocation: 'Diamond Room 2, Council House, Coventry',
      agendapublished: 'True',
      minutepublished: 'True',
    });
    const items = list(meeting.agendaitems, 'agendaitem');
    expect(items.map((i) => i.fulldisplaynumberformat)).toEqual(['1.', '2.', '3.', '4.', '5.', '6.']);
    expect(items.map((i) => i.minutesitemnumber)).toEqual(['', '11', '12', '13', '14', '15']);
    const main = items[3] as Xml;
    expect(decodeHtml(String(main.agendaitemtitle))).toBe(
      "Children's Services Ofsted Visit Outcome and Action Plan Progress",
    );
    expect(String(main.minutesnonemptyhtmlbody)).toMatch(
      /^<div class="WordSection1">[\s\S]*RESOLVED that the Scrutiny Board note/,
    );

    const docs = items.flatMap((i) => list(i.linkeddocuments, 'linkeddoc'));
    expect(docs.map((d) => d.isrestricted)).toEqual(['False', 'False', 'True', 'False']);
    const minutesDoc = docs[0] as Xml;
    expect(minutesDoc.ownertitle).toBe('Printed minutes');
    expect(String(minutesDoc.url)).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/documents\/g\d+\/Printed%20minutes%205th-Nov-2026/,
    );
    expect(String((docs[1] as Xml).url)).toMatch(/\/documents\/s\d+\/Briefing%20Note%20-%20Ofsted/);
    expect((docs[1] as Xml).publicationdate).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);

    const attendees = list(meeting.attendees, 'attendee');
    expect(attendees.find((a) => a.roledescription === 'Chair')).toMatchObject({
      name: 'Councillor J Innes',
      attendance: 'Present',
    });
    expect(attendees.filter((a) => a.attendance === 'Apologies').length).toBeGreaterThan(0);
  });

  it('gives the upcoming meeting its agenda and papers but no minutes', async () => {
    const next = fake.followed.meetings[3];
    if (!next) throw new Error('no upcoming meeting');
    const meeting = (await xml(`/mgWebService.asmx/GetMeeting?lMeetingId=${next.id}`)).meeting as Xml;
    expect(meeting.minutepublished).toBe('False');
    const items = list(meeting.agendaitems, 'agendaitem');
    expect(items.every((i) => i.minutesnonemptyhtmlbody === '' && i.minutesitemnumber === '')).toBe(true);
    expect(items.flatMap((i) => list(i.linkeddocuments, 'linkeddoc'))).toHaveLength(2);
    expect(list(meeting.attendees, 'attendee').every((a) => a.attendance === 'Expected')).toBe(true);
  });

  it('serves each linked paper as a PDF at its url, and describes it with GetAttachment', async () => {
    const doc = fake.followed.meetings[0]?.items[3]?.docs[0];
    if (!doc) throw new Error('no seeded paper');
    const details = (await xml(`/mgWebService.asmx/GetAttachment?lAttachmentId=${doc.attachmentId}`)).attachment as Xml;
    const attachment = details.attachmentdetails as Xml;
    expect(attachment.attachmentid).toBe(String(doc.attachmentId));
    const response = await fetch(String(attachment.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('etag')).toBeNull();
    expect(response.headers.get('last-modified')).toBeNull();
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(Number(response.headers.get('content-length'))).toBe(bytes.length);
    expect(bytes.equals(await fake.pdf(doc.attachmentId))).toBe(true);

    const resumed = await fetch(String(attachment.url), { headers: { Range: 'bytes=100-' } });
    expect(resumed.status).toBe(206);
    expect(Buffer.from(await resumed.arrayBuffer()).equals(bytes.subarray(100))).toBe(true);

    const converted = fake.followed.meetings[0]?.items[4]?.docs[0];
    expect(converted?.path).toMatch(/^\/mgConvert2PDF\.aspx\?ID=\d+$/);
    expect((await fetch(fake.url + '/mgconvert2pdf.aspx?id=' + converted?.attachmentId)).status).toBe(200);
  });

  it("prints papers the importer reads as the board's: committee, date, attendance and resolutions", async () => {
    const past = fake.followed.meetings[2];
    const minutes = past?.minutesDoc;
    const note = past?.items[3]?.docs[0];
    if (!minutes || !note) throw new Error('no seeded papers');
    const read = await parseDocument('minutes.pdf', new Uint8Array(await fake.pdf(minutes.attachmentId)));
    expect(read).toMatchObject({
      kind: 'minutes',
      council: 'Coventry City Council',
      committee: "Education and Children's Services Scrutiny Board (2)",
      date: '2026-11-05',
      time: '10:30',
    });
    expect(read.attendance.find((a) => /Innes/.test(a.name))).toMatchObject({ isChair: true });
    expect(read.outcomes.some((o) => /RESOLVED that the Scrutiny Board note the Action Plan/.test(o.quote))).toBe(true);
    const briefing = await parseDocument('note.pdf', new Uint8Array(await fake.pdf(note.attachmentId)));
    expect(briefing).toMatchObject({ kind: 'briefing-note', date: '2026-11-05' });
    expect(briefing.committee).toBe("Education and Children's Services Scrutiny Board (2)");
  });
});

describe('the fake ModernGov site, changing', () => {
  it('adds a meeting, a supplement, minutes, and re-publishes a paper with new bytes at the same url', async () => {
    const id = fake.followed.id;
    const added = fake.addMeeting(id, {
      date: '2027-01-21',
      documents: [{ title: 'Briefing Note - SEND Sufficiency' }],
    });
    const window = await xml(meetingsUrl(id, '01/01/2027', '31/01/2027'));
    expect((window.getmeetings as Xml).meetingscount).toBe('1');

    const supplement = fake.publishSupplement(added.id, { title: 'Supplementary Report - SEND Sufficiency' });
    const meeting = (await xml(`/mgWebService.asmx/GetMeeting?lMeetingId=${added.id}`)).meeting as Xml;
    const docs = list(meeting.agendaitems, 'agendaitem').flatMap((i) => list(i.linkeddocuments, 'linkeddoc'));
    expect(docs.map((d) => Number(d.attachmentid))).toContain(supplement.attachmentId);

    const url = fake.url + encodeURI(supplement.path);
    const before = Buffer.from(await (await fetch(url)).arrayBuffer());
    fake.republish(supplement.attachmentId, (text) =>
      text.replace('note the information', 'note the corrected information'),
    );
    const after = Buffer.from(await (await fetch(url)).arrayBuffer());
    expect(after.subarray(0, 5).toString()).toBe('%PDF-');
    expect(after.equals(before)).toBe(false);
    expect(supplement.version).toBe(2);

    fake.publishMinutes(added.id);
    const minuted = (await xml(`/mgWebService.asmx/GetMeeting?lMeetingId=${added.id}`)).meeting as Xml;
    expect(minuted.minutepublished).toBe('True');
    const items = list(minuted.agendaitems, 'agendaitem');
    expect(items.map((i) => i.minutesitemnumber)).toEqual(['', '16', '17', '18', '19']);
    expect(list(items[0]?.linkeddocuments, 'linkeddoc')[0]?.ownertitle).toBe('Printed minutes');
  });
  it('puts a supplement on the main report item, and lists an unpublished agenda with no items', async () => {
    const past = fake.followed.meetings[1];
    if (!past) throw new Error('no seeded meeting');
    const supplement = fake.publishSupplement(past.id, { title: 'Supplementary Information - Caseloads' });
    expect(past.items[3]?.docs).toContain(supplement);
    expect(supplement.publicationDate).toBe(TODAY);

    const later = fake.addMeeting(fake.followed.id, { date: '2027-03-04', agendaPublished: false });
    const listed = (await xml(`/mgWebService.asmx/GetMeeting?lMeetingId=${later.id}`)).meeting as Xml;
    expect(listed.agendapublished).toBe('False');
    expect(listed.agendaitems).toBe('');
    later.agendaPublished = true;
    const published = (await xml(`/mgWebService.asmx/GetMeeting?lMeetingId=${later.id}`)).meeting as Xml;
    expect(list(published.agendaitems, 'agendaitem').length).toBeGreaterThan(0);
  });

  it('shifts every id with the seed', async () => {
    const other = await startFakeModernGov({ today: TODAY, seed: 1 });
    try {
      expect(other.followed.id).toBe(fake.followed.id + 100000);
      expect(other.followed.meetings[0]?.id).toBe((fake.followed.meetings[0]?.id ?? 0) + 100000);
    } finally {
      await other.close();
    }
  });
});

describe('the fake ModernGov site, misbehaving', () => {
  const paper = (): string => {
    const doc = fake.followed.meetings[1]?.items[3]?.docs[0];
    if (!doc) throw new Error('no seeded paper');
    return fake.url + encodeURI(doc.path);
  };

  it('refuses with 403, or redirects to mgError.aspx', async () => {
    fake.misbehave({ match: /GetCommittees/, mode: 'forbidden-403' });
    expect((await fetch(fake.url + '/mgWebService.asmx/GetCommittees')).status).toBe(403);
    fake.behave();
    fake.misbehave({ match: /GetCommittees/, mode: 'redirect-mgerror', times: 1 });
    const redirected = await fetch(fake.url + '/mgWebService.asmx/GetCommittees', { redirect: 'manual' });
    expect(redirected.status).toBe(302);
    expect(redirected.headers.get('location')).toBe('/mgError.aspx');
    expect((await fetch(fake.url + '/mgWebService.asmx/GetCommittees')).status).toBe(200);
  });

  it('fails once with a server error, then answers', async () => {
    fake.misbehave({ match: /GetCommittees/, mode: 'server-error-once' });
    expect((await fetch(fake.url + '/mgWebService.asmx/GetCommittees')).status).toBe(500);
    expect((await fetch(fake.url + '/mgWebService.asmx/GetCommittees')).status).toBe(200);
  });

  it('answers slowly', async () => {
    fake.misbehave({ match: /GetCommittees/, mode: 'slow', delayMs: 300 });
    const start = Date.now();
    expect((await fetch(fake.url + '/mgWebService.asmx/GetCommittees')).status).toBe(200);
    expect(Date.now() - start).toBeGreaterThanOrEqual(290);
  });

  it('cuts a download short, cleanly or not, and lets a Range request resume it', async () => {
    fake.misbehave({ match: /\/documents\/s\d+\//, mode: 'truncate', times: 1 });
    const cut = await fetch(paper());
    const full = Number(cut.headers.get('content-length'));
    await expect(cut.arrayBuffer()).rejects.toThrow();
    const resumed = await fetch(paper(), { headers: { Range: `bytes=${Math.floor(full / 2)}-` } });
    expect(resumed.status).toBe(206);

    fake.misbehave({ match: /Briefing Note/, mode: 'truncate-clean', times: 1 });
    const short = Buffer.from(await (await fetch(paper())).arrayBuffer());
    expect(short.length).toBe(Math.floor(full / 2));
  });

  it('answers with a sign-in page instead of a PDF', async () => {
    fake.misbehave({ match: /\/documents\//, mode: 'wrong-content-type' });
    const response = await fetch(paper());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('offers a huge file, and drops the connection', async () => {
    fake.misbehave({ match: /\/documents\//, mode: 'huge', times: 1 });
    const abort = new AbortController();
    const response = await fetch(paper(), { signal: abort.signal });
    expect(Number(response.headers.get('content-length'))).toBe(HUGE_BYTES);
    abort.abort();
    fake.misbehave({ match: /GetCommittees/, mode: 'reset', times: 1 });
    await expect(fetch(fake.url + '/mgWebService.asmx/GetCommittees')).rejects.toThrow();
  });

  it('logs every request with its path and query, and tells when a restricted paper was fetched', async () => {
    const from = fake.requests.length;
    await fetch(`${fake.url}/mgWebService.asmx/GetMeeting?lMeetingId=12002`);
    const logged = fake.requests.slice(from);
    expect(logged.map(({ method, path, query }) => ({ method, path, query }))).toEqual([
      { method: 'GET', path: '/mgWebService.asmx/GetMeeting', query: { lMeetingId: '12002' } },
    ]);
    expect(logged[0]?.at).toBeGreaterThan(Date.now() - 5000);
    expect(fake.restrictedFetches()).toEqual([]);
    const restricted = fake.docs().find((d) => d.restricted);
    await fetch(fake.url + encodeURI(restricted?.path ?? '/'));
    expect(fake.restrictedFetches().map((r) => r.path)).toEqual([restricted?.path]);
  });
});

describe('a site that is not ModernGov', () => {
  it('has a home page but no web service', async () => {
    const other = await startNotModernGov();
    try {
      expect((await fetch(other.url + '/')).status).toBe(200);
      expect((await fetch(other.url + '/mgWebService.asmx/GetCommittees')).status).toBe(404);
    } finally {
      await other.close();
    }
  });
});
