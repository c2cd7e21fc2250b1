import { ApiError } from '../../../shared/api/errors';
import type { Question, QuestionPriority, QuestionWorkspace } from '../../../shared/domain';
import { needsChasing } from '../../tracker/needs-chasing';
import type { Db } from '../open-library';
import { questionIsConfidential } from './confidential';
import { join, prepared, raw, run, sql } from '../statements';

const COLUMNS = `q.id, q.meeting_id AS meetingId, q.agenda_item_id AS agendaItemId, q.position, q.text, q.addressee,
  q.priority, q.tags, q.private_note AS privateNote, q.quote, q.page,
  (SELECT label FROM printed_page p WHERE p.version_id = a.version_id AND p.page = q.page) AS printedPage, a.document_id AS documentId, d.title AS documentTitle,
  a.start_offset AS offset, q.asked, q.answer, q.satisfied, q.outcome_id AS outcomeId,
  ${questionIsConfidential('q')} AS confidential`;
const FROM = `FROM question q LEFT JOIN annotation a ON a.id = q.annotation_id LEFT JOIN document d ON d.id = a.document_id
  LEFT JOIN agenda_item i ON i.id = q.agenda_item_id`;

type Row = Omit<Question, 'satisfied' | 'confidential'> & { satisfied: number | null; confidential: number };
const toQuestion = (row: Row): Question => ({
  ...row,
  satisfied: row.satisfied === null ? null : row.satisfied === 1,
  confidential: row.confidential === 1,
});

export function getQuestion(db: Db, id: number): Question {
  const row = prepared(db, `SELECT ${COLUMNS} ${FROM} WHERE q.id = ?`).get(id) as Row | undefined;
  if (!row) throw new ApiError('not-found', 'That question is no longer there.');
  return toQuestion(row);
}

/** A meeting's questions in the order the member will ask them: by agenda item, then by position. */
export function questionWorkspace(db: Db, meetingId: number): QuestionWorkspace {
  const meeting = prepared(
    db,
    'SELECT m.id, c.name AS committee, m.date FROM meeting m JOIN committee c ON c.id = m.committee_id WHERE m.id = ?',
  ).get(meetingId) as { id: number; committee: string; date: string | null } | undefined;
  if (!meeting) throw new ApiError('not-found', 'That meeting is no longer in the library.');
  const items = (
    prepared(db, 'SELECT id, number, title, confidential FROM agenda_item WHERE meeting_id = ? ORDER BY position').all(
      meetingId,
    ) as (Omit<QuestionWorkspace['items'][number], 'confidential'> & { confidential: number })[]
  ).map((i) => ({ ...i, confidential: i.confidential === 1 }));
  const people = (
    prepared(
      db,
      `SELECT DISTINCT CASE WHEN detail IS NULL THEN name ELSE name || ' (' || detail || ')' END AS person
        FROM attendance WHERE meeting_id = ? AND role IN ('officer', 'other-member') ORDER BY position`,
    ).all(meetingId) as { person: string }[]
  ).map((p) => p.person);
  const presenters = prepared(
    db,
    "SELECT DISTINCT presenters FROM agenda_item WHERE meeting_id = ? AND presenters IS NOT NULL AND presenters <> ''",
  )
    .pluck()
    .all(meetingId) as string[];
  const questions = (
    prepared(
      db,
      `SELECT ${COLUMNS} ${FROM} WHERE q.meeting_id = ? ORDER BY i.position IS NULL, i.position, q.position, q.id`,
    ).all(meetingId) as Row[]
  ).map(toQuestion);
  return {
    meetingId,
    committee: meeting.committee,
    meetingDate: meeting.date,
    items,
    people: [...new Set([...presenters, ...people])],
    questions,
  };
}

export interface NewQuestion {
  meetingId: number;
  agendaItemId?: number | null;
  text: string;
  addressee?: string;
  priority?: QuestionPriority;
  tags?: string;
  privateNote?: string;
  annotationId?: number;
}

function nextPosition(db: Db, meetingId: number, itemId: number | null): number {
  return prepared(
    db,
    'SELECT COALESCE(MAX(position), -1) + 1 FROM question WHERE meeting_id = ? AND agenda_item_id IS ?',
  )
    .pluck()
    .get(meetingId, itemId) as number;
}

