import type { Db } from '../open-library';
import { prepared, run, sql, value } from '../statements';

/**
 * The LSH bucket entries "What is new?" finds earlier passages by, in two tables: the large
 * passage_bucket, and passage_bucket_recent, where each paper's entries go first (migration
 * 19). In a large library every entry added to the large table lands on a page of its own,
 * and that page is written to the log and again to the file; the recent table is small, so
 * a paper's entries share its few pages. A step at a time, the recent entries move into the
 * large table in bucket order, where many of them then share each page.
 */

/** Entries the recent table holds before storing a paper also moves a step of them. */
export const RECENT_BUCKET_ENTRIES = 1_000_000;
/**
 * Entries one step moves: with a million recent entries, a step's buckets are a twentieth
 * of the large table's, some 8,000 of its pages in a library of 1.2 million paragraphs.
 */
export const MERGE_STEP_ENTRIES = 50_000;

const MERGED_TO = 'passage-bucket-merged-to';
/**
 * Entries in the recent table, kept as they are added and moved: counting them each paper
 * cost 22 ms at 800,000. Entries that go with a deleted paper are not taken off, so it can
 * only be more than there are; it is counted afresh when a step reaches the last bucket.
 */
const RECENT_COUNT = 'passage-bucket-recent-entries';

function setting(db: Db, key: string): number {
  return Number(value<string>(db, sql`SELECT value FROM setting WHERE key = ${key}`) ?? 0);
}

function setSetting(db: Db, key: string, to: number): void {
  run(db, sql`INSERT OR REPLACE INTO setting (key, value) VALUES (${key}, ${String(to)})`);
}

/** Adds bucket entries [bucket, passage id] to the recent table, in bucket order, in one statement. */
export function addBucketEntries(db: Db, entries: readonly [number, number][]): void {
  const sorted = [...entries].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const added = run(
    db,
    sql`INSERT OR IGNORE INTO passage_bucket_recent (bucket, passage_id)
      SELECT value ->> 0, value ->> 1 FROM json_each(${JSON.stringify(sorted)}) ORDER BY key`,
  ).changes;
  setSetting(db, RECENT_COUNT, setting(db, RECENT_COUNT) + added);
}

/**
 * The earliest `limit` passages of each bucket (by passage id), from both tables: the first
 * `limit` of each table's share of the bucket hold the first `limit` of the two together.
 */
export function earliestInBuckets(db: Db, buckets: readonly number[], limit: number): Map<number, number[]> {
  const found = new Map<number, number[]>(buckets.map((bucket) => [bucket, []]));
  const keys = JSON.stringify([...buckets].sort((a, b) => a - b));
  const inTable = (table: string) =>
    prepared(
      db,
      `SELECT k.value AS bucket, pb.passage_id AS passageId FROM json_each(?) k
        JOIN ${table} pb ON pb.bucket = k.value AND pb.passage_id <= COALESCE(
          (SELECT passage_id FROM ${table} WHERE bucket = k.value ORDER BY passage_id LIMIT 1 OFFSET ?), 9223372036854775807)`,
    ).all(keys, limit - 1) as { bucket: number; passageId: number }[];
  const mixed = new Set<number>();
  for (const { bucket, passageId } of inTable('passage_bucket')) found.get(bucket)?.push(passageId);
  for (const { bucket, passageId } of inTable('passage_bucket_recent')) {
    const list = found.get(bucket);
    if (!list) continue;
    if (list.length > 0) mixed.add(bucket);
    list.push(passageId);
  }
  for (const bucket of mixed) {
    const list = found.get(bucket) ?? [];
    found.set(bucket, [...new Set(list)].sort((a, b) => a - b).slice(0, limit));
  }
  return found;
}

/** Whether the recent table holds more than RECENT_BUCKET_ENTRIES entries. */
export function recentBucketsFull(db: Db, most = RECENT_BUCKET_ENTRIES): boolean {
  return setting(db, RECENT_COUNT) > most;
}

/**
 * Moves about `entries` recent entries (whole buckets, from where the last step stopped, in
 * bucket order) into the large table; after the last bucket it starts again from the first.
 * Returns the entries moved, 0 when the recent table is empty.
 */
export function mergeRecentBuckets(db: Db, entries = MERGE_STEP_ENTRIES): number {
  const from = setting(db, MERGED_TO);
  // The bucket of the step's last entry; none when fewer entries are left after `from`.
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
  setSetting(db, MERGED_TO, last === undefined ? 0 : last + 1);
  setSetting(
    db,
    RECENT_COUNT,
    last === undefined
      ? (value<number>(db, sql`SELECT COUNT(*) FROM passage_bucket_recent`) ?? 0)
      : Math.max(0, setting(db, RECENT_COUNT) - moved),
  );
  // At the end of the buckets with entries still before `from`: go on from the first.
  if (last === undefined && moved < entries && from > 0) return moved + mergeRecentBuckets(db, entries - moved);
  return moved;
}
