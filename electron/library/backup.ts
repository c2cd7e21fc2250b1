import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/api/errors';
import { createOwnerOnlyFile, createOwnerOnlyFolder, keepToOwner } from '../security/owner-only';
import { BACKUPS_KEPT, isValidBackupsKept, type BackupSettings } from '../../shared/backups-kept';
import { migrations } from './migrations';
import { openLibrary, type Db } from './open-library';
import { readSetting, writeSetting } from './queries/settings';

export const DEFAULT_BACKUPS_KEPT = BACKUPS_KEPT.default;
const KEPT_SETTING = 'backups-kept';
const NAME = /^scrutineer-backup-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2})\.sqlite$/;

export interface BackupFile {
  file: string;
  takenAt: string;
}

/** Backups in a folder, newest first. */
export function listBackups(folder: string): BackupFile[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .flatMap((name) => {
      const match = NAME.exec(name);
      return match?.[1] ? [{ file: path.join(folder, name), takenAt: match[1] }] : [];
    })
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

/** How many backups to keep: the member's choice, else the default. */
export function backupsKept(db: Db): number {
  const stored = Number(readSetting(db, KEPT_SETTING));
  return isValidBackupsKept(stored) ? stored : DEFAULT_BACKUPS_KEPT;
}

/** Changes how many backups are kept; older ones go when the next backup is taken. */
export function setBackupsKept(db: Db, kept: number): number {
  if (!isValidBackupsKept(kept)) {
    throw new ApiError(
      'invalid-input',
      `Choose how many backups to keep: a whole number from ${BACKUPS_KEPT.min} to ${BACKUPS_KEPT.max}.`,
    );
  }
  writeSetting(db, KEPT_SETTING, String(kept));
  return kept;
}

/** How many backups are kept, and what is in the folder now. */
export function backupSettings(db: Db, folder: string | undefined): BackupSettings {
  const backups = folder ? listBackups(folder) : [];
  return { kept: backupsKept(db), folder: folder ?? null, count: backups.length, newest: backups[0]?.takenAt ?? null };
}

/**
 * Copies the whole library, original files included (they live in it), with
 * SQLite's online backup API while the app keeps working; keeps the newest `keep`.
 */
export async function backUpLibrary(db: Db, folder: string, keep = backupsKept(db)): Promise<BackupFile> {
  createOwnerOnlyFolder(folder);
  keepToOwner(folder); // the app's own folder, even if an older version left it open to all
  const takenAt = new Date().toISOString().slice(0, 19).replace(/:/g, '-');
  const file = path.join(folder, `scrutineer-backup-${takenAt}.sqlite`);
  const partial = `${file}.partial`;
  try {
    createOwnerOnlyFile(partial);
    await db.backup(partial);
    fs.renameSync(partial, file);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    const full = (error as NodeJS.ErrnoException).code === 'ENOSPC' || /full/i.test((error as Error).message);
    throw new ApiError(
      full ? 'disk-full' : 'internal',
      full
        ? `The backup could not be written because ${folder} is full. Your library is unchanged; free some space and try again.`
        : `The backup could not be written to ${folder} (${(error as Error).message}). Your library is unchanged.`,
    );
  }
  for (const old of listBackups(folder).slice(keep)) fs.rmSync(old.file, { force: true });
  removeUnfinished(folder, partial);
  return { file, takenAt };
}

/** A backup cut off by a crash leaves a .partial file; the next finished backup clears it away. */
function removeUnfinished(folder: string, current: string): void {
  for (const name of fs.readdirSync(folder)) {
    const file = path.join(folder, name);
    if (file !== current && /^scrutineer-backup-.*\.sqlite\.partial$/.test(name)) fs.rmSync(file, { force: true });
  }
}

/** Takes a backup if the newest one is more than a day old. */
export async function backUpIfDue(db: Db, folder: string, keep = backupsKept(db)): Promise<BackupFile | null> {
  const newest = listBackups(folder)[0];
  const dayAgo = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString().slice(0, 19).replace(/:/g, '-');
  return newest && newest.takenAt > dayAgo ? null : backUpLibrary(db, folder, keep);
}

/**
 * Restores a backup: copied beside the library first, opened and checked
 * (integrity and version), and only then swapped in. The library being
 * replaced is kept beside it, so nothing is lost if the wrong backup was chosen.
 * The library must be closed while this runs.
 */
export function restoreBackup(libraryFile: string, backupFile: string): { replacedKeptAs: string | null } {
  if (!fs.existsSync(backupFile)) throw new ApiError('not-found', `There is no backup at ${backupFile}.`);
  const candidate = `${libraryFile}.restoring`;
  fs.rmSync(candidate, { force: true });
  fs.copyFileSync(backupFile, candidate);
  try {
    // A backup is checked whole before it replaces anything, however large it is.
    openLibrary(candidate, migrations, { checkWholeUpToBytes: Number.POSITIVE_INFINITY }).close();
  } catch (error) {
    fs.rmSync(candidate, { force: true });
    throw new ApiError('library-damaged', `That backup cannot be used: ${(error as Error).message}`);
  }
  let replacedKeptAs: string | null = null;
  if (fs.existsSync(libraryFile)) {
    replacedKeptAs = `${libraryFile}.before-restore-${new Date().toISOString().slice(0, 19).replace(/:/g, '-')}`;
    fs.renameSync(libraryFile, replacedKeptAs);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${libraryFile}${suffix}`, { force: true });
  }
  fs.renameSync(candidate, libraryFile);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${candidate}${suffix}`, { force: true });
  return { replacedKeptAs };
}
