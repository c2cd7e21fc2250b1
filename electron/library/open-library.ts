import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/api/errors';
import type { LibraryHealth } from '../../shared/domain';
import { createOwnerOnlyFile, createOwnerOnlyFolder, keepToOwner } from '../security/owner-only';
import { integrityProblemsInBackground, problemsOf } from './integrity-check';
import { migrations, type Migration } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /** A file up to this size is checked whole as it opens (well under a second). */
  checkWholeUpToBytes?: number;
  /** A larger one opens after a quick check, and is checked whole in the background this long after. */
  backgroundCheckAfterMs?: number;
}

export type { LibraryHealth } from '../../shared/domain';

const DEFAULTS: Required<OpenOptions> = { checkWholeUpToBytes: 64 * 1024 * 1024, backgroundCheckAfterMs: 20_000 };
const DAY_MS = 24 * 60 * 60 * 1000;
const health = new WeakMap<Db, { now: LibraryHealth; checked: Promise<LibraryHealth> }>();

/**
 * Opens (creating if needed, for its owner alone) the library file: WAL, secure
 * delete, foreign keys, an integrity check, then any migrations not yet applied,
 * each in its own transaction.
 * A large library is checked whole in the background rather than before it opens
 * (see integrity-check.ts); damage found there is reported by libraryHealth(), and
 * makes the next opening check the whole file first, refusing it as before.
 */
export function openLibrary(
  file: string,
  knownMigrations: readonly Migration[] = migrations,
  options: OpenOptions = {},
): Db {
  const { checkWholeUpToBytes, backgroundCheckAfterMs } = { ...DEFAULTS, ...options };
  if (file !== ':memory:') createOwnerOnlyFolder(path.dirname(path.resolve(file)));
  const uncleanClose = file !== ':memory:' && sizeOf(`${file}-wal`) > 0;
  let db: Db;
  try {
    if (file !== ':memory:') keepLibraryToOwner(file);
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.prepare('SELECT COUNT(*) FROM sqlite_schema').get();
  } catch (error) {
    throw new ApiError(
      'library-damaged',
      `The library file ${file} could not be opened (${(error as Error).message}). ` +
        'If it was copied from elsewhere, check the copy is complete, or restore it from a backup.',
    );
  }
  // Deleted rows are overwritten with zeros, so a deleted note cannot be read back from the file.
  db.pragma('secure_delete = ON');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  // 32 MB rather than 2: a large library's indexes are read at random (search, what is new, import).
  db.pragma(`cache_size = -${CACHE_KIB}`);
  const small = file === ':memory:' || sizeOf(file) + sizeOf(`${file}-wal`) <= checkWholeUpToBytes;
  const lastCheck = small ? null : lastWholeCheck(db);
  if (small || (lastCheck?.problems.length ?? 0) > 0) refuseIfDamaged(db, file, wholeCheck(db));
  migrate(db, knownMigrations);
  if (small) {
    setHealth(db, { state: 'sound', message: null });
  } else if (uncleanClose || !lastCheck || Date.now() - Date.parse(lastCheck.checkedAt) > DAY_MS) {
    checkLater(db, file, backgroundCheckAfterMs);
  } else {
    setHealth(db, { state: 'sound', message: null });
  }
  return db;
}

/** The page cache, in KiB: usually, and while an import stores papers. */
const CACHE_KIB = 32 * 1024;
const STORING_CACHE_KIB = 256 * 1024;

/**
 * While an import stores papers, a page cache of 256 MB rather than 32. Several papers
 * stored in one transaction change some tens of thousands of pages of a large library
 * (the LSH bucket index above all); in the smaller cache they are written to the WAL before
 * the commit and then again at it. Put back when the import ends, which frees the memory.
 */
export function useStoringCache(db: Db, storing: boolean): void {
  db.pragma(`cache_size = -${storing ? STORING_CACHE_KIB : CACHE_KIB}`);
}

/** What the whole check of this library found, as far as it has got. */
export function libraryHealth(db: Db): LibraryHealth {
  return health.get(db)?.now ?? { state: 'not-checked', message: null };
}

