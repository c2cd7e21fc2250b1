import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers';
import { ImportJobs } from '../../electron/importing/import-jobs';
import { parseInWorker, type WorkerLimits } from '../../electron/importing/parse-runner';
import { openLibrary } from '../../electron/library/open-library';
import { buildImportWorker, COVENTRY, importBatch, readRealFixture, repoRoot } from '../helpers/fixture-files';
import { disguisedDocxBomb, pdfFlateBomb } from '../helpers/fuzz/hostile-files';
import { tempDir } from '../helpers/temp-library';

/**
 * Files made to unpack to far more than they hold: a Word document whose
 * relationships make a part named like a picture (word/document.png) its
 * text, and a PDF whose page is a "flate bomb". Each is refused in plain
 * words within a second or two, the process reading it carries on, its memory
 * stays small, and a good paper imported after them is read as usual. Both
 * are made here: 100 MB of XML or drawing commands in a few hundred KB.
 */

const REFUSED =
  'Could not be imported: it unpacks to far more than a meeting paper could hold, so it may be damaged or made to cause trouble.';
const good = readRealFixture(COVENTRY.minutes);
const docxBomb = disguisedDocxBomb(100);
const pdfBomb = pdfFlateBomb(100);

let worker: Awaited<ReturnType<typeof buildImportWorker>>;
const cleanups: (() => void)[] = [];
beforeAll(async () => {
  worker = await buildImportWorker();
  cleanups.push(() => worker.remove());
});
afterAll(() => cleanups.splice(0).forEach((c) => c()));

function workerLibrary(limits: Partial<WorkerLimits> = {}) {
  const dir = tempDir();
  const db = openLibrary(path.join(dir, 'library.sqlite'));
  cleanups.push(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const imports = new ImportJobs(db, parseInWorker(worker.file, limits));
  return { db, imports, dispatch: createDispatch(createHandlers(db, { imports }), () => undefined) };
}

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

describe('a file that unpacks to far more than a meeting paper could hold', () => {
  it('is refused through the import API, quickly and in little memory, and the next paper imports', async () => {
    expect(docxBomb.data.length).toBeLessThan(1024 * 1024);
    const library = workerLibrary();
    const rssBefore = process.memoryUsage.rss();
    const started = performance.now();
    const job = await importBatch(library, [docxBomb, pdfBomb, good]);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `Bombs refused in ${seconds.toFixed(1)} s; the process grew ${megabytes(process.resourceUsage().maxRSS * 1024 - rssBefore)} MB at most`,
    );

    expect(job.files.map((f) => [f.state, f.message])).toEqual([
      ['failed', REFUSED],
      ['failed', REFUSED],
      ['imported', 'Imported. 10 outcomes found.'],
    ]);
    expect(library.db.prepare('SELECT COUNT(*) FROM document').pluck().get()).toBe(1);
    expect(seconds).toBeLessThan(30);
    expect(process.resourceUsage().maxRSS * 1024 - rssBefore).toBeLessThan(400 * 1024 * 1024);
  }, 60_000);

  it('is stopped by the worker’s memory limit, buffers included, when no check sees it first', async () => {
    // Hexadecimal over Flate: the stream check reads Flate only, so pdf.js unpacks it until the limit stops it.
    const hidden = { ...pdfFlateBomb(400, true), name: 'Hidden bomb.pdf' };
    const library = workerLibrary({ memoryLimitMb: 256 });
    const started = performance.now();
    const job = await importBatch(library, [hidden, good]);
    const seconds = (performance.now() - started) / 1000;
    console.log(`Hidden bomb stopped in ${seconds.toFixed(1)} s`);
    expect(job.files.map((f) => [f.state, f.message])).toEqual([
      ['failed', 'Could not be imported: it needs more memory to read than a meeting paper should.'],
      ['imported', 'Imported. 10 outcomes found.'],
    ]);
    expect(seconds).toBeLessThan(30);
  }, 60_000);

  it('is refused by the command line, which reads every file in the same watched worker and carries on', () => {
    const dir = tempDir();
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const folder = path.join(dir, 'pack');
    fs.mkdirSync(folder);
    for (const file of [docxBomb, pdfBomb, good]) fs.writeFileSync(path.join(folder, file.name), file.data);
    const started = performance.now();
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'electron/cli/main.ts', 'import', folder, '--db', path.join(dir, 'library.sqlite'), '--json'],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    console.log(`Command line: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
    const files = JSON.parse(run.stdout) as { name: string; state: string; message: string }[];
    expect(Object.fromEntries(files.map((f) => [f.name, f.message]))).toEqual({
      [docxBomb.name]: REFUSED,
      [pdfBomb.name]: REFUSED,
      [good.name]: 'Imported. 10 outcomes found.',
    });
  }, 60_000);
});
