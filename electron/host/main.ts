import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { openBackend } from '../backend';
import { startLoopbackHost } from './loopback-host';

/** `npm run serve`: the app in a browser, for machines where Electron cannot run. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string' } },
  });
  const here = path.dirname(fileURLToPath(import.meta.url));
  const backend = openBackend({
    program: 'npm run serve',
    dbOption: values.db,
    workerScript: path.join(here, 'import-worker.mjs'),
    dailyBackup: true,
    autoSync: true,
  });
  const host = await startLoopbackHost({
    dispatch: backend.dispatch,
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
