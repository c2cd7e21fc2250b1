import { createDispatch, type Dispatch } from './api/dispatch';
import { createHandlers } from './api/handlers';
import { ImportJobs } from './importing/import-jobs';
import { parseInline, parseInWorker } from './importing/parse-runner';
import { resolveLibraryPath } from './library/default-path';
import { openLibrary, type Db } from './library/open-library';

export interface Backend {
  db: Db;
  imports: ImportJobs;
  dispatch: Dispatch;
  libraryPath: string;
  close(): void;
}

export interface BackendOptions {
  /** An explicit library file; otherwise SCRUTINEER_DB, otherwise the user-data folder. */
  dbOption?: string;
  /** The built import worker, when imports should run off the calling thread. */
  workerScript?: string;
}

/** The library and the API over it, as every transport uses them. */
export function openBackend(options: BackendOptions = {}): Backend {
  const libraryPath = resolveLibraryPath(options.dbOption);
  const db = openLibrary(libraryPath);
  const imports = new ImportJobs(db, options.workerScript ? parseInWorker(options.workerScript) : parseInline);
  const dispatch = createDispatch(createHandlers(db, { imports }));
  return { db, imports, dispatch, libraryPath, close: () => db.close() };
}
