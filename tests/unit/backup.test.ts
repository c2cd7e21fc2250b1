import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backUpIfDue, backUpLibrary, listBackups, restoreBackup } from '../../electron/library/backup';
import { openLibrary } from '../../electron/library/open-library';
import { createTempLibrary, tempDir, type TempLibrary } from '../helpers/temp-library';

const libraries: TempLibrary[] = [];
afterEach(() => libraries.splice(0).forEach((l) => l.cleanup()));

async function libraryWithPaper(): Promise<TempLibrary> {
  const library = createTempLibrary();
  libraries.push(library);
  const data = new Uint8Array(fs.readFileSync('tests/fixtures/real/CPP Minutes 29.10.24.pdf'));
  const job = await library.dispatch('startImport', { files: [{ name: 'CPP Minutes 29.10.24.pdf', data }] });
  await library.imports.finished((job as { value: { id: string } }).value.id);
  return library;
}

describe('backups', () => {
  it('hold everything, original files included, and open on another laptop', async () => {
    const library = await libraryWithPaper();
    const folder = path.join(library.dir, 'backups');
    const backup = await backUpLibrary(library.db, folder);
    const elsewhere = path.join(tempDir(), 'library.sqlite');
    fs.copyFileSync(backup.file, elsewhere);
    const copy = openLibrary(elsewhere);
    expect(copy.prepare('SELECT COUNT(*) FROM outcome').pluck().get()).toBe(15);
    const original = copy.prepare('SELECT bytes FROM original_file').pluck().get() as Buffer;
    expect(original.equals(fs.readFileSync('tests/fixtures/real/CPP Minutes 29.10.24.pdf'))).toBe(true);
    copy.close();
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
    expect(restored.prepare('SELECT COUNT(*) FROM outcome').pluck().get()).toBe(15);
    restored.close();
    expect(replacedKeptAs && fs.existsSync(replacedKeptAs)).toBe(true);
  });
});
