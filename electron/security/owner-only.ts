import fs from 'node:fs';
import path from 'node:path';

/**
 * The library, its backups and everything exported from it are readable and
 * writable by the member's own account only: 0600 for files, 0700 for folders,
 * whatever the process umask. This keeps them from other people who log in to the
 * same computer; it does not keep them from its administrators (see README).
 * Windows gives a user's profile folder to that user already, so nothing is done there.
 */
export const OWNER_ONLY_FILE = 0o600;
export const OWNER_ONLY_FOLDER = 0o700;

const applies = process.platform !== 'win32';

/** Writes a whole file that only its owner can read, replacing any file already there. */
export function writeOwnerOnlyFile(file: string, data: string | Uint8Array): void {
  const fd = fs.openSync(file, 'w', OWNER_ONLY_FILE);
  try {
    // The mode above applies only to a new file; an existing one is tightened before anything is written.
    if (applies) unlessNotAllowed(() => fs.fchmodSync(fd, OWNER_ONLY_FILE));
    fs.writeFileSync(fd, data);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes an empty file that only its owner can read (for SQLite to fill), or tightens the one there. */
export function createOwnerOnlyFile(file: string): void {
  fs.closeSync(fs.openSync(file, 'a', OWNER_ONLY_FILE));
  keepToOwner(file);
}

/**
 * Makes a folder, and any it is in that do not exist yet, that only its owner can open.
 * A folder that already exists is left as it is: it may be one the member chose and shares.
 */
export function createOwnerOnlyFolder(folder: string): void {
  const first = fs.mkdirSync(folder, { recursive: true, mode: OWNER_ONLY_FOLDER });
  if (!first || !applies) return;
  // mkdir's mode is reduced by the umask; set it outright on each folder made here.
  let current = path.resolve(first);
  const made = path.relative(current, path.resolve(folder)).split(path.sep).filter(Boolean);
  fs.chmodSync(current, OWNER_ONLY_FOLDER);
  for (const part of made) {
    current = path.join(current, part);
    fs.chmodSync(current, OWNER_ONLY_FOLDER);
  }
}

/** Tightens a file (0600) or folder (0700) that is already there; one not there is left alone. */
export function keepToOwner(target: string): void {
  if (!applies) return;
  let stats: fs.Stats;
  try {
    stats = fs.statSync(target);
  } catch {
    return;
  }
  const mode = stats.isDirectory() ? OWNER_ONLY_FOLDER : OWNER_ONLY_FILE;
  if ((stats.mode & 0o777) !== mode) unlessNotAllowed(() => fs.chmodSync(target, mode));
}

/**
 * Another account's file keeps the permissions its owner gave it (only they can change
 * them), and a memory stick formatted for Windows has no permissions to change.
 */
function unlessNotAllowed(change: () => void): void {
  try {
    change();
  } catch (error) {
    if (!CANNOT_CHANGE.has(String((error as NodeJS.ErrnoException).code))) throw error;
  }
}

const CANNOT_CHANGE = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EROFS']);
