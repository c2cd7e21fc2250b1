import type { AttendanceRole } from '../../shared/domain';
import type { ParsedDocument } from '../importing/parse-document';
import { storeDocument } from '../importing/store-document';
import type { Db } from '../library/open-library';
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
  return db.transaction((): StoredSiteMeeting => {
    const meetingId = upsertMeeting(db, site, committeeTitle, remote);
    const itemIds = upsertItems(db, meetingId, remote);
    let newPapers = 0;
    let newVersions = 0;
    for (const paper of papers.fetched) {
      const known = db
        .prepare(
          'SELECT document_id AS documentId, file_hash AS hash FROM site_document WHERE site_id = ? AND attachment_id = ?',
        )
        .get(site.id, paper.remote.attachmentId) as { documentId: number | null; hash: string | null } | undefined;
      const parsed = alignWithSite(paper.parsed, remote, paper.remote.title, known?.documentId ?? null, db);
      const stored = storeDocument(db, parsed, paper.file, { meetingId });
      if (stored.outcome === 'imported') newPapers++;
      if (stored.outcome === 'new-version') newVersions++;
      const itemId = paper.remoteItemId === null ? null : (itemIds.get(paper.remoteItemId) ?? null);
      if (stored.outcome !== 'duplicate' && itemId !== null) {
        db.prepare('UPDATE document SET agenda_item_id = ? WHERE id = ?').run(itemId, stored.documentId);
      }
      recordPaper(db, site.id, meetingId, itemId, paper.remote, {
        documentId: stored.documentId,
        hash: hashOfLatest(db, stored.documentId),
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
      const itemId = itemIds.get(minutes.remoteItemId) ?? null;
      db.prepare('UPDATE document SET agenda_item_id = ? WHERE id = ?').run(itemId, stored.documentId);
    }
    // The papers may have named items and attendance their own way; the site's record stands.
    upsertItems(db, meetingId, remote);
    if (remote.attendees.length > 0) replaceAttendance(db, meetingId, remote.attendees);
    db.prepare(
      `INSERT INTO site_meeting (site_id, remote_id, meeting_id) VALUES (?, ?, ?)
      ON CONFLICT (site_id, remote_id) DO UPDATE SET meeting_id = excluded.meeting_id, synced_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
    ).run(site.id, remote.id, meetingId);
    return { meetingId, newPapers, newVersions, newMinutes };
  })();
}

function upsertMeeting(db: Db, site: { id: number; name: string }, committeeTitle: string, remote: RemoteMeeting) {
  db.prepare('INSERT INTO committee (name, council) VALUES (?, ?) ON CONFLICT (name) DO NOTHING').run(
    committeeTitle,
    site.name,
  );
  const committeeId = db.prepare('SELECT id FROM committee WHERE name = ?').pluck().get(committeeTitle) as number;
  const status = /cancel/i.test(remote.status) ? 'cancelled' : remote.date > today() ? 'scheduled' : 'held';
  const mapped = db
    .prepare('SELECT meeting_id FROM site_meeting WHERE site_id = ? AND remote_id = ?')
    .pluck()
    .get(site.id, remote.id) as number | undefined;
  const sameDay = db
    .prepare('SELECT id FROM meeting WHERE committee_id = ? AND date = ?')
    .pluck()
    .get(committeeId, remote.date) as number | undefined;
  const existing = mapped ?? sameDay;
  if (existing !== undefined) {
    db.prepare(
      'UPDATE meeting SET date = ?, time = COALESCE(?, time), venue = COALESCE(?, venue), status = ? WHERE id = ?',
    ).run(remote.date, remote.time, remote.venue, status, existing);
    return existing;
  }
  return Number(
    db
      .prepare('INSERT INTO meeting (committee_id, date, time, venue, status) VALUES (?, ?, ?, ?, ?)')
      .run(committeeId, remote.date, remote.time, remote.venue, status).lastInsertRowid,
  );
}

const sameTitle = (a: string, b: string) => a.toLowerCase().replace(/\W+/g, '') === b.toLowerCase().replace(/\W+/g, '');

/** The site's agenda items, matched to those already known by number or title. */
function upsertItems(db: Db, meetingId: number, remote: RemoteMeeting): Map<number, number> {
  const existing = db
    .prepare('SELECT id, number, title, position FROM agenda_item WHERE meeting_id = ? ORDER BY position')
    .all(meetingId) as { id: number; number: string | null; title: string; position: number }[];
  let next = (existing.at(-1)?.position ?? -1) + 1;
  const ids = new Map<number, number>();
  for (const item of remote.items) {
    const match = existing.find(
      (e) => !ids.has(e.id) && ((item.number !== null && e.number === item.number) || sameTitle(e.title, item.title)),
    );
    const minuteText = item.minutes ?? item.decision;
    if (match) {
      db.prepare(
        'UPDATE agenda_item SET number = ?, minute_number = COALESCE(?, minute_number), title = ?, minute_text = COALESCE(?, minute_text) WHERE id = ?',
      ).run(item.number, item.minuteNumber, item.title, minuteText, match.id);
      ids.set(item.id, match.id);
    } else {
      const id = Number(
        db
          .prepare(
            'INSERT INTO agenda_item (meeting_id, position, number, minute_number, title, minute_text) VALUES (?, ?, ?, ?, ?, ?)',
          )
          .run(meetingId, next++, item.number, item.minuteNumber, item.title, minuteText).lastInsertRowid,
      );
      existing.push({ id, number: item.number, title: item.title, position: next - 1 });
      ids.set(item.id, id);
    }
  }
  return ids;
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
  const storedTitle = knownDocumentId
    ? ((db.prepare('SELECT title FROM document WHERE id = ?').pluck().get(knownDocumentId) as string | undefined) ??
      title)
    : title;
  const items = parsed.items.map((item) => {
    const match = remote.items.find(
      (r) =>
        sameTitle(r.title, item.title) ||
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
  db.prepare(
    `INSERT INTO site_document (site_id, attachment_id, meeting_id, agenda_item_id, title, url, restricted, published_at, document_id, file_hash, problem, checked_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (site_id, attachment_id) DO UPDATE SET meeting_id = excluded.meeting_id, agenda_item_id = excluded.agenda_item_id,
      title = excluded.title, url = excluded.url, restricted = excluded.restricted, published_at = excluded.published_at,
      document_id = COALESCE(excluded.document_id, document_id), file_hash = COALESCE(excluded.file_hash, file_hash),
      problem = excluded.problem, checked_at = excluded.checked_at`,
  ).run(
    siteId,
    remote.attachmentId,
    meetingId,
    itemId,
    remote.title,
    remote.url,
    remote.restricted ? 1 : 0,
    remote.publishedAt,
    result.documentId,
    result.hash,
    result.problem,
  );
}

function hashOfLatest(db: Db, documentId: number): string | null {
  return (
    (db
      .prepare('SELECT file_hash FROM document_version WHERE document_id = ? ORDER BY version DESC LIMIT 1')
      .pluck()
      .get(documentId) as string | undefined) ?? null
  );
}

const ROLE_WORDS: [RegExp, AttendanceRole][] = [
  [/co-?opt/i, 'co-opted'],
  [/officer|director|head of|manager|clerk|adviser|advisor|scrutiny co-?ordinator/i, 'officer'],
  [/cabinet member|also present|in attendance|substitute|guest|other/i, 'other-member'],
];

function replaceAttendance(db: Db, meetingId: number, attendees: RemoteAttendee[]): void {
  db.prepare('DELETE FROM attendance WHERE meeting_id = ?').run(meetingId);
  const insert = db.prepare(
    'INSERT INTO attendance (meeting_id, position, name, role, is_chair, detail) VALUES (?, ?, ?, ?, ?, ?)',
  );
  attendees
    .filter((a) => a.name)
    .forEach((a, i) => {
      const apology = /apolog|absent/i.test(a.attendance);
      const role: AttendanceRole = apology ? 'apology' : (ROLE_WORDS.find(([re]) => re.test(a.role))?.[1] ?? 'member');
      const isChair = /^chair(man|person|woman)?$/i.test(a.role.trim()) ? 1 : 0;
      insert.run(meetingId, i, a.name, role, isChair, a.role || null);
    });
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
