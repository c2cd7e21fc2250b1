import type { Db } from '../open-library';
import { one, run, sql, value } from '../statements';

/** What the library last stored of one of a site's files. */
export function siteDocument(
  db: Db,
  siteId: number,
  attachmentId: number,
): { documentId: number | null; hash: string | null } | undefined {
  return one(
    db,
    sql`SELECT document_id AS documentId, file_hash AS hash FROM site_document
      WHERE site_id = ${siteId} AND attachment_id = ${attachmentId}`,
  );
}

/** The library's meeting for one of a site's meetings, if it has been synced before. */
export function meetingOfSiteMeeting(db: Db, siteId: number, remoteId: number): number | undefined {
  return value<number>(
    db,
    sql`SELECT meeting_id FROM site_meeting WHERE site_id = ${siteId} AND remote_id = ${remoteId}`,
  );
}

export function recordSiteMeeting(db: Db, siteId: number, remoteId: number, meetingId: number): void {
  run(
    db,
    sql`INSERT INTO site_meeting (site_id, remote_id, meeting_id) VALUES (${siteId}, ${remoteId}, ${meetingId})
      ON CONFLICT (site_id, remote_id) DO UPDATE SET meeting_id = excluded.meeting_id,
        synced_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  );
}

export interface SitePaperRecord {
  siteId: number;
  attachmentId: number;
  meetingId: number;
  itemId: number | null;
  title: string;
  url: string;
  restricted: boolean;
  publishedAt: string | null;
  documentId: number | null;
  hash: string | null;
  problem: string | null;
}

/** One of a site's files as last seen: stored, restricted, or why it could not be fetched. */
export function recordSitePaper(db: Db, r: SitePaperRecord): void {
  run(
    db,
    sql`INSERT INTO site_document (site_id, attachment_id, meeting_id, agenda_item_id, title, url, restricted, published_at,
        document_id, file_hash, problem, checked_at)
      VALUES (${r.siteId}, ${r.attachmentId}, ${r.meetingId}, ${r.itemId}, ${r.title}, ${r.url}, ${r.restricted ? 1 : 0},
        ${r.publishedAt}, ${r.documentId}, ${r.hash}, ${r.problem}, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      ON CONFLICT (site_id, attachment_id) DO UPDATE SET meeting_id = excluded.meeting_id,
        agenda_item_id = excluded.agenda_item_id, title = excluded.title, url = excluded.url,
        restricted = excluded.restricted, published_at = excluded.published_at,
        document_id = COALESCE(excluded.document_id, document_id), file_hash = COALESCE(excluded.file_hash, file_hash),
        problem = excluded.problem, checked_at = excluded.checked_at`,
  );
}
