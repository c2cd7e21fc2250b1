import { parentPort } from 'node:worker_threads';
import { parseDocument } from '../../../electron/importing/parse-document';

/**
 * Worker thread for the fuzz test: parses each file it is sent on this thread
 * (as parseInline does) and posts back what happened. The test watches the
 * clock from outside, so a hang or a crash here cannot stop the run.
 */
export type FuzzReply =
  | { index: number; outcome: 'parsed'; parsed: Awaited<ReturnType<typeof parseDocument>>; ms: number }
  | {
      index: number;
      outcome: 'refused';
      name: string;
      code: string | null;
      message: string;
      cause: string;
      ms: number;
    };

let strayRejections = 0;
// pdf.js leaves some rejections of a damaged file unhandled, as in the app's own worker.
process.on('unhandledRejection', () => strayRejections++);

parentPort?.on('message', (file: { index: number; name: string; data: Uint8Array }) => {
  const started = performance.now();
  parseDocument(file.name, file.data).then(
    (parsed) =>
      parentPort?.postMessage({ index: file.index, outcome: 'parsed', parsed, ms: performance.now() - started }),
    (error: unknown) => {
      const e = error as Error & { code?: string };
      const cause = (e.cause as Error | undefined) ?? e;
      parentPort?.postMessage({
        index: file.index,
        outcome: 'refused',
        name: e.name,
        code: typeof e.code === 'string' ? e.code : null,
        message: e.message,
        cause: `${cause.name}: ${cause.message}`,
        ms: performance.now() - started,
      } satisfies FuzzReply);
    },
  );
});
