import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { openBackend, type Backend } from '../backend';
import { restoreBackup } from '../library/backup';
import { startLoopbackHost } from './loopback-host';

/** `npm run serve`: the app in a browser, for machines where Electron cannot run. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string' } },
  });
  const here = path.dirname(fileURLToPath(import.meta.url));
  const open = (): Backend =>
    openBackend({
      program: 'npm run serve',
      dbOption: values.db,
      workerScript: path.join(here, 'import-worker.mjs'),
      dailyBackup: true,
      autoSync: true,
      restore,
      typedFolders: true,
    });
  // Restoring from the browser: close the library, put the backup in place, open it again.
  const restore = (file: string) => {
    const libraryPath = backend.libraryPath;
    backend.close();
    try {
      return Promise.resolve(restoreBackup(libraryPath, file));
    } finally {
      backend = open();
    }
  };
  let backend = open();
  const host = await startLoopbackHost({
    dispatch: (method, input) => backend.dispatch(method, input),
    rendererDir: path.join(here, '..', 'renderer'),
    port: values.port ? Number(values.port) : 0,
  });
  process.stdout.write(`Scrutineer is running. Open this address in your browser:\n${host.url}\n`);
  process.stdout.write(`Library: ${backend.libraryPath}\nPress Ctrl+C to stop.\n`);
  const stop = () => {
    void host.close().then(() => {
      backend.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
