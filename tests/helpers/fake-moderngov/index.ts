import { FOLLOWED_COMMITTEE } from './coventry';
import { addDays, todayIso } from './dates';
import { html, send } from './http-answers';
import { notFoundPage, ordinaryCouncilPage } from './html-pages';
import { misbehave, type Pending } from './misbehave';
import { RuleBook } from './rule-book';
import { seedCoventry } from './seed';
import { startLoopbackServer } from './server';
import { SiteState } from './site-state';
import { docPdf, siteAnswer } from './site-routes';
import { shortPaper } from './papers';
import type {
  FakeCommittee,
  FakeDoc,
  FakeDocInput,
  FakeItemInput,
  FakeMeeting,
  FakeRequest,
  MisbehaviourRule,
} from './types';

export type * from './types';
export { COUNCIL, FOLLOWED_COMMITTEE, VENUE } from './coventry';
export { HUGE_BYTES } from './misbehave';

export interface FakeModernGovOptions {
  /** Shifts every id by seed × 100000, so a test can check nothing depends on particular ids. Default 0. */
  seed?: number;
  /** The site's today (ISO); seeded meetings are placed relative to it. Default: the real date (UTC). */
  today?: string;
}

export interface FakeModernGov {
  /** http://127.0.0.1:PORT */
  url: string;
  /** The site's today (ISO). */
  today: string;
  close(): Promise<void>;
  committees: FakeCommittee[];
  requests: FakeRequest[];
  /** The committee the tests follow (Education and Children's Services Scrutiny Board (2)). */
  followed: FakeCommittee;
  addMeeting(
    committeeId: number,
    meeting: {
      date: string;
      time?: string;
      status?: string;
      documents?: FakeDocInput[];
      /** False: listed by GetMeetings with no agenda items yet; set meeting.agendaPublished later. */
      agendaPublished?: boolean;
      /** The agenda in place of the usual five items; documents then go on the first unless they say. */
      items?: FakeItemInput[];
    },
  ): FakeMeeting;
  publishSupplement(meetingId: number, doc: FakeDocInput): FakeDoc;
  republish(attachmentId: number, change: (text: string) => string): void;
  /** Minute numbers and minutes HTML, and the printed minutes PDF unless printed is false (it can follow later). */
  publishMinutes(meetingId: number, options?: { printed?: boolean }): void;
  misbehave(rule: MisbehaviourRule): void;
  behave(): void;
  /** Every document on the site, restricted ones included. */
  docs(): FakeDoc[];
  /** The bytes the site serves for a document now. */
  pdf(attachmentId: number): Promise<Buffer>;
  /** Requests for restricted documents: there should never be any. */
  restrictedFetches(): FakeRequest[];
}

