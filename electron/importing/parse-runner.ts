import { MessageChannel, type MessagePort, Worker } from 'node:worker_threads';
import { looksLikePdf } from './detect-format';
import { ImportProblem } from './import-problem';
import { CHUNK_PAGES, endShare, newShareState, pagesUnclaimed } from './page-share';
import { parseDocument, type ParsedDocument } from './parse-document';

/**
 * Parses one file, reporting progress (0 to 1), until done or aborted. `startReaders` starts
 * readers before the files come (while the member chooses them), where readers are started.
 * `help` sets a free reader to help read a long PDF another is reading (see page-share.ts):
 * it resolves, with the pages the helper read, when there is nothing left to help with; it
 * is null when no file being read is worth helping with.
 */
export type ParseRunner = ((
  file: { name: string; data: Uint8Array },
  onProgress: (fraction: number) => void,
  signal: AbortSignal,
) => Promise<ParsedDocument>) & {
  startReaders?: (readers: number) => void;
  help?: () => Promise<number> | null;
};

/**
 * How long and how much memory one file may take in the worker before it is
 * given up. The memory limit bounds the worker's JavaScript heap and, since
 * pdf.js and the unzipper keep what they unpack in buffers outside that heap,
 * the growth of the whole process while the file is read.
 */
export interface WorkerLimits {
  timeLimitMs: number;
  memoryLimitMb: number;
  /** How long a new reader may take to say it has the file before it is replaced by another. */
  startLimitMs: number;
}

/** The built worker script, or a function that finds (or builds) it when the first file is read. */
export type WorkerEntry = string | (() => string);

const DEFAULT_LIMITS: WorkerLimits = { timeLimitMs: 5 * 60 * 1000, memoryLimitMb: 1536, startLimitMs: 20_000 };
/** How often the process's memory is looked at while a file is read. */
const MEMORY_CHECK_MS = 25;

/** On the calling thread: for the command line and tests, where no window can freeze. */
export const parseInline: ParseRunner = async (file, onProgress, signal) => {
  // pdf.js leaves some rejections of a damaged file unhandled; they must not end the process.
  const ignore = () => undefined;
  process.on('unhandledRejection', ignore);
  try {
    const parsed = await parseDocument(file.name, file.data, (done, total) => {
      if (signal.aborted) throw new ImportProblem('cancelled', 'the import was cancelled.');
      onProgress(done / total);
    });
    if (signal.aborted) throw new ImportProblem('cancelled', 'the import was cancelled.');
    return parsed;
  } finally {
    process.off('unhandledRejection', ignore);
  }
};

/** A file for the worker to read; a PDF's pages may be shared with a helper (see page-share.ts). */
export interface WorkerFile {
  name: string;
  data: Uint8Array;
  share?: { state: SharedArrayBuffer; port: MessagePort };
}

/** Asks a worker to help read the pages of a PDF another worker owns, sending them over `port`. */
export interface WorkerHelp {
  help: { data: Uint8Array; state: SharedArrayBuffer; port: MessagePort };
}

/** Tells the owner of a shared PDF that its helper failed: it reads the pages it lacks itself. */
export interface WorkerHelperFailed {
  helperFailed: true;
}

/** Asks a new worker to load its readers (pdf.js, the rules) before any file comes. */
export interface WorkerWarmUp {
  warmUp: true;
}

export type WorkerMessage =
  | { type: 'started' }
  | { type: 'progress'; fraction: number }
  | { type: 'parsed'; parsed: ParsedDocument }
  | { type: 'problem'; code: ImportProblem['code']; message: string }
  | { type: 'helped'; pages: number };

/** A PDF being read whose pages a free reader may help read. */
interface Sharable {
  data: Uint8Array;
  state: SharedArrayBuffer;
  /** The helper's end of the channel to the owner. */
  port: MessagePort;
  owner: Worker;
  helped: boolean;
  /** Ends the helper, once there is one. */
  endHelper?: () => void;
}

/** How long a worker that has read a file waits for the next before it ends, giving its memory back. */
const IDLE_WORKER_MS = 20_000;

/**
 * A reader that has read a file well reads the next. (It was switched off for a while when an
 * import in the e2e runs sometimes never finished; the cause was the page, not the readers: files
 * chosen while the library was still loading were never sent. See ImportButtons.)
 */
