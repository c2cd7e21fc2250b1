import path from 'node:path';

/** The built import worker, beside the built main process in dist/main. */
export const IMPORT_WORKER_FILE = 'import-worker.mjs';
/** The built library thread, which holds the library and answers every API call. */
export const BACKEND_WORKER_FILE = 'backend-worker.mjs';

/**
 * In an installed app the code lives in the app.asar archive, but a worker thread
 * must start from a real file, and so must the modules it imports: the installer
 * configuration unpacks them (asarUnpack) into app.asar.unpacked beside it.
 */
export function unpackedPath(file: string): string {
  return file.replace(/([\\/])app\.asar(?=[\\/])/, '$1app.asar.unpacked');
}

/** Where the import worker is, whether running from the source tree or installed. */
export function importWorkerPath(mainDir: string): string {
  return unpackedPath(path.join(mainDir, IMPORT_WORKER_FILE));
}

/** Where the library thread is, whether running from the source tree or installed. */
export function backendWorkerPath(mainDir: string): string {
  return unpackedPath(path.join(mainDir, BACKEND_WORKER_FILE));
}