/** Resolves when the whole check of this library (at open or in the background) has finished. */
export function libraryChecked(db: Db): Promise<LibraryHealth> {
  return health.get(db)?.checked ?? Promise.resolve(libraryHealth(db));
}

/** The library file is its owner's alone; SQLite gives its -wal and -shm files the same permissions. */
function keepLibraryToOwner(file: string): void {
  createOwnerOnlyFile(file);
  for (const suffix of ['-wal', '-shm']) keepToOwner(`${file}${suffix}`);
}

function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

function damageMessage(file: string, problems: string[]): string {
  return (
    `The library file ${file} is damaged (${problems.slice(0, 5).join('; ')}). ` +
    'Scrutineer has not changed it. Restore it from a backup, or move it aside to start a new library.'
  );
}

function wholeCheck(db: Db): string[] {
  try {
    return problemsOf(db.pragma('integrity_check') as { integrity_check: string }[]);
  } catch (error) {
    // SQLite stops the check itself on some damage.
    if (/^SQLITE_(CORRUPT|NOTADB)/.test(String((error as { code?: unknown }).code))) return [(error as Error).message];
    throw error;
  }
}

function refuseIfDamaged(db: Db, file: string, problems: string[]): void {
  if (problems.length === 0) return;
  db.close();
  throw new ApiError('library-damaged', damageMessage(file, problems));
}

function setHealth(db: Db, now: LibraryHealth, checked: Promise<LibraryHealth> = Promise.resolve(now)): void {
  health.set(db, { now, checked });
}

function checkLater(db: Db, file: string, afterMs: number): void {
  let finished: (result: LibraryHealth) => void = () => undefined;
  setHealth(db, { state: 'checking', message: null }, new Promise((resolve) => (finished = resolve)));
  const finish = (result: LibraryHealth) => {
    if (db.open) setHealth(db, result);
    finished(result);
  };
  const timer = setTimeout(() => {
    if (!db.open) return finish({ state: 'not-checked', message: null });
    integrityProblemsInBackground(file).then(
      (problems) => {
        if (db.open) recordCheck(db, problems);
        if (problems.length === 0) return finish({ state: 'sound', message: null });
        const message = damageMessage(file, problems);
        console.error(message);
        finish({ state: 'damaged', message });
      },
      (error: unknown) => {
        console.error(`The library could not be checked in the background: ${(error as Error).message}`);
        finish({ state: 'not-checked', message: null });
      },
    );
  }, afterMs);
  timer.unref();
}

function lastWholeCheck(db: Db): { checkedAt: string; problems: string[] } | null {
  try {
    const row = db.prepare('SELECT checked_at AS checkedAt, problems FROM library_check WHERE id = 1').get() as
      { checkedAt: string; problems: string } | undefined;
    return row ? { checkedAt: row.checkedAt, problems: JSON.parse(row.problems) as string[] } : null;
  } catch {
    return null; // a library from before migration 6
  }
}

function recordCheck(db: Db, problems: string[]): void {
  if (!db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'library_check'").get()) return;
  db.prepare(
    `INSERT INTO library_check (id, checked_at, problems) VALUES (1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?)
    ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at, problems = excluded.problems`,
  ).run(JSON.stringify(problems));
}

function migrate(db: Db, knownMigrations: readonly Migration[]): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migration (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
  )`);
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migration').all() as { version: number }[]).map((r) => r.version),
  );
  const newest = Math.max(0, ...knownMigrations.map((m) => m.version));
  const tooNew = [...applied].filter((v) => v > newest);
  if (tooNew.length > 0) {
    db.close();
    throw new ApiError(
      'library-damaged',
      'This library was made by a newer version of Scrutineer. Update Scrutineer to open it; nothing has been changed.',
    );
  }
  const record = db.prepare('INSERT INTO schema_migration (version, name) VALUES (?, ?)');
  for (const migration of knownMigrations) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      migration.run?.(db);
      record.run(migration.version, migration.name);
    })();
  }
}

export function appliedMigrations(db: Db): number[] {
  return (db.prepare('SELECT version FROM schema_migration ORDER BY version').all() as { version: number }[]).map(
    (r) => r.version,
  );
}
