import { parentPort } from 'node:worker_threads';
import { ImportProblem } from './import-problem';
import { parseDocument } from './parse-document';
import type { WorkerFile, WorkerMessage, WorkerWarmUp } from './parse-runner';
import { warmUp } from './warm-up';

/** Worker thread entry: reads each file it is sent, one at a time, and posts the result back. */
const port = parentPort;
if (!port) throw new Error('import-worker runs only as a worker thread.');
const post = (message: WorkerMessage) => port.postMessage(message);
// pdf.js leaves some rejections of a damaged file unhandled; the parse reports the problem itself.
process.on('unhandledRejection', () => undefined);

/** One thing at a time: a file sent while the reader warms up waits for it (it is nearly done). */
let queue: Promise<unknown> = Promise.resolve();

port.on('message', (message: WorkerFile | WorkerWarmUp) => {
  queue = queue.then(() => ('warmUp' in message ? warmUp() : read(message)));
});

function read({ name, data }: WorkerFile): Promise<void> {
  post({ type: 'started' });
  return parseDocument(name, data, (done, total) => post({ type: 'progress', fraction: done / total })).then(
    (parsed) => post({ type: 'parsed', parsed }),
    (error: unknown) => {
      if (error instanceof ImportProblem) post({ type: 'problem', code: error.code, message: error.message });
      else {
        console.error(error);
        post({
          type: 'problem',
          code: 'unreadable-file',
          // The library's own words (a stack overflow, a parser's complaint) mean nothing to a councillor.
          message: 'it could not be read: it may be damaged, or not the kind of file its name says.',
        });
      }
    },
  );
}
