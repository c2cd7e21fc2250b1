import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/api/errors';
import { migrations, type Migration } from './migrations';

export type Db = Database.Database;

/**
 * Opens (creating if needed) the library file: WAL, foreign keys, an integrity
 * check, then any migrations not yet applied, each in its own transaction.
 */
export function openLibrary(file: string, knownMigrations: readonly Migration[] = migrations): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  let db: Db;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
  } catch (error) {
    throw new ApiError(
      'library-damaged',
      `The library file ${file} could not be opened (${(error as Error).message}). ` +
        'If it was copied from elsewhere, check the copy is complete, or restore it from a backup.',
    );
  }
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  checkIntegrity(db, file);
  migrate(db, knownMigrations);
  return db;
}

function checkIntegrity(db: Db, file: string): void {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  if (rows.length === 1 && rows[0]?.integrity_check === 'ok') return;
  db.close();
  throw new ApiError(
    'library-damaged',
    `The library file ${file} is damaged (${rows.map((r) => r.integrity_check).join('; ')}). ` +
      'Scrutineer has not changed it. Restore it from a backup, or move it aside to start a new library.',
  );
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
      record.run(migration.version, migration.name);
    })();
  }
}

export function appliedMigrations(db: Db): number[] {
  return (db.prepare('SELECT version FROM schema_migration ORDER BY version').all() as { version: number }[]).map(
    (r) => r.version,
  );
}
