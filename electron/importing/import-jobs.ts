import { randomUUID } from 'node:crypto';
import { ApiError, DISK_FULL_MESSAGE, isDiskFull } from '../../shared/api/errors';
import type { ImportFileStatus, ImportJobStatus, SkippedFile } from '../../shared/domain';
import { meetingExists } from '../library/meetings/write-meeting';
import type { Db } from '../library/open-library';
import { ImportProblem } from './import-problem';
import type { ParseRunner } from './parse-runner';
import { skippedMessage } from './skipped-files';
import { contentHash, findByHash, storeDocument } from './store-document';

export interface ImportFile {
  name: string;
  data: Uint8Array;
}

interface Job {
  status: ImportJobStatus;
  abort: AbortController;
  done: Promise<void>;
}

const KEEP_FINISHED_JOBS = 20;

/**
 * Runs batches of files: each file is parsed off the calling thread (by the
 * runner) and written in its own transaction, so one bad file never stops the
 * others and nothing is ever half-imported.
 */
export class ImportJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly db: Db,
    private readonly parse: ParseRunner,
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
    job.done = this.run(job, files, target);
    this.jobs.set(status.id, job);
    this.forgetOldJobs();
    return structuredClone(status);
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

  private async run(job: Job, files: ImportFile[], target?: { meetingId: number }): Promise<void> {
    const { status, abort } = job;
    for (const [index, file] of files.entries()) {
      const entry = status.files[index] as ImportFileStatus;
      if (abort.signal.aborted) {
        Object.assign(entry, { state: 'cancelled', message: 'Not imported: the import was cancelled.' });
        continue;
      }
      entry.state = 'reading';
      entry.message = 'Reading…';
      try {
        const duplicate = findByHash(this.db, contentHash(file.data));
        if (duplicate) {
          Object.assign(entry, {
            state: 'duplicate',
            message: 'Already in the library: nothing new was added.',
            meetingId: duplicate.meetingId,
            documentId: duplicate.documentId,
          });
        } else {
          const parsed = await this.parse(file, (f) => (status.progress = (index + f) / files.length), abort.signal);
          if (abort.signal.aborted) throw new ImportProblem('cancelled', 'the import was cancelled.');
          const stored = storeDocument(this.db, parsed, file, target);
          Object.assign(entry, {
            state: stored.outcome,
            message: describe(stored.outcome, stored.version, parsed.outcomes.length),
            meetingId: stored.meetingId,
            documentId: stored.documentId,
            warnings: parsed.warnings,
          });
        }
      } catch (error) {
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
      status.progress = (index + 1) / files.length;
    }
    status.state = abort.signal.aborted ? 'cancelled' : 'finished';
  }

  private forgetOldJobs(): void {
    const finished = [...this.jobs.values()].filter((j) => j.status.state !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED_JOBS)))
      this.jobs.delete(job.status.id);
  }
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
