import { prepared } from '../statements';
import { ApiError } from '../../../shared/api/errors';
import { DUE_SOON_DAYS } from '../../../shared/domain';
import type {
  Evidence,
  ExecutiveResponse,
  FollowUpProposalView,
  OutcomeChange,
  OutcomeDetail,
  OutcomeStatus,
  RagRating,
  StatusChange,
  TrackerCounts,
  TrackerCursor,
  TrackerDashboard,
  TrackerFilters,
  TrackerPage,
  TrackerRow,
} from '../../../shared/domain';
import { ukDate } from '../../../shared/uk-dates';
import { interpretDue } from '../../tracker/due-dates';
import { readChasing } from '../../tracker/needs-chasing';
import type { Db } from '../open-library';
import { outcomeIsConfidential } from './confidential';
import {
  queueOutcomeFields,
  queueStatusChange,
  STATUS_CHANGE_SYNC_COLUMNS,
  STATUS_CHANGE_SYNC_VALUES,
  changeTime,
} from '../sync/queue-tracker-change';

const CLOSED = "('done', 'dropped', 'superseded')";

export { DUE_SOON_DAYS };

/**
 * Every outcome with the figures a chair reads: days open, last update, overdue (kept on the row by migration 6),
 * the RAG rating and the executive's response.
 * A recorded decision has nothing to chase: it is never open for days, nor overdue.
 */
const ROWS = `
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
 * What the tracker filters, sorts and counts on, read from the index of migration 13 and the meeting's date:
 * never the outcome's text, its item or its confidentiality, which only the rows of a page need.
 * Joined to the meeting, a page in meeting order walks the meetings by date; counts and the dashboard
 * read the meeting's date only where a filter asks for it (a subquery is run only when its column is used).
 * Every date is compared with one worked out once (:today, :twoMonthsAgo), never computed per row.
 */
function core(joined: boolean): string {
  const meetingDate = joined ? 'm.date' : '(SELECT date FROM meeting WHERE id = o.meeting_id)';
  const committeeId = joined ? 'm.committee_id' : '(SELECT committee_id FROM meeting WHERE id = o.meeting_id)';
  return `
SELECT o.id, o.kind, o.meeting_id AS meetingId, ${committeeId} AS committeeId, ${meetingDate} AS meetingDate, o.owner, o.text,
  o.agenda_item_id AS itemId, o.due_date AS dueDate, o.status, o.needs_chasing AS needsChasing, o.rag,
  o.executive_response AS response, COALESCE(o.last_change_at, o.created_at) AS lastUpdate,
  CASE WHEN o.needs_chasing = 0 THEN NULL
    ELSE CAST(julianday(CASE WHEN o.status IN ${CLOSED} THEN COALESCE(o.closed_at, o.last_change_at, o.created_at) ELSE :today END)
      - julianday(${meetingDate}) AS INTEGER)
  END AS daysOpen,
  (o.needs_chasing = 1 AND o.status IN ('open', 'in-progress') AND o.due_date IS NOT NULL AND o.due_date < :today) AS overdue,
  (o.kind = 'recommendation' AND o.needs_chasing = 1 AND o.status IN ('open', 'in-progress')
    AND o.executive_response IS NULL AND ${meetingDate} IS NOT NULL AND ${meetingDate} < :twoMonthsAgo) AS awaitingResponse
