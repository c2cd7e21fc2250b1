import { parentPort } from 'node:worker_threads';
import { helpReadPdf } from './extract/pdf';
import { ImportProblem } from './import-problem';
import { claimPages, OwnerShare, type HelperMessage } from './page-share';
import { parseDocument } from './parse-document';
import type { WorkerFile, WorkerHelp, WorkerHelperFailed, WorkerMessage, WorkerWarmUp } from './parse-runner';
import { warmUp } from './warm-up';

/**
 * Worker thread entry: reads each file it is sent, one at a time, and posts the result back;
 * or helps another reader with the pages of a PDF it is reading (see page-share.ts).
 */
const port = parentPort;
if (!port) throw new Error('import-worker runs only as a worker thread.');
const post = (message: WorkerMessage) => port.postMessage(message);
// pdf.js leaves some rejections of a damaged file unhandled; the parse reports the problem itself.
process.on('unhandledRejection', () => undefined);

/** One thing at a time: a file sent while the reader warms up waits for it (it is nearly done). */
let queue: Promise<unknown> = Promise.resolve();
/** The pages of the file being read, shared with a helper. */
let owning: OwnerShare | null = null;

port.on('message', (message: WorkerFile | WorkerWarmUp | WorkerHelp | WorkerHelperFailed) => {
  // Not queued: it is about the file being read now, which is waiting for the helper's pages.
  if ('helperFailed' in message) return owning?.helperFailed();
  queue = queue.then(() => ('warmUp' in message ? warmUp() : 'help' in message ? help(message) : read(message)));
});

async function read({ name, data, share }: WorkerFile): Promise<void> {
  post({ type: 'started' });
  owning = share ? new OwnerShare(share.state, share.port) : null;
  try {
    const progress = (done: number, total: number) => post({ type: 'progress', fraction: done / total });
    post({ type: 'parsed', parsed: await parseDocument(name, data, progress, owning ?? undefined) });
  } catch (error) {
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
  } finally {
    owning?.close();
    owning = null;
  }
}

/**
 * Reads pages of a PDF another reader owns, sending their lines straight to it, until no page
 * is left to claim. Whatever goes wrong, the owner is told the helper has stopped: it reads
 * any page it was not sent itself (and reports a damaged page in its own words).
 */
async function help({ help: { data, state, port: owner } }: WorkerHelp): Promise<void> {
  post({ type: 'started' });
  const send = (message: HelperMessage) => owner.postMessage(message);
  let pages = 0;
  try {
    await helpReadPdf(data, { claim: (count) => claimPages(state, count) }, (lines) => {
      pages += lines.size;
      send({ pages: lines });
    });
  } catch {
    // The owner reads what was not sent.
  }
  send({ stopped: true });
  owner.close();
  post({ type: 'helped', pages });
}
