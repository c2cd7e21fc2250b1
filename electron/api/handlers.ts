import type { Handlers } from '../../shared/api/contract';
import type { Db } from '../library/open-library';
import { getMeeting, listMeetings } from '../library/queries/meetings';
import { listOutcomes } from '../library/queries/outcomes';

/** The API, implemented once as plain functions over the library. */
export function createHandlers(db: Db): Handlers {
  return {
    listMeetings: () => listMeetings(db),
    getMeeting: ({ meetingId }) => getMeeting(db, meetingId),
    listOutcomes: () => listOutcomes(db),
  };
}
