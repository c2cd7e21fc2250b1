import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportJobs } from '../../electron/importing/import-jobs';
import { parseInline, type ParseRunner } from '../../electron/importing/parse-runner';
import { eachInOneTransaction } from '../../electron/library/statements';
import { COVENTRY, readRealFixture } from '../helpers/fixture-files';
import { createTempLibrary, type TempLibrary } from '../helpers/temp-library';

/**
 * Papers already read when the writer comes to them are stored in one transaction, each in
 * a savepoint of its own: fewer commits in a large library, and one bad paper is rolled back
 * alone while the others are kept.
 */
let library: TempLibrary | undefined;
afterEach(() => library?.cleanup());

describe('storing several papers in one transaction', () => {
  it('commits the pieces together, and rolls back only the one that fails', () => {
    library = createTempLibrary();
    const { db } = library;
    db.exec('CREATE TABLE piece (name TEXT NOT NULL)');
    const other = new Database(library.file, { readonly: true });
    const seenByOther = () => other.prepare('SELECT name FROM piece ORDER BY name').pluck().all();
    const add = (name: string) => () => db.prepare('INSERT INTO piece (name) VALUES (?)').run(name).changes;
    try {
      const outcomes = eachInOneTransaction(db, [
        add('a'),
        () => {
          add('b')();
          throw new Error('a bad paper');
        },
        () => {
          // Not committed yet: another connection sees none of the pieces before this one.
          expect(seenByOther()).toEqual([]);
          return add('c')();
        },
      ]);
      expect(outcomes.map((o) => ('ok' in o ? 'ok' : (o.error as Error).message))).toEqual(['ok', 'a bad paper', 'ok']);
      expect(seenByOther()).toEqual(['a', 'c']);
    } finally {
      other.close();
    }
  });

  it('stops once it has had enough, and runs the pieces again one by one if the transaction is lost', () => {
    library = createTempLibrary();
    const { db } = library;
    db.exec('CREATE TABLE piece (name TEXT NOT NULL)');
    const add = (name: string) => () => db.prepare('INSERT INTO piece (name) VALUES (?)').run(name).changes;
    let firstTime = true;
    const outcomes = eachInOneTransaction(
      db,
      [
        add('a'),
        () => {
          add('b')();
          if (firstTime) {
            firstTime = false;
            // As SQLite does after some errors (a full disk, for one): the whole transaction is gone.
            db.exec('ROLLBACK');
            throw new Error('lost');
          }
          return 1;
        },
        add('c'),
      ],
      () => false,
    );
    expect(outcomes).toEqual([{ ok: 1 }, { ok: 1 }]);
    expect(db.prepare('SELECT name FROM piece ORDER BY name').pluck().all()).toEqual(['a', 'b']);
    expect(db.inTransaction).toBe(false);

    const two = eachInOneTransaction(db, [add('d'), add('e'), add('f')], () => true);
    expect(two).toEqual([{ ok: 1 }]);
  });

  it('stores papers read at once together, and a paper that fails to store is left out alone', async () => {
    library = createTempLibrary();
    const names = [COVENTRY.minutes, COVENTRY.briefingNote, COVENTRY.agendaItem];
    let othersRead: () => void = () => undefined;
    const bothOthers = new Promise<void>((resolve) => (othersRead = resolve));
    let others = 0;
    const allReadFirst: ParseRunner = async (file, onProgress, signal) => {
      const parsed = await parseInline(file, onProgress, signal);
      if (file.name === COVENTRY.minutes) await bothOthers.then(() => new Promise((r) => setTimeout(r, 50)));
      else if (++others === 2) othersRead();
      // The briefing note fails as it is stored, after its meeting and paper have been written.
      if (file.name === COVENTRY.briefingNote) {
        return { ...parsed, blocks: parsed.blocks.map((b) => ({ ...b, kind: 'not-a-kind' as 'paragraph' })) };
      }
      if (file.name === COVENTRY.agendaItem) {
        // As the last paper is stored, another connection sees no paper yet: the first is not committed.
        const { title } = parsed;
        return Object.defineProperty({ ...parsed }, 'title', {
          get: () => {
            papersSeenMeanwhile.push(other.prepare('SELECT COUNT(*) FROM document').pluck().get() as number);
            return title;
          },
        });
      }
      return parsed;
    };
    const other = new Database(library.file, { readonly: true });
    const papersSeenMeanwhile: number[] = [];
    const imports = new ImportJobs(library.db, allReadFirst, 3);
    const job = await imports.finished(imports.start(names.map(readRealFixture)).id).finally(() => other.close());

    expect(job.state).toBe('finished');
    expect(job.progress).toBe(1);
    expect(job.files.map((f) => f.state)).toEqual(['imported', 'failed', 'imported']);
    expect(job.files[1]?.message).toMatch(/^Could not be imported/);
    const papers = library.db.prepare('SELECT id FROM document ORDER BY id').pluck().all();
    expect(papers).toEqual([job.files[0]?.documentId, job.files[2]?.documentId]);
    expect(papersSeenMeanwhile.length).toBeGreaterThan(0);
    expect(papersSeenMeanwhile.every((n) => n === 0)).toBe(true);
    // Nothing of the failed paper is left: no version of it, no meeting of its own.
    expect(library.db.prepare('SELECT COUNT(*) FROM document_version').pluck().get()).toBe(2);
  });
});
