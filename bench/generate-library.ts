import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { storeDocument } from '../electron/importing/store-document';
import { moveAllBucketEntries } from '../electron/library/bucket-moves';
import { openLibrary } from '../electron/library/open-library';
import { repoRoot, type Corpus } from './corpus';
import type { MadePdf, MadeText, WorkerJob } from './generate-worker';
import { newestMeetings, planMeetings, type LibraryShape, type MeetingPlan } from './library-plan';

export interface GeneratedLibrary {
  meetings: MeetingPlan[];
  /** The newest meeting of each committee, printed to PDF and not yet in the library. */
  pdfMeetings: MeetingPlan[];
  pdfFiles: { file: string; pages: number; bytes: number; meeting: number }[];
  storedDocuments: number;
  storedPages: number;
  generateMs: number;
  /** Moving the recent bucket entries left at the end into the large table, as the app does while idle. */
  idleMoveMs: number;
  idleMovedEntries: number;
}

/** Bucket entries moved a step while the library is made: larger steps than the app's, which has no one waiting. */
const GENERATED_MOVE_STEP = 200_000;

/** Meetings written in one transaction while the library is made. */
const MEETINGS_PER_TRANSACTION = 40;

type Made = MadeText | MadePdf | { type: 'error'; message: string };

/** Where the benchmark keeps what it makes: inside the repository, so bundles find node_modules. */
export const workRoot = path.join(repoRoot, 'node_modules', '.cache', 'scrutineer-bench');

/** The worker, bundled like the app's own import worker (tsx does not reach worker threads). */
async function bundleWorker(): Promise<string> {
  const outfile = path.join(workRoot, 'generate-worker.mjs');
  await build({
    entryPoints: [path.join(repoRoot, 'bench', 'generate-worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  return outfile;
}

/**
 * Makes the library: every meeting but the newest of each committee is written
 * straight into SQLite through the app's storeDocument (one transaction per
 * meeting's pack), from papers parsed by the app's parseDocument in
 * worker threads; the newest meetings are printed to PDF for the import and
 * pdfgrep measurements. Papers are stored in a fixed order (newest meeting first),
 * whatever order the workers finish in, so the library is the same on every run
 * with the same seed.
 */
export async function generateLibrary(options: {
  file: string;
  shape: LibraryShape;
  corpus: Corpus;
  pdfDir: string;
  /** How many of the newest meetings (one per committee, newest first) to print rather than store. */
  pdfMeetings: number;
  log: (line: string) => void;
}): Promise<GeneratedLibrary> {
  const started = performance.now();
  const meetings = planMeetings(options.shape);
  const newest = newestMeetings(meetings);
  const pdfMeetings = newest.slice(Math.max(0, newest.length - options.pdfMeetings));
  const printed = new Set(pdfMeetings.map((m) => m.index));
  // Newest first: see bench/README.md ("Why the library is written newest first").
  const textMeetings = meetings.filter((m) => !printed.has(m.index)).reverse();
  fs.mkdirSync(options.pdfDir, { recursive: true });

  const db = openLibrary(options.file);
  // A bigger page cache for this connection only: it makes writing a million blocks quicker
  // and changes nothing in the file. Everything else is the app's own storage path.
  db.pragma('cache_size = -1000000');

  const jobs: WorkerJob[] = [
    ...textMeetings.map((meeting): WorkerJob => ({ type: 'text', meeting })),
    ...pdfMeetings.map((meeting): WorkerJob => ({ type: 'pdf', meeting, dir: options.pdfDir })),
  ];
  const ready = new Map<number, MadeText>();
  const pdfFiles: GeneratedLibrary['pdfFiles'] = [];
  let nextToStore = 0;
  let storedDocuments = 0;
  let storedPages = 0;
  let storedBlocks = 0;
  let lastLog = performance.now();
  let inBatch = 0;

  const store = () => {
    while (nextToStore < textMeetings.length) {
      const meeting = textMeetings[nextToStore] as MeetingPlan;
      const made = ready.get(meeting.index);
      if (!made) return;
      ready.delete(meeting.index);
      // Many meetings to a transaction (each storeDocument is a savepoint inside it): an LSH
      // bucket row lands on a random page, so a commit per paper would rewrite most of the
      // bucket index each time (see bench/README.md).
      if (!db.inTransaction) db.exec('BEGIN');
      for (const doc of made.docs) storeDocument(db, doc.parsed, { name: doc.name, data: doc.data });
      if (++inBatch >= MEETINGS_PER_TRANSACTION) {
        db.exec('COMMIT');
        inBatch = 0;
      }
      for (const doc of made.docs) {
        storedDocuments++;
        storedPages += doc.parsed.pageCount ?? 0;
        storedBlocks += doc.parsed.blocks.length;
      }
      nextToStore++;
      if (performance.now() - lastLog > 15_000) {
        lastLog = performance.now();
        const seconds = (lastLog - started) / 1000;
        options.log(
          `  ${nextToStore}/${textMeetings.length} meetings, ${storedBlocks.toLocaleString('en-GB')} blocks stored (${Math.round(storedBlocks / seconds).toLocaleString('en-GB')} a second)`,
        );
      }
    }
  };

  const workerScript = await bundleWorker();
  const workerCount = Math.max(2, os.availableParallelism());
  // Never more than a few meetings ahead of the writer, so memory stays flat.
  const maxAhead = workerCount * 3;
  let nextJob = 0;
  await new Promise<void>((resolve, reject) => {
    let running = 0;
    const workers = Array.from(
      { length: workerCount },
      () =>
        new Worker(workerScript, {
          workerData: { shape: options.shape, corpus: options.corpus },
        }),
    );
    const feed = (worker: Worker) => {
      const job = jobs[nextJob];
      if (!job) return false;
      if (job.type === 'text' && ready.size >= maxAhead) return false;
      nextJob++;
      running++;
      worker.postMessage(job);
      return true;
    };
    const idle: Worker[] = [];
    const finish = (error?: Error) => {
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve();
    };
    for (const worker of workers) {
      worker.on('error', (error) => finish(error));
      worker.on('message', (made: Made) => {
        running--;
        if (made.type === 'error') return finish(new Error(made.message));
        if (made.type === 'pdf') pdfFiles.push(...made.files.map((f) => ({ ...f, meeting: made.index })));
        else ready.set(made.index, made);
        try {
          store();
        } catch (error) {
          return finish(error as Error);
        }
        if (!feed(worker)) idle.push(worker);
        while (idle.length > 0 && feed(idle[0] as Worker)) idle.shift();
        if (running === 0 && nextJob >= jobs.length) finish();
      });
      if (!feed(worker)) idle.push(worker);
    }
  });
  store();
  if (db.inTransaction) db.exec('COMMIT');
  // As the app does while it is idle after an import: the recent bucket entries move into the large table.
  const moveStarted = performance.now();
  const idleMovedEntries = moveAllBucketEntries(db, GENERATED_MOVE_STEP);
  const idleMoveMs = performance.now() - moveStarted;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  pdfFiles.sort((a, b) => a.meeting - b.meeting || a.file.localeCompare(b.file));
  return {
    meetings,
    pdfMeetings,
    pdfFiles,
    storedDocuments,
    storedPages,
    generateMs: performance.now() - started,
    idleMoveMs,
    idleMovedEntries,
  };
}
