import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers';
import { ImportJobs } from '../../electron/importing/import-jobs';
import { parseInline } from '../../electron/importing/parse-runner';
import { openLibrary, type Db } from '../../electron/library/open-library';
import type { Annotation } from '../../shared/domain';
import { api, COVENTRY, importBatch, KENT, readRealFixture, rowCounts, type Importer } from '../helpers/fixture-files';
import { pageLimitedDisk, smallTmpfs, type FillableDisk } from '../helpers/full-disk';

/**
 * A laptop's disk fills up (a big download, a full roaming profile). Every
 * write then fails: the member must be told so in plain words, nothing saved
 * before may be lost, nothing may be half-written, and once space is freed
 * the app carries on as if nothing had happened.
 *
 * Runs on a real 16 MB tmpfs where the test may mount one (as root, on the
 * development machines and CI), and always with SQLite's page limit, which
 * makes the library file unable to grow in the same way.
 */
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.splice(0).forEach((c) => c()));

const tmpfs = smallTmpfs(16);
if (!tmpfs)
  console.warn('Could not mount a tmpfs here (not root?): the full-disk test uses SQLite’s page limit twice.');
const disks: [string, () => FillableDisk][] = [
  [
    tmpfs ? 'a full disk (a real 16 MB tmpfs)' : 'a full disk (SQLite’s page limit: no tmpfs could be mounted here)',
    () => tmpfs ?? pageLimitedDisk(),
  ],
  ['a library file that cannot grow (SQLite’s page limit)', pageLimitedDisk],
];

const minutes = readRealFixture(COVENTRY.minutes);
const briefing = readRealFixture(COVENTRY.briefingNote);
const report = readRealFixture(KENT.callInReport);

function openApp(disk: FillableDisk): Importer & { db: Db } {
  const db = openLibrary(path.join(disk.dir, 'library.sqlite'));
  const imports = new ImportJobs(db, parseInline);
  const backupFolder = path.join(disk.dir, 'backups');
  return { db, imports, dispatch: createDispatch(createHandlers(db, { imports, backupFolder }), () => undefined) };
}

describe.each(disks)('%s', (_, makeDisk) => {
  it('refuses new writes in plain words, keeps every saved note, and carries on once space is freed', async () => {
    const disk = makeDisk();
    cleanups.push(() => disk.cleanup());
    const app = openApp(disk);
    cleanups.push(() => app.db.open && app.db.close());

    // Saved before the disk fills.
    const first = await importBatch(app, [minutes]);
    const documentId = first.files[0]?.documentId ?? 0;
    expect(first.files[0]?.state).toBe('imported');
    const note = await api(app, 'createAnnotation', {
      documentId,
      kind: 'note',
      colour: 'yellow',
      body: 'Ask when the figures for 2021 will come.',
      start: 0,
      end: 20,
    });
    const question = await api(app, 'createAnnotation', {
      documentId,
      kind: 'question',
      colour: 'pink',
      body: 'Who owns action 3?',
      start: 30,
      end: 60,
    });
    const countsBefore = rowCounts(app.db);
    if (disk.kind === 'page-limit') app.db.exec('VACUUM'); // no free pages left inside the file either
    disk.fill(app.db);

    // A new note: refused, saying why and what to do.
    const refused = await app.dispatch('createAnnotation', {
      documentId,
      kind: 'note',
      colour: 'green',
      body: 'A long note. '.repeat(1000),
      start: 10,
      end: 40,
    });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'disk-full',
        message: expect.stringMatching(
          /^Your disk is full.*Everything saved before is safe.*Free some space/,
        ) as unknown,
      },
    });

    // An edit: refused, and the note still reads as it was saved.
    const edit = await app.dispatch('updateAnnotation', { annotationId: note.id, body: 'Changed. '.repeat(1000) });
    expect(edit.ok).toBe(false);
    expect(!edit.ok && edit.error.code).toBe('disk-full');

    // An import: that file is refused with the reason; nothing of it is left behind.
    const blocked = await importBatch(app, [report, briefing]);
    expect(blocked.state).toBe('finished');
    expect(blocked.files.map((f) => f.state)).toEqual(['failed', 'failed']);
    expect(blocked.files[0]?.message).toMatch(/^Not imported: Your disk is full/);
    expect(rowCounts(app.db)).toEqual(countsBefore);

    // A backup onto the full disk: refused, with no half-written backup left to be restored by mistake.
    if (disk.kind === 'tmpfs') {
      const backup = await app.dispatch('backUpNow', {});
      expect(!backup.ok && backup.error.message).toMatch(/is full\. Your library is unchanged; free some space/);
      expect(fs.readdirSync(path.join(disk.dir, 'backups'))).toEqual([]);
    }

    // Reading still works while the disk is full.
    const shown = await api(app, 'listAnnotations', { documentId });
    expect(shown.map((a: Annotation) => [a.id, a.body])).toEqual([
      [note.id, note.body],
      [question.id, question.body],
    ]);
    expect((await api(app, 'getDocumentText', { documentId })).blocks.length).toBeGreaterThan(50);

    // Space freed: the same actions now work, without restarting.
    disk.free(app.db);
    const later = await api(app, 'createAnnotation', {
      documentId,
      kind: 'note',
      colour: 'green',
      body: 'Written after space was freed.',
      start: 10,
      end: 40,
    });
    await api(app, 'updateAnnotation', { annotationId: note.id, body: 'Edited after space was freed.' });
    const retried = await importBatch(app, [report, briefing]);
    expect(retried.files.map((f) => f.state)).toEqual(['imported', 'imported']);

    // And after a restart, everything is there and the library is whole.
    app.db.close();
    const reopened = openApp(disk);
    cleanups.push(() => reopened.db.open && reopened.db.close());
    expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const after = await api(reopened, 'listAnnotations', { documentId });
    expect(after.map((a: Annotation) => [a.id, a.body])).toEqual([
      [note.id, 'Edited after space was freed.'],
      [later.id, 'Written after space was freed.'],
      [question.id, question.body],
    ]);
    expect(rowCounts(reopened.db).document).toBe(3);
    reopened.db.close();
  }, 60_000);
});
