import { revisionOf, type ChangeDocument, type Entity, type StoredChange } from '../../sync/change-documents';
import type { Db } from '../open-library';
import { prepared } from '../statements';

/** The database a change belongs to: the member's own, or a committee tracker's by name. */
export const MEMBER_DATABASE = 'member';

export function recordChange(
  db: Db,
  database: string,
  id: string,
  body: ChangeDocument,
  madeHere: boolean,
  rev?: string,
): boolean {
  return (
    prepared(
      db,
      `INSERT OR IGNORE INTO sync_change (doc_id, database, rev, entity, entity_key, body, at, made_here, sent)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      database,
      rev ?? revisionOf(body),
      body.entity,
      body.key,
      JSON.stringify(body),
      body.at,
      madeHere ? 1 : 0,
      madeHere ? 0 : 1,
    ).changes > 0
  );
}

export interface LoggedChange {
  id: string;
  body: ChangeDocument;
}

export function changesOf(db: Db, entity: Entity, key: string): LoggedChange[] {
  return (
    prepared(
      db,
      'SELECT doc_id AS id, body FROM sync_change WHERE entity = ? AND entity_key = ? ORDER BY at, doc_id',
    ).all(entity, key) as { id: string; body: string }[]
  ).map((r) => ({ id: r.id, body: JSON.parse(r.body) as ChangeDocument }));
}

/** The changes no other change was made on top of: one, unless two devices changed it apart. */
export function headsOf(changes: LoggedChange[]): LoggedChange[] {
  const superseded = new Set(changes.flatMap((c) => c.body.base));
  return changes.filter((c) => !superseded.has(c.id));
}

/** The version every device shows while two are kept: the later, and by id when at the same moment. */
export function winnerOf(changes: LoggedChange[]): LoggedChange | undefined {
  return changes.reduce<LoggedChange | undefined>(
    (best, c) => (!best || c.body.at > best.body.at || (c.body.at === best.body.at && c.id > best.id) ? c : best),
    undefined,
  );
}

/** Every change of one database, to rebuild the device's replication copy from the library. */
export function storedChanges(db: Db, database: string, onlyUnsent = false): StoredChange[] {
  return (
    prepared(
      db,
      `SELECT doc_id AS id, rev, body FROM sync_change WHERE database = ?${onlyUnsent ? ' AND made_here = 1 AND sent = 0 AND refused IS NULL' : ''}`,
    ).all(database) as { id: string; rev: string; body: string }[]
  ).map((r) => ({ ...(JSON.parse(r.body) as ChangeDocument), _id: r.id, _rev: r.rev }));
}

export function unsentIds(db: Db, database: string): string[] {
  return prepared(
    db,
    'SELECT doc_id FROM sync_change WHERE database = ? AND made_here = 1 AND sent = 0 AND refused IS NULL',
  )
    .pluck()
    .all(database) as string[];
}

export function markSent(db: Db, ids: string[]): void {
  const mark = prepared(db, 'UPDATE sync_change SET sent = 1 WHERE doc_id = ?');
  db.transaction(() => ids.forEach((id) => mark.run(id)))();
}

export function markRefused(db: Db, refusals: { id: string; reason: string }[]): void {
  const mark = prepared(db, 'UPDATE sync_change SET refused = ? WHERE doc_id = ?');
  db.transaction(() => refusals.forEach((r) => mark.run(r.reason, r.id)))();
}

export interface ChangeCounts {
  waiting: number;
  refused: { reason: string; count: number }[];
  conflicts: number;
  waitingForPapers: number;
}

export function changeCounts(db: Db): ChangeCounts {
  const waiting =
    (prepared(db, 'SELECT COUNT(*) FROM sync_change WHERE made_here = 1 AND sent = 0 AND refused IS NULL')
      .pluck()
      .get() as number) +
    (prepared(db, "SELECT COUNT(*) FROM sync_outbox WHERE entity <> 'outcome'").pluck().get() as number);
  return {
    waiting,
    refused: prepared(
      db,
      'SELECT refused AS reason, COUNT(*) AS count FROM sync_change WHERE refused IS NOT NULL GROUP BY refused',
    ).all() as { reason: string; count: number }[],
    conflicts: prepared(db, 'SELECT COUNT(*) FROM sync_conflict').pluck().get() as number,
    waitingForPapers: prepared(db, 'SELECT COUNT(DISTINCT entity || entity_key) FROM sync_change WHERE applied = 0')
      .pluck()
      .get() as number,
  };
}
