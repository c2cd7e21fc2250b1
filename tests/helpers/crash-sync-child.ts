import { openBackend } from '../../electron/backend';

/**
 * The child process of the crash test's sync part: opens a library set up to sync and
 * syncs with the server again and again, printing a line after each, until it is killed.
 *
 * Usage: node crash-sync-child.mjs LIBRARY PASSWORD
 */
const [libraryPath, password] = process.argv.slice(2) as [string, string];
const backend = openBackend({ dbOption: libraryPath, program: 'the Scrutineer app' });
backend.devices.usePassword(password);
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
for (;;) {
  const report = await backend.devices.syncNow();
  process.stdout.write(`${JSON.stringify({ synced: report.received, problem: report.problem })}\n`);
}
