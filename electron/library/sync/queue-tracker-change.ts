import { prepared } from '../statements';
import type { Db } from '../open-library';

/**
 * A tracker change made here waits to be sent to the committee's tracker. Imports make
 * no tracker changes: every device imports the same minutes for itself.
 */
export function queueStatusChange(db: Db, statusChangeId: number | bigint): void {
  prepared(db, "INSERT OR IGNORE INTO sync_outbox (entity, entity_key) VALUES ('outcome', ?)").run(
    `s:${statusChangeId}`,
  );
}

export function queueOutcomeFields(
  db: Db,
  outcomeId: number,
  fields: ('owner' | 'due' | 'rag' | 'executive-response')[],
): void {
  const queue = prepared(db, "INSERT OR IGNORE INTO sync_outbox (entity, entity_key) VALUES ('outcome', ?)");
  for (const field of fields) queue.run(`f:${outcomeId}:${field}`);
}

/**
 * Columns to add to an INSERT INTO outcome_status_change made by a person here: who, the change's id, and when
 * (the last parameter: `changeTime`).
 */
export const STATUS_CHANGE_SYNC_COLUMNS = 'author, sync_id, changed_at';
export const STATUS_CHANGE_SYNC_VALUES =
  '(SELECT user_name FROM sync_server WHERE id = 1), lower(hex(randomblob(16))), ?';

/**
 * Now, or a millisecond after the outcome's latest change when that is not earlier: two changes made in the same
 * millisecond would otherwise be listed in either order on another device.
 */
export function changeTime(db: Db, outcomeId: number): string {
  const latest = prepared(db, 'SELECT MAX(changed_at) FROM outcome_status_change WHERE outcome_id = ?', true).get(
    outcomeId,
  ) as string | null;
  const now = new Date().toISOString();
  if (!latest || now > latest) return now;
  return new Date(Date.parse(latest) + 1).toISOString();
}
