import fs from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Dispatch } from '../electron/api/dispatch';
import { openBackend } from '../electron/backend';
import { startBackendThread } from '../electron/backend-thread/backend-thread';
import type { ImportJobStatus, TrackerFilters } from '../shared/domain';
import type { PdfFile } from './measure-import';
import type { BenchQuery } from './queries';

export interface ForwardingMeasurement {
  /** Event-loop delay of the process that forwards calls (the app's main process, the host). */
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  searches: number;
  trackerPages: number;
  importedPages: number;
  ms: number;
}

interface Library {
  dispatch: Dispatch;
  close(): Promise<unknown> | void;
}

const RESOLUTION_MS = 2;

const TRACKER_PAGES: TrackerFilters[] = [
  { statuses: ['open', 'in-progress'], sort: 'meeting' },
  { sort: 'due' },
  { statuses: ['open', 'in-progress'], text: 'plan' },
  { kinds: ['resolution'], sort: 'status' },
];

/**
 * What the member's window would feel: this process opens the big library and
 * a fresh one as the app does, then searches and pages the tracker in the big
 * one while PDFs are imported into the fresh one, and records how late its own
 * event loop ran (perf_hooks.monitorEventLoopDelay). `thread` is the app's way
 * (the library in a worker thread, this process only forwarding);
 * `in-process` is the way before it, every query on this thread.
 */
export async function measureForwarding(
  how: 'thread' | 'in-process',
  libraryFile: string,
  importLibraryFile: string,
  scripts: { backend: string; importWorker: string },
  queries: BenchQuery[],
  pdfs: PdfFile[],
): Promise<ForwardingMeasurement> {
  fs.rmSync(importLibraryFile, { force: true });
  const open = async (file: string): Promise<Library> => {
    const options = { program: 'npm run serve' as const, dbOption: file };
    if (how === 'thread') {
      return startBackendThread({
        script: scripts.backend,
        options: { ...options, importWorker: scripts.importWorker },
      });
    }
    return openBackend({ ...options, workerScript: scripts.importWorker });
  };
  const big = await open(libraryFile);
  const fresh = await open(importLibraryFile);
  const call = async (library: Library, method: string, input: unknown) => {
    const result = await library.dispatch(method, input);
    if (!result.ok) throw new Error(`${method} was refused: ${result.error.message}`);
    return result.value;
  };
  const files = pdfs.map((p) => ({ name: path.basename(p.file), data: new Uint8Array(fs.readFileSync(p.file)) }));
  const delay = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  const started = performance.now();
  delay.enable();
  let searches = 0;
  let trackerPages = 0;
  try {
    const job = (await call(fresh, 'startImport', { files })) as ImportJobStatus;
    let importing = true;
    // As the renderer does: it asks how the import is going a few times a second.
    const watching = (async () => {
      while (importing) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        const status = (await call(fresh, 'getImportJob', { jobId: job.id })) as ImportJobStatus;
        importing = status.state === 'running';
      }
    })();
    for (let pass = 0; importing || pass === 0; pass++) {
      for (const query of queries) {
        // Each call arrives on its own, as a request from the window does (so in-process the loop yields between them).
        await new Promise((resolve) => setImmediate(resolve));
        await call(big, 'search', query.search);
        searches++;
        const page = TRACKER_PAGES[searches % TRACKER_PAGES.length];
        if (searches % 5 === 0 && page) {
          await call(big, 'listTracker', page);
          trackerPages++;
        }
      }
    }
    await watching;
  } finally {
    delay.disable();
    await big.close();
    await fresh.close();
  }
  const ms = performance.now() - started;
  // The histogram records each interval between its timer's runs, in nanoseconds: the delay is what exceeds the interval.
  const toMs = (ns: number) => Math.max(0, ns / 1e6 - RESOLUTION_MS);
  return {
    p50Ms: toMs(delay.percentile(50)),
    p99Ms: toMs(delay.percentile(99)),
    maxMs: toMs(delay.max),
    searches,
    trackerPages,
    importedPages: pdfs.reduce((sum, p) => sum + p.pages, 0),
    ms,
  };
}
