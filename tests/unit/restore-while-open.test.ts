import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backUpLibrary } from '../../electron/library/backup';
import { openLibrary } from '../../electron/library/open-library';
import { repoRoot } from '../helpers/fixture-files';
import { COVENTRY, sharedFixture } from '../helpers/shared-fixtures';
import { tempDir } from '../helpers/temp-library';

/**
 * Restoring a backup replaces the library file. While another process has
 * the library open (the app, `npm run serve`) its newest work is still in the
 * -wal beside it: restore must refuse, naming that process, and delete
 * nothing; once the process has gone (here killed, as by a crash), restore
 * works and the library it replaced is kept whole, newest work included.
 */

const children: ChildProcess[] = [];
const dirs: string[] = [];
afterEach(() => {
  children.splice(0).forEach((c) => c.kill('SIGKILL'));
  dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

function cli(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
}

/** Starts the holder and resolves once it has written its paper and setting. */
function holdOpen(library: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'tests/helpers/library-holder.ts',
      library,
      'npm run serve',
      sharedFixture(COVENTRY.briefingNote),
    ],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().startsWith('ready')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`the holder stopped (${code})`)));
  });
}

const countOf = (file: string, sql: string) => {
  const db = openLibrary(file);
  try {
    return db.prepare(sql).pluck().get();
  } finally {
    db.close();
  }
};

describe('restoring a backup while the library is open elsewhere', () => {
  it('is refused, naming the process, deleting nothing; after it has gone, the replaced library is kept whole', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const library = path.join(dir, 'library.sqlite');
    const db = openLibrary(library);
    const backup = await backUpLibrary(db, path.join(dir, 'backups'));
    db.close();

    const holder = await holdOpen(library);
    expect(fs.statSync(`${library}-wal`).size).toBeGreaterThan(0);
    const walBefore = fs.readFileSync(`${library}-wal`);

    const refused = cli(['restore', backup.file, '--db', library]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(
      `The library is open in npm run serve (process ${holder.pid}). Stop it (Ctrl+C where it runs), then restore again.\n`,
    );
    expect(fs.readFileSync(`${library}-wal`).equals(walBefore)).toBe(true);
    expect(fs.existsSync(`${library}-shm`)).toBe(true);
    expect(fs.readdirSync(dir).filter((name) => name.includes('before-restore') || name.includes('restoring'))).toEqual(
      [],
    );

    // Killed, as by a crash: its note is stale, its newest work is only in the -wal.
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.once('exit', resolve));
    const restored = cli(['restore', backup.file, '--db', library]);
    expect(restored.stderr).toBe('');
    const keptAs = /kept as (.+)\.\n$/.exec(restored.stdout)?.[1] ?? '';
    expect(fs.existsSync(keptAs)).toBe(true);

    expect(countOf(library, 'SELECT COUNT(*) FROM document')).toBe(0);
    // The kept copy opens on its own (no -wal beside it) with the paper and the setting.
    expect(fs.existsSync(`${keptAs}-wal`)).toBe(false);
    expect(countOf(keptAs, 'SELECT COUNT(*) FROM document')).toBe(1);
    expect(countOf(keptAs, "SELECT value FROM setting WHERE key = 'backups-kept'")).toBe('9');
  }, 60_000);
});