FROM outcome o ${joined ? 'JOIN meeting m ON m.id = o.meeting_id' : ''}`;
}
const CORE = core(true);
const LAZY_CORE = core(false);

function daysBefore(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

function monthsBefore(iso: string, months: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString().slice(0, 10);
}

/**
 * With many thousands of rows, making the objects costs more than the query:
 * arrays from SQLite, then one object literal each (a third quicker, measured).
 */
const COLUMNS = `id, kind, text, committee, meetingId, meetingDate, itemNumber, itemTitle, owner, dueHint, dueDate,
  dueMeaning, status, lastUpdate, proposals, daysOpen, overdue, confidential, needsChasing, rag, response, awaitingResponse`;
type RawRow = [
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
function toRow(r: RawRow): TrackerRow {
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

/**
 * What each order sorts on, never NULL so that a page can start after any row: rows without
 * the value (no date given, no due date) come last whichever way the list is sorted.
 */
const SORT_KEYS: Record<NonNullable<TrackerFilters['sort']>, { descending: string; ascending: string }> = {
  meeting: { descending: "COALESCE(meetingDate, '')", ascending: "COALESCE(meetingDate, '9999-12-31')" },
  due: { descending: "COALESCE(dueDate, '')", ascending: "COALESCE(dueDate, '9999-12-31')" },
  'days-open': { descending: 'COALESCE(daysOpen, -1)', ascending: 'COALESCE(daysOpen, 1000000000)' },
  'last-update': { descending: 'lastUpdate', ascending: 'lastUpdate' },
  status: { descending: 'status', ascending: 'status' },
};

function sortKey(filters: TrackerFilters): { key: string; descending: boolean } {
  const descending = filters.descending !== false;
  const keys = SORT_KEYS[filters.sort ?? 'meeting'];
  return { key: descending ? keys.descending : keys.ascending, descending };
}

/** Today in the member's own time (in British Summer Time, UTC is still yesterday before 1 am). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function today(): string {
  return localToday();
}

/** The dates every tracker query compares with. */
function dayParams(): { today: string; twoMonthsAgo: string } {
  const day = today();
  return { today: day, twoMonthsAgo: monthsBefore(day, 2) };
}

interface Conditions {
  /** Conditions on every outcome. */
  all: string[];
  /** Conditions on outcomes that need chasing only: status and overdue mean nothing for a recorded decision. */
  chased: string[];
  params: Record<string, unknown>;
}

function conditions(filters: TrackerFilters): Conditions {
  const all: string[] = [];
  const chased: string[] = [];
  const params: Record<string, unknown> = dayParams();
  if (filters.committee) {
    all.push('committeeId IN (SELECT id FROM committee WHERE name = :committee COLLATE NOCASE)');
    params.committee = filters.committee;
  }
  if (filters.statuses?.length) {
    chased.push(`status IN (${filters.statuses.map((_, i) => `:status${i}`).join(', ')})`);
    filters.statuses.forEach((s, i) => (params[`status${i}`] = s));
  }
  if (filters.kinds?.length) {
    all.push(`kind IN (${filters.kinds.map((_, i) => `:kind${i}`).join(', ')})`);
    filters.kinds.forEach((k, i) => (params[`kind${i}`] = k));
  }
  if (filters.owner) {
    all.push("owner LIKE :owner ESCAPE '\\'");
    params.owner = `%${escapeLike(filters.owner)}%`;
  }
  if (filters.text) {
    all.push(
      "(text LIKE :text ESCAPE '\\' OR itemId IN (SELECT id FROM agenda_item WHERE title LIKE :text ESCAPE '\\'))",
    );
    params.text = `%${escapeLike(filters.text)}%`;
  }
  if (filters.overdue) chased.push('overdue = 1');
  if (filters.awaitingResponse) chased.push('awaitingResponse = 1');
  if (filters.rag?.length) {
    const rated = filters.rag.filter((r) => r !== 'none');
    const either = [
      ...(rated.length ? [`rag IN (${rated.map((_, i) => `:rag${i}`).join(', ')})`] : []),
      ...(filters.rag.includes('none') ? ['rag IS NULL'] : []),
    ];
    rated.forEach((r, i) => (params[`rag${i}`] = r));
    all.push(`(${either.join(' OR ')})`);
  }
  if (filters.dueWithinDays !== undefined) {
    chased.push("dueDate >= :today AND dueDate <= :dueEnd AND status IN ('open', 'in-progress')");
    params.dueEnd = daysBefore(params.today as string, -filters.dueWithinDays);
  }
  if (filters.from) {
    all.push('meetingDate >= :from');
    params.from = filters.from;
  }
  if (filters.to) {
    all.push('meetingDate <= :to');
    params.to = filters.to;
  }
  return { all, chased, params };
}

function whereClause(parts: string[]): string {
  return parts.length ? `WHERE ${parts.join(' AND ')}` : '';
}

function chasingWhere(filters: TrackerFilters): { where: string[]; params: Record<string, unknown> } {
  const { all, chased, params } = conditions(filters);
  const chasing = filters.chasing ?? 'needs-chasing';
  const where =
    chasing === 'needs-chasing'
      ? [...all, 'needsChasing = 1', ...chased]
      : chasing === 'recorded'
        ? [...all, 'needsChasing = 0']
        : chased.length
          ? [...all, `(needsChasing = 0 OR (${chased.join(' AND ')}))`]
          : all;
  return { where, params };
}

/**
 * The tracker's rows, filtered and sorted in SQL so it stays quick with many thousands.
 * What needs chasing, unless the filters ask for recorded decisions or for both. Every row: for reports.
 */
export function trackerRows(db: Db, filters: TrackerFilters = {}): TrackerRow[] {
  const { where, params } = chasingWhere(filters);
  const { key, descending } = sortKey(filters);
  const rows = prepared(
    db,
    `SELECT ${COLUMNS} FROM (${ROWS}) WHERE id IN (SELECT id FROM (${CORE}) ${whereClause(where)})
      ORDER BY ${key} ${descending ? 'DESC' : 'ASC'}, id`,
  )
    .raw()
    .all(params) as RawRow[];
  return rows.map(toRow);
}

export const TRACKER_PAGE_SIZE = 100;

/**
 * One page of the tracker, as the list scrolls: the rows after `after` in the chosen order (keyset paging,
 * so the hundredth page costs what the first does).
 */
export function trackerPage(
  db: Db,
  filters: TrackerFilters = {},
  after: TrackerCursor | null = null,
  limit = TRACKER_PAGE_SIZE,
): TrackerPage {
  const { where, params } = chasingWhere(filters);
  const { key, descending } = sortKey(filters);
  if (after) {
    where.push(`(${key} ${descending ? '<' : '>'} :afterKey OR (${key} = :afterKey AND id > :afterId))`);
    params.afterKey = after.key;
    params.afterId = after.id;
  }
  params.limit = limit;
  // First the page's ids from the narrow columns, then the full rows of those alone.
  const page = prepared(
    db,
    `SELECT id, ${key} AS sortKey FROM (${CORE}) ${whereClause(where)}
      ORDER BY sortKey ${descending ? 'DESC' : 'ASC'}, id LIMIT :limit`,
  )
    .raw()
    .all(params) as [number, string | number][];
  const full = new Map(
    (
      prepared(db, `SELECT ${COLUMNS} FROM (${ROWS}) WHERE id IN (SELECT value FROM json_each(:ids))`)
        .raw()
        .all({ ...dayParams(), ids: JSON.stringify(page.map(([id]) => id)) }) as RawRow[]
    ).map((r) => [r[0], toRow(r)]),
  );
  const last = page[page.length - 1];
  return {
    rows: page.flatMap(([id]) => full.get(id) ?? []),
    next: page.length === limit && last ? { key: last[1], id: last[0] } : null,
  };
}

/** How many outcomes the filters find that need chasing, how many recorded decisions, and how many due soon. */
export function trackerCounts(db: Db, filters: TrackerFilters = {}): TrackerCounts {
  const { all, chased, params } = conditions({ ...filters, dueWithinDays: undefined });
  const chasedHere = ['needsChasing = 1', ...chased].join(' AND ');
  params.dueSoonEnd = daysBefore(params.today as string, -DUE_SOON_DAYS);
  const [needsChasing, recorded, dueSoon] = prepared(
    db,
    `SELECT COALESCE(SUM(${chasedHere}), 0), COALESCE(SUM(needsChasing = 0), 0),
        COALESCE(SUM(needsChasing = 1 AND status IN ('open', 'in-progress') AND dueDate >= :today
          AND dueDate <= :dueSoonEnd), 0)
      FROM (${LAZY_CORE}) ${whereClause(all)}`,
  )
    .raw()
    .get(params) as [number, number, number];
  return { needsChasing, recorded, dueSoon };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function evidenceOfBlock(db: Db, blockId: number | null, quote: string | null): Evidence | null {
  if (blockId === null)
    return quote ? { documentId: null, documentTitle: null, blockId: null, offset: null, quote } : null;
  const row = prepared(
    db,
    `SELECT d.id AS documentId, d.title AS documentTitle, b.id AS blockId, b.start_offset AS offset, b.text
      FROM block b JOIN document_version v ON v.id = b.version_id JOIN document d ON d.id = v.document_id WHERE b.id = ?`,
  ).get(blockId) as (Omit<Evidence, 'quote'> & { text: string }) | undefined;
  if (!row) return quote ? { documentId: null, documentTitle: null, blockId: null, offset: null, quote } : null;
  return {
    documentId: row.documentId,
    documentTitle: row.documentTitle,
    blockId: row.blockId,
    offset: row.offset,
    quote: quote ?? row.text,
  };
}

export function getOutcomeDetail(db: Db, outcomeId: number): OutcomeDetail {
  const row = trackerRowById(db, outcomeId);
  const extra = prepared(
    db,
    `SELECT source_quote AS sourceQuote, source_block_id AS sourceBlockId, superseded_by AS supersededBy,
        needs_chasing_set_by AS chasingSetBy, rag, executive_response AS response, executive_response_on AS responseOn,
        executive_response_text AS responseText FROM outcome WHERE id = ?`,
  ).get(outcomeId) as {
    sourceQuote: string;
    sourceBlockId: number | null;
    supersededBy: number | null;
    chasingSetBy: OutcomeDetail['chasingSetBy'];
    rag: OutcomeDetail['rag'];
    response: ExecutiveResponse['response'] | null;
    responseOn: string | null;
    responseText: string | null;
  };
  const history = (
    prepared(
      db,
      `SELECT id, status, needs_chasing AS chasing, note, evidence_block_id AS blockId, evidence_quote AS quote,
          changed_at AS changedAt, author
        FROM outcome_status_change WHERE outcome_id = ? ORDER BY changed_at, id`,
    ).all(outcomeId) as (Omit<StatusChange, 'evidence' | 'needsChasing'> & {
      chasing: number | null;
      blockId: number | null;
      quote: string | null;
    })[]
  ).map(({ blockId, quote, chasing, ...change }) => ({
    ...change,
    needsChasing: chasing === null ? null : chasing === 1,
    evidence: evidenceOfBlock(db, blockId, quote),
  }));
  const proposalList = (
    prepared(
      db,
      `SELECT p.id, p.reason, p.explanation, p.confidence, p.state, p.block_id AS blockId, p.quote, m.date AS meetingDate
        FROM outcome_proposal p JOIN block b ON b.id = p.block_id JOIN document_version v ON v.id = b.version_id
        JOIN document d ON d.id = v.document_id JOIN meeting m ON m.id = d.meeting_id
        WHERE p.outcome_id = ? ORDER BY p.state = 'proposed' DESC, p.confidence DESC`,
    ).all(outcomeId) as (Omit<FollowUpProposalView, 'evidence'> & { blockId: number; quote: string })[]
  ).map(({ blockId, quote, ...p }) => ({ ...p, evidence: evidenceOfBlock(db, blockId, quote) as Evidence }));
  return {
    ...row,
    sourceQuote: extra.sourceQuote,
    source: evidenceOfBlock(db, extra.sourceBlockId, extra.sourceQuote),
    supersededBy: extra.supersededBy,
    chasingSetBy: extra.chasingSetBy,
    chasingReading: readChasing(row.kind, row.text).because,
    rag: extra.rag,
    executiveResponse: extra.response
      ? { response: extra.response, on: extra.responseOn ?? '', text: extra.responseText ?? '' }
      : null,
    history,
    proposalList,
  };
}

function trackerRowById(db: Db, outcomeId: number): TrackerRow {
  const row = prepared(db, `SELECT ${COLUMNS} FROM (${ROWS}) WHERE id = :id`)
    .raw()
    .get({ ...dayParams(), id: outcomeId }) as RawRow | undefined;
  if (!row) throw new ApiError('not-found', 'That outcome is no longer in the library.');
  return toRow(row);
}

export interface StatusChangeInput {
  outcomeId: number;
  status: OutcomeStatus;
  note: string;
  evidenceBlockId?: number;
  evidenceQuote?: string;
  supersededBy?: number;
}

/** Appends a change to the outcome's history and makes it the current status, together. */
export function changeStatus(db: Db, input: StatusChangeInput): OutcomeDetail {
  trackerRowById(db, input.outcomeId);
  if (input.status === 'superseded') {
    if (!input.supersededBy) throw new ApiError('invalid-input', 'Say which outcome replaces this one.');
    if (input.supersededBy === input.outcomeId)
      throw new ApiError('invalid-input', 'An outcome cannot replace itself.');
    trackerRowById(db, input.supersededBy);
  }
  let evidenceDocument: number | null = null;
  let quote = input.evidenceQuote ?? null;
  if (input.evidenceBlockId !== undefined) {
    const evidence = evidenceOfBlock(db, input.evidenceBlockId, null);
    if (!evidence) throw new ApiError('not-found', 'That passage is no longer in the library.');
    evidenceDocument = evidence.documentId;
    quote ??= evidence.quote;
  }
  db.transaction(() => {
    const change = prepared(
      db,
      `INSERT INTO outcome_status_change (outcome_id, status, note, evidence_block_id, evidence_quote, evidence_document_id,
          ${STATUS_CHANGE_SYNC_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ${STATUS_CHANGE_SYNC_VALUES})`,
    ).run(
      input.outcomeId,
      input.status,
      input.note,
      input.evidenceBlockId ?? null,
      quote,
      evidenceDocument,
      changeTime(db, input.outcomeId),
    );
    queueStatusChange(db, change.lastInsertRowid);
    prepared(db, 'UPDATE outcome SET status = ?, superseded_by = ? WHERE id = ?').run(
      input.status,
      input.status === 'superseded' ? (input.supersededBy ?? null) : null,
      input.outcomeId,
    );
  })();
  return getOutcomeDetail(db, input.outcomeId);
}

/**
 * The chair's word on whether anyone must act on an outcome. It goes into the history
 * (the status stays as it is) and is the chair's from then on: no import or rule changes it.
 */
export function setNeedsChasing(
  db: Db,
  input: { outcomeId: number; needsChasing: boolean; note?: string },
): OutcomeDetail {
  const row = trackerRowById(db, input.outcomeId);
  const { chasingSetBy } = prepared(db, 'SELECT needs_chasing_set_by AS chasingSetBy FROM outcome WHERE id = ?').get(
    input.outcomeId,
  ) as { chasingSetBy: string };
  if (row.needsChasing === input.needsChasing && chasingSetBy === 'chair') return getOutcomeDetail(db, input.outcomeId);
  db.transaction(() => {
    prepared(db, "UPDATE outcome SET needs_chasing = ?, needs_chasing_set_by = 'chair' WHERE id = ?").run(
      input.needsChasing ? 1 : 0,
      input.outcomeId,
    );
    const change = prepared(
      db,
      `INSERT INTO outcome_status_change (outcome_id, status, needs_chasing, note, ${STATUS_CHANGE_SYNC_COLUMNS})
        VALUES (?, ?, ?, ?, ${STATUS_CHANGE_SYNC_VALUES})`,
    ).run(
      input.outcomeId,
      row.status,
      input.needsChasing ? 1 : 0,
      input.note?.trim() ?? '',
      changeTime(db, input.outcomeId),
    );
    queueStatusChange(db, change.lastInsertRowid);
  })();
  return getOutcomeDetail(db, input.outcomeId);
}

const RAG_WORDS: Record<RagRating, string> = {
  green: 'green (achieved, stop monitoring)',
  amber: 'amber (acceptable progress)',
  red: 'red (progress not acceptable)',
};
const RESPONSE_WORDS: Record<ExecutiveResponse['response'], string> = {
  accepted: 'accepted',
  partly: 'partly accepted',
  rejected: 'rejected',
};

/**
 * The council tracker's RAG rating and, for a recommendation, the executive's response.
 * Each change is written into the outcome's history too, with the chair's note; the status stays as it is.
 */
export function setRagAndResponse(
  db: Db,
  input: {
    outcomeId: number;
    rag?: RagRating | null;
    executiveResponse?: ExecutiveResponse | null;
    note?: string;
  },
): OutcomeDetail {
  const row = trackerRowById(db, input.outcomeId);
  const before = prepared(
    db,
    `SELECT executive_response AS response, executive_response_on AS responseOn, executive_response_text AS responseText
      FROM outcome WHERE id = ?`,
  ).get(input.outcomeId) as { response: string | null; responseOn: string | null; responseText: string | null };
  const said: string[] = [];
  db.transaction(() => {
    if (input.rag !== undefined && input.rag !== row.rag) {
      prepared(db, 'UPDATE outcome SET rag = ? WHERE id = ?').run(input.rag, input.outcomeId);
      queueOutcomeFields(db, input.outcomeId, ['rag']);
      said.push(input.rag ? `RAG rating set to ${RAG_WORDS[input.rag]}.` : 'RAG rating cleared.');
    }
    const response = input.executiveResponse;
    const changed =
      response === null
        ? before.response !== null
        : response !== undefined &&
          (response.response !== before.response ||
            response.on !== before.responseOn ||
            response.text !== (before.responseText ?? ''));
    if (changed) {
      prepared(
        db,
        'UPDATE outcome SET executive_response = ?, executive_response_on = ?, executive_response_text = ? WHERE id = ?',
      ).run(response?.response ?? null, response?.on ?? null, response?.text ?? null, input.outcomeId);
      queueOutcomeFields(db, input.outcomeId, ['executive-response']);
      said.push(
        response
          ? `Executive’s response: ${RESPONSE_WORDS[response.response]}, ${ukDate(response.on)}.`
          : 'Executive’s response cleared.',
      );
    }
    const note = input.note?.trim() ?? '';
    if (said.length > 0 || note) {
      const change = prepared(
        db,
        `INSERT INTO outcome_status_change (outcome_id, status, note, ${STATUS_CHANGE_SYNC_COLUMNS})
          VALUES (?, ?, ?, ${STATUS_CHANGE_SYNC_VALUES})`,
      ).run(input.outcomeId, row.status, [...said, note].filter(Boolean).join(' '), changeTime(db, input.outcomeId));
      queueStatusChange(db, change.lastInsertRowid);
    }
  })();
  return getOutcomeDetail(db, input.outcomeId);
}

/** The committee's next meeting after this one, when the library has it. */
function nextMeetingDate(db: Db, outcomeId: number): { meetingDate: string | null; nextMeetingDate: string | null } {
  return prepared(
    db,
    `SELECT m.date AS meetingDate,
        (SELECT MIN(n.date) FROM meeting n WHERE n.committee_id = m.committee_id AND n.date > m.date) AS nextMeetingDate
      FROM outcome o JOIN meeting m ON m.id = o.meeting_id WHERE o.id = ?`,
  ).get(outcomeId) as { meetingDate: string | null; nextMeetingDate: string | null };
}

/** Sets who owes an outcome and when, reading due phrases such as "next meeting" into a date. */
export function setOwnerAndDue(db: Db, input: { outcomeId: number; owner?: string; due?: string }): OutcomeDetail {
  trackerRowById(db, input.outcomeId);
  db.transaction(() => {
    if (input.owner !== undefined) {
      prepared(db, 'UPDATE outcome SET owner = ? WHERE id = ?').run(input.owner.trim() || null, input.outcomeId);
      queueOutcomeFields(db, input.outcomeId, ['owner']);
    }
    if (input.due !== undefined) queueOutcomeFields(db, input.outcomeId, ['due']);
    if (input.due !== undefined) {
      const phrase = input.due.trim();
      if (phrase === '') {
        prepared(db, 'UPDATE outcome SET due_hint = NULL, due_date = NULL, due_meaning = NULL WHERE id = ?').run(
          input.outcomeId,
        );
      } else {
        const reading = interpretDue(phrase, { ...nextMeetingDate(db, input.outcomeId), today: today() });
        if (!reading) {
          throw new ApiError(
            'invalid-input',
            `Scrutineer cannot tell what date “${phrase}” means. Try a date such as 31 March 2026, or “next meeting”.`,
          );
        }
        prepared(db, 'UPDATE outcome SET due_hint = ?, due_date = ?, due_meaning = ? WHERE id = ?').run(
          phrase,
          reading.date,
          reading.meaning,
          input.outcomeId,
        );
      }
    }
  })();
  return getOutcomeDetail(db, input.outcomeId);
}

/** Reads the due phrase the importer found, where there is one and no date yet. */
export function interpretImportedDue(db: Db, outcomeId: number, phrase: string): void {
  const reading = interpretDue(phrase, { ...nextMeetingDate(db, outcomeId), today: today() });
  if (reading)
    prepared(db, 'UPDATE outcome SET due_date = ?, due_meaning = ? WHERE id = ?').run(
      reading.date,
      reading.meaning,
      outcomeId,
    );
}

/** The chair's answer to a proposed follow-up: accepting records it as evidence; nothing is closed. */
export function decideProposal(db: Db, proposalId: number, accept: boolean): OutcomeDetail {
  const proposal = prepared(
    db,
    'SELECT outcome_id AS outcomeId, block_id AS blockId, quote, explanation, state FROM outcome_proposal WHERE id = ?',
  ).get(proposalId) as
    { outcomeId: number; blockId: number; quote: string; explanation: string; state: string } | undefined;
  if (!proposal) throw new ApiError('not-found', 'That suggestion is no longer there.');
  if (proposal.state !== 'proposed') throw new ApiError('invalid-input', 'That suggestion has already been answered.');
  db.transaction(() => {
    prepared(
      db,
      "UPDATE outcome_proposal SET state = ?, decided_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?",
    ).run(accept ? 'accepted' : 'rejected', proposalId);
    if (accept) {
      const { status } = prepared(db, 'SELECT status FROM outcome WHERE id = ?').get(proposal.outcomeId) as {
        status: OutcomeStatus;
      };
      const evidence = evidenceOfBlock(db, proposal.blockId, proposal.quote);
      const change = prepared(
        db,
        `INSERT INTO outcome_status_change (outcome_id, status, note, evidence_block_id, evidence_quote, evidence_document_id,
            ${STATUS_CHANGE_SYNC_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ${STATUS_CHANGE_SYNC_VALUES})`,
      ).run(
        proposal.outcomeId,
        status,
        `Evidence accepted: ${proposal.explanation}`,
        proposal.blockId,
        proposal.quote,
        evidence?.documentId ?? null,
        changeTime(db, proposal.outcomeId),
      );
      queueStatusChange(db, change.lastInsertRowid);
    }
  })();
  return getOutcomeDetail(db, proposal.outcomeId);
}

const AGE_BANDS: [string, number][] = [
  ['Under a month', 30],
  ['1–3 months', 91],
  ['3–6 months', 182],
  ['6–12 months', 365],
  ['1–2 years', 730],
  ['Over 2 years', 1e9],
];

/**
 * Figures of what needs chasing, counted in SQL; recorded decisions are only counted, apart.
 * Summed by meeting from the tracker's index alone (no outcome's text, no lookup per outcome), then by
 * committee over a few thousand meetings, where the meeting's date decides what is two months old and
 * how long an open outcome has waited.
 */
export function trackerDashboard(db: Db): TrackerDashboard {
  const { today: day, twoMonthsAgo } = dayParams();
  const open = "o.needs_chasing = 1 AND o.status IN ('open', 'in-progress')";
  const byMeeting = `SELECT o.meeting_id AS meetingId, SUM(${open}) AS open,
      SUM(${open} AND o.due_date IS NOT NULL AND o.due_date < :today) AS overdue,
      SUM(o.needs_chasing = 1 AND o.status = 'done') AS done, SUM(o.needs_chasing) AS total,
      SUM(o.needs_chasing = 0) AS recorded, SUM(${open} AND o.rag IS 'red') AS red,
      SUM(${open} AND o.rag IS 'amber') AS amber, SUM(${open} AND o.rag IS 'green') AS green,
      SUM(${open} AND o.rag IS NULL) AS unrated,
      SUM(${open} AND o.kind = 'recommendation' AND o.executive_response IS NULL) AS unanswered
    FROM outcome o INDEXED BY outcome_for_tracker GROUP BY o.meeting_id`;
  const committees = prepared(
    db,
    `SELECT c.name AS committee, SUM(s.open) AS open, SUM(s.overdue) AS overdue, SUM(s.done) AS done,
        SUM(s.total) AS total, SUM(s.recorded) AS recorded, SUM(s.red) AS red, SUM(s.amber) AS amber,
        SUM(s.green) AS green, SUM(s.unrated) AS unrated,
        SUM(CASE WHEN m.date < :twoMonthsAgo THEN s.unanswered ELSE 0 END) AS awaitingResponse
      FROM (${byMeeting}) s JOIN meeting m ON m.id = s.meetingId JOIN committee c ON c.id = m.committee_id
      GROUP BY c.id`,
  ).all({ today: day, twoMonthsAgo }) as TrackerDashboard['committees'];
  // An open outcome's days open are today less its meeting's date: each band is a range of meeting dates.
  const bands = AGE_BANDS.map(([, limit], i) => {
    const newest = daysBefore(day, (AGE_BANDS[i - 1]?.[1] ?? 0) - 1);
    const inBand =
      limit >= 1e9 ? `m.date < '${newest}'` : `m.date < '${newest}' AND m.date >= '${daysBefore(day, limit - 1)}'`;
    return `COALESCE(SUM(CASE WHEN ${inBand} THEN s.open END), 0)`;
  });
  const counts = prepared(
    db,
    `SELECT ${bands.join(', ')} FROM (SELECT o.meeting_id AS meetingId, SUM(${open}) AS open
        FROM outcome o INDEXED BY outcome_for_tracker GROUP BY o.meeting_id) s JOIN meeting m ON m.id = s.meetingId
      WHERE m.date IS NOT NULL`,
  )
    .raw()
    .get() as number[];
  return {
    committees: committees.sort((a, b) => a.committee.localeCompare(b.committee)),
    ageing: AGE_BANDS.map(([label], i) => ({ label, count: counts[i] ?? 0 })),
  };
}

/** A change answers with the figures of the view it was made in, so the chair's action is one round trip. */
export function withView(db: Db, detail: OutcomeDetail, view: TrackerFilters | undefined): OutcomeChange {
  return view ? { ...detail, view: { counts: trackerCounts(db, view), dashboard: trackerDashboard(db) } } : detail;
}
