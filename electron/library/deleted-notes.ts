import { UNDO_WINDOW_MS } from '../../shared/undo-window';
import type { Db } from './open-library';
import { prepared } from './statements';

export { UNDO_WINDOW_MS };
/** How often an open library wipes the words of notes deleted longer ago than that. */
export const WIPE_EVERY_MS = 5 * 60 * 1000;

/** The moment before which a deleted note can no longer be brought back. */
export function undoCutoff(now: Date): string {
  return new Date(now.getTime() - UNDO_WINDOW_MS).toISOString();
}

/**
 * Wipes the words (note, quote and its context) and the position of each note
 * deleted before the Undo window. The row stays as a tombstone: its uuid and
 * deleted_at tell a re-imported notes file, or a sync, that it was deleted.
 * With secure_delete on, the old words are overwritten in the file; the WAL that
 * still holds them is then emptied. Returns how many notes were wiped.
 */
export function wipeDeletedNotes(db: Db, now = new Date()): number {
  const wiped = prepared(
    db,
    `UPDATE annotation SET body = '', exact = '', prefix = '', suffix = '',
        start_offset = NULL, end_offset = NULL, page = NULL, purged_at = ?
      WHERE deleted_at IS NOT NULL AND deleted_at < ? AND purged_at IS NULL`,
  ).run(now.toISOString(), undoCutoff(now)).changes;
  if (wiped > 0) db.pragma('wal_checkpoint(TRUNCATE)');
  return wiped;
}

/** Wipes now, as the library opens, and every few minutes while it stays open. */
export function keepWipingDeletedNotes(db: Db): { stop(): void } {
  const wipe = () => {
    if (!db.open) return;
    try {
      wipeDeletedNotes(db);
    } catch (error) {
      console.error(`Deleted notes could not be wiped yet: ${(error as Error).message}`);
    }
  };
  wipe();
  const timer = setInterval(wipe, WIPE_EVERY_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
