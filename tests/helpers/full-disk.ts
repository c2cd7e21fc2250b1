import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../electron/library/open-library';
import { tempDir } from './temp-library';

/**
 * A place for a library whose disk can be filled up and freed again.
 *
 * 'tmpfs' is a real small file system (needs root, as on the development
 * machine and CI): filling it leaves SQLite no room to write. Where mounting is
 * not allowed, 'page-limit' stops the library file from growing with SQLite's
 * max_page_count, which fails the same way (SQLITE_FULL) inside SQLite.
 */
export interface FillableDisk {
  kind: 'tmpfs' | 'page-limit';
  dir: string;
  /** Leaves no room for the library to grow. */
  fill(db: Db): void;
  /** Gives the room back. */
  free(db: Db): void;
  cleanup(): void;
}

export function smallTmpfs(megabytes: number): FillableDisk | null {
  const dir = tempDir('scrutineer-full-disk-');
  const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir], { encoding: 'utf8' });
  if (mount.status !== 0) {
    fs.rmSync(dir, { recursive: true, force: true });
    return null;
  }
  const filler = path.join(dir, 'filler');
  return {
    kind: 'tmpfs',
    dir,
    fill(db) {
      // Empty the write-ahead log into the library first, so that it has no spare room left over from earlier writes.
      db.pragma('wal_checkpoint(TRUNCATE)');
      const chunk = Buffer.alloc(64 * 1024, 1);
      const fd = fs.openSync(filler, 'a');
      try {
        for (;;) fs.writeSync(fd, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      } finally {
        fs.closeSync(fd);
      }
      // The last partial block too, byte by byte.
      const byte = Buffer.alloc(1, 1);
      try {
        for (;;) fs.appendFileSync(filler, byte);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      }
    },
    free() {
      fs.rmSync(filler, { force: true });
    },
    cleanup() {
      spawnSync('umount', ['-l', dir]);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function pageLimitedDisk(): FillableDisk {
  const dir = tempDir('scrutineer-full-disk-');
  return {
    kind: 'page-limit',
    dir,
    fill(db) {
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    },
    free(db) {
      db.pragma('max_page_count = 4294967294');
    },
    cleanup() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
