import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDispatch } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers';
import { ImportJobs } from '../../electron/importing/import-jobs';
import { parseInline } from '../../electron/importing/parse-runner';
import { openLibrary, type Db } from '../../electron/library/open-library';

export interface TempLibrary {
  dir: string;
  file: string;
  db: Db;
  imports: ImportJobs;
  dispatch: ReturnType<typeof createDispatch>;
  cleanup(): void;
}

export function tempDir(prefix = 'scrutineer-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A real library file in a fresh temporary folder. */
export function createTempLibrary(): TempLibrary {
  const dir = tempDir();
  const file = path.join(dir, 'library.sqlite');
  const db = openLibrary(file);
  const imports = new ImportJobs(db, parseInline);
  const dispatch = createDispatch(createHandlers(db, { imports }), (error) => console.error(error));
  return {
    dir,
    file,
    db,
    imports,
    dispatch,
    cleanup: () => {
      if (db.open) db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
