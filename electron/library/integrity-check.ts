import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * SQLite's full `PRAGMA integrity_check` reads every page: minutes on a library of
 * some gigabytes. It runs here in a worker thread on its own read-only connection
 * (WAL lets it read while the app writes), so the app opens at once and stays usable.
 * Resolves with SQLite's findings: none when the file is sound.
 */
export function integrityProblemsInBackground(file: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, betterSqlite3: betterSqlite3Path() } });
    worker.unref();
    worker.once('message', (message: { problems?: string[]; error?: string }) => {
      if (message.problems) resolve(message.problems);
      else reject(new Error(message.error ?? 'the check did not finish'));
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/** The same findings on the calling thread, for small files and when the worker cannot run. */
export function problemsOf(rows: { integrity_check: string }[]): string[] {
  return rows.length === 1 && rows[0]?.integrity_check === 'ok' ? [] : rows.map((r) => r.integrity_check);
}

/** Where better-sqlite3 is installed, found as the entry script would find it; a worker started from code cannot. */
function betterSqlite3Path(): string {
  const main = typeof require === 'undefined' ? undefined : require.main?.filename;
  const from = [process.argv[1], main, path.join(process.cwd(), 'index.js')].filter(
    (f): f is string => typeof f === 'string' && f.length > 0,
  );
  for (const file of from) {
    try {
      return createRequire(path.resolve(file)).resolve('better-sqlite3');
    } catch {
      // try the next place
    }
  }
  return 'better-sqlite3';
}

const WORKER_SOURCE = /* js */ `
const { parentPort, workerData } = require('node:worker_threads');
try {
  const Database = require(workerData.betterSqlite3);
  const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  let rows;
  try {
    rows = db.pragma('integrity_check');
  } finally {
    db.close(); // before answering, so the app's own connection is the last and tidies up the WAL on closing
  }
  const ok = rows.length === 1 && rows[0].integrity_check === 'ok';
  parentPort.postMessage({ problems: ok ? [] : rows.map((r) => r.integrity_check) });
} catch (error) {
  const message = String(error && error.message ? error.message : error);
  // SQLite stops the check itself on some damage: that is a finding, not a failure to check.
  const corrupt = error && /^SQLITE_(CORRUPT|NOTADB)/.test(String(error.code));
  parentPort.postMessage(corrupt ? { problems: [message] } : { error: message });
}
`;
