import { Worker } from 'node:worker_threads';
import type { ApiResult } from '../../shared/api/errors';
import type { Dispatch } from '../api/dispatch';
import type { SecretStore } from '../sync/secret-store';
import type { FromThread, ThreadStart, ToThread } from './messages';
import { answerSecrets } from './secrets-bridge';

export interface BackendThreadOptions {
  /** The built library thread (dist/main/backend-worker.mjs). */
  script: string;
  options: ThreadStart['options'];
  /** Kept in the main process (Electron's safeStorage); the thread asks for it by message. */
  secrets?: SecretStore;
}

/** The library as the main process sees it: calls in, answers out, nothing waited on. */
export interface BackendThread {
  dispatch: Dispatch;
  libraryPath: string;
  backupFolder: string;
  /** Closes the library (releasing it for other programs) and ends the thread; restores a backup first if asked. */
  close(options?: { restoreFrom?: string }): Promise<{ replacedKeptAs: string | null } | null>;
}

/** How long closing may take (finishing the write under way, a restore's check of a large backup). */
const CLOSE_WITHIN_MS = 120_000;

const STOPPED: ApiResult<unknown> = {
  ok: false,
  error: {
    code: 'internal',
    message: 'Scrutineer’s library stopped unexpectedly. Your saved work is safe; please restart Scrutineer.',
  },
};

/**
 * Starts the library thread and resolves once the library is open, or rejects
 * with the reason it could not be opened (another program holds it, it is damaged).
 */
export function startBackendThread({ script, options, secrets }: BackendThreadOptions): Promise<BackendThread> {
  const line = secrets ? answerSecrets(secrets) : undefined;
  const start: ThreadStart = { options, ...(line ? { secrets: line.threadEnd } : {}) };
  const worker = new Worker(script, { workerData: start, transferList: line ? [line.threadEnd.port] : [] });
  const pending = new Map<number, (result: ApiResult<unknown>) => void>();
  let nextId = 1;
  let stopped = false;
  let onClosed: ((message: Extract<FromThread, { type: 'closed' }>) => void) | undefined;

  const stop = () => {
    stopped = true;
    line?.stop();
    for (const settle of pending.values()) settle(STOPPED);
    pending.clear();
  };

  return new Promise<BackendThread>((resolve, reject) => {
    worker.on('message', (message: FromThread) => {
      if (message.type === 'result') {
        pending.get(message.id)?.(message.result);
        pending.delete(message.id);
      } else if (message.type === 'ready') {
        resolve(thread(message.libraryPath, message.backupFolder));
      } else if (message.type === 'failed') {
        stop();
        void worker.terminate();
        reject(new Error(message.message));
      } else {
        onClosed?.(message);
      }
    });
    worker.on('error', (error) => {
      console.error('The library thread failed:', error);
      reject(error);
    });
    worker.on('exit', () => {
      stop();
      onClosed?.({ type: 'closed' });
      reject(new Error('The library could not be opened.'));
    });
  });

  function thread(libraryPath: string, backupFolder: string): BackendThread {
    const dispatch: Dispatch = (method, input) =>
      new Promise((settle) => {
        if (stopped) return settle(STOPPED);
        const id = nextId++;
        pending.set(id, settle);
        try {
          worker.postMessage({ type: 'call', id, method, input } satisfies ToThread);
        } catch {
          pending.delete(id);
          settle({ ok: false, error: { code: 'invalid-input', message: 'The request could not be sent.' } });
        }
      });
    let closing: ReturnType<BackendThread['close']> | undefined;
    const close: BackendThread['close'] = (closeOptions = {}) =>
      (closing ??= new Promise((resolve, reject) => {
        if (stopped) return resolve(null);
        onClosed = (message) => {
          onClosed = undefined;
          stop();
          void worker
            .terminate()
            .then(() => (message.problem ? reject(new Error(message.problem)) : resolve(message.restored ?? null)));
        };
        worker.postMessage({ type: 'close', restoreFrom: closeOptions.restoreFrom } satisfies ToThread);
        // A thread that cannot answer is ended: the library's journal keeps every finished write.
        setTimeout(
          () => onClosed?.({ type: 'closed', problem: 'The library did not close in time.' }),
          CLOSE_WITHIN_MS,
        ).unref();
      }));
    return { dispatch, libraryPath, backupFolder, close };
  }
}