/** The agenda item whose minutes or papers hold an offset, from the paper's headings. */
function itemForAnnotation(db: Db, annotationId: number, meetingId: number): number | null {
  const found = prepared(
    db,
    `SELECT d.agenda_item_id AS itemId, a.start_offset AS offset, a.version_id AS versionId
      FROM annotation a JOIN document d ON d.id = a.document_id WHERE a.id = ?`,
  ).get(annotationId) as { itemId: number | null; offset: number | null; versionId: number | null } | undefined;
  if (!found) throw new ApiError('not-found', 'That passage is no longer there.');
  if (found.itemId) return found.itemId;
  if (found.offset === null || found.versionId === null) return null;
  const items = prepared(db, 'SELECT id, title FROM agenda_item WHERE meeting_id = ? ORDER BY position').all(
    meetingId,
  ) as {
    id: number;
    title: string;
  }[];
  const headings = prepared(
    db,
    `SELECT text FROM block WHERE version_id = ? AND start_offset <= ? ORDER BY position DESC`,
  )
    .pluck()
    .all(found.versionId, found.offset) as string[];
  const squash = (t: string) => t.toLowerCase().replace(/[^a-z0-9]+/g, '');
  for (const heading of headings) {
    const item = items.find((i) => squash(heading).endsWith(squash(i.title)) && squash(i.title).length > 3);
    if (item) return item.id;
  }
  return null;
}

