import type { Handlers } from '../../shared/api/contract';
import type { ImportJobs } from '../importing/import-jobs';
import type { Db } from '../library/open-library';
import { getMeeting, listMeetings } from '../library/queries/meetings';
import { listOutcomes } from '../library/queries/outcomes';

export interface Services {
  imports: ImportJobs;
}

/** The API, implemented once as plain functions over the library. */
export function createHandlers(db: Db, services: Services): Handlers {
  return {
    listMeetings: () => listMeetings(db),
    getMeeting: ({ meetingId }) => getMeeting(db, meetingId),
    listOutcomes: () => listOutcomes(db),
    startImport: ({ files, meetingId }) => services.imports.start(files, meetingId ? { meetingId } : undefined),
    getImportJob: ({ jobId }) => services.imports.get(jobId),
    cancelImport: ({ jobId }) => services.imports.cancel(jobId),
  };
}
