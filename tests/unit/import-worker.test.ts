import path from 'node:path';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportJobs } from '../../electron/importing/import-jobs';
import { parseInWorker } from '../../electron/importing/parse-runner';
import { openLibrary, type Db } from '../../electron/library/open-library';
import type { ImportJobStatus } from '../../shared/domain';
import { buildImportWorker, KENT, readRealFixture, rowCounts, type FixtureFile } from '../helpers/fixture-files';
import { tempDir } from '../helpers/temp-library';

/**
 * The app reads files in a worker thread (the built import-worker.mjs), so a
 * long pack never freezes the window: progress comes back page by page, and
 * Cancel ends the worker without leaving half a paper in the library.
 */

let worker: Awaited<ReturnType<typeof buildImportWorker>>;
const cleanups: (() => void)[] = [];
beforeAll(async () => {
  worker = await buildImportWorker();
  cleanups.push(() => worker.remove());
});
afterAll(() => cleanups.splice(0).forEach((c) => c()));

function workerJobs(): { db: Db; imports: ImportJobs } {
  const dir = tempDir();
  const db = openLibrary(path.join(dir, 'library.sqlite'));
  cleanups.push(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return { db, imports: new ImportJobs(db, parseInWorker(worker.file)) };
}

/** Reads the job's status every few milliseconds until it stops running. */
async function watch(imports: ImportJobs, id: string, onStatus: (status: ImportJobStatus) => void = () => undefined) {
  const seen: number[] = [];
  for (let status = imports.get(id); ; status = imports.get(id)) {
    seen.push(status.progress);
    onStatus(status);
    if (status.state !== 'running') return { status, seen };
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const cabinet = readRealFixture(KENT.cabinetMinutes);

/** A reader that starts but never takes its file, as a stuck worker thread would. */
function silentReader(): string {
  const dir = tempDir();
  const file = path.join(dir, 'silent-reader.mjs');
  fs.writeFileSync(
    file,
    "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => undefined);\n",
  );
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return file;
}

describe('importing in the worker', () => {
  it('replaces a reader that never starts, so the import still finishes; a second that never starts fails the file', async () => {
    const silent = silentReader();
    let started = 0;
    const firstSilent = parseInWorker(() => (started++ === 0 ? silent : worker.file), { startLimitMs: 300 });
    const aborted = new AbortController().signal;
    const parsed = await firstSilent({ name: cabinet.name, data: cabinet.data }, () => undefined, aborted);
    expect(parsed.kind).toBe('minutes');
    expect(started).toBe(2);

    const alwaysSilent = parseInWorker(silent, { startLimitMs: 300 });
    await expect(alwaysSilent({ name: cabinet.name, data: cabinet.data }, () => undefined, aborted)).rejects.toThrow(
      'the reader did not start',
    );
  });

  it('reads the 17-page Cabinet minutes, reporting progress that rises from 0 to 1', async () => {
    const { db, imports } = workerJobs();
    const job = imports.start([cabinet]);
    const { status, seen } = await watch(imports, job.id);

    expect(status.state).toBe('finished');
    expect(status.files[0]).toMatchObject({ state: 'imported', warnings: [] });
    expect(status.progress).toBe(1);
    const during = seen.filter((p) => p > 0 && p < 1);
    expect(new Set(during).size).toBeGreaterThanOrEqual(3);
    expect(seen.every((p, i) => p >= 0 && p <= 1 && (i === 0 || p >= (seen[i - 1] ?? 0)))).toBe(true);

    const document = db.prepare('SELECT page_count AS pages FROM document_version').get() as { pages: number };
    expect(document.pages).toBe(17);
    expect(rowCounts(db)).toMatchObject({ document: 1, document_version: 1, agenda_item: 9 });
  });

  it('readers made ready while the member chooses leave nothing in the library, then read the chosen file as any other', async () => {
    const dir = tempDir();
    const db = openLibrary(path.join(dir, 'library.sqlite'));
    cleanups.push(() => {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });
    const imports = new ImportJobs(db, parseInWorker(worker.file), 2);
    imports.getReadersReady();
    imports.getReadersReady();
    // The readers warm up on papers of their own, which are never stored.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(rowCounts(db)).toMatchObject({ document: 0, meeting: 0, outcome: 0 });
    const job = imports.start([cabinet]);
    const { status } = await watch(imports, job.id);
    expect(status.files[0]).toMatchObject({ state: 'imported', warnings: [] });
    expect(rowCounts(db)).toMatchObject({ document: 1, document_version: 1, agenda_item: 9 });
  });

  it('stops when cancelled during a long batch, keeping the papers finished and nothing of the one being read', async () => {
    const { db, imports } = workerJobs();
    // Six copies of the 17-page minutes, each with different bytes after %%EOF, so none is a duplicate.
    const copies: FixtureFile[] = Array.from({ length: 6 }, (_, i) => ({
      name: `Printed minutes, copy ${i + 1}.pdf`,
      data: new Uint8Array([...cabinet.data, ...new TextEncoder().encode(`\n% copy ${i + 1}\n`)]),
    }));
    const job = imports.start(copies);
    let cancelledAt: number | null = null;
    const { status } = await watch(imports, job.id, (s) => {
      // Cancel while the second copy is being read.
      if (cancelledAt === null && s.files[1]?.state === 'reading' && s.progress > 1 / 6) {
        cancelledAt = s.progress;
        imports.cancel(job.id);
      }
    });

    expect(cancelledAt).not.toBeNull();
    expect(status.state).toBe('cancelled');
    expect(status.files.map((f) => f.state)).toEqual([
      'imported',
      'cancelled',
      'cancelled',
      'cancelled',
      'cancelled',
      'cancelled',
    ]);
    expect(status.files.slice(1).every((f) => f.message === 'Not imported: the import was cancelled.')).toBe(true);

    // Only the first copy is in the library, whole: its version, its original and every block.
    expect(rowCounts(db)).toMatchObject({ document: 1, document_version: 1, original_file: 1 });
    const names = db.prepare('SELECT file_name FROM document_version').pluck().all();
    expect(names).toEqual(['Printed minutes, copy 1.pdf']);
    const blocks = db.prepare('SELECT COUNT(*) FROM block').pluck().get() as number;
    expect(blocks).toBeGreaterThan(100);
    expect(
      db.prepare('SELECT COUNT(*) FROM block WHERE version_id NOT IN (SELECT id FROM document_version)').pluck().get(),
    ).toBe(0);
  });
});
