import { randomUUID } from 'node:crypto';
import type { Db } from '../open-library';
import { prepared } from '../statements';

export interface SyncServerRow {
  url: string;
  userName: string;
  passwordSealed: Buffer | null;
  includeConfidential: boolean;
  deviceId: string;
  trackerSlugs: string[];
  lastAttemptAt: string | null;
  lastSyncedAt: string | null;
  lastProblem: string | null;
}

export function readSyncServer(db: Db): SyncServerRow | null {
  const row = prepared(
    db,
    `SELECT url, user_name AS userName, password_sealed AS passwordSealed, include_confidential AS includeConfidential,
        device_id AS deviceId, tracker_slugs AS trackerSlugs, last_attempt_at AS lastAttemptAt,
        last_synced_at AS lastSyncedAt, last_problem AS lastProblem FROM sync_server WHERE id = 1`,
  ).get() as
    | (Omit<SyncServerRow, 'includeConfidential' | 'trackerSlugs'> & {
        includeConfidential: number;
        trackerSlugs: string;
      })
    | undefined;
  if (!row) return null;
  return {
    ...row,
    includeConfidential: row.includeConfidential === 1,
    trackerSlugs: JSON.parse(row.trackerSlugs) as string[],
  };
}

/**
 * Sets up (or changes) the server. Everything the member already has is queued to
 * be sent, so a library that worked alone for years joins with all its notes.
 */
export function saveSyncServer(
  db: Db,
  input: { url: string; userName: string; passwordSealed: Buffer | null; includeConfidential: boolean },
): void {
  db.transaction(() => {
    const before = readSyncServer(db);
    prepared(
      db,
      `INSERT INTO sync_server (id, url, user_name, password_sealed, include_confidential, device_id)
      VALUES (1, ?, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET url = excluded.url, user_name = excluded.user_name,
        password_sealed = excluded.password_sealed, include_confidential = excluded.include_confidential,
        last_problem = NULL`,
    ).run(input.url, input.userName, input.passwordSealed, input.includeConfidential ? 1 : 0, randomUUID());
    if (before && before.url === input.url && before.userName === input.userName) return;
    db.exec(`
      INSERT OR IGNORE INTO sync_outbox (entity, entity_key) SELECT 'annotation', uuid FROM annotation;
      INSERT OR IGNORE INTO sync_outbox (entity, entity_key) SELECT 'question', uuid FROM question;
      INSERT OR IGNORE INTO sync_outbox (entity, entity_key) SELECT 'reading-position', CAST(document_id AS TEXT) FROM reading_position;
      INSERT OR IGNORE INTO sync_outbox (entity, entity_key) SELECT 'followed-committee', CAST(id AS TEXT) FROM site_committee WHERE followed = 1;
      -- Another server has none of this library's changes.
      UPDATE sync_change SET sent = 0, refused = NULL WHERE made_here = 1;
    `);
  })();
}

export function setIncludeConfidential(db: Db, include: boolean): void {
  prepared(db, 'UPDATE sync_server SET include_confidential = ? WHERE id = 1').run(include ? 1 : 0);
}

export function setTrackerSlugs(db: Db, slugs: string[]): void {
  prepared(db, 'UPDATE sync_server SET tracker_slugs = ? WHERE id = 1').run(JSON.stringify(slugs));
}

export function recordSyncAttempt(db: Db, outcome: { at: string; problem: string | null }): void {
  prepared(
    db,
    `UPDATE sync_server SET last_attempt_at = ?, last_problem = ?,
      last_synced_at = CASE WHEN ? IS NULL THEN ? ELSE last_synced_at END WHERE id = 1`,
  ).run(outcome.at, outcome.problem, outcome.problem, outcome.at);
}

export function forgetSyncServer(db: Db): void {
  prepared(db, 'DELETE FROM sync_server').run();
}
