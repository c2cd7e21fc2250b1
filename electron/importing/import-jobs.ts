import { randomUUID } from 'node:crypto';
import { ApiError, DISK_FULL_MESSAGE, isDiskFull } from '../../shared/api/errors';
import type { ImportFileStatus, ImportJobStatus, SkippedFile } from '../../shared/domain';
import { meetingExists } from '../library/meetings/write-meeting';
import { useStoringCache, type Db } from '../library/open-library';
import { eachInOneTransaction, type Outcome } from '../library/statements';
import { ImportProblem } from './import-problem';
import type { ParsedDocument } from './parse-document';
import type { ParseRunner } from './parse-runner';
import { skippedMessage } from './skipped-files';
import { contentHash, findByHash, storeDocument, type StoredDocument } from './store-document';

export interface ImportFile {
  name: string;
  data: Uint8Array;
}

type Read =
  { parsed: ParsedDocument } | { duplicate: NonNullable<ReturnType<typeof findByHash>> } | { problem: unknown };

interface Job {
  status: ImportJobStatus;
  abort: AbortController;
  done: Promise<void>;
}

const KEEP_FINISHED_JOBS = 20;
/** How far reading may run ahead of writing when the files ahead are small. */
const READ_AHEAD_FILES = 24;
const READ_AHEAD_BYTES = 24 * 1024 * 1024;
/** Papers already read are stored together, in one transaction, for about this long at most. */
const STORE_TOGETHER_MS = 3000;

/**
 * Runs batches of files: each file is parsed off the calling thread (by the
 * runner) and written in its own savepoint, so one bad file never stops the
 * others and nothing is ever half-imported.
 */
export class ImportJobs {
  private readonly jobs = new Map<string, Job>();
  /** Jobs storing papers now: while there are any, the library has a larger page cache. */
  private storing = 0;

  constructor(
    private readonly db: Db,
    private readonly parse: ParseRunner,
    /** How many files are read at once: one per core with the worker, one on the calling thread. */
    private readonly readers = 1,
  ) {}

  /** `skipped`: files of the chosen folders left out on purpose, listed after the files read. */
  start(files: ImportFile[], target?: { meetingId: number }, skipped: SkippedFile[] = []): ImportJobStatus {
    if (target && !meetingExists(this.db, target.meetingId)) {
      throw new ApiError('not-found', 'That meeting is no longer in the library.');
    }
    const status: ImportJobStatus = {
      id: randomUUID(),
      state: 'running',
      progress: 0,
      files: [
        ...files.map((f) => entry(f.name, 'waiting', 'Waiting')),
        ...skipped.map((f) => entry(f.name, 'skipped', skippedMessage(f.reason))),
      ],
    };
    const abort = new AbortController();
    const job: Job = { status, abort, done: Promise.resolve() };
    if (this.storing++ === 0) useStoringCache(this.db, true);
    job.done = this.run(job, files, target).finally(() => {
      if (--this.storing === 0 && this.db.open) useStoringCache(this.db, false);
    });
    this.jobs.set(status.id, job);
    this.forgetOldJobs();
    return structuredClone(status);
  }

  /** Whether any import is storing papers now. */
  get storingPapers(): boolean {
    return this.storing > 0;
  }

  /** Readers made ready before the files come: the member is choosing them. */
  getReadersReady(): void {
    this.parse.startReaders?.(this.readers);
  }

  get(id: string): ImportJobStatus {
    const job = this.jobs.get(id);
    if (!job) throw new ApiError('not-found', 'That import is no longer running.');
    return structuredClone(job.status);
  }

  cancel(id: string): ImportJobStatus {
    this.jobs.get(id)?.abort.abort();
    return this.get(id);
  }

  /** Resolves when the job has finished (for the command line and tests). */
  async finished(id: string): Promise<ImportJobStatus> {
    await this.jobs.get(id)?.done;
    return this.get(id);
  }

