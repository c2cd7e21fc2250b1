import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const built = new Map<string, string>();

/**
 * The import worker for the command line, which runs from the source tree
 * under tsx: a worker thread cannot load TypeScript, so the worker is bundled
 * (as `npm run build` does) into node_modules/.cache, where its packages
 * resolve, once per change of its code. Every file is then read in a worker,
 * within the same time and memory limits as in the app.
 */
export function sourceImportWorker(): string {
  return sourceWorker('importing/import-worker.ts');
}

/** The library thread, bundled the same way, for tests that run it from the source tree. */
export function sourceBackendWorker(): string {
  return sourceWorker('backend-thread/backend-worker.ts');
}

function sourceWorker(entry: string): string {
  const done = built.get(entry);
  if (done) return done;
  const result = buildSync({
    entryPoints: [path.join(repoRoot, 'electron', entry)],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const folder = path.join(repoRoot, 'node_modules', '.cache', 'scrutineer-cli');
  const file = path.join(
    folder,
    `${path.basename(entry, '.ts')}-${createHash('sha256').update(code).digest('hex').slice(0, 12)}.mjs`,
  );
  if (!fs.existsSync(file)) {
    fs.mkdirSync(folder, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(partial, code);
    fs.renameSync(partial, file);
  }
  built.set(entry, file);
  return file;
}
