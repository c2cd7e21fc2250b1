import type { TrackerRow } from '../../../shared/domain';
import type { Db } from '../open-library';
import { prepared } from '../statements';
import { outcomeIsConfidential } from './confidential';
import { CLOSED, dayParams } from './tracker-filters';

/**
 * Every outcome with the figures a chair reads: days open, last update, overdue (kept on the row by migration 6),
 * the RAG rating and the executive's response.
 * A recorded decision has nothing to chase: it is never open for days, nor overdue.
 */
export const ROWS = `
WITH base AS (
  SELECT o.id, o.kind, o.text, c.name AS committee, m.id AS meetingId, m.date AS meetingDate,
    i.number AS itemNumber, i.title AS itemTitle, o.owner, o.due_hint AS dueHint, o.due_date AS dueDate,
    o.due_meaning AS dueMeaning, o.status,
    COALESCE(o.last_change_at, o.created_at) AS lastUpdate, o.closed_at AS closedAt, o.proposals_waiting AS proposals,
    ${outcomeIsConfidential('o')} AS confidential, o.needs_chasing AS needsChasing,
    o.rag, o.executive_response AS response
  FROM outcome o JOIN meeting m ON m.id = o.meeting_id JOIN committee c ON c.id = m.committee_id
  LEFT JOIN agenda_item i ON i.id = o.agenda_item_id
)
SELECT id, kind, text, committee, meetingId, meetingDate, itemNumber, itemTitle, owner, dueHint, dueDate, dueMeaning,
  status, lastUpdate, proposals, confidential, needsChasing, rag, response,
  CASE WHEN meetingDate IS NULL OR needsChasing = 0 THEN NULL
    ELSE CAST(julianday(CASE WHEN status IN ${CLOSED} THEN COALESCE(closedAt, lastUpdate) ELSE :today END) - julianday(meetingDate) AS INTEGER)
  END AS daysOpen,
  (needsChasing = 1 AND status IN ('open', 'in-progress') AND dueDate IS NOT NULL AND dueDate < :today) AS overdue,
  (kind = 'recommendation' AND needsChasing = 1 AND status IN ('open', 'in-progress') AND response IS NULL
    AND meetingDate IS NOT NULL AND meetingDate < :twoMonthsAgo) AS awaitingResponse
FROM base`;

/**
 * What trackerRows filters and sorts on, with the meeting's date and committee read from the meeting itself
 * (the reports' whole list; a page reads them from the outcome, tracker-pages.ts).
 * Every date is compared with one worked out once (:today, :twoMonthsAgo), never computed per row.
 */
export const CORE = `
SELECT o.id, o.kind, o.meeting_id AS meetingId, m.committee_id AS committeeId, m.date AS meetingDate, o.owner, o.text,
  o.agenda_item_id AS itemId, o.due_date AS dueDate, o.status, o.needs_chasing AS needsChasing, o.rag,
  o.executive_response AS response, COALESCE(o.last_change_at, o.created_at) AS lastUpdate,
  CASE WHEN o.needs_chasing = 0 THEN NULL
    ELSE CAST(julianday(CASE WHEN o.status IN ${CLOSED} THEN COALESCE(o.closed_at, o.last_change_at, o.created_at) ELSE :today END)
      - julianday(m.date) AS INTEGER)
  END AS daysOpen,
  (o.needs_chasing = 1 AND o.status IN ('open', 'in-progress') AND o.due_date IS NOT NULL AND o.due_date < :today) AS overdue,
  (o.kind = 'recommendation' AND o.needs_chasing = 1 AND o.status IN ('open', 'in-progress')
    AND o.executive_response IS NULL AND m.date IS NOT NULL AND m.date < :twoMonthsAgo) AS awaitingResponse
FROM outcome o JOIN meeting m ON m.id = o.meeting_id`;

/**
 * With many thousands of rows, making the objects costs more than the query:
 * arrays from SQLite, then one object literal each (a third quicker, measured).
 */
export const COLUMNS = `id, kind, text, committee, meetingId, meetingDate, itemNumber, itemTitle, owner, dueHint, dueDate,
  dueMeaning, status, lastUpdate, proposals, daysOpen, overdue, confidential, needsChasing, rag, response, awaitingResponse`;
export type RawRow = [
  number,
  TrackerRow['kind'],
  string,
  string,
  number,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
  TrackerRow['status'],
  string,
  number,
  number | null,
  number,
  number,
  number,
  TrackerRow['rag'],
  TrackerRow['response'],
  number,
];
export function toRow(r: RawRow): TrackerRow {
  return {
    id: r[0],
    kind: r[1],
    text: r[2],
    committee: r[3],
    meetingId: r[4],
    meetingDate: r[5],
    itemNumber: r[6],
    itemTitle: r[7],
    owner: r[8],
    dueHint: r[9],
    dueDate: r[10],
    dueMeaning: r[11],
    status: r[12],
    lastUpdate: r[13],
    proposals: r[14],
    daysOpen: r[15],
    overdue: r[16] === 1,
    confidential: r[17] === 1,
    needsChasing: r[18] === 1,
    rag: r[19],
    response: r[20],
    awaitingResponse: r[21] === 1,
  };
}

/** The full rows of these outcomes, in the order given. */
export function rowsByIds(db: Db, ids: number[]): TrackerRow[] {
  const full = new Map(
    (
      prepared(db, `SELECT ${COLUMNS} FROM (${ROWS}) WHERE id IN (SELECT value FROM json_each(:ids))`)
        .raw()
        .all({ ...dayParams(), ids: JSON.stringify(ids) }) as RawRow[]
    ).map((r) => [r[0], toRow(r)]),
  );
  return ids.flatMap((id) => full.get(id) ?? []);
}
