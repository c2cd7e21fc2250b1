import { randomUUID } from 'node:crypto';
import {
  changeId,
  type AnnotationChange,
  type ChangeDocument,
  type Entity,
  type FollowedCommitteeChange,
  type OutcomeChange,
  type QuestionChange,
  type ReadingPositionChange,
} from '../../sync/change-documents';
import { committeeSlug, trackerDatabaseName } from '../../sync/design-docs';
import type { Db } from '../open-library';
import { documentIsConfidential, outcomeIsConfidential, questionIsConfidential } from '../queries/confidential';
import { changesOf, headsOf, MEMBER_DATABASE, recordChange, winnerOf } from './change-log';
import { outcomeKey } from './outcome-keys';
import { prepared } from '../statements';

export interface SyncIdentity {
  author: string;
  device: string;
  includeConfidential: boolean;
  /** Committees (as slugs) whose trackers the user may sync. */
  trackerSlugs: string[];
}

type Made = { database: string; doc: ChangeDocument; uuid?: string } | 'gone' | 'keep';

const now = () => new Date().toISOString();

/** What the member sees of a paper, to find it on another device: its file's hash, then its title and meeting. */
const PAPER = `(SELECT file_hash FROM document_version WHERE document_id = d.id ORDER BY version DESC LIMIT 1) AS fileHash,
  d.title, c.name AS committee, m.date AS meetingDate`;

function annotationChange(db: Db, key: string, who: SyncIdentity): Made {
  const row = prepared(
    db,
    `SELECT a.kind, a.colour, a.body, a.exact, a.prefix, a.suffix, a.start_offset AS start, a.end_offset AS end, a.page,
        a.deleted_at AS deletedAt, ${PAPER}, ${documentIsConfidential('d')} AS confidential
      FROM annotation a JOIN document d ON d.id = a.document_id JOIN meeting m ON m.id = d.meeting_id
      JOIN committee c ON c.id = m.committee_id WHERE a.uuid = ?`,
  ).get(key) as
    | (AnnotationChange['state'] & AnnotationChange['paper'] & { deletedAt: string | null; confidential: number })
    | undefined;
  if (!row) return 'gone';
  if (row.confidential === 1 && !who.includeConfidential) return 'keep';
  const { fileHash, title, committee, meetingDate, deletedAt, confidential, ...state } = row;
  void confidential; // checked above; not part of the note
  return {
    database: MEMBER_DATABASE,
    doc: {
      ...envelope('annotation', key, who),
      paper: { fileHash, title, committee, meetingDate },
      state: { ...state, deleted: deletedAt !== null },
    } as AnnotationChange,
  };
}

function questionChange(db: Db, key: string, who: SyncIdentity): Made {
  const row = prepared(
    db,
    `SELECT q.text, q.addressee, q.priority, q.tags, q.private_note AS privateNote, q.position, q.quote, q.page,
        q.asked, q.answer, q.satisfied, i.number AS itemNumber, i.title AS itemTitle, a.uuid AS annotation,
        c.name AS committee, m.date, ${questionIsConfidential('q')} AS confidential
      FROM question q JOIN meeting m ON m.id = q.meeting_id JOIN committee c ON c.id = m.committee_id
      LEFT JOIN agenda_item i ON i.id = q.agenda_item_id LEFT JOIN annotation a ON a.id = q.annotation_id
      WHERE q.uuid = ?`,
  ).get(key) as
    | (Omit<NonNullable<QuestionChange['state']>, 'satisfied' | 'deleted'> & {
        satisfied: number | null;
        committee: string;
        date: string | null;
        confidential: number;
      })
    | undefined;
  if (!row) {
    // Deleted here: the meeting is whatever the last change said.
    const last = winnerOf(changesOf(db, 'question', key))?.body as QuestionChange | undefined;
    if (!last) return 'gone';
    return {
      database: MEMBER_DATABASE,
      doc: { ...envelope('question', key, who), meeting: last.meeting, state: null } as QuestionChange,
    };
  }
  if (row.confidential === 1 && !who.includeConfidential) return 'keep';
  const { committee, date, confidential, satisfied, ...state } = row;
  void confidential; // checked above; not part of the question
  return {
    database: MEMBER_DATABASE,
    doc: {
      ...envelope('question', key, who),
      meeting: { committee, date },
      state: { ...state, deleted: false, satisfied: satisfied === null ? null : satisfied === 1 },
    } as QuestionChange,
  };
}

