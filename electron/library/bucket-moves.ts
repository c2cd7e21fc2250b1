import type { Db } from './open-library';
import { hasRecentBucketEntries, mergeRecentBuckets } from './queries/passage-buckets';
import { inTransaction } from './statements';

/** Entries one step moves while the app is idle: a step holds up the library's other requests while it runs. */
export const IDLE_STEP_ENTRIES = 10_000;

export interface BucketMoveTimes {
  /** After the library opens, before the first look (so that a large library's first screen is not slowed). */
  firstAfterMs: number;
  /** Between looks while there is nothing to move or papers are being stored. */
  everyMs: number;
  /** Between steps while entries are moving. */
  betweenStepsMs: number;
}

const TIMES: BucketMoveTimes = { firstAfterMs: 15_000, everyMs: 5_000, betweenStepsMs: 50 };

/** Moves every recent entry, a step at a time (as the app does while idle, without the pauses); returns how many. */
export function moveAllBucketEntries(db: Db, stepEntries = IDLE_STEP_ENTRIES): number {
  let moved = 0;
  for (let step = 1; step > 0; moved += step) step = inTransaction(db, () => mergeRecentBuckets(db, stepEntries));
  return moved;
}

/**
 * While no import is storing papers, moves the recent LSH bucket entries of "What is new?" into the
 * large table, a step at a time, each step in a transaction of its own (see queries/passage-buckets.ts):
 * the next import then starts with few recent entries, and its papers' entries share the recent
 * table's pages. Moving is tidying: nothing a member sees changes, and a step that fails is tried again.
 */
export function keepMovingBucketEntries(
  db: Db,
  storing: () => boolean,
  times: BucketMoveTimes = TIMES,
): { stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const later = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(look, ms);
    timer.unref();
  };
  function look() {
    if (!db.open) return;
    let moved = 0;
    try {
      if (!storing() && hasRecentBucketEntries(db))
        moved = inTransaction(db, () => mergeRecentBuckets(db, IDLE_STEP_ENTRIES));
    } catch (error) {
      console.error(`"What is new?" entries could not be tidied yet: ${(error as Error).message}`);
    }
    later(moved > 0 ? times.betweenStepsMs : times.everyMs);
  }
  later(times.firstAfterMs);
  return {
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
