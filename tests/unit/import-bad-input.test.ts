import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers';
import { ImportJobs } from '../../electron/importing/import-jobs';
import { parseInWorker } from '../../electron/importing/parse-runner';
import { readAttendance } from '../../electron/importing/structure/attendance';
import { openLibrary } from '../../electron/library/open-library';
import {
  api,
  buildImportWorker,
  COVENTRY,
  ensureGeneratedFixtures,
  imageOnlyPdf,
  importBatch,
  KENT,
  readRealFixture,
  repoRoot,
  rowCounts,
  type FixtureFile,
  type Importer,
} from '../helpers/fixture-files';
import { createTempLibrary, tempDir, type TempLibrary } from '../helpers/temp-library';

/**
 * Files a board member may well be sent that Scrutineer cannot read. Each must
 * fail on its own, say why in words a person understands, leave nothing behind
 * in the library, and not stop the rest of its batch.
 */

// Two good papers of different meetings: one imported first, one in the batch with the bad file.
const before = readRealFixture(COVENTRY.briefingNote);
const alongside = readRealFixture(COVENTRY.agendaItem);

let expected: { before: ReturnType<typeof rowCounts>; after: ReturnType<typeof rowCounts> };
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.splice(0).forEach((c) => c()));

function inlineLibrary(): TempLibrary {
  const library = createTempLibrary();
  cleanups.push(() => library.cleanup());
  return library;
}

beforeAll(async () => {
  await ensureGeneratedFixtures();
  // The same two good papers without the bad file: what the library must hold afterwards.
  const reference = inlineLibrary();
  await importBatch(reference, [before]);
  const countsBefore = rowCounts(reference.db);
  await importBatch(reference, [alongside]);
  expected = { before: countsBefore, after: rowCounts(reference.db) };
}, 60_000);

/**
 * Imports the bad file on its own, then again at the head of a batch with a
 * good paper, counting the library's rows before and after each.
 */
async function expectRefused(importer: Importer & { db: TempLibrary['db'] }, bad: FixtureFile, reason: RegExp) {
  await importBatch(importer, [before]);
  expect(rowCounts(importer.db)).toEqual(expected.before);

  const alone = await importBatch(importer, [bad]);
  expect(alone.state).toBe('finished');
  expect(alone.files).toHaveLength(1);
  expect(alone.files[0]).toMatchObject({ name: bad.name, state: 'failed', meetingId: null, documentId: null });
  expect(alone.files[0]?.message).toMatch(/^Could not be imported: /);
  expect(alone.files[0]?.message).toMatch(reason);
  expect(rowCounts(importer.db)).toEqual(expected.before);

  const batch = await importBatch(importer, [bad, alongside]);
  expect(batch.files.map((f) => [f.name, f.state])).toEqual([
    [bad.name, 'failed'],
    [alongside.name, 'imported'],
  ]);
  expect(rowCounts(importer.db)).toEqual(expected.after);
  return alone.files[0]?.message ?? '';
}

const cpp = readRealFixture(KENT.cppMinutes);

