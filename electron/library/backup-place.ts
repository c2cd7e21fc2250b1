import { prepared } from './statements';
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/api/errors';
import type { Db } from './open-library';
import { readSetting, writeSetting } from './queries/settings';

const FOLDER_SETTING = 'backup-folder';
const LAST_SUCCESS_SETTING = 'backup-last-success';

/** Where backups go now: the member's chosen folder, or beside the library when it is missing or not writable. */
export interface BackupPlace {
  folder: string;
  /** The folder the member chose, or null for beside the library. */
  chosen: string | null;
  /** Why the chosen folder is not used now (a USB stick unplugged, a network drive away). */
  problem: string | null;
}

/** Why a folder cannot take backups, or null when it can. */
export function folderProblem(folder: string): string | null {
  if (!path.isAbsolute(folder)) return `Type the whole path of the folder, such as ${exampleFolder()}.`;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(folder);
  } catch {
    return `${folder} cannot be found. If it is on a USB stick or a network drive, check it is connected.`;
  }
  if (!stat.isDirectory()) return `${folder} is a file, not a folder.`;
  try {
    fs.accessSync(folder, fs.constants.W_OK);
  } catch {
    return `Scrutineer is not allowed to write in ${folder}.`;
  }
  return null;
}

function exampleFolder(): string {
  return process.platform === 'win32' ? 'E:\\Scrutineer backups' : '/media/usb/Scrutineer backups';
}

export function backupPlace(db: Db, besideLibrary: string): BackupPlace {
  const chosen = readSetting(db, FOLDER_SETTING) ?? null;
  if (!chosen) return { folder: besideLibrary, chosen: null, problem: null };
  const problem = folderProblem(chosen);
  return problem
    ? { folder: besideLibrary, chosen, problem: `${problem} Backups go beside the library until it is back.` }
    : { folder: chosen, chosen, problem: null };
}

/** Remembers where backups go; null goes back to beside the library. A folder that cannot take backups is refused. */
export function chooseBackupFolder(db: Db, folder: string | null): void {
  if (folder === null) {
    prepared(db, 'DELETE FROM setting WHERE key = ?').run(FOLDER_SETTING);
    return;
  }
  const resolved = path.normalize(folder.trim());
  const problem = folderProblem(resolved);
  if (problem) throw new ApiError('invalid-input', problem);
  writeSetting(db, FOLDER_SETTING, resolved);
}

export interface LastBackup {
  /** ISO moment (UTC). */
  at: string;
  file: string;
}

export function lastBackup(db: Db): LastBackup | null {
  const stored = readSetting(db, LAST_SUCCESS_SETTING);
  if (!stored) return null;
  try {
    return JSON.parse(stored) as LastBackup;
  } catch {
    return null;
  }
}

export function recordBackup(db: Db, file: string): void {
  writeSetting(db, LAST_SUCCESS_SETTING, JSON.stringify({ at: new Date().toISOString(), file }));
}