export async function startFakeModernGov(options: FakeModernGovOptions = {}): Promise<FakeModernGov> {
  const today = options.today ?? todayIso();
  const site = new SiteState((options.seed ?? 0) * 100000, today);
  seedCoventry(site);
  // Print every seeded paper now, so the first download is as quick as the rest.
  await Promise.all(site.docs().map(docPdf));

  const rules = new RuleBook();
  const pending: Pending = { timers: new Set() };
  let base = '';
  const server = await startLoopbackServer(
    async (incoming) => {
      const { req, res, raw, path } = incoming;
      const answer = () => siteAnswer(site, incoming, base);
      // The error page itself always answers, so a redirect to it can be followed.
      const rule = path.toLowerCase() === '/mgerror.aspx' ? null : rules.take(raw, decodeSafe(raw));
      if (rule) return misbehave(rule, req, res, answer, pending);
      send(req, res, await answer());
    },
    () => {
      for (const timer of pending.timers) clearTimeout(timer);
      pending.timers.clear();
    },
  );
  base = server.url;

  const meetingOrThrow = (id: number): FakeMeeting => {
    const meeting = site.meeting(id);
    if (!meeting) throw new Error(`No meeting ${id} on the fake site`);
    return meeting;
  };
  const followed = site.committees.find((c) => c.title === FOLLOWED_COMMITTEE);
  if (!followed) throw new Error('The seed lost the followed committee');

  return {
    url: server.url,
    today,
    close: () => server.close(),
    committees: site.committees,
    requests: server.requests,
    followed,
    addMeeting(committeeId, { date, time, status, documents = [], agendaPublished = true, items }) {
      const meeting = site.newMeeting(committeeId, date, {
        ...(time ? { time } : {}),
        ...(status ? { status } : {}),
        agendaPublished,
      });
      const published = addDays(date, -7) < today ? addDays(date, -7) : today;
      if (items) {
        for (const input of items)
          site.addItem(meeting, input.title, input.minutes).decisionText = input.decision ?? '';
        const first = meeting.items[0];
        if (!first) throw new Error('A meeting with items needs at least one');
        for (const doc of documents)
          site.addDoc(meeting, site.mainItem(meeting, doc.itemNumber ?? first.number), doc, published);
        return meeting;
      }
      site.addItem(meeting, 'Apologies and Substitutions');
      site.addItem(meeting, 'Declarations of Interests', 'There were no disclosable interests.');
      site.addItem(meeting, 'Minutes', 'The Minutes of the previous meeting were agreed as a true record.');
      const main = site.addItem(
        meeting,
        documents[0]?.title.replace(/^Briefing Note - /, '') ?? 'Report of the Director of Children’s Services',
        'The Scrutiny Board considered the report and questioned officers.\n\nRESOLVED that the Scrutiny Board note the report.',
      );
      site.addItem(meeting, 'Any Other Business', 'There were no other items of public business.');
      for (const doc of documents)
        site.addDoc(meeting, site.mainItem(meeting, doc.itemNumber ?? main.number), doc, published);
      return meeting;
    },
    publishSupplement(meetingId, input) {
      const meeting = meetingOrThrow(meetingId);
      const committee = site.committee(meeting.committeeId)?.title ?? '';
      const item = site.mainItem(meeting, input.itemNumber);
      return site.addDoc(
        meeting,
        item,
        { ...input, text: input.text ?? shortPaper(committee, meeting.date, input.title, true) },
        today,
      );
    },
    republish(attachmentId, change) {
      const doc = site.doc(attachmentId);
      if (!doc) throw new Error(`No document ${attachmentId} on the fake site`);
      const text = change(doc.text);
      if (text === doc.text) throw new Error(`Republishing document ${attachmentId} changed nothing`);
      doc.text = text;
      doc.version += 1;
    },
    publishMinutes(meetingId, options) {
      site.publishMinutes(meetingOrThrow(meetingId), today, options?.printed ?? true);
    },
    misbehave: (rule) => rules.add(rule),
    behave: () => rules.clear(),
    docs: () => site.docs(),
    async pdf(attachmentId) {
      const doc = site.doc(attachmentId);
      if (!doc) throw new Error(`No document ${attachmentId} on the fake site`);
      return docPdf(doc);
    },
    restrictedFetches() {
      const restricted = site.docs().filter((d) => d.restricted);
      return server.requests.filter((r) =>
        restricted.some(
          (d) =>
            d.path.toLowerCase() === r.path.toLowerCase() ||
            (r.path.toLowerCase() === '/mgconvert2pdf.aspx' &&
              Object.entries(r.query).some(([k, v]) => k.toLowerCase() === 'id' && v === String(d.attachmentId))),
        ),
      );
    },
  };
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A site that is not ModernGov: a council home page at /, and 404 for everything else. */
export async function startNotModernGov(): Promise<{ url: string; requests: FakeRequest[]; close(): Promise<void> }> {
  const server = await startLoopbackServer(({ req, res, path }) => {
    send(req, res, path === '/' ? html(200, ordinaryCouncilPage()) : html(404, notFoundPage()));
    return Promise.resolve();
  });
  return { url: server.url, requests: server.requests, close: () => server.close() };
}
