import { prepared } from '../statements';
import { ApiError } from '../../../shared/api/errors';
import type { Db } from '../open-library';

/** SQL: the committee `c` is followed in the library or on a council website the member added. */
export const FOLLOWED_ON_WEBSITE = (c: string) =>
  `EXISTS (SELECT 1 FROM site_committee sc WHERE sc.followed = 1 AND sc.deleted = 0 AND sc.title = ${c}.name COLLATE NOCASE)`;

/** Follows or stops following a committee of the library. */
export function setCommitteeFollowed(db: Db, committeeId: number, follow: boolean): void {
  const changed = prepared(db, 'UPDATE committee SET followed = ? WHERE id = ?').run(follow ? 1 : 0, committeeId);
  if (changed.changes === 0) throw new ApiError('not-found', 'That committee is no longer in the library.');
}

/** The ids of the committees the member follows, however they came to be followed. */
export function followedCommitteeIds(db: Db): number[] {
  return prepared(db, `SELECT c.id FROM committee c WHERE c.followed = 1 OR ${FOLLOWED_ON_WEBSITE('c')} ORDER BY c.id`)
    .pluck()
    .all() as number[];
}
