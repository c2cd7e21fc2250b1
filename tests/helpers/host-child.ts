import fs from 'node:fs';
import path from 'node:path';
import { startLoopbackHost } from '../../electron/host/loopback-host';
import { createTempLibrary, tempDir } from './temp-library';

/**
 * The child process of the host fuzz test: a real loopback host over a real
 * library, in a process of its own, so that a request that ended the process
 * shows as an exit rather than as an error inside the test runner. It prints
 * one line of JSON with its port and token, then serves until SIGTERM.
 */
const library = createTempLibrary();
const rendererDir = tempDir();
fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Scrutineer</title>');
fs.mkdirSync(path.join(rendererDir, 'assets'));
fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log("Scrutineer");');

const host = await startLoopbackHost({
  dispatch: library.dispatch,
  rendererDir,
  uploadLimit: 64 * 1024,
  tempDir: library.dir,
});
process.stdout.write(`${JSON.stringify({ port: host.port, token: host.token })}\n`);
process.on('SIGTERM', () => {
  void host.close().then(() => {
    library.cleanup();
    fs.rmSync(rendererDir, { recursive: true, force: true });
    process.exit(0);
  });
});
