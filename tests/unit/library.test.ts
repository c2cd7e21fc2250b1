import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDispatch } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers';
import { ImportJobs } from '../../electron/importing/import-jobs';
import { parseInline } from '../../electron/importing/parse-runner';
import { appliedMigrations, libraryChecked, libraryHealth, openLibrary } from '../../electron/library/open-library';
import { migrations } from '../../electron/library/migrations';
import { tempDir } from '../helpers/temp-library';

const dirs: string[] = [];
function newFile(): string {
  const dir = tempDir();
  dirs.push(dir);
  return path.join(dir, 'sub', 'library.sqlite');
}
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('the library file', () => {
  it('is created with WAL, foreign keys and every migration recorded', () => {
    const file = newFile();
    const db = openLibrary(file);
    expect(fs.existsSync(file)).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(appliedMigrations(db)).toEqual(migrations.map((m) => m.version));
    db.close();
  });

  it('holds the whole domain from the design notes', () => {
    const db = openLibrary(newFile());
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]
    ).map((t) => t.name);
    expect(tables).toEqual(
      expect.arrayContaining([
        'committee',
        'meeting',
        'attendance',
        'document',
        'document_version',
        'original_file',
        'block',
        'agenda_item',
        'outcome',
        'outcome_status_change',
        'annotation',
        'question',
      ]),
    );
    db.close();
  });

  it('opens again without re-running migrations and keeps the data', () => {
    const file = newFile();
    const first = openLibrary(file);
    first.prepare("INSERT INTO committee (name) VALUES ('Scrutiny Board 2')").run();
    first.close();
    const second = openLibrary(file);
    expect(second.prepare('SELECT name FROM committee').pluck().all()).toEqual(['Scrutiny Board 2']);
    expect(appliedMigrations(second)).toHaveLength(migrations.length);
    second.close();
  });

  it('refuses a library made by a newer version, and leaves it alone', () => {
    const file = newFile();
    openLibrary(file).close();
    const newer = [...migrations, { version: 999, name: 'future', sql: 'CREATE TABLE future (id INTEGER)' }];
    openLibrary(file, newer).close();
    expect(() => openLibrary(file)).toThrow(/newer version of Scrutineer/);
  });

  it('says clearly when the file is not a library, without changing it', () => {
    const file = newFile();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, 'this is a shopping list, not a database '.repeat(200));
    const before = fs.readFileSync(file);
    expect(() => openLibrary(file)).toThrow(/could not be opened|is damaged/);
    expect(fs.readFileSync(file)).toEqual(before);
  });

  it('opens a large library at once, checks it whole in the background, and refuses it next time if damaged', async () => {
    const asLarge = { checkWholeUpToBytes: 0, backgroundCheckAfterMs: 0 };
    const file = newFile();
    const db = openLibrary(file);
    db.exec('CREATE TABLE filler (x TEXT); CREATE INDEX filler_x ON filler (x);');
    const insert = db.prepare('INSERT INTO filler (x) VALUES (?)');
    db.transaction(() => Array.from({ length: 3000 }, (_, i) => insert.run(`row ${i} `.repeat(8))))();
    const indexPage = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'filler_x'").pluck().get() as number;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    db.close();

    const sound = openLibrary(file, migrations, asLarge);
    expect(libraryHealth(sound).state).toBe('checking');
    expect((await libraryChecked(sound)).state).toBe('sound');
    sound.close();
    const again = openLibrary(file, migrations, asLarge);
    expect(libraryHealth(again).state).toBe('sound'); // checked within the day: not again
    again.close();

    const bytes = fs.readFileSync(file);
    bytes.fill(0xff, (indexPage - 1) * pageSize, indexPage * pageSize);
    fs.writeFileSync(file, bytes);
    fs.rmSync(path.join(path.dirname(file), 'library.sqlite-shm'), { force: true });
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const damaged = openLibrary(file, migrations, { ...asLarge, checkWholeUpToBytes: 0 });
    damaged.prepare('DELETE FROM library_check').run(); // as if never checked
    damaged.close();
    const opened = openLibrary(file, migrations, asLarge);
    const found = await libraryChecked(opened);
    expect(found.state).toBe('damaged');
    expect(found.message).toMatch(/is damaged .*Restore it from a backup/);
    // The app asks for the same finding, to tell the member at once.
    const dispatch = createDispatch(createHandlers(opened, { imports: new ImportJobs(opened, parseInline) }));
    await expect(dispatch('libraryHealth', {})).resolves.toEqual({ ok: true, value: found });
    expect(quiet).toHaveBeenCalled();
    quiet.mockRestore();
    opened.close();
    expect(() => openLibrary(file, migrations, asLarge)).toThrow(/is damaged/);
    expect(() => openLibrary(file)).toThrow(/is damaged/);
  });

  it('keeps status history append-only', () => {
    const db = openLibrary(newFile());
    db.exec(`
      INSERT INTO committee (id, name) VALUES (1, 'Board');
      INSERT INTO meeting (id, committee_id, date) VALUES (1, 1, '2021-09-16');
      INSERT INTO outcome (id, meeting_id, position, kind, text, source_quote) VALUES (1, 1, 0, 'request', 'x', 'x');
      INSERT INTO outcome_status_change (outcome_id, status) VALUES (1, 'open');
    `);
    expect(() => db.prepare("UPDATE outcome_status_change SET status = 'done'").run()).toThrow(/cannot be changed/);
    expect(() => db.prepare('DELETE FROM outcome_status_change').run()).toThrow(/cannot be deleted/);
    db.close();
  });
});