  /**
   * Up to `readers` files are read at once (each in its own worker, so on every
   * core); one writer stores them in the order chosen, as soon as each and every
   * file before it have been read: those read by then together, in one
   * transaction with a savepoint each (see eachInOneTransaction).
   */
  private async run(job: Job, files: ImportFile[], target?: { meetingId: number }): Promise<void> {
    const { status, abort } = job;
    const fractions = files.map(() => 0);
    const showProgress = () => (status.progress = fractions.reduce((a, b) => a + b, 0) / files.length);
    const reads: Promise<Read>[] = [];
    /** Each file's read once it has finished. */
    const done: (Read | undefined)[] = [];
    let reading = 0;
    let stored = 0;
    // Reading runs ahead of writing by a few files, or by more while they are small (so one reader is
    // not left idle while the other reads a long report), never so far that parsed papers pile up.
    const mayReadAhead = () => {
      const ahead = files.slice(stored, reads.length);
      if (ahead.length < 2 * this.readers) return true;
      const bytes = ahead.reduce((sum, file) => sum + file.data.byteLength, 0);
      return ahead.length < READ_AHEAD_FILES && bytes < READ_AHEAD_BYTES;
    };
    // A free reader first helps read a long PDF another is reading (its pages are shared), so the
    // papers chosen after it are not kept waiting; otherwise it reads the next file.
    const readMore = () => {
      while (reading < this.readers) {
        const helping = this.parse.help?.();
        if (helping) {
          reading++;
          void helping.finally(() => {
            reading--;
            readMore();
          });
          continue;
        }
        if (reads.length >= files.length || !mayReadAhead()) break;
        const index = reads.length;
        reading++;
        reads.push(
          this.read(status.files[index] as ImportFileStatus, files[index] as ImportFile, abort.signal, (f) => {
            fractions[index] = f;
            showProgress();
            // The long PDF's page count is known once it has begun: a free reader may now help.
            readMore();
          })
            .finally(() => {
              reading--;
              readMore();
            })
            // Known as read only once its reader is free again, so that the next file is being read.
            .then((read) => (done[index] = read)),
        );
      }
    };
    readMore();
    let index = 0;
    while (index < files.length) {
      await (reads[index] as Promise<Read>);
      // Every paper read by now, from this one on, is stored in one transaction (each in a savepoint
      // of its own), up to STORE_TOGETHER_MS: in a large library a commit costs as much as a paper.
      const waiting = [index];
      for (let i = index + 1; i < files.length && done[i] !== undefined; i++) waiting.push(i);
      const started = performance.now();
      const outcomes = eachInOneTransaction(
        this.db,
        waiting.map((i) => () => this.store(done[i] as Read, files[i] as ImportFile, abort.signal, target)),
        () => performance.now() - started > STORE_TOGETHER_MS,
      );
      // Only now, with the transaction committed, is each paper shown as stored.
      for (const outcome of outcomes) {
        report(status.files[index] as ImportFileStatus, done[index] as Read, outcome);
        stored++;
        fractions[index] = 1;
        index++;
      }
      showProgress();
      readMore();
    }
    status.state = abort.signal.aborted ? 'cancelled' : 'finished';
  }

  /** Stores one paper as read (in the writer's transaction); a problem reading it is thrown here, in its turn. */
  private store(read: Read, file: ImportFile, signal: AbortSignal, target?: { meetingId: number }): StoredDocument {
    if ('problem' in read) throw read.problem;
    if ('duplicate' in read) return read.duplicate;
    if (signal.aborted) throw new ImportProblem('cancelled', 'the import was cancelled.');
    return storeDocument(this.db, read.parsed, file, target);
  }

  /** Reads one file (never throws: a problem is returned, for the writer to report in its turn). */
  private async read(
    entry: ImportFileStatus,
    file: ImportFile,
    signal: AbortSignal,
    onProgress: (fraction: number) => void,
  ): Promise<Read> {
    if (signal.aborted) return { problem: new ImportProblem('cancelled', 'the import was cancelled.') };
    entry.state = 'reading';
    entry.message = 'Reading…';
    try {
      const duplicate = findByHash(this.db, contentHash(file.data));
      if (duplicate) return { duplicate };
      return { parsed: await this.parse(file, onProgress, signal) };
    } catch (error) {
      return { problem: error };
    }
  }

  private forgetOldJobs(): void {
    const finished = [...this.jobs.values()].filter((j) => j.status.state !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED_JOBS)))
      this.jobs.delete(job.status.id);
  }
}

/** Shows what became of one file. */
function report(entry: ImportFileStatus, read: Read, outcome: Outcome<StoredDocument>): void {
  if ('ok' in outcome) {
    const done = outcome.ok;
    if ('duplicate' in read) {
      Object.assign(entry, {
        state: 'duplicate',
        message: 'Already in the library: nothing new was added.',
        meetingId: done.meetingId,
        documentId: done.documentId,
      });
    } else if ('parsed' in read) {
      Object.assign(entry, {
        state: done.outcome,
        message: describe(done.outcome, done.version, read.parsed.outcomes.length),
        meetingId: done.meetingId,
        documentId: done.documentId,
        warnings: read.parsed.warnings,
      });
    }
    return;
  }
  const { error } = outcome;
  const cancelled = error instanceof ImportProblem && error.code === 'cancelled';
  const diskFull = isDiskFull(error);
  Object.assign(entry, {
    state: cancelled ? 'cancelled' : 'failed',
    message: cancelled
      ? 'Not imported: the import was cancelled.'
      : diskFull
        ? `Not imported: ${DISK_FULL_MESSAGE}`
        : `Could not be imported: ${error instanceof ImportProblem ? error.message : 'something went wrong while reading it.'}`,
  });
  if (!(error instanceof ImportProblem) && !diskFull) console.error(error);
}

function entry(name: string, state: ImportFileStatus['state'], message: string): ImportFileStatus {
  return { name, state, message, meetingId: null, documentId: null, warnings: [] };
}

function describe(outcome: 'imported' | 'new-version' | 'duplicate', version: number, outcomes: number): string {
  if (outcome === 'duplicate') return 'Already in the library: nothing new was added.';
  const found = outcomes > 0 ? ` ${outcomes} outcome${outcomes === 1 ? '' : 's'} found.` : '';
  return outcome === 'new-version'
    ? `Imported as version ${version} of a paper already in the library.${found}`
    : `Imported.${found}`;
}
