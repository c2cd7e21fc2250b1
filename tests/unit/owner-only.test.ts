import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openBackend } from '../../electron/backend';
import { commands } from '../../electron/cli/commands';
import { backUpLibrary, restoreBackup } from '../../electron/library/backup';
import { openLibrary } from '../../electron/library/open-library';
import { writeOwnerOnlyFile } from '../../electron/security/owner-only';
import { saveWindowState } from '../../electron/shell/window-state';
import { createTempLibrary, tempDir, type TempLibrary } from '../helpers/temp-library';

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;
const libraries: TempLibrary[] = [];
afterEach(() => libraries.splice(0).forEach((l) => l.cleanup()));

function writeSomething(db: ReturnType<typeof openLibrary>): void {
  db.prepare("INSERT INTO setting (key, value) VALUES ('owner-only-test', 'x')").run();
}

// Windows keeps a user's profile folder to that user already; nothing is changed there.
describe.skipIf(process.platform === 'win32')('the library is its owner’s alone', () => {
  // The loosest umask there is: without explicit permissions every file would be readable by all.
  let umask = 0;
  beforeAll(() => void (umask = process.umask(0)));
  afterAll(() => void process.umask(umask));

  it('a new library: the folders made for it 0700, the file and its -wal and -shm 0600', () => {
    const dir = tempDir();
    fs.chmodSync(dir, 0o755);
    const file = path.join(dir, 'Council', 'Scrutineer', 'library.sqlite');
    const db = openLibrary(file);
    writeSomething(db);
    try {
      expect(modeOf(path.join(dir, 'Council'))).toBe(0o700);
      expect(modeOf(path.join(dir, 'Council', 'Scrutineer'))).toBe(0o700);
      for (const part of [file, `${file}-wal`, `${file}-shm`]) expect(modeOf(part), part).toBe(0o600);
      // A folder that was already there may be one the member chose and shares: left as it was.
      expect(modeOf(dir)).toBe(0o755);
    } finally {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an existing library an older version left readable by all is tightened as it opens', () => {
    const library = createTempLibrary();
    libraries.push(library);
    writeSomething(library.db);
    const parts = [library.file, `${library.file}-wal`, `${library.file}-shm`];
    for (const part of parts) fs.chmodSync(part, 0o644);
    const again = openLibrary(library.file);
    again.close();
    for (const part of parts) expect(modeOf(part), part).toBe(0o600);
  });

  it('backups: the folder 0700, even one an older version made, and each backup 0600; a restored library too', async () => {
    const library = createTempLibrary();
    libraries.push(library);
    const folder = path.join(library.dir, 'backups');
    fs.mkdirSync(folder, { mode: 0o755 });
    const backup = await backUpLibrary(library.db, folder);
    expect(modeOf(folder)).toBe(0o700);
    expect(modeOf(backup.file)).toBe(0o600);

    const restoredAt = path.join(tempDir(), 'library.sqlite');
    restoreBackup(restoredAt, backup.file);
    expect(modeOf(restoredAt)).toBe(0o600);
    fs.rmSync(path.dirname(restoredAt), { recursive: true, force: true });
  });

  it('exports from the command line, new or written over an old file, are 0600', async () => {
    const library = createTempLibrary();
    libraries.push(library);
    const out = new Writable({ write: (_chunk, _encoding, done) => done() });
    const fresh = path.join(library.dir, 'outstanding.csv');
    const old = path.join(library.dir, 'old-report.csv');
    fs.writeFileSync(old, 'last year’s report', { mode: 0o644 });
    for (const outFile of [fresh, old]) {
      const status = await commands.report?.run({
        dispatch: library.dispatch,
        args: ['outstanding'],
        json: false,
        format: 'csv',
        outFile,
        out,
      });
      expect(status).toBe(0);
      expect(modeOf(outFile), outFile).toBe(0o600);
      expect(fs.readFileSync(outFile, 'utf8')).not.toContain('last year');
    }
  });

  it('the window’s remembered size, beside the library, is 0600 too', () => {
    const dir = tempDir();
    const file = path.join(dir, 'window-state.json');
    saveWindowState(file, { width: 1200, height: 800, maximized: false });
    expect(modeOf(file)).toBe(0o600);
    writeOwnerOnlyFile(file, 'written again');
    expect(modeOf(file)).toBe(0o600);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.runIf(process.platform === 'linux')(
    'the app’s own folder is tightened as the library opens; a folder given with --db is left alone',
    () => {
      const config = tempDir();
      const own = path.join(config, 'Scrutineer');
      fs.mkdirSync(own, { mode: 0o755 });
      const saved = { xdg: process.env.XDG_CONFIG_HOME, db: process.env.SCRUTINEER_DB };
      process.env.XDG_CONFIG_HOME = config;
      delete process.env.SCRUTINEER_DB;
      try {
        openBackend({ program: 'the Scrutineer app' }).close();
        expect(modeOf(own)).toBe(0o700);
        expect(modeOf(path.join(own, 'library.sqlite'))).toBe(0o600);

        const chosen = tempDir();
        fs.chmodSync(chosen, 0o755);
        openBackend({ dbOption: path.join(chosen, 'library.sqlite'), program: 'the Scrutineer app' }).close();
        expect(modeOf(chosen)).toBe(0o755);
        expect(modeOf(path.join(chosen, 'library.sqlite'))).toBe(0o600);
        fs.rmSync(chosen, { recursive: true, force: true });
      } finally {
        for (const [name, value] of [
          ['XDG_CONFIG_HOME', saved.xdg],
          ['SCRUTINEER_DB', saved.db],
        ] as const) {
          if (value === undefined) delete process.env[name];
          else process.env[name] = value;
        }
        fs.rmSync(config, { recursive: true, force: true });
      }
    },
  );
});
