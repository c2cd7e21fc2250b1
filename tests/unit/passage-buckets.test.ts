import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepMovingBucketEntries } from '../../electron/library/bucket-moves';
import {
  earliestInBuckets,
  mergeRecentBuckets,
  recentBucketsFull,
} from '../../electron/library/queries/passage-buckets';
import { COVENTRY } from '../helpers/shared-fixtures';
import { importSharedFixture, newParagraphsOf } from '../helpers/library-calls';
import { createTempLibrary, type TempLibrary } from '../helpers/temp-library';

// The bucket entries of "What is new?" go into a small table of recent ones first, and move into the large one a
// step at a time: looking a bucket up finds the same passages wherever its entries are, a step moves no more than it
// is asked to, and while the app is idle every recent entry moves, but never while papers are being stored.

let library: TempLibrary;
const ids: number[] = [];

const importFile = (name: string) => importSharedFixture(library, name);

const newParagraphs = (documentId: number) => newParagraphsOf(library, documentId);

const count = (table: string) => library.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
const allBuckets = () =>
  new Set(
    library.db
      .prepare('SELECT bucket FROM passage_bucket UNION SELECT bucket FROM passage_bucket_recent')
      .pluck()
      .all() as number[],
  );
const judgedAgain = async (documentId: number) => {
  library.db.prepare('DELETE FROM version_novelty').run();
  return newParagraphs(documentId);
};

beforeAll(async () => {
  library = createTempLibrary();
  ids.push(await importFile(COVENTRY.agendaItem), await importFile(COVENTRY.briefingNote));
});
afterAll(() => library.cleanup());

describe('recent bucket entries', () => {
  it('go into the recent table when a paper is stored', () => {
    expect(count('passage_bucket')).toBe(0);
    // One entry a band (32) for each passage.
    expect(count('passage_bucket_recent')).toBe(count('passage') * 32);
    expect(recentBucketsFull(library.db)).toBe(false);
    expect(recentBucketsFull(library.db, 10)).toBe(true);
  });

  it('move into the large table in bounded steps, and are found the same before, during and after', async () => {
    const buckets = allBuckets();
    const total = count('passage_bucket_recent');
    const fullest = library.db
      .prepare('SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM passage_bucket_recent GROUP BY bucket)')
      .pluck()
      .get() as number;
    const before = earliestInBuckets(library.db, buckets, 2);
    const judged = await newParagraphs(ids[0] as number);
    expect(judged.fresh).toBeLessThan(judged.judged);
    let moved = 0;
    let steps = 0;
    while (count('passage_bucket_recent') > 0) {
      const step = mergeRecentBuckets(library.db, 100);
      // A step takes whole buckets, so it may end a few entries past the 100th.
      expect(step).toBeGreaterThan(0);
      expect(step).toBeLessThan(100 + fullest);
      moved += step;
      steps += 1;
      if (steps === 3) {
        expect(earliestInBuckets(library.db, buckets, 2)).toEqual(before);
        expect(await judgedAgain(ids[0] as number)).toEqual(judged);
      }
    }
    expect(moved).toBe(total);
    expect(count('passage_bucket')).toBe(total);
    expect(earliestInBuckets(library.db, buckets, 2)).toEqual(before);
    expect(recentBucketsFull(library.db, 0)).toBe(false);
    expect(mergeRecentBuckets(library.db, 100)).toBe(0);
    // Judged again from the large table alone: the same.
    expect(await judgedAgain(ids[0] as number)).toEqual(judged);
  });

  it('keep the earliest of a bucket across both tables, and go with their passage', () => {
    const [b = 0] = allBuckets();
    const passage = library.db.prepare('SELECT MAX(id) FROM passage').pluck().get() as number;
    const earliest = earliestInBuckets(library.db, new Set([b]), 32).get(b) ?? [];
    library.db.prepare('INSERT INTO passage_bucket_recent (bucket, passage_id) VALUES (?, ?)').run(b, passage);
    const both = earliestInBuckets(library.db, new Set([b]), 32).get(b);
    expect(both).toEqual([...new Set([...earliest, passage])].sort((x, y) => x - y));
    expect(earliestInBuckets(library.db, new Set([b]), 1).get(b)).toEqual(both?.slice(0, 1));
    library.db.prepare('DELETE FROM passage WHERE id = ?').run(passage);
    expect(count('passage_bucket_recent')).toBe(0);
    expect(earliestInBuckets(library.db, new Set([b]), 32).get(b)).not.toContain(passage);
  });
});

describe('moving recent entries while the app is idle', () => {
  it('waits while papers are stored, then moves them all, and "What is new?" reads the same', async () => {
    const minutes = await importFile(COVENTRY.minutes);
    const judged = await newParagraphs(minutes);
    const recent = count('passage_bucket_recent');
    expect(recent).toBeGreaterThan(0);
    let storing = true;
    const moving = keepMovingBucketEntries(library.db, () => storing, {
      firstAfterMs: 0,
      everyMs: 20,
      betweenStepsMs: 0,
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(count('passage_bucket_recent')).toBe(recent);
      storing = false;
      for (let waited = 0; count('passage_bucket_recent') > 0 && waited < 10_000; waited += 20) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(count('passage_bucket_recent')).toBe(0);
    } finally {
      moving.stop();
    }
    expect(await judgedAgain(minutes)).toEqual(judged);
  });
});
