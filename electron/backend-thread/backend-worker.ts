import { parentPort, workerData } from 'node:worker_threads';
import { openBackend, type Backend } from '../backend';
import { restoreBackup } from '../library/backup';
import type { FromThread, ThreadStart, ToThread } from './messages';
import { secretsFromMain } from './secrets-bridge';

/**
 * The library thread (dist/main/backend-worker.mjs): the library, the API over
 * it, imports, council and device syncs and their timers all run here, so a
 * slow query or a large import never holds up the app's window or the
 * loopback host. The main process only forwards calls and answers.
 */
const port = parentPort;
if (!port) throw new Error('backend-worker runs only as a worker thread.');
const start = workerData as ThreadStart;
const post = (message: FromThread) => port.postMessage(message);

const secrets = start.secrets ? secretsFromMain(start.secrets) : undefined;
const { importWorker, restoreInPlace, ...options } = start.options;
const openHere = (): Backend =>
  openBackend({ ...options, workerScript: importWorker, secrets, ...(restoreInPlace ? { restore: restoreHere } : {}) });

/** What the first screen asks for: the library's meetings and the home screen. */
const FIRST_SCREEN = ['listMeetings', 'homeOverview'] as const;

let backend: Backend | undefined;
try {
  backend = openHere();
  post({ type: 'ready', libraryPath: backend.libraryPath, backupFolder: backend.backupFolder });
  // While the window opens, the first screen's questions are asked once, so that the library's pages
  // they read are in memory and their statements prepared when the window asks them.
  const opened = backend;
  setImmediate(() => {
    for (const method of FIRST_SCREEN) void opened.dispatch(method, {});
  });
} catch (error) {
  post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}

/** The Backups dialog's restore: close the library, put the backup in place, open it again. */
function restoreHere(file: string): Promise<{ replacedKeptAs: string | null }> {
  const current = backend;
  if (!current) return Promise.reject(new Error('The library is not open.'));
  current.close();
  try {
    return Promise.resolve(restoreBackup(current.libraryPath, file));
  } finally {
    backend = openHere();
  }
}

if (backend) {
  port.on('message', (message: ToThread) => {
    if (!backend) return;
    if (message.type === 'call') void answer(backend, message.id, message.method, message.input);
    else close(backend, message.restoreFrom);
  });
}

async function answer(open: Backend, id: number, method: string, input: unknown): Promise<void> {
  const result = await open.dispatch(method, input);
  try {
    post({ type: 'result', id, result });
  } catch (error) {
    // A value that cannot cross to the main process is a fault here, not the caller's.
    console.error(error);
    post({
      type: 'result',
      id,
      result: { ok: false, error: { code: 'internal', message: 'Something went wrong inside Scrutineer.' } },
    });
  }
}

function close(open: Backend, restoreFrom: string | undefined): void {
  open.close();
  if (!restoreFrom) return post({ type: 'closed' });
  try {
    post({ type: 'closed', restored: restoreBackup(open.libraryPath, restoreFrom) });
  } catch (error) {
    post({ type: 'closed', problem: error instanceof Error ? error.message : String(error) });
  }
}
