import { ApiError } from '../../../shared/api/errors';
import type { CouncilSite, SiteCommittee } from '../../../shared/domain';
import type { RemoteCommittee } from '../../moderngov/web-service';
import type { Db } from '../open-library';
import { prepared } from '../statements';

export interface SiteRow {
  id: number;
  url: string;
  name: string;
  since: string;
}

export function listCouncils(db: Db): CouncilSite[] {
  const sites = prepared(
    db,
    `SELECT id, root_url AS url, name, since, last_sync_at AS lastSyncAt, last_sync_message AS lastSyncMessage
      FROM council_site ORDER BY name COLLATE NOCASE`,
  ).all() as Omit<CouncilSite, 'committees'>[];
  return sites.map((site) => ({ ...site, committees: committeesOf(db, site.id) }));
}

function committeesOf(db: Db, siteId: number): SiteCommittee[] {
  return (
    prepared(
      db,
      `SELECT remote_id AS id, title, expired, followed FROM site_committee
        WHERE site_id = ? AND deleted = 0 ORDER BY expired, title COLLATE NOCASE`,
    ).all(siteId) as { id: number; title: string; expired: number; followed: number }[]
  ).map((c) => ({ ...c, expired: c.expired === 1, followed: c.followed === 1 }));
}

export function getSite(db: Db, siteId: number): SiteRow {
  const site = prepared(db, 'SELECT id, root_url AS url, name, since FROM council_site WHERE id = ?').get(siteId) as
    SiteRow | undefined;
  if (!site) throw new ApiError('not-found', 'That council website is no longer in your list.');
  return site;
}

export function sitesWithFollowedCommittees(db: Db): SiteRow[] {
  return prepared(
    db,
    `SELECT s.id, s.root_url AS url, s.name, s.since FROM council_site s
      WHERE EXISTS (SELECT 1 FROM site_committee c WHERE c.site_id = s.id AND c.followed = 1) ORDER BY s.id`,
  ).all() as SiteRow[];
}

export function followedCommittees(db: Db, siteId: number): { remoteId: number; title: string }[] {
  return prepared(
    db,
    'SELECT remote_id AS remoteId, title FROM site_committee WHERE site_id = ? AND followed = 1 ORDER BY title COLLATE NOCASE',
  ).all(siteId) as { remoteId: number; title: string }[];
}

/** Adds the site (or refreshes its committee list), in one transaction. */
export function saveCouncil(db: Db, url: string, name: string, since: string, committees: RemoteCommittee[]): number {
  return db.transaction(() => {
    prepared(
      db,
      'INSERT INTO council_site (root_url, name, since) VALUES (?, ?, ?) ON CONFLICT (root_url) DO NOTHING',
    ).run(url, name, since);
    const siteId = prepared(db, 'SELECT id FROM council_site WHERE root_url = ?').pluck().get(url) as number;
    const upsert = prepared(
      db,
      `INSERT INTO site_committee (site_id, remote_id, title, expired, deleted) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (site_id, remote_id) DO UPDATE SET title = excluded.title, expired = excluded.expired, deleted = excluded.deleted`,
    );
    for (const c of committees) upsert.run(siteId, c.id, c.title, c.expired ? 1 : 0, c.deleted ? 1 : 0);
    return siteId;
  })();
}

export function followCommittee(db: Db, siteId: number, remoteId: number, follow: boolean): CouncilSite {
  const changed = prepared(db, 'UPDATE site_committee SET followed = ? WHERE site_id = ? AND remote_id = ?').run(
    follow ? 1 : 0,
    siteId,
    remoteId,
  ).changes;
  if (changed === 0) throw new ApiError('not-found', 'That committee is not listed on this council’s website.');
  return councilById(db, siteId);
}

export function setCouncilSince(db: Db, siteId: number, since: string): CouncilSite {
  getSite(db, siteId);
  prepared(db, 'UPDATE council_site SET since = ? WHERE id = ?').run(since, siteId);
  return councilById(db, siteId);
}

export function councilById(db: Db, siteId: number): CouncilSite {
  const site = listCouncils(db).find((s) => s.id === siteId);
  if (!site) throw new ApiError('not-found', 'That council website is no longer in your list.');
  return site;
}

export function recordSyncResult(db: Db, siteId: number, message: string): void {
  prepared(
    db,
    "UPDATE council_site SET last_sync_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), last_sync_message = ? WHERE id = ?",
  ).run(message, siteId);
}

/** What the library already has from a site's meeting, to fetch only what is new or may have changed. */
export function knownPapers(db: Db, siteId: number): Map<number, { hash: string | null; publishedAt: string | null }> {
  const rows = prepared(
    db,
    'SELECT attachment_id AS id, file_hash AS hash, published_at AS publishedAt FROM site_document WHERE site_id = ? AND document_id IS NOT NULL',
  ).all(siteId) as { id: number; hash: string | null; publishedAt: string | null }[];
  return new Map(rows.map((r) => [r.id, r]));
}

export function syncedMeetingIds(db: Db, siteId: number): Set<number> {
  return new Set(prepared(db, 'SELECT remote_id FROM site_meeting WHERE site_id = ?').pluck().all(siteId) as number[]);
}