describe('a file Scrutineer cannot read', () => {
  it('is refused when it is a PDF cut off part way (only partly downloaded)', async () => {
    const truncated = {
      name: 'CPP Minutes 29.10.24 (partial).pdf',
      data: cpp.data.slice(0, Math.floor(cpp.data.length * 0.3)),
    };
    await expectRefused(inlineLibrary(), truncated, /not a readable PDF: it may be damaged or only partly downloaded/);
  });

  it('is refused when it is empty', async () => {
    await expectRefused(inlineLibrary(), { name: 'Agenda.pdf', data: new Uint8Array(0) }, /the file is empty/);
  });

  it('is refused, with what to do, when it is protected by a password', async () => {
    // Made by tests/fixtures/bad/make-password-protected-pdf.mjs (RC4 128-bit; user password "scrutiny").
    const file = path.join(repoRoot, 'tests', 'fixtures', 'bad', 'password-protected.pdf');
    const locked = { name: 'Exempt minutes.pdf', data: new Uint8Array(fs.readFileSync(file)) };
    await expectRefused(inlineLibrary(), locked, /protected by a password\. Ask the clerk for a copy without one/);
  });

  it('is refused when it is a picture', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    );
    await expectRefused(
      inlineLibrary(),
      { name: 'Site visit photo.png', data: new Uint8Array(png) },
      /cannot read this kind of file\. Import PDF, Word \(\.docx\), web pages or text/,
    );
  });

  it('is refused, with what to do, when it is an old Word (.doc) document', async () => {
    const doc = new Uint8Array(4096);
    doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expectRefused(
      inlineLibrary(),
      { name: 'Briefing note.doc', data: doc },
      /old Word format \(\.doc\)\. Save it as \.docx or PDF and import that/,
    );
  });

  it('is refused when it is named .pdf but is really text', async () => {
    const text = new TextEncoder().encode('Minutes of the meeting held on 16 September 2021\n\nThis is not a PDF.\n');
    await expectRefused(inlineLibrary(), { name: 'Minutes.pdf', data: text }, /named \.pdf but is not a PDF/);
  });
});

describe('a damaged PDF (bytes flipped in the middle of its pages)', () => {
  let worker: Awaited<ReturnType<typeof buildImportWorker>>;
  beforeAll(async () => {
    worker = await buildImportWorker();
    cleanups.push(() => worker.remove());
  });

  /**
   * Through the worker, as the app reads files: pdf.js also leaves unhandled
   * promise rejections behind for this damage, which would end a test run (or
   * the command line) if the file were read on the calling thread.
   */
  function workerLibrary(): Importer & { db: TempLibrary['db'] } {
    const dir = tempDir();
    const db = openLibrary(path.join(dir, 'library.sqlite'));
    const imports = new ImportJobs(db, parseInWorker(worker.file));
    cleanups.push(() => {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });
    return { db, imports, dispatch: createDispatch(createHandlers(db, { imports }), () => undefined) };
  }

  /**
   * The page content streams sit at the start of these files and the embedded
   * fonts in the middle; damage to the fonts alone spares every word (pdf.js
   * reads the same text), so the damage goes in the middle of the pages.
   */
  function damaged(): FixtureFile {
    const data = cpp.data.slice();
    const latin1 = Buffer.from(data).toString('latin1');
    const pagesFrom = latin1.indexOf('stream');
    const pagesTo = latin1.indexOf('/Type /Metadata');
    const span = pagesTo - pagesFrom;
    for (let i = pagesFrom + Math.floor(span * 0.3); i < pagesFrom + Math.floor(span * 0.7); i++)
      data[i] = (data[i] ?? 0) ^ 0xff;
    return { name: 'CPP Minutes 29.10.24 (damaged).pdf', data };
  }

  it('fails on its own, leaving nothing behind, and the rest of the batch imports', async () => {
    await expectRefused(workerLibrary(), damaged(), /.+/);
  });

  it('says the PDF is damaged, in plain words', async () => {
    const job = await importBatch(workerLibrary(), [damaged()]);
    expect(job.files[0]?.message).toMatch(/^Could not be imported: it is damaged|may be damaged/);
    expect(job.files[0]?.message).not.toMatch(/token|command|exception/i);
  });

  it('is reported by the command line, which imports the rest of the folder', () => {
    const dir = tempDir();
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const folder = path.join(dir, 'pack');
    fs.mkdirSync(folder);
    const bad = damaged();
    fs.writeFileSync(path.join(folder, bad.name), bad.data);
    fs.writeFileSync(path.join(folder, alongside.name), alongside.data);
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'electron/cli/main.ts', 'import', folder, '--db', path.join(dir, 'library.db'), '--json'],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    const files = JSON.parse(run.stdout) as { name: string; state: string }[];
    expect(files.map((f) => [f.name, f.state])).toEqual([
      [bad.name, 'failed'],
      [alongside.name, 'imported'],
    ]);
  });
});

