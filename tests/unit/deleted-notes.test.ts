import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf, MethodName, OutputOf } from '../../shared/api/contract';
import { openBackend } from '../../electron/backend';
import { UNDO_WINDOW_MS, wipeDeletedNotes } from '../../electron/library/deleted-notes';
import { openLibrary } from '../../electron/library/open-library';
import { restoreAnnotation } from '../../electron/library/queries/annotations';
import { noteOnPassage } from '../helpers/note-on-passage';
import { sharedFixture } from '../helpers/shared-fixtures';
import { createTempLibrary, type TempLibrary } from '../helpers/temp-library';

const MINUTES = fs.readFileSync(sharedFixture('coventry-ecs-minutes-2021-09-16.md'), 'utf8');
const PASSAGE = 'Staff shortages contributed to delays';
// Words found nowhere else: lower case, so the search index's own copies of them match too.
const SECRET = 'zanzibarquokka';
const minutesAfter = (minutes: number) => new Date(Date.now() + minutes * 60_000);

let library: TempLibrary;
let meetingId: number;
let documentId: number;
beforeEach(async () => {
  library = createTempLibrary();
  const job = await call('startImport', { files: [{ name: 'minutes.md', data: new TextEncoder().encode(MINUTES) }] });
  const file = (await library.imports.finished(job.id)).files[0];
  meetingId = file?.meetingId as number;
  documentId = file?.documentId as number;
});
afterEach(() => library.cleanup());

async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const result = await library.dispatch(method, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as OutputOf<M>;
}

const note = (body: string) => noteOnPassage(call, documentId, PASSAGE, body);

/** Whether the words are anywhere in the library's files on disk, after SQLite has written everything out. */
function onDisk(words: string): boolean {
  library.db.pragma('wal_checkpoint(TRUNCATE)');
  return [library.file, `${library.file}-wal`].some(
    (file) => fs.existsSync(file) && fs.readFileSync(file).includes(Buffer.from(words)),
  );
}

describe('a deleted note', () => {
  it('can be undone for ten minutes; then its words are wiped and it cannot come back', async () => {
    expect(UNDO_WINDOW_MS).toBe(10 * 60_000);
    const kept = await note('Ask about agency staff');
    await call('deleteAnnotation', { annotationId: kept.id });
    expect(restoreAnnotation(library.db, kept.id, minutesAfter(9))).toMatchObject({ body: 'Ask about agency staff' });

    const gone = await note(`Ask who the ${SECRET} contractor is`);
    await call('deleteAnnotation', { annotationId: gone.id });
    expect(wipeDeletedNotes(library.db, minutesAfter(9))).toBe(0);
    expect(wipeDeletedNotes(library.db, minutesAfter(11))).toBe(1);
    await expect(call('restoreAnnotation', { annotationId: gone.id })).rejects.toThrow(
      /can no longer be brought back: a deleted note can be undone for 10 minutes, and then its words are wiped/,
    );
    expect((await call('listAnnotations', { documentId })).map((a) => a.body)).toEqual(['Ask about agency staff']);
  });

  it('leaves its words nowhere in the library file once they are wiped, not even in the search index', async () => {
    const gone = await note(`Ask who the ${SECRET} contractor is`);
    await call('deleteAnnotation', { annotationId: gone.id });
    expect(onDisk(SECRET)).toBe(true); // still there while Undo can bring it back
    wipeDeletedNotes(library.db, minutesAfter(11));
    expect(onDisk(SECRET)).toBe(false);
    expect(await call('search', { query: SECRET })).toEqual([]);
  });

  it('stays as a tombstone, so an old notes file imported again does not bring it back', async () => {
    const gone = await note(`Ask who the ${SECRET} contractor is`);
    const exported = await call('exportAnnotations', { documentId, format: 'w3c', includeConfidential: true });
    await call('deleteAnnotation', { annotationId: gone.id });
    wipeDeletedNotes(library.db, minutesAfter(11));

    const tombstone = library.db
      .prepare('SELECT uuid, deleted_at AS deletedAt, purged_at AS purgedAt, body, exact FROM annotation WHERE id = ?')
      .get(gone.id);
    expect(tombstone).toMatchObject({ uuid: gone.uuid, body: '', exact: '' });
    expect(tombstone).toHaveProperty('deletedAt', expect.any(String));
    expect(tombstone).toHaveProperty('purgedAt', expect.any(String));

    const again = await call('importAnnotations', { json: exported.text });
    expect(again).toMatchObject({ added: 0, alreadyHere: 1 });
    expect(await call('listAnnotations', { documentId })).toEqual([]);
  });

  it('is wiped when the library opens, once the Undo window has passed', async () => {
    const gone = await note(`Ask who the ${SECRET} contractor is`);
    await call('deleteAnnotation', { annotationId: gone.id });
    const longAgo = new Date(Date.now() - UNDO_WINDOW_MS - 60_000).toISOString();
    library.db.prepare('UPDATE annotation SET deleted_at = ? WHERE id = ?').run(longAgo, gone.id);
    library.db.close();

    const backend = openBackend({ dbOption: library.file, program: 'the Scrutineer app' });
    backend.close();
    const reopened = openLibrary(library.file);
    expect(reopened.prepare('SELECT body FROM annotation WHERE id = ?').pluck().get(gone.id)).toBe('');
    reopened.close();
  });
});

describe('secure delete', () => {
  it('is on for every connection to the library', () => {
    expect(library.db.pragma('secure_delete', { simple: true })).toBe(1);
  });

  it('overwrites a deleted question and its private note in the file at once', async () => {
    const question = await call('createQuestion', {
      meetingId,
      text: `Who chose the ${SECRET} contractor?`,
      privateNote: `The ${SECRET} firm is the leader's brother's`,
    });
    expect(onDisk(SECRET)).toBe(true);
    await call('deleteQuestion', { questionId: question.id });
    expect(onDisk(SECRET)).toBe(false);
  });

  it('is what does it: without it, the deleted words would still be in the file', async () => {
    library.db.pragma('secure_delete = OFF');
    const question = await call('createQuestion', { meetingId, text: `Who chose the ${SECRET} contractor?` });
    await call('deleteQuestion', { questionId: question.id });
    expect(onDisk(SECRET)).toBe(true);
  });
});
