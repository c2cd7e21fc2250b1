import type { Db } from '../library/open-library';
import { earlierOutcomesToChase, meetingForFollowUps, proposeEvidence } from '../library/queries/imported-outcomes';
import { findFollowUps, type EarlierOutcome } from '../tracker/follow-ups';
import type { ParsedDocument } from './parse-document';

/**
 * New minutes may refer back to earlier business of the same committee
 * ("Further to Minute 4/21 ..."): those passages are proposed as evidence on
 * the earlier outcomes, for the chair to accept or reject. Nothing is closed.
 */
export function proposeFollowUps(db: Db, meetingId: number, blockIds: number[], parsed: ParsedDocument): void {
  const meeting = meetingForFollowUps(db, meetingId);
  if (!meeting?.date) return;
  const rows = earlierOutcomesToChase(db, meeting.committeeId, meeting.date);
  if (rows.length === 0) return;
  const earlier: EarlierOutcome[] = rows.map(({ minute, ...row }) => ({
    ...row,
    committee: meeting.committee,
    // Councils cite minutes as "8/21" (number / year) or by number alone.
    minuteRefs: minute ? [minute, `${minute}/${row.meetingDate.slice(2, 4)}`] : [],
  }));
  const blocks = parsed.blocks.flatMap((b, i) =>
    blockIds[i] ? [{ id: blockIds[i], text: b.text, kind: b.kind }] : [],
  );
  for (const p of findFollowUps(
    { meetingId, meetingDate: meeting.date, committee: meeting.committee, blocks },
    earlier,
  )) {
    proposeEvidence(db, p);
  }
}