const REUSE_READERS = true;

/**
 * In worker threads (the built import-worker.mjs), so a 300-page pack never
 * blocks the app; memory and time are bounded, and Cancel ends the worker.
 * Every import (the app, npm run serve, the command line, council syncs) reads
 * its files this way. A worker that has read a file well reads the next one
 * (starting one and loading pdf.js into it takes longer than reading a short
 * paper); one that failed, ran out of time or memory, or was cancelled is ended.
 * Several files may be read at once, each by its own worker.
 */
export function parseInWorker(entry: WorkerEntry, limits: Partial<WorkerLimits> = {}): ParseRunner {
  const { timeLimitMs, memoryLimitMb, startLimitMs } = { ...DEFAULT_LIMITS, ...limits };
  const idle = new Map<Worker, NodeJS.Timeout>();
  /** Every reader started and not yet ended, reading or waiting. */
  const live = new Set<Worker>();
  /** PDFs being read whose owners have not finished. */
  const sharable = new Set<Sharable>();
  const startWorker = (): Worker => {
    const worker = new Worker(typeof entry === 'string' ? entry : entry(), {
      resourceLimits: { maxOldGenerationSizeMb: memoryLimitMb },
    });
    live.add(worker);
    worker.on('exit', () => {
      clearTimeout(idle.get(worker));
      idle.delete(worker);
      live.delete(worker);
    });
    return worker;
  };
  const take = (): Worker => {
    for (const [worker, timer] of idle) {
      idle.delete(worker);
      clearTimeout(timer);
      worker.ref();
      return worker;
    }
    return startWorker();
  };
  const giveBack = (worker: Worker) => {
    // An idle worker never keeps the program (the command line) from ending.
    worker.unref();
    const timer = setTimeout(() => {
      idle.delete(worker);
      void worker.terminate();
    }, IDLE_WORKER_MS);
    timer.unref();
    idle.set(worker, timer);
  };
  /**
   * One reading of the file by one worker. A worker that has not said it has the file within
   * `startLimitMs` is ended and, once, another is started in its place (`retry`): an import
   * must never wait for ever on a reader that did not start.
   */
  const attempt = (
    file: WorkerFile,
    onProgress: (fraction: number) => void,
    signal: AbortSignal,
    retry: boolean,
  ): Promise<ParsedDocument> =>
    new Promise<ParsedDocument>((resolve, reject) => {
      if (signal.aborted) return reject(new ImportProblem('cancelled', 'the import was cancelled.'));
      const worker = take();
      const channel = looksLikePdf(file.data) ? new MessageChannel() : null;
      const share: Sharable | null = channel && {
        data: file.data,
        state: newShareState(),
        port: channel.port2,
        owner: worker,
        helped: false,
      };
      const finish = (settle: () => void, reuse = false) => {
        if (share) {
          // No page is left for a helper; one still reading is ended unless the file was read well
          // (then it has sent every page it claimed, and stops at once).
          sharable.delete(share);
          endShare(share.state);
          if (!reuse) share.endHelper?.();
          if (!share.helped) share.port.close();
        }
        clearTimeout(timer);
        clearTimeout(startTimer);
        clearInterval(watch);
        signal.removeEventListener('abort', abort);
        stopListening();
        if (reuse) giveBack(worker);
        else void worker.terminate();
        settle();
      };
      const tooMuchMemory = () =>
        new ImportProblem('unreadable-file', 'it needs more memory to read than a meeting paper should.');
      const abort = () => finish(() => reject(new ImportProblem('cancelled', 'the import was cancelled.')));
      const timer = setTimeout(
        () =>
          finish(() => reject(new ImportProblem('unreadable-file', 'reading it took too long; it may be damaged.'))),
        timeLimitMs,
      );
      const startTimer = setTimeout(
        () =>
          finish(() => {
            if (retry) attempt(file, onProgress, signal, false).then(resolve, reject);
            else reject(new ImportProblem('unreadable-file', 'the reader did not start; please try again.'));
          }),
        startLimitMs,
      );
      const watch = watchMemory(memoryLimitMb, () => finish(() => reject(tooMuchMemory())));
      const onMessage = (message: WorkerMessage) => {
        if (message.type === 'started') clearTimeout(startTimer);
        else if (message.type === 'progress') onProgress(message.fraction);
        else if (message.type === 'parsed') finish(() => resolve(message.parsed), REUSE_READERS);
        else if (message.type === 'problem') finish(() => reject(new ImportProblem(message.code, message.message)));
      };
      const onError = (error: Error) => finish(() => reject(/memory/i.test(error.message) ? tooMuchMemory() : error));
      const onExit = () =>
        finish(() => reject(new ImportProblem('unreadable-file', 'reading it stopped unexpectedly.')));
      signal.addEventListener('abort', abort);
      const stopListening = listen(worker, { message: onMessage, error: onError, exit: onExit });
      if (share && channel) {
        sharable.add(share);
        const message: WorkerFile = {
          name: file.name,
          data: file.data,
          share: { state: share.state, port: channel.port1 },
        };
        worker.postMessage(message, [channel.port1]);
      } else worker.postMessage({ name: file.name, data: file.data } satisfies WorkerFile);
    });
  /**
   * A reader (idle or new) helps read the pages of `file` until none are left to claim. If it
   * fails, runs out of time or memory, or does not start, it is ended and the owner told, so
   * the owner reads the pages it lacks itself. Resolves with the pages it read (never rejects).
   */
  const help = (file: Sharable): Promise<number> =>
    new Promise<number>((resolve) => {
      file.helped = true;
      const worker = take();
      const finish = (pages: number | null) => {
        clearTimeout(timer);
        clearTimeout(startTimer);
        clearInterval(watch);
        stopListening();
        file.endHelper = undefined;
        if (pages !== null) giveBack(worker);
        else {
          void worker.terminate();
          if (sharable.has(file)) file.owner.postMessage({ helperFailed: true } satisfies WorkerHelperFailed);
        }
        resolve(pages ?? 0);
      };
      const failed = () => finish(null);
      const timer = setTimeout(failed, timeLimitMs);
      const startTimer = setTimeout(failed, startLimitMs);
      const watch = watchMemory(memoryLimitMb, failed);
      const onMessage = (message: WorkerMessage) => {
        if (message.type === 'started') clearTimeout(startTimer);
        else if (message.type === 'helped') finish(message.pages);
      };
      file.endHelper = failed;
      const stopListening = listen(worker, { message: onMessage, error: failed, exit: failed });
      const message: WorkerHelp = { help: { data: file.data, state: file.state, port: file.port } };
      worker.postMessage(message, [file.port]);
    });
  const runner: ParseRunner = (file, onProgress, signal) => attempt(file, onProgress, signal, true);
  // One helper per file, for a file with at least two claims' worth of pages left.
  runner.help = () => {
    for (const file of sharable) {
      if (!file.helped && pagesUnclaimed(file.state) >= 2 * CHUNK_PAGES) return help(file);
    }
    return null;
  };
  // Readers waiting for files, as after an import: they end if none comes within IDLE_WORKER_MS.
  // Readers already reading count: files chosen during an import start no extra ones.
  runner.startReaders = (readers) => {
    for (let n = live.size; n < readers; n++) {
      const worker = startWorker();
      worker.postMessage({ warmUp: true } satisfies WorkerWarmUp);
      giveBack(worker);
    }
  };
  return runner;
}

/** Listens to a worker's messages, errors and exit; the function returned stops listening. */
function listen(
  worker: Worker,
  on: { message: (message: WorkerMessage) => void; error: (error: Error) => void; exit: () => void },
): () => void {
  worker.on('message', on.message);
  worker.on('error', on.error);
  worker.on('exit', on.exit);
  return () => {
    worker.off('message', on.message);
    worker.off('error', on.error);
    worker.off('exit', on.exit);
  };
}

/**
 * Calls `over` once the process has grown by more than `limitMb` since now.
 * Buffers count here (the resident set), where the worker's heap limit cannot
 * see them. The worker is busy reading, so this thread is free to look.
 */
function watchMemory(limitMb: number, over: () => void): NodeJS.Timeout {
  const limit = process.memoryUsage.rss() + limitMb * 1024 * 1024;
  const watch = setInterval(() => {
    if (process.memoryUsage.rss() > limit) over();
  }, MEMORY_CHECK_MS);
  watch.unref();
  return watch;
}
