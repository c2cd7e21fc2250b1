import { createDispatch, type Dispatch } from './api/dispatch';
import { createHandlers } from './api/handlers';
import { ImportJobs } from './importing/import-jobs';
import { parseInline, parseInWorker, type WorkerEntry } from './importing/parse-runner';
import { defaultUserDataDir, resolveLibraryPath } from './library/default-path';
import os from 'node:os';
import path from 'node:path';
import { backUpIfDue } from './library/backup';
import { keepMovingBucketEntries } from './library/bucket-moves';
import { keepWipingDeletedNotes } from './library/deleted-notes';
import { holdLibrary, type LibraryProgram } from './library/library-holders';
import { openLibrary, type Db } from './library/open-library';
import { startAutoSync } from './moderngov/auto-sync';
import { CouncilSync } from './moderngov/council-sync';
import { keepToOwner } from './security/owner-only';
import { DeviceSync } from './sync/device-sync';
import { startDeviceSyncTimer } from './sync/device-sync-timer';
import type { SecretStore } from './sync/secret-store';

const DAILY_BACKUP_AFTER_MS = 30_000;

export interface Backend {
  db: Db;
  /** Where automatic and "Back up now" backups go: a folder beside the library. */
  backupFolder: string;
  imports: ImportJobs;
  councils: CouncilSync;
  /** Notes and trackers with the member's CouchDB server (off until set up). */
  devices: DeviceSync;
  dispatch: Dispatch;
  libraryPath: string;
  close(): void;
}

export interface BackendOptions {
  /** Which program has the library open, as a restore names it when it refuses. */
  program: LibraryProgram;
  /** An explicit library file; otherwise SCRUTINEER_DB, otherwise the user-data folder. */
  dbOption?: string;
  /** The import worker, which reads every file within time and memory limits; without one (tests), the calling thread reads. */
  workerScript?: WorkerEntry;
  /** Take the daily automatic backup when one is due (the app and the host do; the CLI does not). */
  dailyBackup?: boolean;
  /** Sync followed council websites at start and every few hours (the app and the host do; the CLI does not). */
  autoSync?: boolean;
  /** Where the sync password is kept: the OS secure storage in the app; nowhere on the command line. */
  secrets?: SecretStore;
  /** The system's folder chooser for where backups go (Electron only). */
  pickFolder?: () => Promise<string | null>;
  /** How this program puts a backup in place of the library from the interface (the loopback host). */
  restore?: (file: string) => Promise<{ replacedKeptAs: string | null }>;
  /** Take a typed backup folder (the browser version, whose page is the member's own on this computer). */
  typedFolders?: boolean;
}

/** The library and the API over it, as every transport uses them. */
export function openBackend(options: BackendOptions): Backend {
  const libraryPath = resolveLibraryPath(options.dbOption);
  // The app's own folder is tightened even if an older version made it; a folder the member chose is left alone.
  const folder = path.dirname(path.resolve(libraryPath));
  if (folder === path.resolve(defaultUserDataDir())) keepToOwner(folder);
  const release = holdLibrary(libraryPath, options.program);
  let db: Db;
  try {
    db = openLibrary(libraryPath);
  } catch (error) {
    release();
    throw error;
  }
  const backupFolder = path.join(path.dirname(path.resolve(libraryPath)), 'backups');
  const parse = options.workerScript ? parseInWorker(options.workerScript) : parseInline;
  // With the worker, papers are read on every core at once; the library is written by this thread alone.
  const imports = new ImportJobs(db, parse, options.workerScript ? os.availableParallelism() : 1);
  const councils = new CouncilSync(db, { parse });
  const devices = new DeviceSync(db, options.secrets);
  const dispatch = createDispatch(
    createHandlers(db, {
      imports,
      backupFolder,
      councils,
      devices,
      pickFolder: options.pickFolder,
      restore: options.restore,
      typedFolders: options.typedFolders,
    }),
  );
  if (options.dailyBackup) {
    // After start-up, so that copying a large library does not slow the first screen.
    const backup = setTimeout(() => {
      if (!db.open) return;
      backUpIfDue(db, backupFolder).catch((error: unknown) => console.error('Automatic backup failed:', error));
    }, DAILY_BACKUP_AFTER_MS);
    backup.unref();
  }
  const autoSync = options.autoSync ? startAutoSync(councils) : null;
  const wiping = keepWipingDeletedNotes(db);
  const movingBuckets = keepMovingBucketEntries(db, () => imports.storingPapers);
  const deviceTimer = options.autoSync ? startDeviceSyncTimer(devices) : null;
  const close = () => {
    wiping.stop();
    movingBuckets.stop();
    autoSync?.stop();
    deviceTimer?.stop();
    void devices.close();
    db.close();
    release();
  };
  return { db, imports, councils, devices, dispatch, libraryPath, backupFolder, close };
}
