import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers';
import { backUpIfDue, backUpLibrary, listBackups, restoreBackup } from '../../electron/library/backup';
import { openLibrary, type Db } from '../../electron/library/open-library';
import { sharedFixture } from '../helpers/shared-fixtures';
import { createTempLibrary, tempDir, type TempLibrary } from '../helpers/temp-library';

const libraries: TempLibrary[] = [];
afterEach(() => libraries.splice(0).forEach((l) => l.cleanup()));

async function libraryWithPaper(): Promise<TempLibrary> {
  const library = createTempLibrary();
  libraries.push(library);
  const data = new Uint8Array(fs.readFileSync(sharedFixture('CPP Minutes 29.10.24.pdf')));
  const job = await library.dispatch('startImport', { files: [{ name: 'CPP Minutes 29.10.24.pdf', data }] });
  await library.imports.finished((job as { value: { id: string } }).value.id);
  return library;
}

/** The outcomes a library holds: a backup holds as many as its library had when it was taken. */
const outcomeCount = (db: Db) => db.prepare('SELECT COUNT(*) FROM outcome').pluck().get() as number;

describe('backups', () => {
  it('hold everything, original files included, and open on another laptop', async () => {
    const library = await libraryWithPaper();
    const outcomes = outcomeCount(library.db);
    expect(outcomes).toBeGreaterThan(10);
    const folder = path.join(library.dir, 'backups');
    const backup = await backUpLibrary(library.db, folder);
    const elsewhere = path.join(tempDir(), 'library.sqlite');
    fs.copyFileSync(backup.file, elsewhere);
    const copy = openLibrary(elsewhere);
    expect(outcomeCount(copy)).toBe(outcomes);
    const original = copy.prepare('SELECT bytes FROM original_file').pluck().get() as Buffer;
    expect(original.equals(fs.readFileSync(sharedFixture('CPP Minutes 29.10.24.pdf')))).toBe(true);
    copy.close();
  });

  it('clear away a backup a crash left unfinished, once the next one is whole', async () => {
    const library = await libraryWithPaper();
    const folder = path.join(library.dir, 'backups');
    fs.mkdirSync(folder, { recursive: true });
    const unfinished = path.join(folder, 'scrutineer-backup-2026-01-01T09-00-00.sqlite.partial');
    fs.writeFileSync(unfinished, 'cut off');
    await backUpLibrary(library.db, folder);
    expect(fs.existsSync(unfinished)).toBe(false);
    expect(fs.readdirSync(folder).filter((name) => name.endsWith('.partial'))).toEqual([]);
    expect(listBackups(folder)).toHaveLength(1);
  });

  it('three taken in the same second all succeed, each under a name of its own', async () => {
    const library = await libraryWithPaper();
    const outcomes = outcomeCount(library.db);
    const folder = path.join(library.dir, 'backups');
    const taken = await Promise.all([1, 2, 3].map(() => backUpLibrary(library.db, folder)));
    expect(new Set(taken.map((b) => b.file)).size).toBe(3);
    expect(
      listBackups(folder)
        .map((b) => b.file)
        .sort(),
    ).toEqual(taken.map((b) => b.file).sort());
    expect(fs.readdirSync(folder).filter((name) => name.endsWith('.partial'))).toEqual([]);
    for (const backup of taken) {
      const copy = openLibrary(backup.file);
      expect(outcomeCount(copy)).toBe(outcomes);
      copy.close();
    }
  });

  it('keep only the newest few, and are taken at most once a day when automatic', async () => {
    const library = await libraryWithPaper();
    const folder = path.join(library.dir, 'backups');
    for (const stamp of ['2026-01-01T09-00-00', '2026-01-02T09-00-00', '2026-01-03T09-00-00']) {
      fs.mkdirSync(folder, { recursive: true });
      fs.writeFileSync(path.join(folder, `scrutineer-backup-${stamp}.sqlite`), 'old');
    }
    await backUpLibrary(library.db, folder, 2);
    expect(listBackups(folder).map((b) => b.takenAt)).toHaveLength(2);
    expect(listBackups(folder)[1]?.takenAt).toBe('2026-01-03T09-00-00');
    expect(await backUpIfDue(library.db, folder, 2)).toBeNull();
  });

  it('restore into a checked copy first, keep the library they replace, and refuse a damaged backup', async () => {
    const library = await libraryWithPaper();
    const outcomes = outcomeCount(library.db);
    const folder = path.join(library.dir, 'backups');
    const backup = await backUpLibrary(library.db, folder);
    library.db.prepare('DELETE FROM outcome').run();
    library.db.close();

    const bad = path.join(folder, 'scrutineer-backup-2000-01-01T00-00-00.sqlite');
    fs.writeFileSync(bad, 'not a database at all '.repeat(100));
    expect(() => restoreBackup(library.file, bad)).toThrow(/cannot be used/);
    const untouched = openLibrary(library.file);
    expect(untouched.prepare('SELECT COUNT(*) FROM outcome').pluck().get()).toBe(0);
    untouched.close();

    const { replacedKeptAs } = restoreBackup(library.file, backup.file);
    const restored = openLibrary(library.file);
    expect(outcomeCount(restored)).toBe(outcomes);
    restored.close();
    expect(replacedKeptAs && fs.existsSync(replacedKeptAs)).toBe(true);
  });
});

