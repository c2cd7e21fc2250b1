import path from 'node:path';
import { createDispatch } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers';
import { ImportJobs } from '../../electron/importing/import-jobs';
import { parseInline } from '../../electron/importing/parse-runner';
import { openLibrary } from '../../electron/library/open-library';
import { CouncilSync } from '../../electron/moderngov/council-sync';
import { call } from '../../electron/cli/commands';
import type { InputOf, MethodName, OutputOf } from '../../shared/api/contract';
import type { SyncJobStatus } from '../../shared/domain';
import { tempDir } from './temp-library';
import fs from 'node:fs';

/** A real library whose council syncs use short time limits, so failure tests stay quick. */
export function createCouncilLibrary(client = { timeoutMs: 1500, retries: 2, backoffMs: 20, minIntervalMs: 0 }) {
  const dir = tempDir('scrutineer-council-');
  const file = path.join(dir, 'library.sqlite');
  const db = openLibrary(file);
  const councils = new CouncilSync(db, { parse: parseInline, client });
  const imports = new ImportJobs(db, parseInline);
  const dispatch = createDispatch(createHandlers(db, { imports, councils }), (error) => console.error(error));
  const api = <M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> =>
    call(dispatch, method, input);
  return {
    dir,
    file,
    db,
    councils,
    imports,
    dispatch,
    api,
    /** Runs a sync to its end. */
    async sync(input: InputOf<'startSync'> = {}): Promise<SyncJobStatus> {
      const job = await api('startSync', input);
      return councils.finished(job.id);
    },
    cleanup() {
      if (db.open) db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
