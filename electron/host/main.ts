import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { startBackendThread } from '../backend-thread/backend-thread';
import { startLoopbackHost } from './loopback-host';

/** `npm run serve`: the app in a browser, for machines where Electron cannot run. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string' } },
  });
  const here = path.dirname(fileURLToPath(import.meta.url));
  // The library runs in its own thread; this process only serves the page and forwards calls.
  // The page is served while the library opens: its first calls wait for the library, not for the page.
  const opening = startBackendThread({
    script: path.join(here, 'backend-worker.mjs'),
    options: {
      program: 'npm run serve',
      dbOption: values.db,
      importWorker: path.join(here, 'import-worker.mjs'),
      dailyBackup: true,
      autoSync: true,
      // In the browser there is no File menu: the Backups dialog restores, and the thread reopens the library.
      restoreInPlace: true,
      typedFolders: true,
    },
  });
  // A library that cannot be opened ends the program with its reason, as before the page was served.
  opening.catch(fail);
  const host = await startLoopbackHost({
    dispatch: async (method, input) => (await opening).dispatch(method, input),
    rendererDir: path.join(here, '..', 'renderer'),
    port: values.port ? Number(values.port) : 0,
  });
  process.stdout.write(`Scrutineer is running. Open this address in your browser:\n${host.url}\n`);
  const backend = await opening;
  process.stdout.write(`Library: ${backend.libraryPath}\nPress Ctrl+C to stop.\n`);
  const stop = () => {
    void host
      .close()
      .then(() => backend.close())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function fail(error: unknown): never {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

main().catch(fail);
