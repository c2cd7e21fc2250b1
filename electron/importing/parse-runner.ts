import { Worker } from 'node:worker_threads';
import { ImportProblem } from './import-problem';
import { parseDocument, type ParsedDocument } from './parse-document';

/** Parses one file, reporting progress (0 to 1), until done or aborted. */
export type ParseRunner = (
  file: { name: string; data: Uint8Array },
  onProgress: (fraction: number) => void,
  signal: AbortSignal,
) => Promise<ParsedDocument>;

/**
 * How long and how much memory one file may take in the worker before it is
 * given up. The memory limit bounds the worker's JavaScript heap and, since
 * pdf.js and the unzipper keep what they unpack in buffers outside that heap,
 * the growth of the whole process while the file is read.
 */
export interface WorkerLimits {
  timeLimitMs: number;
  memoryLimitMb: number;
}

/** The built worker script, or a function that finds (or builds) it when the first file is read. */
export type WorkerEntry = string | (() => string);

const DEFAULT_LIMITS: WorkerLimits = { timeLimitMs: 5 * 60 * 1000, memoryLimitMb: 1536 };
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

export type WorkerMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'parsed'; parsed: ParsedDocument }
  | { type: 'problem'; code: ImportProblem['code']; message: string };

/**
 * In a worker thread (the built import-worker.mjs), so a 300-page pack never
 * blocks the app; memory and time are bounded, and Cancel ends the worker.
 * Every import (the app, npm run serve, the command line, council syncs) reads
 * its files this way.
 */
export function parseInWorker(entry: WorkerEntry, limits: Partial<WorkerLimits> = {}): ParseRunner {
  const { timeLimitMs, memoryLimitMb } = { ...DEFAULT_LIMITS, ...limits };
  return (file, onProgress, signal) =>
    new Promise<ParsedDocument>((resolve, reject) => {
      const worker = new Worker(typeof entry === 'string' ? entry : entry(), {
        workerData: { name: file.name, data: file.data },
        resourceLimits: { maxOldGenerationSizeMb: memoryLimitMb },
      });
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        clearInterval(watch);
        signal.removeEventListener('abort', abort);
        void worker.terminate();
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
      const watch = watchMemory(memoryLimitMb, () => finish(() => reject(tooMuchMemory())));
      signal.addEventListener('abort', abort);
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'progress') onProgress(message.fraction);
        else if (message.type === 'parsed') finish(() => resolve(message.parsed));
        else finish(() => reject(new ImportProblem(message.code, message.message)));
      });
      worker.on('error', (error) => finish(() => reject(/memory/i.test(error.message) ? tooMuchMemory() : error)));
      worker.on('exit', (code) => {
        if (code !== 0) finish(() => reject(new ImportProblem('unreadable-file', 'reading it stopped unexpectedly.')));
      });
    });
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
