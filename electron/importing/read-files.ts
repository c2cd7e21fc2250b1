import fs from 'node:fs';
import path from 'node:path';
import type { SkippedFile } from '../../shared/domain';

export interface FilesForImport {
  files: { name: string; data: Uint8Array<ArrayBuffer> }[];
  /** Files left out on purpose, each with why; the import shows them beside the files it read. */
  skipped: SkippedFile[];
}

/**
 * Reads the named files, and every file under the named folders (hidden files
 * skipped). Symbolic links are never followed, named or found in a folder: a
 * folder from elsewhere could otherwise bring in any file on the laptop, or
 * loop for ever.
 */
export function readFilesForImport(paths: string[]): FilesForImport {
  const found: string[] = [];
  const skipped: SkippedFile[] = [];
  const visit = (target: string) => {
    const stat = fs.lstatSync(target, { throwIfNoEntry: false });
    if (!stat) throw new TypeError(`There is no file or folder called ${target}.`);
    if (stat.isSymbolicLink()) {
      skipped.push({ name: path.basename(target), reason: 'symbolic-link' });
    } else if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(target).sort()) if (!entry.startsWith('.')) visit(path.join(target, entry));
    } else if (stat.isFile()) {
      found.push(target);
    }
  };
  paths.forEach(visit);
  const files: FilesForImport['files'] = [];
  for (const file of found) {
    const data = readNotFollowing(file);
    if (data) files.push({ name: path.basename(file), data });
    else skipped.push({ name: path.basename(file), reason: 'symbolic-link' });
  }
  return { files, skipped };
}

/** The file's bytes, or null if it has become a link since it was listed. */
function readNotFollowing(file: string): Uint8Array<ArrayBuffer> | null {
  let fd: number;
  try {
    // O_NOFOLLOW does not exist on Windows; there the lstat above is the check.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') return null;
    throw error;
  }
  try {
    return new Uint8Array(fs.readFileSync(fd));
  } finally {
    fs.closeSync(fd);
  }
}
