import fs from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { helpReadPdf } from '../../electron/importing/extract/pdf';
import { loadPdfJs } from '../../electron/importing/extract/load-pdfjs';
import { claimPages } from '../../electron/importing/page-share';
import type { WorkerHelp, WorkerMessage } from '../../electron/importing/parse-runner';

/**
 * A reader that dies while helping, as one that runs out of memory would: it claims pages of
 * the PDF it is asked to help with, reads them, and ends before sending any. It writes the
 * pages it took to the file named by DYING_HELPER_LOG, so a test can see they were missing.
 * Bundled by the tests as the app's import worker is (see bundleWorker).
 */
void loadPdfJs();
parentPort?.on('message', (message: WorkerHelp | object) => {
  if (!('help' in message)) return;
  const { data, state } = message.help;
  parentPort?.postMessage({ type: 'started' } satisfies WorkerMessage);
  void helpReadPdf(data, { claim: (count) => claimPages(state, count) }, (pages) => {
    fs.writeFileSync(process.env.DYING_HELPER_LOG ?? '', [...pages.keys()].join(' '));
    process.exit(1);
  });
});
