import { ApiError } from '../../../shared/api/errors';
import type {
  Evidence,
  ExecutiveResponse,
  FollowUpProposalView,
  OutcomeDetail,
  OutcomeStatus,
  RagRating,
  StatusChange,
  TrackerCounts,
  TrackerDashboard,
  TrackerFilters,
  TrackerRow,
} from '../../../shared/domain';
import { interpretDue } from '../../tracker/due-dates';
import { readChasing } from '../../tracker/needs-chasing';
import type { Db } from '../open-library';
import { outcomeIsConfidential } from './confidential';
import {
  queueOutcomeFields,
  queueStatusChange,
  STATUS_CHANGE_SYNC_COLUMNS,
  STATUS_CHANGE_SYNC_VALUES,
} from '../sync/queue-tracker-change';

const CLOSED = "('done', 'dropped', 'superseded')";

/**
 * Every outcome with the figures a chair reads: days open, last update, overdue (kept on the row by migration 6).
 * A recorded decision has nothing to chase: it is never open for days, nor overdue.
 */
const ROWS = `
WITH base AS (
  SELECT o.id, o.kind, o.text, c.name AS committee, m.id AS meetingId, m.date AS meetingDate,
    i.number AS itemNumber, i.title AS itemTitle, o.owner, o.due_hint AS dueHint, o.due_date AS dueDate,
    o.due_meaning AS dueMeaning, o.status,
    COALESCE(o.last_change_at, o.created_at) AS lastUpdate, o.closed_at AS closedAt, o.proposals_waiting AS proposals,
    ${outcomeIsConfidential('o')} AS confidential, o.needs_chasing AS needsChasing
  FROM outcome o JOIN meeting m ON m.id = o.meeting_id JOIN committee c ON c.id = m.committee_id
  LEFT JOIN agenda_item i ON i.id = o.agenda_item_id
)
SELECT id, kind, text, committee, meetingId, meetingDate, itemNumber, itemTitle, owner, dueHint, dueDate, dueMeaning,
  status, lastUpdate, proposals, confidential, needsChasing,
  CASE WHEN meetingDate IS NULL OR needsChasing = 0 THEN NULL
    ELSE CAST(julianday(CASE WHEN status IN ${CLOSED} THEN COALESCE(closedAt, lastUpdate) ELSE :today END) - julianday(meetingDate) AS INTEGER)
  END AS daysOpen,
  (needsChasing = 1 AND status IN ('open', 'in-progress') AND dueDate IS NOT NULL AND dueDate < :today) AS overdue
FROM base`;

/**
 * With many thousands of rows, making the objects costs more than the query:
 * arrays from SQLite, then one object literal each (a third quicker, measured).
 */
const COLUMNS = `id, kind, text, committee, meetingId, meetingDate, itemNumber, itemTitle, owner, dueHint, dueDate,
  dueMeaning, status, lastUpdate, proposals, daysOpen, overdue, confidential, needsChasing`;
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
  };
}

const SORTS: Record<NonNullable<TrackerFilters['sort']>, string> = {
  meeting: 'meetingDate',
  due: 'dueDate IS NULL, dueDate',
  'days-open': 'daysOpen',
  'last-update': 'lastUpdate',
  status: 'status',
};

