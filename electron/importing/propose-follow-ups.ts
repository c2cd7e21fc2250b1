import type { Db } from '../library/open-library';
import { findFollowUps, type EarlierOutcome } from '../tracker/follow-ups';
import type { ParsedDocument } from './parse-document';

/**
 * New minutes may refer back to earlier business of the same committee
 * ("Further to Minute 4/21 ..."): those passages are proposed as evidence on
 * the earlier outcomes, for the chair to accept or reject. Nothing is closed.
 */
export function proposeFollowUps(db: Db, meetingId: number, blockIds: number[], parsed: ParsedDocument): void {
  const meeting = db
    .prepare(
      `SELECT m.date, c.name AS committee, m.committee_id AS committeeId FROM meeting m JOIN committee c ON c.id = m.committee_id
      WHERE m.id = ?`,
    )
    .get(meetingId) as { date: string | null; committee: string; committeeId: number };
  if (!meeting.date) return;
  const rows = db
    .prepare(
      `SELECT o.id, o.meeting_id AS meetingId, m.date AS meetingDate, o.kind, o.text,
        i.title AS itemTitle, COALESCE(i.minute_number, i.number) AS minute
      FROM outcome o JOIN meeting m ON m.id = o.meeting_id LEFT JOIN agenda_item i ON i.id = o.agenda_item_id
      WHERE m.committee_id = ? AND m.date < ? AND o.needs_chasing = 1`,
    )
    .all(meeting.committeeId, meeting.date) as (Omit<EarlierOutcome, 'committee' | 'minuteRefs'> & {
    minute: string | null;
  })[];
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
  const insert = db.prepare(
    `INSERT OR IGNORE INTO outcome_proposal (outcome_id, block_id, reason, quote, explanation, confidence)
    VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const p of findFollowUps(
    { meetingId, meetingDate: meeting.date, committee: meeting.committee, blocks },
    earlier,
  )) {
    insert.run(p.outcomeId, p.blockId, p.reason, p.quote, p.explanation, p.confidence);
  }
}
