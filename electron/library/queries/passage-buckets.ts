import type { Db } from '../open-library';
import { prepared, run, sql, value } from '../statements';

/**
 * The LSH bucket entries "What is new?" finds earlier passages by, in two tables (migration 20):
 * the large passage_bucket, and passage_bucket_recent, where each paper's entries go first. In a
 * large library every entry added to the large table lands on a page of its own, and that page is
 * written to the log and again to the file; the recent table is small, so a paper's entries share
 * its few pages. The recent entries move into the large table in bucket order, a step at a time,
 * where many of them then share each page: while the app is idle (keepMovingBucketEntries), and
 * during an import only once the recent table has grown large.
 */

/** Entries the recent table holds before storing a paper also moves a step of them. */
export const RECENT_BUCKET_ENTRIES = 1_000_000;
/**
 * Entries a step made while storing moves: with a million recent entries, a step's buckets are a
 * twentieth of the large table's, some 8,000 of its pages in a library of 1.2 million paragraphs.
 */
export const STORING_STEP_ENTRIES = 50_000;

/** Adds bucket entries [bucket, passage id] to the recent table, in bucket order, in one statement. */
export function addBucketEntries(db: Db, entries: readonly [number, number][]): void {
  const sorted = [...entries].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const added = run(
    db,
    sql`INSERT OR IGNORE INTO passage_bucket_recent (bucket, passage_id)
      SELECT value ->> 0, value ->> 1 FROM json_each(${JSON.stringify(sorted)}) ORDER BY key`,
  ).changes;
  if (added > 0) run(db, sql`UPDATE passage_bucket_moves SET recent_entries = recent_entries + ${added}`);
}

/**
 * The earliest `limit` passages of each bucket (by passage id, none for an empty bucket), from
 * both tables, one row a bucket: a seek and a short scan in each table. The first `limit` of each
 * table's share of a bucket hold the first `limit` of the two together.
 */
export function earliestInBuckets(db: Db, wanted: ReadonlySet<number>, limit: number): Map<number, number[]> {
  const inBucket = new Map<number, number[]>(Array.from(wanted, (bucket) => [bucket, []]));
  const rows = prepared(
    db,
    `SELECT k.value,
        (SELECT group_concat(passage_id) FROM
          (SELECT passage_id FROM passage_bucket WHERE bucket = k.value ORDER BY passage_id LIMIT ?)),
        (SELECT group_concat(passage_id) FROM
          (SELECT passage_id FROM passage_bucket_recent WHERE bucket = k.value ORDER BY passage_id LIMIT ?))
      FROM json_each(?) k`,
  )
    .raw()
    .all(limit, limit, JSON.stringify([...wanted].sort((a, b) => a - b))) as [number, string | null, string | null][];
  for (const [bucket, large, recent] of rows) {
    if (large && recent) {
      const ids = new Set(`${large},${recent}`.split(',').map(Number));
      inBucket.set(bucket, [...ids].sort((a, b) => a - b).slice(0, limit));
    } else if (large || recent) {
      inBucket.set(bucket, (large ?? recent ?? '').split(',').map(Number));
    }
  }
  return inBucket;
}

/** Whether any bucket entries are waiting in the recent table. */
export function hasRecentBucketEntries(db: Db): boolean {
  return value<number>(db, sql`SELECT EXISTS (SELECT 1 FROM passage_bucket_recent)`) === 1;
}

/** Whether the recent table holds more than `most` entries (about: see migration 20). */
export function recentBucketsFull(db: Db, most = RECENT_BUCKET_ENTRIES): boolean {
  return (value<number>(db, sql`SELECT recent_entries FROM passage_bucket_moves`) ?? 0) > most;
}

/**
 * Moves about `entries` recent entries (whole buckets, in bucket order, from where the last step
 * stopped) into the large table; after the last bucket the next step starts again from the first.
 * Returns the entries moved: 0 when the recent table is empty. Run it in a transaction.
 */
export function mergeRecentBuckets(db: Db, entries: number): number {
  const from = value<number>(db, sql`SELECT next_bucket FROM passage_bucket_moves`) ?? 0;
  // The bucket of the step's last entry; none when fewer entries than that are left after `from`.
  const last = value<number>(
    db,
    sql`SELECT bucket FROM passage_bucket_recent WHERE bucket >= ${from}
      ORDER BY bucket, passage_id LIMIT 1 OFFSET ${Math.max(entries, 1) - 1}`,
  );
  const to = last ?? Number.MAX_SAFE_INTEGER;
  run(
    db,
    sql`INSERT OR IGNORE INTO passage_bucket (bucket, passage_id)
      SELECT bucket, passage_id FROM passage_bucket_recent WHERE bucket BETWEEN ${from} AND ${to}
      ORDER BY bucket, passage_id`,
  );
  const moved = run(db, sql`DELETE FROM passage_bucket_recent WHERE bucket BETWEEN ${from} AND ${to}`).changes;
  if (last === undefined) {
    // Past the last bucket: counted afresh, and the next step starts from the first.
    run(
      db,
      sql`UPDATE passage_bucket_moves SET next_bucket = 0,
        recent_entries = (SELECT COUNT(*) FROM passage_bucket_recent)`,
    );
  } else {
    run(
      db,
      sql`UPDATE passage_bucket_moves SET next_bucket = ${last + 1}, recent_entries = MAX(0, recent_entries - ${moved})`,
    );
  }
  // At the end of the buckets with entries still before `from`: go on from the first.
  if (last === undefined && moved < entries && from > 0) return moved + mergeRecentBuckets(db, entries - moved);
  return moved;
}