/** A question typed fresh, or made from a highlighted passage (its quote and page come with it). */
export function createQuestion(db: Db, input: NewQuestion): Question {
  let quote: string | null = null;
  let page: number | null = null;
  let itemId = input.agendaItemId ?? null;
  if (input.annotationId !== undefined) {
    const annotation = prepared(db, 'SELECT exact, page FROM annotation WHERE id = ? AND deleted_at IS NULL').get(
      input.annotationId,
    ) as { exact: string; page: number | null } | undefined;
    if (!annotation) throw new ApiError('not-found', 'That passage is no longer there.');
    quote = annotation.exact;
    page = annotation.page;
    itemId ??= itemForAnnotation(db, input.annotationId, input.meetingId);
  }
  if (
    itemId !== null &&
    !prepared(db, 'SELECT 1 FROM agenda_item WHERE id = ? AND meeting_id = ?').get(itemId, input.meetingId)
  ) {
    throw new ApiError('invalid-input', 'That agenda item is not part of this meeting.');
  }
  const id = Number(
    prepared(
      db,
      `INSERT INTO question (meeting_id, agenda_item_id, position, text, addressee, priority, tags, private_note, annotation_id, quote, page)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      input.meetingId,
      itemId,
      nextPosition(db, input.meetingId, itemId),
      input.text,
      input.addressee ?? null,
      input.priority ?? 'normal',
      input.tags ?? '',
      input.privateNote ?? '',
      input.annotationId ?? null,
      quote,
      page,
    ).lastInsertRowid,
  );
  return getQuestion(db, id);
}

export interface QuestionChanges {
  text?: string;
  addressee?: string;
  priority?: QuestionPriority;
  tags?: string;
  privateNote?: string;
  asked?: Question['asked'];
  answer?: string;
  satisfied?: boolean | null;
}

export function updateQuestion(db: Db, id: number, changes: QuestionChanges): Question {
  getQuestion(db, id);
  const columns: Record<keyof QuestionChanges, string> = {
    text: 'text',
    addressee: 'addressee',
    priority: 'priority',
    tags: 'tags',
    privateNote: 'private_note',
    asked: 'asked',
    answer: 'answer',
    satisfied: 'satisfied',
  };
  const entries = (Object.keys(changes) as (keyof QuestionChanges)[]).filter((k) => changes[k] !== undefined);
  if (entries.length > 0) {
    const values = entries.map((k) => {
      const value = changes[k];
      return k === 'satisfied'
        ? value === null
          ? null
          : value
            ? 1
            : 0
        : k === 'addressee' && value === ''
          ? null
          : value;
    });
    // Only the columns given are set; every value is bound.
    run(
      db,
      sql`UPDATE question SET ${join(entries.map((k, i) => sql`${raw(columns[k])} = ${values[i]}`))},
        updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ${id}`,
    );
  }
  return getQuestion(db, id);
}

export function deleteQuestion(db: Db, id: number): void {
  getQuestion(db, id);
  prepared(db, 'DELETE FROM question WHERE id = ?').run(id);
}

/** Moves a question to a place under an agenda item, renumbering the others there. */
export function moveQuestion(db: Db, id: number, agendaItemId: number | null, position: number): QuestionWorkspace {
  const question = getQuestion(db, id);
  if (
    agendaItemId !== null &&
    !prepared(db, 'SELECT 1 FROM agenda_item WHERE id = ? AND meeting_id = ?').get(agendaItemId, question.meetingId)
  ) {
    throw new ApiError('invalid-input', 'That agenda item is not part of this meeting.');
  }
  db.transaction(() => {
    const others = prepared(
      db,
      'SELECT id FROM question WHERE meeting_id = ? AND agenda_item_id IS ? AND id <> ? ORDER BY position, id',
    )
      .pluck()
      .all(question.meetingId, agendaItemId, id) as number[];
    others.splice(Math.max(0, Math.min(position, others.length)), 0, id);
    const place = prepared(db, 'UPDATE question SET agenda_item_id = ?, position = ? WHERE id = ?');
    others.forEach((questionId, i) => place.run(agendaItemId, i, questionId));
  })();
  return questionWorkspace(db, question.meetingId);
}

/** "Follow up": what the officer promised becomes a request in the tracker, owned by them, linked back. */
export function followUpQuestion(db: Db, id: number): Question {
  const question = getQuestion(db, id);
  if (question.outcomeId !== null) return question;
  db.transaction(() => {
    const position = prepared(db, 'SELECT COALESCE(MAX(position), -1) + 1 FROM outcome WHERE meeting_id = ?')
      .pluck()
      .get(question.meetingId) as number;
    const text = question.answer.trim() ? `${question.text} – answer given: ${question.answer.trim()}` : question.text;
    const outcomeId = Number(
      prepared(
        db,
        `INSERT INTO outcome (meeting_id, agenda_item_id, position, kind, text, source_quote, owner, needs_chasing)
          VALUES (?, ?, ?, 'request', ?, ?, ?, ?)`,
      ).run(
        question.meetingId,
        question.agendaItemId,
        position,
        text,
        question.quote ?? question.text,
        question.addressee,
        needsChasing('request', text) ? 1 : 0,
      ).lastInsertRowid,
    );
    prepared(db, "INSERT INTO outcome_status_change (outcome_id, status, note) VALUES (?, 'open', ?)").run(
      outcomeId,
      'Follow-up of a question asked at the meeting.',
    );
    prepared(db, 'UPDATE question SET outcome_id = ? WHERE id = ?').run(outcomeId, id);
  })();
  return getQuestion(db, id);
}

/** Questions not reached move to the committee's next meeting in the library, quotes and all. */
export function carryOverQuestions(db: Db, meetingId: number): { moved: number; toMeetingId: number } {
  const next = prepared(
    db,
    `SELECT n.id FROM meeting m JOIN meeting n ON n.committee_id = m.committee_id AND n.date > m.date
      WHERE m.id = ? ORDER BY n.date LIMIT 1`,
  )
    .pluck()
    .get(meetingId) as number | undefined;
  if (!next) {
    throw new ApiError(
      'not-found',
      'The next meeting of this committee is not in the library yet. Import its agenda first.',
    );
  }
  const ids = prepared(db, "SELECT id FROM question WHERE meeting_id = ? AND asked = 'not-reached' ORDER BY position")
    .pluck()
    .all(meetingId) as number[];
  db.transaction(() => {
    const move = prepared(
      db,
      "UPDATE question SET meeting_id = ?, agenda_item_id = NULL, position = ?, asked = 'pending', private_note = private_note || ? WHERE id = ?",
    );
    const first = nextPosition(db, next, null);
    ids.forEach((id, i) => move.run(next, first + i, '\n(Carried over: not reached at the last meeting.)', id));
  })();
  return { moved: ids.length, toMeetingId: next };
}
