import fs from 'node:fs';
import path from 'node:path';
import { openBackend } from '../../electron/backend';
import type { LibraryProgram } from '../../electron/library/library-holders';

/**
 * A second process holding a library open, as `npm run serve` or the app
 * does: opens it through openBackend, imports a paper and changes a setting
 * (recent work, still in the -wal), says "ready", then waits to be killed.
 *
 * Usage: node --import tsx library-holder.ts LIBRARY PROGRAM PAPER
 */
const [libraryPath, program, paper] = process.argv.slice(2) as [string, LibraryProgram, string];
const backend = openBackend({ dbOption: libraryPath, program });

async function call(method: string, input: unknown): Promise<unknown> {
  const result = await backend.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

const job = (await call('startImport', {
  files: [{ name: path.basename(paper), data: new Uint8Array(fs.readFileSync(paper)) }],
})) as { id: string };
await backend.imports.finished(job.id);
await call('setBackupsKept', { kept: 9 });
process.stdout.write(`ready ${process.pid}\n`);
setInterval(() => undefined, 60_000);