function readingPositionChange(db: Db, documentId: string, who: SyncIdentity): Made {
  const row = prepared(
    db,
    `SELECT r.view, r.text_offset AS textOffset, r.page, ${PAPER}, ${documentIsConfidential('d')} AS confidential
      FROM reading_position r JOIN document d ON d.id = r.document_id JOIN meeting m ON m.id = d.meeting_id
      JOIN committee c ON c.id = m.committee_id WHERE r.document_id = ?`,
  ).get(Number(documentId)) as
    (ReadingPositionChange['state'] & { fileHash: string; confidential: number }) | undefined;
  if (!row) return 'gone';
  if (row.confidential === 1 && !who.includeConfidential) return 'keep';
  return {
    database: MEMBER_DATABASE,
    doc: {
      ...envelope('reading-position', row.fileHash, who),
      state: { view: row.view, textOffset: row.textOffset, page: row.page },
    } as ReadingPositionChange,
  };
}

function followedCommitteeChange(db: Db, id: string, who: SyncIdentity): Made {
  const row = prepared(
    db,
    `SELECT s.root_url AS siteUrl, sc.remote_id AS remoteId, sc.title, sc.followed
      FROM site_committee sc JOIN council_site s ON s.id = sc.site_id WHERE sc.id = ?`,
  ).get(Number(id)) as { siteUrl: string; remoteId: number; title: string; followed: number } | undefined;
  if (!row) return 'gone';
  return {
    database: MEMBER_DATABASE,
    doc: {
      ...envelope('followed-committee', `${row.siteUrl}#${row.remoteId}`, who),
      state: { ...row, followed: row.followed === 1 },
    } as FollowedCommitteeChange,
  };
}

/** A tracker change: 's:ID' is one row of an outcome's history, 'f:ID:field' one field of an outcome. */
function outcomeChange(db: Db, outboxKey: string, who: SyncIdentity, fields: string[]): Made {
  const [kind, idText] = outboxKey.split(':') as [string, string];
  let outcomeId = Number(idText);
  let change: OutcomeChange['change'] = {};
  let uuid: string | undefined;
  let at = now();
  if (kind === 's') {
    const row = prepared(
      db,
      `SELECT outcome_id AS outcomeId, status, needs_chasing AS needsChasing, note, evidence_quote AS evidenceQuote,
          sync_id AS uuid, changed_at AS changedAt FROM outcome_status_change WHERE id = ?`,
    ).get(outcomeId) as
      | {
          outcomeId: number;
          status: NonNullable<OutcomeChange['change']['status']>;
          needsChasing: number | null;
          note: string;
          evidenceQuote: string | null;
          uuid: string | null;
          changedAt: string;
        }
      | undefined;
    if (!row) return 'gone';
    outcomeId = row.outcomeId;
    uuid = row.uuid ?? undefined;
    // When it was made, not when it was sent: the history is in the order things happened.
    at = row.changedAt;
    change = row.needsChasing === null ? { status: row.status } : { needsChasing: row.needsChasing === 1 };
    if (row.note) change.note = row.note;
    if (row.evidenceQuote) change.evidenceQuote = row.evidenceQuote;
  } else {
    const row = prepared(
      db,
      `SELECT owner, due_hint AS dueHint, due_date AS dueDate, rag, executive_response AS response,
          executive_response_on AS responseOn, executive_response_text AS responseText FROM outcome WHERE id = ?`,
    ).get(outcomeId) as
      | {
          owner: string | null;
          dueHint: string | null;
          dueDate: string | null;
          rag: OutcomeChange['change']['rag'];
          response: 'accepted' | 'partly' | 'rejected' | null;
          responseOn: string | null;
          responseText: string | null;
        }
      | undefined;
    if (!row) return 'gone';
    if (fields.includes('owner')) change.owner = row.owner;
    if (fields.includes('due')) Object.assign(change, { dueHint: row.dueHint, dueDate: row.dueDate });
    if (fields.includes('rag')) change.rag = row.rag;
    if (fields.includes('executive-response'))
      change.executiveResponse = row.response
        ? { response: row.response, on: row.responseOn ?? '', text: row.responseText ?? '' }
        : null;
  }
  const outcome = prepared(
    db,
    `SELECT c.name AS committee, m.date AS meetingDate, o.text, ${outcomeIsConfidential('o')} AS confidential
      FROM outcome o JOIN meeting m ON m.id = o.meeting_id JOIN committee c ON c.id = m.committee_id WHERE o.id = ?`,
  ).get(outcomeId) as { committee: string; meetingDate: string | null; text: string; confidential: number } | undefined;
  const key = outcomeKey(db, outcomeId);
  if (!outcome || !key) return 'gone';
  if (!who.trackerSlugs.includes(committeeSlug(outcome.committee))) return 'gone';
  if (outcome.confidential === 1 && !who.includeConfidential) return 'keep';
  return {
    database: trackerDatabaseName(outcome.committee),
    uuid,
    doc: {
      ...envelope('outcome', key, who),
      at,
      base: [],
      committee: outcome.committee,
      outcome: { meetingDate: outcome.meetingDate, text: outcome.text },
      change,
    } as OutcomeChange,
  };
}

