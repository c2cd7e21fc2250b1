import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/api/errors';
import { createOwnerOnlyFile, createOwnerOnlyFolder, keepToOwner } from '../security/owner-only';
import { BACKUPS_KEPT, isValidBackupsKept, type BackupSettings } from '../../shared/backups-kept';
import { isRunning, whileNoOneElseHolds } from './library-holders';
import { migrations } from './migrations';
import { openLibrary, type Db } from './open-library';
import { readSetting, writeSetting } from './queries/settings';
import { backupPlace, lastBackup, recordBackup } from './backup-place';

export const DEFAULT_BACKUPS_KEPT = BACKUPS_KEPT.default;
const KEPT_SETTING = 'backups-kept';
/** A second backup in the same second gets "-2", and so on. */
const NAME = /^scrutineer-backup-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2})(?:-(\d+))?\.sqlite$/;
/** An unfinished backup: the process writing it, then a random tag, so that two at once never share a name. */
const PARTIAL = /^scrutineer-backup-.*\.sqlite(?:\.(\d+)-[0-9a-f]+)?\.partial$/;
/** Backups this process is writing now, which clearing away unfinished ones must leave alone. */
const writing = new Set<string>();

export interface BackupFile {
  file: string;
  takenAt: string;
}

const sequenceOf = (file: string) => Number(NAME.exec(path.basename(file))?.[2] ?? 1);

/** Backups in a folder, newest first. */
export function listBackups(folder: string): BackupFile[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .flatMap((name) => {
      const match = NAME.exec(name);
      return match?.[1] ? [{ file: path.join(folder, name), takenAt: match[1] }] : [];
    })
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt) || sequenceOf(b.file) - sequenceOf(a.file));
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

/** How many backups are kept, where they go, and what is in that folder now. */
export function backupSettings(db: Db, besideLibrary: string | undefined): BackupSettings {
  const place = besideLibrary ? backupPlace(db, besideLibrary) : null;
  const backups = place ? listBackups(place.folder) : [];
  return {
    kept: backupsKept(db),
    folder: place?.folder ?? null,
    besideLibrary: besideLibrary ?? null,
    chosenFolder: place?.chosen ?? null,
    problem: place?.problem ?? null,
    lastSuccess: lastBackup(db),
    count: backups.length,
    newest: backups[0]?.takenAt ?? null,
    backups: backups.slice(0, 50).map((b) => ({ file: b.file, name: path.basename(b.file), takenAt: b.takenAt })),
  };
}

/**
 * Copies the whole library, original files included (they live in it), with
 * SQLite's online backup API while the app keeps working; keeps the newest `keep`.
 */
export async function backUpLibrary(db: Db, folder: string, keep = backupsKept(db)): Promise<BackupFile> {
  createOwnerOnlyFolder(folder);
  keepToOwner(folder); // the app's own folder, even if an older version left it open to all
  const takenAt = new Date().toISOString().slice(0, 19).replace(/:/g, '-');
  const partial = path.join(
    folder,
    `scrutineer-backup-${takenAt}.sqlite.${process.pid}-${randomUUID().slice(0, 8)}.partial`,
  );
  writing.add(partial);
  let file: string;
  try {
    createOwnerOnlyFile(partial);
    await db.backup(partial);
    file = claimName(partial, folder, takenAt);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    const full = (error as NodeJS.ErrnoException).code === 'ENOSPC' || /full/i.test((error as Error).message);
    throw new ApiError(
      full ? 'disk-full' : 'internal',
      full
        ? `The backup could not be written because ${folder} is full. Your library is unchanged; free some space and try again.`
        : `The backup could not be written to ${folder} (${(error as Error).message}). Your library is unchanged.`,
    );
  } finally {
    writing.delete(partial);
  }
  if (db.open) recordBackup(db, file);
  for (const old of listBackups(folder).slice(keep)) fs.rmSync(old.file, { force: true });
  removeUnfinished(folder);
  return { file, takenAt };
}

/**
 * Gives a finished backup the first free name for its second. A hard link
 * fails if the name is taken (by another backup in the same second, from this
 * process or another), where a rename would overwrite it.
 */
function claimName(partial: string, folder: string, takenAt: string): string {
  for (let sequence = 1; ; sequence++) {
    const file = path.join(folder, `scrutineer-backup-${takenAt}${sequence === 1 ? '' : `-${sequence}`}.sqlite`);
    try {
      fs.linkSync(partial, file);
      fs.rmSync(partial);
      return file;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') continue;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
      // A disk that cannot link (FAT, some network shares): rename, if nothing has the name.
      if (fs.existsSync(file)) continue;
      fs.renameSync(partial, file);
      return file;
    }
  }
}

/** A backup cut off by a crash leaves a .partial file; the next finished backup clears it away. */
function removeUnfinished(folder: string): void {
  for (const name of fs.readdirSync(folder)) {
    const match = PARTIAL.exec(name);
    const file = path.join(folder, name);
    if (!match || writing.has(file)) continue;
    const writer = Number(match[1] ?? 0);
    // Another process may be writing its backup now; only this process's own leftovers, or a dead one's, go.
    if (writer && writer !== process.pid && isRunning(writer)) continue;
    fs.rmSync(file, { force: true });
  }
}

/**
 * Takes a backup if the newest one is more than a day old: in the member's chosen
 * folder, or beside the library (`besideLibrary`) while that folder is missing.
 */
export async function backUpIfDue(db: Db, besideLibrary: string, keep = backupsKept(db)): Promise<BackupFile | null> {
  const folder = backupPlace(db, besideLibrary).folder;
  const newest = listBackups(folder)[0];
  const dayAgo = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString().slice(0, 19).replace(/:/g, '-');
  return newest && newest.takenAt > dayAgo ? null : backUpLibrary(db, folder, keep);
}

/**
 * Restores a backup: copied beside the library first, opened and checked
 * (integrity and version), and only then swapped in. Refused while any other
 * process has the library open (see library-holders.ts). The library being
 * replaced is checkpointed (its -wal written into it) and kept beside it,
 * whole, so nothing is lost if the wrong backup was chosen.
 */
export function restoreBackup(libraryFile: string, backupFile: string): { replacedKeptAs: string | null } {
  if (!fs.existsSync(backupFile)) throw new ApiError('not-found', `There is no backup at ${backupFile}.`);
  return whileNoOneElseHolds(libraryFile, () => {
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
      checkpoint(libraryFile);
      fs.renameSync(libraryFile, replacedKeptAs);
      // Anything the checkpoint could not write in stays with the copy it belongs to; it is never deleted.
      for (const suffix of ['-wal', '-shm']) {
        if (fs.existsSync(`${libraryFile}${suffix}`))
          fs.renameSync(`${libraryFile}${suffix}`, `${replacedKeptAs}${suffix}`);
      }
    }
    fs.renameSync(candidate, libraryFile);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${candidate}${suffix}`, { force: true });
    return { replacedKeptAs };
  });
}

/** Writes everything in the library's -wal (work since the last checkpoint, or before a crash) into the file itself. */
function checkpoint(libraryFile: string): void {
  let db: Db | undefined;
  try {
    db = new Database(libraryFile, { fileMustExist: true });
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // A file SQLite cannot open is kept as it is, -wal and all.
  } finally {
    db?.close();
  }
}
