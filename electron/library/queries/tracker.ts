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
  TrackerFilters,
  TrackerRow,
} from '../../../shared/domain';
import { ukDate } from '../../../shared/uk-dates';
import { interpretDue } from '../../tracker/due-dates';
import { readChasing } from '../../tracker/needs-chasing';
import type { Db } from '../open-library';
import { CORE_COLUMNS, conditions, dayParams, localToday, whereClause } from './tracker-filters';
import { trackerCounts, trackerDashboard } from './tracker-pages';
import { COLUMNS, CORE, ROWS, toRow, type RawRow } from './tracker-rows';
import {
  queueOutcomeFields,
  queueStatusChange,
  STATUS_CHANGE_SYNC_COLUMNS,
  STATUS_CHANGE_SYNC_VALUES,
  changeTime,
} from '../sync/queue-tracker-change';

export { DUE_SOON_DAYS };
export { localToday } from './tracker-filters';
export { TRACKER_PAGE_SIZE, trackerCounts, trackerDashboard, trackerPage } from './tracker-pages';

/**
 * What each order sorts on in the whole list, never NULL: rows without the value (no date given,
 * no due date) come last whichever way the list is sorted. A page sorts the same (tracker-pages.ts).
 */
const SORT_KEYS: Record<NonNullable<TrackerFilters['sort']>, { descending: string; ascending: string }> = {
  meeting: { descending: "COALESCE(meetingDate, '')", ascending: "COALESCE(meetingDate, '9999-12-31')" },
  due: { descending: "COALESCE(dueDate, '')", ascending: "COALESCE(dueDate, '9999-12-31')" },
  'days-open': { descending: 'COALESCE(daysOpen, -1)', ascending: 'COALESCE(daysOpen, 1000000000)' },
  'last-update': { descending: 'lastUpdate', ascending: 'lastUpdate' },
  status: { descending: 'status', ascending: 'status' },
};

function today(): string {
  return localToday();
}

/**
 * Every row the filters find, filtered and sorted in SQL: for reports and reminders.
 * What needs chasing, unless the filters ask for recorded decisions or for both.
 */
export function trackerRows(db: Db, filters: TrackerFilters = {}): TrackerRow[] {
  const { all, chased, params } = conditions(filters, CORE_COLUMNS);
  const chasing = filters.chasing ?? 'needs-chasing';
  const where =
    chasing === 'needs-chasing'
      ? [...all, 'needsChasing = 1', ...chased]
      : chasing === 'recorded'
        ? [...all, 'needsChasing = 0']
        : chased.length
          ? [...all, `(needsChasing = 0 OR (${chased.join(' AND ')}))`]
          : all;
  const descending = filters.descending !== false;
  const keys = SORT_KEYS[filters.sort ?? 'meeting'];
  const key = descending ? keys.descending : keys.ascending;
  const rows = prepared(
    db,
    `SELECT ${COLUMNS} FROM (${ROWS}) WHERE id IN (SELECT id FROM (${CORE}) ${whereClause(where)})
      ORDER BY ${key} ${descending ? 'DESC' : 'ASC'}, id`,
  )
    .raw()
    .all(params) as RawRow[];
  return rows.map(toRow);
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

/** A change answers with the figures of the view it was made in, so the chair's action is one round trip. */
export function withView(db: Db, detail: OutcomeDetail, view: TrackerFilters | undefined): OutcomeChange {
  return view ? { ...detail, view: { counts: trackerCounts(db, view), dashboard: trackerDashboard(db) } } : detail;
}