function envelope(entity: Entity, key: string, who: SyncIdentity) {
  return {
    type: 'scrutineer-change' as const,
    entity,
    key,
    author: who.author,
    device: who.device,
    at: now(),
    base: [] as string[],
  };
}

/** Edits and resolutions of notes and questions name what they were made on top of; the rest is latest-wins. */
function withBase(db: Db, doc: ChangeDocument, resolves: boolean): ChangeDocument {
  if (doc.entity !== 'annotation' && doc.entity !== 'question') return doc;
  const heads = headsOf(changesOf(db, doc.entity, doc.key));
  const base = resolves || heads.length <= 1 ? heads : [winnerOf(heads)!];
  return { ...doc, base: base.map((h) => h.id) };
}

/**
 * Turns what changed here into change documents, in one transaction with the rows
 * they describe. Confidential items wait here until the member includes them.
 */
export function makeChanges(db: Db, who: SyncIdentity): number {
  let made = 0;
  db.transaction(() => {
    const queued = prepared(db, 'SELECT entity, entity_key AS key, resolves FROM sync_outbox').all() as {
      entity: Entity | 'outcome';
      key: string;
      resolves: number;
    }[];
    const done = prepared(db, 'DELETE FROM sync_outbox WHERE entity = ? AND entity_key = ?');
    const fieldsByOutcome = new Map<string, string[]>();
    for (const { entity, key } of queued) {
      if (entity !== 'outcome' || !key.startsWith('f:')) continue;
      const [, id, field] = key.split(':') as [string, string, string];
      fieldsByOutcome.set(`f:${id}`, [...(fieldsByOutcome.get(`f:${id}`) ?? []), field]);
    }
    const handled = new Set<string>();
    for (const { entity, key, resolves } of queued) {
      const outcomeKeyHere = key.startsWith('f:') ? key.split(':').slice(0, 2).join(':') : key;
      if (handled.has(`${entity}|${outcomeKeyHere}`)) {
        done.run(entity, key);
        continue;
      }
      handled.add(`${entity}|${outcomeKeyHere}`);
      const result =
        entity === 'annotation'
          ? annotationChange(db, key, who)
          : entity === 'question'
            ? questionChange(db, key, who)
            : entity === 'reading-position'
              ? readingPositionChange(db, key, who)
              : entity === 'followed-committee'
                ? followedCommitteeChange(db, key, who)
                : outcomeChange(db, outcomeKeyHere, who, fieldsByOutcome.get(outcomeKeyHere) ?? []);
      if (result === 'keep') continue;
      if (key.startsWith('f:'))
        for (const field of fieldsByOutcome.get(outcomeKeyHere) ?? []) done.run(entity, `${outcomeKeyHere}:${field}`);
      done.run(entity, key);
      if (result === 'gone') continue;
      const doc = withBase(db, result.doc, resolves === 1);
      recordChange(db, result.database, changeId(doc.entity, doc.key, result.uuid ?? randomUUID()), doc, true);
      if (resolves === 1)
        prepared(db, 'DELETE FROM sync_conflict WHERE entity = ? AND entity_key = ?').run(doc.entity, doc.key);
      made++;
    }
  })();
  return made;
}