describe('a PDF with no text layer (a scan)', () => {
  it('imports, with a warning on the file and on the document', async () => {
    const library = inlineLibrary();
    const scan = imageOnlyPdf();
    const job = await importBatch(library, [scan, alongside]);
    expect(job.files.map((f) => f.state)).toEqual(['imported', 'imported']);
    const noText: unknown = expect.stringMatching(/no text layer \(it may be a scan\)/);
    expect(job.files[0]?.warnings).toContainEqual(noText);
    const meeting = await api(library, 'getMeeting', { meetingId: job.files[0]?.meetingId ?? 0 });
    const document = meeting.documents.find((d) => d.id === job.files[0]?.documentId);
    expect(document).toMatchObject({ fileName: scan.name, pageCount: 1, blockCount: 0 });
    expect(document?.warnings).toContainEqual(noText);
  });
});

describe('importing a paper again', () => {
  const minutes = readRealFixture(COVENTRY.minutes);

  it('says it is already in the library, and adds nothing', async () => {
    const library = inlineLibrary();
    const first = await importBatch(library, [minutes]);
    expect(first.files[0]).toMatchObject({ state: 'imported', message: 'Imported. 10 outcomes found.' });
    const counts = rowCounts(library.db);
    const again = await importBatch(library, [{ name: 'copy of the minutes.md', data: minutes.data }]);
    expect(again.files[0]).toMatchObject({
      state: 'duplicate',
      message: 'Already in the library: nothing new was added.',
      meetingId: first.files[0]?.meetingId,
      documentId: first.files[0]?.documentId,
    });
    expect(rowCounts(library.db)).toEqual(counts);
  });

  it('keeps a changed copy as version 2 of the same paper, without adding its outcomes twice', async () => {
    const library = inlineLibrary();
    const first = await importBatch(library, [minutes]);
    const counts = rowCounts(library.db);
    const text = new TextDecoder().decode(minutes.data);
    const corrected = text.replace(
      'There were no disclosable interests.',
      'There were no disclosable pecuniary interests.',
    );
    expect(corrected).not.toBe(text);
    const second = await importBatch(library, [
      { name: 'coventry-ecs-minutes-2021-09-16 (corrected).md', data: new TextEncoder().encode(corrected) },
    ]);
    expect(second.files[0]).toMatchObject({
      state: 'new-version',
      message: 'Imported as version 2 of a paper already in the library. 10 outcomes found.',
      meetingId: first.files[0]?.meetingId,
      documentId: first.files[0]?.documentId,
    });
    const after = rowCounts(library.db);
    expect(after).toMatchObject({
      document: counts.document,
      document_version: counts.document_version + 1,
      original_file: counts.original_file + 1,
      meeting: counts.meeting,
      outcome: counts.outcome,
      outcome_status_change: counts.outcome_status_change,
      agenda_item: counts.agenda_item,
      attendance: counts.attendance,
    });
    const meeting = await api(library, 'getMeeting', { meetingId: first.files[0]?.meetingId ?? 0 });
    expect(meeting.documents.map((d) => [d.title, d.version])).toEqual([['Minutes', 2]]);
    // The outcomes now point at the new version's text.
    const sources = library.db
      .prepare('SELECT DISTINCT v.version FROM outcome o JOIN document_version v ON v.id = o.source_version_id')
      .pluck()
      .all();
    expect(sources).toEqual([2]);
    expect(await api(library, 'listOutcomes', {})).toHaveLength(10);
  });
});

describe('minutes whose list of who was present is one long run of capitals (found by the long fuzz run)', () => {
  it('are read in a moment, not minutes', () => {
    const run = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.repeat(16);
    const blocks = [{ kind: 'paragraph' as const, text: `Present: Councillor Ash (Chair), ${run}1`, page: null }];
    const started = performance.now();
    const attendees = readAttendance(blocks, -1);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(attendees.map((a) => a.name)).toContain('Councillor Ash');
  });
});
