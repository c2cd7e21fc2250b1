import { Worker } from 'node:worker_threads';
import { ImportProblem } from './import-problem';
import { parseDocument, type ParsedDocument } from './parse-document';

/** Parses one file, reporting progress (0 to 1), until done or aborted. */
export type ParseRunner = (
  file: { name: string; data: Uint8Array },
  onProgress: (fraction: number) => void,
  signal: AbortSignal,
) => Promise<ParsedDocument>;

/** How long and how much memory one file may take in the worker before it is given up as damaged. */
export interface WorkerLimits {
  timeLimitMs: number;
  memoryLimitMb: number;
}

const DEFAULT_LIMITS: WorkerLimits = { timeLimitMs: 5 * 60 * 1000, memoryLimitMb: 2048 };

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
 */
export function parseInWorker(workerScript: string, limits: Partial<WorkerLimits> = {}): ParseRunner {
  const { timeLimitMs, memoryLimitMb } = { ...DEFAULT_LIMITS, ...limits };
  return (file, onProgress, signal) =>
    new Promise<ParsedDocument>((resolve, reject) => {
      const worker = new Worker(workerScript, {
        workerData: { name: file.name, data: file.data },
        resourceLimits: { maxOldGenerationSizeMb: memoryLimitMb },
      });
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        signal.removeEventListener('abort', abort);
        void worker.terminate();
        settle();
      };
      const abort = () => finish(() => reject(new ImportProblem('cancelled', 'the import was cancelled.')));
      const timer = setTimeout(
        () =>
          finish(() => reject(new ImportProblem('unreadable-file', 'reading it took too long; it may be damaged.'))),
        timeLimitMs,
      );
      signal.addEventListener('abort', abort);
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'progress') onProgress(message.fraction);
        else if (message.type === 'parsed') finish(() => resolve(message.parsed));
        else finish(() => reject(new ImportProblem(message.code, message.message)));
      });
      worker.on('error', (error) =>
        finish(() =>
          reject(
            /memory/i.test(error.message)
              ? new ImportProblem('unreadable-file', 'it needs more memory to read than a meeting paper should.')
              : error,
          ),
        ),
      );
      worker.on('exit', (code) => {
        if (code !== 0) finish(() => reject(new ImportProblem('unreadable-file', 'reading it stopped unexpectedly.')));
      });
    });
}
