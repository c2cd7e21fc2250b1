import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../electron/library/migrations';
import { openLibrary, type Db } from '../../electron/library/open-library';
import { tempDir } from '../helpers/temp-library';

// FTS5 deletes a merged segment with "DELETE FROM …_data WHERE id >= ? AND id <= ?". With the
// row count an ANALYZE of a new library left (2 rows), SQLite read the whole table for it:
// in a library of 1.2 million paragraphs, 650 MB per merged segment (migration 19). The shadow
// table may not be written from here, so the plan is asked for the same range read.

const dir = tempDir('scrutineer-fts-stats-');

const plan = (db: Db) =>
  (
    db.prepare('EXPLAIN QUERY PLAN SELECT id FROM block_fts_data WHERE id >= ? AND id <= ?').all(1, 2) as {
      detail: string;
    }[]
  )
    .map((r) => r.detail)
    .join(' ');
const counts = (db: Db) =>
  (
    db.prepare("SELECT DISTINCT stat FROM sqlite_stat1 WHERE tbl LIKE '%\\_fts\\_data' ESCAPE '\\'").all() as {
      stat: string;
    }[]
  ).map((r) => r.stat);

describe('the search index statistics', () => {
  it('were a full scan for each merged segment before migration 19', () => {
    const file = path.join(dir, 'before.sqlite');
    const db = openLibrary(
      file,
      migrations.filter((m) => m.version < 19),
    );
    expect(counts(db)).toEqual(['2']);
    expect(plan(db)).toMatch(/^SCAN block_fts_data/);
    db.close();
  });

  it('let a merged segment be deleted by its range of ids after it, in an old library (at once) and a new one', () => {
    const old = openLibrary(path.join(dir, 'before.sqlite'));
    expect(counts(old)).toEqual(['1000000']);
    expect(plan(old)).toMatch(/SEARCH block_fts_data USING INTEGER PRIMARY KEY/);
    old.close();
    const made = openLibrary(path.join(dir, 'new.sqlite'));
    expect(counts(made)).toEqual(['1000000']);
    expect(plan(made)).toMatch(/SEARCH block_fts_data USING INTEGER PRIMARY KEY/);
    made.close();
  });
});
