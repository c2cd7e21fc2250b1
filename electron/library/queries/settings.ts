import type { Db } from '../open-library';
import { prepared } from '../statements';

/** One stored setting, or undefined when the member has not changed it. */
export function readSetting(db: Db, key: string): string | undefined {
  return prepared(db, 'SELECT value FROM setting WHERE key = ?').pluck().get(key) as string | undefined;
}

export function writeSetting(db: Db, key: string, value: string): void {
  prepared(
    db,
    'INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}
