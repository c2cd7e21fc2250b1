import type { MessagePort } from 'node:worker_threads';
import type { ApiResult } from '../../shared/api/errors';
import type { BackendOptions } from '../backend';

/** What the library thread is started with: the backend's options, less what only the main process can hold. */
export interface ThreadStart {
  options: Omit<BackendOptions, 'secrets' | 'workerScript' | 'pickFolder' | 'restore'> & {
    importWorker?: string;
    /** Restore from the Backups dialog by closing, restoring and reopening the library in the thread (the browser version, which has no File menu). */
    restoreInPlace?: boolean;
  };
  /** Set when the main process keeps the sync password (the app's OS secure storage). */
  secrets?: { port: MessagePort; signal: Int32Array };
}

/** From the main process (or the host) to the library thread. */
export type ToThread =
  | { type: 'call'; id: number; method: string; input: unknown }
  /** Close the library and, if asked, restore a backup over it while nothing has it open. */
  | { type: 'close'; restoreFrom?: string };

/** From the library thread back. */
export type FromThread =
  | { type: 'ready'; libraryPath: string; backupFolder: string }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; result: ApiResult<unknown> }
  | { type: 'closed'; restored?: { replacedKeptAs: string | null }; problem?: string };
