import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helpReadPdf, type PageShare } from '../../electron/importing/extract/pdf';
import type { PdfLine } from '../../electron/importing/extract/pdf-lines';
import { ImportJobs } from '../../electron/importing/import-jobs';
import { CHUNK_PAGES } from '../../electron/importing/page-share';
import { parseDocument } from '../../electron/importing/parse-document';
import { parseInline, parseInWorker, type ParseRunner } from '../../electron/importing/parse-runner';
import { openLibrary } from '../../electron/library/open-library';
import {
  buildImportWorker,
  bundleWorker,
  KENT,
  readRealFixture,
  storedBlocks,
  type FixtureFile,
} from '../helpers/fixture-files';
import { longMinutesPdf } from '../helpers/long-paper';
import { tempDir } from '../helpers/temp-library';

/**
 * A long PDF need not be read by one reader alone while the other waits: a free reader
 * helps, claiming a few pages at a time and sending their lines to the reader that owns
 * the file (see page-share.ts). The paper must come out exactly as if read alone.
 */

let worker: Awaited<ReturnType<typeof buildImportWorker>>;
let long: { name: string; data: Uint8Array; pages: number };
const cleanups: (() => void)[] = [];
beforeAll(async () => {
  worker = await buildImportWorker();
  cleanups.push(() => worker.remove());
  long = await longMinutesPdf();
});
afterAll(() => cleanups.splice(0).forEach((c) => c()));

const never = new AbortController().signal;

/** An empty library in a folder of its own, removed after the tests. */
function newLibrary() {
  const dir = tempDir();
  const db = openLibrary(path.join(dir, 'library.sqlite'));
  cleanups.push(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return db;
}

/**
 * Reads a PDF in two documents of pdf.js in turns of CHUNK_PAGES pages: a helper reads every
 * other few (pages 5-8, 13-16, …), then the owner the rest, taking in the helper's lines.
 */
async function readInTurns(file: { name: string; data: Uint8Array }) {
  const turns = (turn: number) => (count: number) => {
    const first = turn * CHUNK_PAGES + 1;
    turn += 2;
    return first <= count ? ([first, Math.min(count, first + CHUNK_PAGES - 1)] as [number, number]) : null;
  };
  const theirs = new Map<number, PdfLine[]>();
  await helpReadPdf(file.data, { claim: turns(1) }, (pages) => pages.forEach((lines, n) => theirs.set(n, lines)));
  const share: PageShare = { claim: turns(0), othersLines: () => Promise.resolve(theirs) };
  return { parsed: await parseDocument(file.name, file.data, undefined, share), helperPages: theirs.size };
}

describe('sharing the pages of a PDF between readers', () => {
  it('a PDF read half by a helper gives the same blocks, outcomes and printed page numbers as read alone', async () => {
    for (const file of [readRealFixture(KENT.cabinetMinutes), long]) {
      const alone = await parseDocument(file.name, file.data);
      const { parsed, helperPages } = await readInTurns(file);
      expect(helperPages).toBeGreaterThanOrEqual(8);
      expect(parsed.blocks).toEqual(alone.blocks);
      expect(parsed.outcomes).toEqual(alone.outcomes);
      expect(parsed.printedPages).toEqual(alone.printedPages);
      expect(parsed).toEqual(alone);
    }
  });

  it('with two readers, a long PDF followed by a short one is read with the free reader’s help, and stored as read alone', async () => {
    const db = newLibrary();
    const reader = parseInWorker(worker.file);
    let helpedPages = 0;
    const runner: ParseRunner = (file, onProgress, signal) => reader(file, onProgress, signal);
    runner.help = () => {
      const helping = reader.help?.() ?? null;
      return helping && helping.then((pages) => (helpedPages += pages));
    };
    const imports = new ImportJobs(db, runner, 2);
    // One short paper: the free reader is done with it while the long one still has pages to share,
    // however busy the machine (with three, a slow run sometimes found every page already claimed).
    const short: FixtureFile[] = [KENT.cabinetAgenda].map(readRealFixture);
    const job = await imports.finished(imports.start([long, ...short]).id);

    expect(job.files.map((f) => f.state)).toEqual(['imported', 'imported']);
    expect(helpedPages).toBeGreaterThanOrEqual(CHUNK_PAGES);
    const ids = job.files.map((f) => f.documentId as number);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    const alone = await parseInline(long, () => undefined, never);
    expect(storedBlocks(db, ids[0] as number)).toEqual(
      alone.blocks.map((b) => ({ kind: b.kind, text: b.text, page: b.page })),
    );
  });

  it('cancelling while a helper reads ends the helper too, and nothing is left waiting', async () => {
    const db = newLibrary();
    const reader = parseInWorker(worker.file);
    const helps: Promise<number>[] = [];
    const runner: ParseRunner = (file, onProgress, signal) => reader(file, onProgress, signal);
    const imports = new ImportJobs(db, runner, 2);
    let id = '';
    runner.help = () => {
      const helping = reader.help?.() ?? null;
      if (helping) {
        helps.push(helping);
        // Cancelled as soon as the helper is sent for.
        imports.cancel(id);
      }
      return helping;
    };
    id = imports.start([long, readRealFixture(KENT.cabinetAgenda)]).id;
    const job = await imports.finished(id);
    expect(helps).toHaveLength(1);
    expect(await helps[0]).toBe(0);
    expect(job.state).toBe('cancelled');
    expect(job.files[0]?.state).toBe('cancelled');
  });

  it('a helper that dies leaves the owner to read the pages it took, and the paper comes out whole', async () => {
    const dying = await bundleWorker('tests/helpers/dying-helper.ts');
    const dir = tempDir();
    cleanups.push(() => {
      dying.remove();
      fs.rmSync(dir, { recursive: true, force: true });
    });
    process.env.DYING_HELPER_LOG = path.join(dir, 'pages-taken.txt');
    let started = 0;
    // The first reader is the app's own; the second, the helper, dies.
    const reader = parseInWorker(() => (started++ === 0 ? worker.file : dying.file));
    reader.startReaders?.(2);
    await new Promise((resolve) => setTimeout(resolve, 1500));

    const helps: Promise<number>[] = [];
    const sendHelper = () => {
      const helping = helps.length === 0 ? reader.help?.() : null;
      if (helping) helps.push(helping);
    };
    const parsed = await reader(long, sendHelper, never);
    expect(helps).toHaveLength(1);
    expect(await helps[0]).toBe(0);
    const taken = fs.readFileSync(process.env.DYING_HELPER_LOG, 'utf8').split(' ').map(Number);
    expect(taken).toHaveLength(CHUNK_PAGES);
    expect(parsed).toEqual(await parseInline(long, () => undefined, never));
  });
});
