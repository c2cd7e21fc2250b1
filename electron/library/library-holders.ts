import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/api/errors';

/**
 * Which processes have a library open, so that a restore never replaces the
 * file (or its -wal) under one of them. Each process that opens the library
 * writes a note in a folder beside it (`library.sqlite.in-use/<pid>.json`),
 * naming the program, and removes it when it closes. A note whose process is
 * no longer running (the app crashed) is stale and ignored.
 *
 * Holders and a restore each write their note first and look for the other
 * second, so whichever comes second always sees the first.
 */
export type LibraryProgram = 'the Scrutineer app' | 'npm run serve' | 'the command line (npm run cli)';

export interface LibraryHolder {
  pid: number;
  program: LibraryProgram | 'a restore';
}

const WHAT_TO_DO: Record<LibraryProgram, string> = {
  'the Scrutineer app': 'Close it, then restore again — or restore from the app under File › Restore from backup.',
  'npm run serve': 'Stop it (Ctrl+C where it runs), then restore again.',
  'the command line (npm run cli)': 'Wait for that command to finish, then restore again.',
};

/** How many times this process holds each library (the app may open it more than once). */
const heldHere = new Map<string, number>();

function notesFolder(libraryFile: string): string {
  return `${path.resolve(libraryFile)}.in-use`;
}

function noteFile(libraryFile: string, name: string): string {
  return path.join(notesFolder(libraryFile), `${name}.json`);
}

/** Whether a process is still running (EPERM: it runs, as another user). */
export function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function writeNote(file: string, holder: LibraryHolder): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(holder));
}

/** The live processes other than this one that have the library open or are restoring it. */
export function otherHolders(libraryFile: string): LibraryHolder[] {
  const folder = notesFolder(libraryFile);
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    let holder: LibraryHolder;
    try {
      holder = JSON.parse(fs.readFileSync(file, 'utf8')) as LibraryHolder;
    } catch {
      return []; // being written, or removed meanwhile
    }
    if (!Number.isInteger(holder.pid) || holder.pid === process.pid) return [];
    if (isRunning(holder.pid)) return [holder];
    fs.rmSync(file, { force: true }); // left by a process that crashed
    return [];
  });
}

/**
 * Notes that this process has the library open; refuses while a restore is
 * replacing it. Returns the release, to call when the library is closed.
 */
export function holdLibrary(libraryFile: string, program: LibraryProgram): () => void {
  const key = path.resolve(libraryFile);
  const count = heldHere.get(key) ?? 0;
  if (count === 0) writeNote(noteFile(libraryFile, String(process.pid)), { pid: process.pid, program });
  heldHere.set(key, count + 1);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    const left = (heldHere.get(key) ?? 1) - 1;
    if (left > 0) return void heldHere.set(key, left);
    heldHere.delete(key);
    fs.rmSync(noteFile(libraryFile, String(process.pid)), { force: true });
  };
  const restorer = otherHolders(libraryFile).find((h) => h.program === 'a restore');
  if (restorer) {
    release();
    throw new ApiError(
      'invalid-input',
      `A backup is being restored into this library (process ${restorer.pid}). Wait for it to finish, then start again.`,
    );
  }
  return release;
}

/**
 * Marks the library as being restored, for as long as `replace` runs, and
 * refuses if any other process has it open, naming which.
 */
export function whileNoOneElseHolds<T>(libraryFile: string, replace: () => T): T {
  const note = noteFile(libraryFile, `restore-${process.pid}`);
  writeNote(note, { pid: process.pid, program: 'a restore' });
  try {
    const holder = otherHolders(libraryFile)[0];
    if (holder) throw new ApiError('invalid-input', openElsewhereMessage(holder));
    return replace();
  } finally {
    fs.rmSync(note, { force: true });
  }
}

function openElsewhereMessage(holder: LibraryHolder): string {
  if (holder.program === 'a restore') {
    return `Another restore is already running (process ${holder.pid}). Wait for it to finish, then try again.`;
  }
  return `The library is open in ${holder.program} (process ${holder.pid}). ${WHAT_TO_DO[holder.program]}`;
}
