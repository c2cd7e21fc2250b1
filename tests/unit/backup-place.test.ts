import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backUpIfDue, backupSettings } from '../../electron/library/backup';
import { chooseBackupFolder } from '../../electron/library/backup-place';
import { createTempLibrary, tempDir, type TempLibrary } from '../helpers/temp-library';

let library: TempLibrary;
let beside: string;
beforeEach(() => {
  library = createTempLibrary();
  beside = path.join(library.dir, 'backups');
});
afterEach(() => library.cleanup());

const sqliteIn = (folder: string) =>
  fs.existsSync(folder) ? fs.readdirSync(folder).filter((f) => f.endsWith('.sqlite')) : [];

describe('backups in a folder the member chose', () => {
  it('go there, are remembered, and the last success is recorded', async () => {
    const usb = tempDir('scrutineer-usb-');
    chooseBackupFolder(library.db, usb);
    const backup = await backUpIfDue(library.db, beside);
    expect(path.dirname(backup?.file ?? '')).toBe(usb);
    expect(sqliteIn(beside)).toEqual([]);
    const settings = backupSettings(library.db, beside);
    expect(settings).toMatchObject({ folder: usb, chosenFolder: usb, problem: null, count: 1 });
    expect(settings.lastSuccess?.file).toBe(backup?.file);
    fs.rmSync(usb, { recursive: true, force: true });
  });

  it('fall back beside the library, and say so, while the chosen folder is missing', async () => {
    const usb = tempDir('scrutineer-usb-');
    chooseBackupFolder(library.db, usb);
    fs.rmSync(usb, { recursive: true, force: true });
    const settings = backupSettings(library.db, beside);
    expect(settings.folder).toBe(beside);
    expect(settings.problem).toMatch(/cannot be found.*Backups go beside the library until it is back/);
    const backup = await backUpIfDue(library.db, beside);
    expect(path.dirname(backup?.file ?? '')).toBe(beside);
  });

  it('refuse a folder that cannot take them, and keep the one chosen before', () => {
    const usb = tempDir('scrutineer-usb-');
    chooseBackupFolder(library.db, usb);
    const file = path.join(usb, 'a file.txt');
    fs.writeFileSync(file, 'not a folder');
    expect(() => chooseBackupFolder(library.db, 'backups')).toThrow(/whole path/);
    expect(() => chooseBackupFolder(library.db, path.join(usb, 'nowhere'))).toThrow(/cannot be found/);
    expect(() => chooseBackupFolder(library.db, file)).toThrow(/is a file, not a folder/);
    expect(backupSettings(library.db, beside).chosenFolder).toBe(usb);
    chooseBackupFolder(library.db, null);
    expect(backupSettings(library.db, beside)).toMatchObject({ folder: beside, chosenFolder: null });
    fs.rmSync(usb, { recursive: true, force: true });
  });
});