function oldBackups(folder: string, count: number): void {
  fs.mkdirSync(folder, { recursive: true });
  for (let day = 1; day <= count; day++) {
    const stamp = `2026-01-${String(day).padStart(2, '0')}T09-00-00`;
    fs.writeFileSync(path.join(folder, `scrutineer-backup-${stamp}.sqlite`), 'old');
  }
}

describe('how many backups are kept', () => {
  it('is 14 until the member changes it, then their number, for Back up now and the daily backup, after a restart', async () => {
    const library = createTempLibrary();
    libraries.push(library);
    const folder = path.join(library.dir, 'backups');
    const dispatch = createDispatch(createHandlers(library.db, { imports: library.imports, backupFolder: folder }));
    expect(await dispatch('getBackupSettings', {})).toMatchObject({ ok: true, value: { kept: 14, count: 0 } });

    oldBackups(folder, 20);
    expect(await dispatch('setBackupsKept', { kept: 5 })).toMatchObject({ ok: true, value: { kept: 5, count: 20 } });
    expect(listBackups(folder)).toHaveLength(20); // nothing is deleted until the next backup is safely written
    await dispatch('backUpNow', {});
    expect(listBackups(folder)).toHaveLength(5);

    library.db.close();
    const reopened = openLibrary(library.file);
    oldBackups(folder, 9);
    fs.rmSync(listBackups(folder)[0]?.file ?? '', { force: true }); // no backup today yet: the daily one is due
    expect(await backUpIfDue(reopened, folder)).not.toBeNull();
    expect(listBackups(folder)).toHaveLength(5);
    reopened.close();
  });

  it('refuses a number a member could not mean, and keeps the one they had', async () => {
    const library = createTempLibrary();
    libraries.push(library);
    await library.dispatch('setBackupsKept', { kept: 30 });
    for (const kept of [0, 366, 2.5, -1]) {
      const result = await library.dispatch('setBackupsKept', { kept });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(JSON.stringify(result)).toMatch(/whole number of backups from 1 to 365/);
    }
    expect(await library.dispatch('setBackupsKept', { kept: '7' })).toMatchObject({ ok: false });
    expect(await library.dispatch('getBackupSettings', {})).toMatchObject({ ok: true, value: { kept: 30 } });
  });

  it('can be set from the command line with backup --keep N', () => {
    const dir = tempDir();
    const db = path.join(dir, 'library.sqlite');
    const folder = path.join(dir, 'backups');
    oldBackups(folder, 6);
    const cli = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args, '--db', db], {
        encoding: 'utf8',
      });
    const kept = cli(['backup', '--keep', '3']);
    expect(kept.stderr).toBe('');
    expect(kept.stdout).toMatch(/Keeping the newest 3\./);
    expect(listBackups(folder)).toHaveLength(3);
    const refused = cli(['backup', '--keep', 'lots']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/--keep must be a whole number from 1 to 365/);
    expect(cli(['backup']).stdout).toMatch(/Keeping the newest 3\./);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
