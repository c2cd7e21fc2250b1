import type { OutcomeRow, OutcomeSummary } from '../../../shared/domain';
import type { Db } from '../open-library';
import { prepared } from '../statements';

const summaryColumns = `o.id, o.kind, o.text, o.owner, o.due_hint AS due, o.status, o.source_quote AS sourceQuote,
  o.needs_chasing AS needsChasing`;

/** As SQLite gives it: 0 or 1 for needing chasing. */
type Stored<T> = Omit<T, 'needsChasing'> & { needsChasing: number };

function fromStored<T extends { needsChasing: boolean }>(row: Stored<T>): T {
  return { ...row, needsChasing: row.needsChasing === 1 } as T;
}

type MeetingOutcome = OutcomeSummary & { agendaItemId: number | null };

/** Every outcome of the meeting, recorded decisions too. */
export function outcomesOfMeeting(db: Db, meetingId: number): MeetingOutcome[] {
  const rows = prepared(
    db,
    `SELECT ${summaryColumns}, o.agenda_item_id AS agendaItemId
      FROM outcome o WHERE o.meeting_id = ? ORDER BY o.position`,
  ).all(meetingId) as Stored<MeetingOutcome>[];
  return rows.map((r) => fromStored<MeetingOutcome>(r));
}

export function listOutcomes(db: Db): OutcomeRow[] {
  const rows = prepared(
    db,
    `SELECT ${summaryColumns}, m.id AS meetingId, c.name AS committee, m.date AS meetingDate,
        i.number AS itemNumber, i.title AS itemTitle
      FROM outcome o
      JOIN meeting m ON m.id = o.meeting_id
      JOIN committee c ON c.id = m.committee_id
      LEFT JOIN agenda_item i ON i.id = o.agenda_item_id
      ORDER BY m.date DESC, c.name, o.position`,
  ).all() as Stored<OutcomeRow>[];
  return rows.map((r) => fromStored<OutcomeRow>(r));
}
