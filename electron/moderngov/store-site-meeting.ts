import type { AttendanceRole } from '../../shared/domain';
import type { ParsedDocument } from '../importing/parse-document';
import { storeDocument } from '../importing/store-document';
import { today } from '../../shared/local-date';
import {
  fileUnderItem,
  replaceAttendance,
  writeAgendaItems,
  writeMeeting,
  type AttendanceFacts,
} from '../library/meetings/write-meeting';
import { sameItemTitle } from '../library/meetings/meeting-rules';
import type { Db } from '../library/open-library';
import { latestFileHash, paperTitle } from '../library/queries/paper-store';
import {
  meetingOfSiteMeeting,
  recordSiteMeeting,
  recordSitePaper,
  siteDocument,
} from '../library/queries/site-records';
import { inTransaction } from '../library/statements';
import type { SiteMinutesPaper } from './site-minutes';
import type { RemoteAttendee, RemoteDocument, RemoteMeeting } from './web-service';

export interface FetchedPaper {
  remote: RemoteDocument;
  /** The agenda item it is linked from, or null for the meeting as a whole. */
  remoteItemId: number | null;
  file: { name: string; data: Uint8Array };
  parsed: ParsedDocument;
}

export interface UnfetchedPaper {
  remote: RemoteDocument;
  remoteItemId: number | null;
  /** Why it is not in the library: restricted, or a problem that will not go away by retrying. */
  problem: string;
}

export interface StoredSiteMeeting {
  meetingId: number;
  newPapers: number;
  newVersions: number;
  /** Items whose minute or decision on the site is new or changed. */
  newMinutes: number;
}

/**
 * Writes one meeting as the council's website describes it, with every paper fetched
 * for it, in one transaction: the library holds all of it or none of it. What the
 * web service says (date, time, venue, items, minute numbers, attendance, minutes)
 * wins over what is read from the papers.
 */
export function storeSiteMeeting(
  db: Db,
  site: { id: number; name: string },
  committeeTitle: string,
  remote: RemoteMeeting,
  papers: { fetched: FetchedPaper[]; unfetched: UnfetchedPaper[]; siteMinutes: SiteMinutesPaper[] },
): StoredSiteMeeting {
  return inTransaction(db, (): StoredSiteMeeting => {
    const status = /cancel/i.test(remote.status) ? 'cancelled' : remote.date > today() ? 'scheduled' : 'held';
    const meetingId = writeMeeting(
      db,
      {
        committee: committeeTitle,
        council: site.name,
        date: remote.date,
        time: remote.time,
        venue: remote.venue,
        status,
        knownId: meetingOfSiteMeeting(db, site.id, remote.id),
      },
      'site',
    );
    const itemIds = writeSiteItems(db, meetingId, remote);
    let newPapers = 0;
    let newVersions = 0;
    for (const paper of papers.fetched) {
      const known = siteDocument(db, site.id, paper.remote.attachmentId);
      const parsed = alignWithSite(paper.parsed, remote, paper.remote.title, known?.documentId ?? null, db);
      const stored = storeDocument(db, parsed, paper.file, { meetingId });
      if (stored.outcome === 'imported') newPapers++;
      if (stored.outcome === 'new-version') newVersions++;
      const itemId = paper.remoteItemId === null ? null : (itemIds.get(paper.remoteItemId) ?? null);
      if (stored.outcome !== 'duplicate' && itemId !== null) fileUnderItem(db, stored.documentId, itemId);
      recordPaper(db, site.id, meetingId, itemId, paper.remote, {
        documentId: stored.documentId,
        hash: latestFileHash(db, stored.documentId),
        problem: null,
      });
    }
    for (const paper of papers.unfetched) {
      const itemId = paper.remoteItemId === null ? null : (itemIds.get(paper.remoteItemId) ?? null);
      recordPaper(db, site.id, meetingId, itemId, paper.remote, {
        documentId: null,
        hash: null,
        problem: paper.problem,
      });
    }
    // After the printed minutes, so that a decision both give points at the printed page.
    let newMinutes = 0;
    for (const minutes of papers.siteMinutes) {
      const stored = storeDocument(db, minutes.parsed, minutes.file, { meetingId });
      if (stored.outcome === 'duplicate') continue;
      newMinutes++;
      fileUnderItem(db, stored.documentId, itemIds.get(minutes.remoteItemId) ?? null);
    }
    // The papers may have named items and attendance their own way; the site's record stands.
    writeSiteItems(db, meetingId, remote);
    if (remote.attendees.length > 0) replaceAttendance(db, meetingId, attendanceOf(remote.attendees));
    recordSiteMeeting(db, site.id, remote.id, meetingId);
    return { meetingId, newPapers, newVersions, newMinutes };
  });
}

/** The site's agenda items, through the one writer of meetings: remote id -> library id. */
function writeSiteItems(db: Db, meetingId: number, remote: RemoteMeeting): Map<number, number> {
  const ids = writeAgendaItems(
    db,
    meetingId,
    remote.items.map((item) => ({
      number: item.number,
      minuteNumber: item.minuteNumber,
      title: item.title,
      minuteText: item.minutes ?? item.decision,
    })),
    'site',
  );
  return new Map(remote.items.map((item, i) => [item.id, ids[i] as number]));
}

/**
 * The paper keeps the site's title (so a re-published file becomes a new version of the
 * same paper), and items the paper names are given the site's numbers where they match
 * by title or minute number, so that they merge with the site's items.
 */
function alignWithSite(
  parsed: ParsedDocument,
  remote: RemoteMeeting,
  title: string,
  knownDocumentId: number | null,
  db: Db,
): ParsedDocument {
  const storedTitle = knownDocumentId ? (paperTitle(db, knownDocumentId) ?? title) : title;
  const items = parsed.items.map((item) => {
    const match = remote.items.find(
      (r) =>
        sameItemTitle(r.title, item.title) ||
        (item.minuteNumber !== null && r.minuteNumber === item.minuteNumber) ||
        (parsed.kind === 'minutes' && item.number !== null && r.minuteNumber === item.number),
    );
    return match ? { ...item, number: match.number, minuteNumber: match.minuteNumber, title: match.title } : item;
  });
  return { ...parsed, title: storedTitle, items };
}

function recordPaper(
  db: Db,
  siteId: number,
  meetingId: number,
  itemId: number | null,
  remote: RemoteDocument,
  result: { documentId: number | null; hash: string | null; problem: string | null },
): void {
  recordSitePaper(db, {
    siteId,
    attachmentId: remote.attachmentId,
    meetingId,
    itemId,
    title: remote.title,
    url: remote.url,
    restricted: remote.restricted,
    publishedAt: remote.publishedAt,
    ...result,
  });
}

const ROLE_WORDS: [RegExp, AttendanceRole][] = [
  [/co-?opt/i, 'co-opted'],
  [/officer|director|head of|manager|clerk|adviser|advisor|scrutiny co-?ordinator/i, 'officer'],
  [/cabinet member|also present|in attendance|substitute|guest|other/i, 'other-member'],
];

/** The site's attendance list in the library's terms. */
export function attendanceOf(attendees: RemoteAttendee[]): AttendanceFacts[] {
  return attendees
    .filter((a) => a.name)
    .map((a) => {
      const apology = /apolog|absent/i.test(a.attendance);
      const role: AttendanceRole = apology ? 'apology' : (ROLE_WORDS.find(([re]) => re.test(a.role))?.[1] ?? 'member');
      const isChair = /^chair(man|person|woman)?$/i.test(a.role.trim());
      return { name: a.name, role, isChair, detail: a.role || null };
    });
}