function today(): string {
  return new Date().toISOString().slice(0, 10);
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
  const params: Record<string, unknown> = { today: today() };
  if (filters.committee) {
    all.push('committee = :committee COLLATE NOCASE');
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
    all.push("(text LIKE :text ESCAPE '\\' OR itemTitle LIKE :text ESCAPE '\\')");
    params.text = `%${escapeLike(filters.text)}%`;
  }
  if (filters.overdue) chased.push('overdue = 1');
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

/**
 * The tracker's rows, filtered and sorted in SQL so it stays quick with many thousands.
 * What needs chasing, unless the filters ask for recorded decisions or for both.
 */
export function trackerRows(db: Db, filters: TrackerFilters = {}): TrackerRow[] {
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
  const order = `${SORTS[filters.sort ?? 'meeting']} ${filters.descending === false ? 'ASC' : 'DESC'}, id`;
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM (${ROWS}) ${whereClause(where)} ORDER BY ${order}`)
    .raw()
    .all(params) as RawRow[];
  return rows.map(toRow);
}

/** How many outcomes the filters find that need chasing, and how many recorded decisions. */
export function trackerCounts(db: Db, filters: TrackerFilters = {}): TrackerCounts {
  const { all, chased, params } = conditions(filters);
  const chasedHere = ['needsChasing = 1', ...chased].join(' AND ');
  const [needsChasing, recorded] = db
    .prepare(
      `SELECT COALESCE(SUM(${chasedHere}), 0), COALESCE(SUM(needsChasing = 0), 0) FROM (${ROWS}) ${whereClause(all)}`,
    )
    .raw()
    .get(params) as [number, number];
  return { needsChasing, recorded };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function evidenceOfBlock(db: Db, blockId: number | null, quote: string | null): Evidence | null {
  if (blockId === null)
    return quote ? { documentId: null, documentTitle: null, blockId: null, offset: null, quote } : null;
  const row = db
    .prepare(
      `SELECT d.id AS documentId, d.title AS documentTitle, b.id AS blockId, b.start_offset AS offset, b.text
      FROM block b JOIN document_version v ON v.id = b.version_id JOIN document d ON d.id = v.document_id WHERE b.id = ?`,
    )
    .get(blockId) as (Omit<Evidence, 'quote'> & { text: string }) | undefined;
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
  const extra = db
    .prepare(
      `SELECT source_quote AS sourceQuote, source_block_id AS sourceBlockId, superseded_by AS supersededBy,
        needs_chasing_set_by AS chasingSetBy, rag, executive_response AS response, executive_response_on AS responseOn,
        executive_response_text AS responseText FROM outcome WHERE id = ?`,
    )
    .get(outcomeId) as {
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
    db
      .prepare(
        `SELECT id, status, needs_chasing AS chasing, note, evidence_block_id AS blockId, evidence_quote AS quote,
          changed_at AS changedAt, author
        FROM outcome_status_change WHERE outcome_id = ? ORDER BY changed_at, id`,
      )
      .all(outcomeId) as (Omit<StatusChange, 'evidence' | 'needsChasing'> & {
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
    db
      .prepare(
        `SELECT p.id, p.reason, p.explanation, p.confidence, p.state, p.block_id AS blockId, p.quote, m.date AS meetingDate
        FROM outcome_proposal p JOIN block b ON b.id = p.block_id JOIN document_version v ON v.id = b.version_id
        JOIN document d ON d.id = v.document_id JOIN meeting m ON m.id = d.meeting_id
        WHERE p.outcome_id = ? ORDER BY p.state = 'proposed' DESC, p.confidence DESC`,
      )
      .all(outcomeId) as (Omit<FollowUpProposalView, 'evidence'> & { blockId: number; quote: string })[]
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
  const row = db
    .prepare(`SELECT ${COLUMNS} FROM (${ROWS}) WHERE id = :id`)
    .raw()
    .get({ today: today(), id: outcomeId }) as RawRow | undefined;
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
    const change = db
      .prepare(
        `INSERT INTO outcome_status_change (outcome_id, status, note, evidence_block_id, evidence_quote, evidence_document_id,
          ${STATUS_CHANGE_SYNC_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ${STATUS_CHANGE_SYNC_VALUES})`,
      )
      .run(input.outcomeId, input.status, input.note, input.evidenceBlockId ?? null, quote, evidenceDocument);
    queueStatusChange(db, change.lastInsertRowid);
    db.prepare('UPDATE outcome SET status = ?, superseded_by = ? WHERE id = ?').run(
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
  const { chasingSetBy } = db
    .prepare('SELECT needs_chasing_set_by AS chasingSetBy FROM outcome WHERE id = ?')
    .get(input.outcomeId) as { chasingSetBy: string };
  if (row.needsChasing === input.needsChasing && chasingSetBy === 'chair') return getOutcomeDetail(db, input.outcomeId);
  db.transaction(() => {
    db.prepare("UPDATE outcome SET needs_chasing = ?, needs_chasing_set_by = 'chair' WHERE id = ?").run(
      input.needsChasing ? 1 : 0,
      input.outcomeId,
    );
    const change = db
      .prepare(
        `INSERT INTO outcome_status_change (outcome_id, status, needs_chasing, note, ${STATUS_CHANGE_SYNC_COLUMNS})
        VALUES (?, ?, ?, ?, ${STATUS_CHANGE_SYNC_VALUES})`,
      )
      .run(input.outcomeId, row.status, input.needsChasing ? 1 : 0, input.note?.trim() ?? '');
    queueStatusChange(db, change.lastInsertRowid);
  })();
  return getOutcomeDetail(db, input.outcomeId);
}

/** The council tracker's RAG rating and, for a recommendation, the executive's response. */
export function setRagAndResponse(
  db: Db,
  input: {
    outcomeId: number;
    rag?: RagRating | null;
    executiveResponse?: ExecutiveResponse | null;
  },
): OutcomeDetail {
  trackerRowById(db, input.outcomeId);
  db.transaction(() => {
    if (input.rag !== undefined) {
      db.prepare('UPDATE outcome SET rag = ? WHERE id = ?').run(input.rag, input.outcomeId);
      queueOutcomeFields(db, input.outcomeId, ['rag']);
    }
    if (input.executiveResponse !== undefined) {
      const response = input.executiveResponse;
      db.prepare(
        'UPDATE outcome SET executive_response = ?, executive_response_on = ?, executive_response_text = ? WHERE id = ?',
      ).run(response?.response ?? null, response?.on ?? null, response?.text ?? null, input.outcomeId);
      queueOutcomeFields(db, input.outcomeId, ['executive-response']);
    }
  })();
  return getOutcomeDetail(db, input.outcomeId);
}

/** The committee's next meeting after this one, when the library has it. */
function nextMeetingDate(db: Db, outcomeId: number): { meetingDate: string | null; nextMeetingDate: string | null } {
  return db
    .prepare(
      `SELECT m.date AS meetingDate,
        (SELECT MIN(n.date) FROM meeting n WHERE n.committee_id = m.committee_id AND n.date > m.date) AS nextMeetingDate
      FROM outcome o JOIN meeting m ON m.id = o.meeting_id WHERE o.id = ?`,
    )
    .get(outcomeId) as { meetingDate: string | null; nextMeetingDate: string | null };
}

/** Sets who owes an outcome and when, reading due phrases such as "next meeting" into a date. */
export function setOwnerAndDue(db: Db, input: { outcomeId: number; owner?: string; due?: string }): OutcomeDetail {
  trackerRowById(db, input.outcomeId);
  db.transaction(() => {
    if (input.owner !== undefined) {
      db.prepare('UPDATE outcome SET owner = ? WHERE id = ?').run(input.owner.trim() || null, input.outcomeId);
      queueOutcomeFields(db, input.outcomeId, ['owner']);
    }
    if (input.due !== undefined) queueOutcomeFields(db, input.outcomeId, ['due']);
    if (input.due !== undefined) {
      const phrase = input.due.trim();
      if (phrase === '') {
        db.prepare('UPDATE outcome SET due_hint = NULL, due_date = NULL, due_meaning = NULL WHERE id = ?').run(
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
        db.prepare('UPDATE outcome SET due_hint = ?, due_date = ?, due_meaning = ? WHERE id = ?').run(
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
    db.prepare('UPDATE outcome SET due_date = ?, due_meaning = ? WHERE id = ?').run(
      reading.date,
      reading.meaning,
      outcomeId,
    );
}

/** The chair's answer to a proposed follow-up: accepting records it as evidence; nothing is closed. */
export function decideProposal(db: Db, proposalId: number, accept: boolean): OutcomeDetail {
  const proposal = db
    .prepare(
      'SELECT outcome_id AS outcomeId, block_id AS blockId, quote, explanation, state FROM outcome_proposal WHERE id = ?',
    )
    .get(proposalId) as
    { outcomeId: number; blockId: number; quote: string; explanation: string; state: string } | undefined;
  if (!proposal) throw new ApiError('not-found', 'That suggestion is no longer there.');
  if (proposal.state !== 'proposed') throw new ApiError('invalid-input', 'That suggestion has already been answered.');
  db.transaction(() => {
    db.prepare(
      "UPDATE outcome_proposal SET state = ?, decided_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?",
    ).run(accept ? 'accepted' : 'rejected', proposalId);
    if (accept) {
      const { status } = db.prepare('SELECT status FROM outcome WHERE id = ?').get(proposal.outcomeId) as {
        status: OutcomeStatus;
      };
      const evidence = evidenceOfBlock(db, proposal.blockId, proposal.quote);
      const change = db
        .prepare(
          `INSERT INTO outcome_status_change (outcome_id, status, note, evidence_block_id, evidence_quote, evidence_document_id,
            ${STATUS_CHANGE_SYNC_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ${STATUS_CHANGE_SYNC_VALUES})`,
        )
        .run(
          proposal.outcomeId,
          status,
          `Evidence accepted: ${proposal.explanation}`,
          proposal.blockId,
          proposal.quote,
          evidence?.documentId ?? null,
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
  ['Over 2 years', Infinity],
];

/** Figures of what needs chasing; recorded decisions are only counted, apart. */
export function trackerDashboard(db: Db): TrackerDashboard {
  const rows = trackerRows(db, { sort: 'meeting', chasing: 'all' });
  const committees = new Map<string, TrackerDashboard['committees'][number]>();
  for (const row of rows) {
    const entry = committees.get(row.committee) ?? {
      committee: row.committee,
      open: 0,
      overdue: 0,
      done: 0,
      total: 0,
      recorded: 0,
    };
    committees.set(row.committee, entry);
    if (!row.needsChasing) {
      entry.recorded++;
      continue;
    }
    entry.total++;
    if (row.status === 'open' || row.status === 'in-progress') entry.open++;
    if (row.overdue) entry.overdue++;
    if (row.status === 'done') entry.done++;
  }
  const open = rows.filter(
    (r) => r.needsChasing && (r.status === 'open' || r.status === 'in-progress') && r.daysOpen !== null,
  );
  const ageing = AGE_BANDS.map(([label, limit], i) => ({
    label,
    count: open.filter(
      (r) => (r.daysOpen as number) < limit && (r.daysOpen as number) >= (AGE_BANDS[i - 1]?.[1] ?? -Infinity),
    ).length,
  }));
  return { committees: [...committees.values()].sort((a, b) => a.committee.localeCompare(b.committee)), ageing };
}
