import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  earliestInBuckets,
  mergeRecentBuckets,
  recentBucketsFull,
} from '../../electron/library/queries/passage-buckets';
import { newParagraphs } from '../../electron/library/queries/what-is-new';
import { sharedFixture } from '../helpers/shared-fixtures';
import { createTempLibrary, type TempLibrary } from '../helpers/temp-library';

// The bucket entries of "What is new?" go into a small table of recent ones first, and move
// into the large one a bounded step at a time: looking a bucket up must find the same
// passages wherever its entries are, and a step must move no more than it is asked to.

let library: TempLibrary;
const ids: Record<string, number> = {};

async function importFile(name: string): Promise<number> {
  const job = await library.dispatch('startImport', {
    files: [{ name, data: new Uint8Array(fs.readFileSync(sharedFixture(name))) }],
  });
  if (!job.ok) throw new Error(job.error.message);
  const done = await library.imports.finished((job.value as { id: string }).id);
  return done.files[0]?.documentId as number;
}

const count = (table: string) => (library.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
const allBuckets = () =>
  (
    library.db
      .prepare('SELECT bucket FROM passage_bucket UNION SELECT bucket FROM passage_bucket_recent ORDER BY 1')
      .all() as { bucket: number }[]
  ).map((r) => r.bucket);

beforeAll(async () => {
  library = createTempLibrary();
  ids.agendaItem = await importFile('coventry-ecs-agenda-item-2021-children-services-improvement.txt');
  ids.briefingNote = await importFile('coventry-ecs-briefing-note-2018-07-19-improvement-plan.txt');
});
afterAll(() => library.cleanup());

describe('recent bucket entries', () => {
  it('go into the recent table when a paper is stored', () => {
    expect(count('passage_bucket')).toBe(0);
    // Each passage has one entry per band (32).
    expect(count('passage_bucket_recent')).toBe(count('passage') * 32);
    expect(recentBucketsFull(library.db)).toBe(false);
    expect(recentBucketsFull(library.db, 10)).toBe(true);
  });

  it('move into the large table in bounded steps, and are found the same before, during and after', () => {
    const buckets = allBuckets();
    const total = count('passage_bucket_recent');
    const fullest = (
      library.db
        .prepare('SELECT MAX(n) AS n FROM (SELECT COUNT(*) AS n FROM passage_bucket_recent GROUP BY bucket)')
        .get() as { n: number }
    ).n;
    const before = earliestInBuckets(library.db, buckets, 2);
    const judged = newParagraphs(library.db, ids.agendaItem as number);
    let moved = 0;
    let steps = 0;
    while (count('passage_bucket_recent') > 0) {
      const step = mergeRecentBuckets(library.db, 100);
      // A step takes whole buckets, so it may end a few entries past the 100th.
      expect(step).toBeGreaterThan(0);
      expect(step).toBeLessThan(100 + fullest);
      moved += step;
      steps += 1;
      if (steps === 3) expect(earliestInBuckets(library.db, buckets, 2)).toEqual(before);
    }
    expect(moved).toBe(total);
    expect(steps).toBeGreaterThanOrEqual(Math.floor(total / (100 + fullest)));
    expect(count('passage_bucket')).toBe(total);
    expect(earliestInBuckets(library.db, buckets, 2)).toEqual(before);
    expect(recentBucketsFull(library.db, 0)).toBe(false);
    expect(mergeRecentBuckets(library.db, 100)).toBe(0);
    // "What is new?" judged again from the large table alone finds the same.
    library.db.prepare('DELETE FROM version_novelty').run();
    expect(newParagraphs(library.db, ids.agendaItem as number)).toEqual(judged);
  });

  it('keep the earliest of a bucket across both tables, and go with their passage', () => {
    const [bucket] = allBuckets();
    const passage = library.db.prepare('SELECT MAX(id) AS id FROM passage').get() as { id: number };
    const earliest = earliestInBuckets(library.db, [bucket as number], 32).get(bucket as number) ?? [];
    library.db.prepare('INSERT INTO passage_bucket_recent (bucket, passage_id) VALUES (?, ?)').run(bucket, passage.id);
    const both = earliestInBuckets(library.db, [bucket as number], 32).get(bucket as number);
    expect(both).toEqual([...new Set([...earliest, passage.id])].sort((a, b) => a - b));
    expect(earliestInBuckets(library.db, [bucket as number], 1).get(bucket as number)).toEqual(both?.slice(0, 1));
    library.db.prepare('DELETE FROM passage WHERE id = ?').run(passage.id);
    expect(count('passage_bucket_recent')).toBe(0);
    expect(earliestInBuckets(library.db, [bucket as number], 32).get(bucket as number)).not.toContain(passage.id);
  });
});
