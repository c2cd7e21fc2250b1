import { ApiError } from '../../../shared/api/errors';
import type { AgendaItemDetail, Attendee, MeetingDetail, MeetingSummary } from '../../../shared/domain';
import type { Db } from '../open-library';
import { documentsOfMeeting } from './documents';
import { outcomesOfMeeting } from './outcomes';
import { prepared } from '../statements';

/**
 * Every meeting with its counts. The unary plus keeps SQLite on the index by meeting for the
 * open outcomes: left to choose, it walked every open outcome of the library once per meeting
 * (over a second for a council's ten years on the first screen).
 */
export const MEETINGS_WITH_COUNTS = `SELECT m.id, c.name AS committee, c.council, m.date, m.time, m.venue,
        (SELECT COUNT(*) FROM agenda_item i WHERE i.meeting_id = m.id) AS itemCount,
        (SELECT COUNT(*) FROM document d WHERE d.meeting_id = m.id) AS documentCount,
        (SELECT COUNT(*) FROM outcome o WHERE o.meeting_id = m.id AND +o.status IN ('open', 'in-progress') AND +o.needs_chasing = 1) AS openOutcomeCount
      FROM meeting m JOIN committee c ON c.id = m.committee_id
      ORDER BY c.name COLLATE NOCASE, m.date DESC`;

export function listMeetings(db: Db): MeetingSummary[] {
  return prepared(db, MEETINGS_WITH_COUNTS).all() as MeetingSummary[];
}

export function getMeeting(db: Db, meetingId: number): MeetingDetail {
  const meeting = prepared(
    db,
    `SELECT m.id, c.name AS committee, c.council, m.date, m.time, m.venue
      FROM meeting m JOIN committee c ON c.id = m.committee_id WHERE m.id = ?`,
  ).get(meetingId) as
    | Omit<
        MeetingDetail,
        'attendance' | 'items' | 'documents' | 'outcomes' | 'recommendationsToBoard' | 'unavailablePapers'
      >
    | undefined;
  if (!meeting) throw new ApiError('not-found', 'That meeting is no longer in the library.');

  const attendance = (
    prepared(
      db,
      'SELECT name, role, is_chair AS isChair, detail FROM attendance WHERE meeting_id = ? ORDER BY position',
    ).all(meetingId) as (Omit<Attendee, 'isChair'> & { isChair: number })[]
  ).map((a) => ({ ...a, isChair: a.isChair === 1 }));

  const documents = documentsOfMeeting(db, meetingId);
  const outcomes = outcomesOfMeeting(db, meetingId);
  const itemRows = prepared(
    db,
    `SELECT id, number, minute_number AS minuteNumber, title, presenters, minute_text AS minuteText, confidential
      FROM agenda_item WHERE meeting_id = ? ORDER BY position`,
  ).all(meetingId) as (Omit<AgendaItemDetail, 'documents' | 'outcomes' | 'topics' | 'confidential'> & {
    confidential: number;
  })[];
  const topics = prepared(db, 'SELECT text FROM agenda_item_topic WHERE agenda_item_id = ? ORDER BY position').pluck();
  const items = itemRows.map((item) => ({
    ...item,
    confidential: item.confidential === 1,
    topics: topics.all(item.id) as string[],
    documents: documents.filter((d) => d.agendaItemId === item.id),
    outcomes: outcomes.filter((o) => o.agendaItemId === item.id),
  }));

  const recommendationsToBoard = (
    prepared(
      db,
      `SELECT r.text FROM board_recommendation r
        JOIN document_version v ON v.id = r.version_id
        JOIN document d ON d.id = v.document_id
        WHERE d.meeting_id = ? AND v.version = (SELECT MAX(version) FROM document_version WHERE document_id = d.id)
        ORDER BY d.id, r.position`,
    ).all(meetingId) as { text: string }[]
  ).map((r) => r.text);

  return {
    ...meeting,
    attendance,
    items,
    documents: documents.filter((d) => d.agendaItemId === null),
    outcomes: outcomes.filter((o) => o.agendaItemId === null),
    recommendationsToBoard,
    unavailablePapers: unavailablePapers(db, meetingId),
  };
}

function unavailablePapers(db: Db, meetingId: number): MeetingDetail['unavailablePapers'] {
  return prepared(
    db,
    `SELECT title, agenda_item_id AS agendaItemId, COALESCE(problem, 'Not downloaded yet.') AS reason
      FROM site_document WHERE meeting_id = ? AND document_id IS NULL ORDER BY attachment_id`,
  ).all(meetingId) as MeetingDetail['unavailablePapers'];
}
