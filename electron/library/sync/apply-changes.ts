import { anchorQuote } from '../../../shared/anchoring/anchor';
import { fullTextOf } from '../../../shared/anchoring/full-text';
import type {
  AnnotationChange,
  ChangeDocument,
  Entity,
  FollowedCommitteeChange,
  OutcomeChange,
  QuestionChange,
  ReadingPositionChange,
  StoredChange,
} from '../../sync/change-documents';
import type { Db } from '../open-library';
import { blocksOfVersion, latestVersion } from '../queries/document-text';
import { changesOf, headsOf, MEMBER_DATABASE, recordChange, winnerOf, type LoggedChange } from './change-log';
import { makeChanges, type SyncIdentity } from './make-changes';
import { outcomesByKey } from './outcome-keys';
import { prepared } from '../statements';

/** Where a received change's paper, meeting or committee is not in this library yet. */
type Written = 'written' | 'waiting';

function documentOf(db: Db, paper: AnnotationChange['paper']): number | undefined {
  return (prepared(db, 'SELECT document_id FROM document_version WHERE file_hash = ? LIMIT 1')
    .pluck()
    .get(paper.fileHash) ??
    prepared(
      db,
      `SELECT d.id FROM document d JOIN meeting m ON m.id = d.meeting_id JOIN committee c ON c.id = m.committee_id
        WHERE d.title = ? AND c.name = ? AND m.date IS ? LIMIT 1`,
    )
      .pluck()
      .get(paper.title, paper.committee, paper.meetingDate)) as number | undefined;
}

function writeAnnotation(db: Db, key: string, change: AnnotationChange): Written {
  const { state } = change;
  const existing = prepared(db, 'SELECT id FROM annotation WHERE uuid = ?').pluck().get(key) as number | undefined;
  if (existing !== undefined) {
    prepared(
      db,
      `UPDATE annotation SET kind = ?, colour = ?, body = ?, updated_at = ?,
        deleted_at = CASE WHEN ? THEN COALESCE(deleted_at, ?) ELSE NULL END WHERE id = ?`,
    ).run(state.kind, state.colour, state.body, change.at, state.deleted ? 1 : 0, change.at, existing);
    return 'written';
  }
  if (state.deleted) return 'written';
  const documentId = documentOf(db, change.paper);
  if (documentId === undefined) return 'waiting';
  // The passage is found by its quote, as when a corrected pack is imported.
  const version = latestVersion(db, documentId);
  const blocks = blocksOfVersion(db, version.versionId);
  const position = state.start !== null && state.end !== null ? { start: state.start, end: state.end } : undefined;
  const anchor = anchorQuote(fullTextOf(blocks), state, position);
  prepared(
    db,
    `INSERT INTO annotation (document_id, version_id, kind, colour, body, exact, prefix, suffix, start_offset, end_offset,
      page, anchor_status, uuid, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    documentId,
    version.versionId,
    state.kind,
    state.colour,
    state.body,
    state.exact,
    state.prefix,
    state.suffix,
    anchor?.start ?? null,
    anchor?.end ?? null,
    anchor ? (blocks.findLast((b) => b.start <= anchor.start)?.page ?? null) : state.page,
    anchor ? (anchor.match === 'exact' ? 'anchored' : 'fuzzy') : 'orphaned',
    key,
    change.at,
  );
  return 'written';
}

function writeQuestion(db: Db, key: string, change: QuestionChange): Written {
  const existing = prepared(db, 'SELECT id, meeting_id AS meetingId FROM question WHERE uuid = ?').get(key) as
    { id: number; meetingId: number } | undefined;
  const state = change.state;
  if (!state || state.deleted) {
    if (existing) prepared(db, 'DELETE FROM question WHERE id = ?').run(existing.id);
    return 'written';
  }
  const meetingId =
    existing?.meetingId ??
    (prepared(
      db,
      `SELECT m.id FROM meeting m JOIN committee c ON c.id = m.committee_id WHERE c.name = ? COLLATE NOCASE AND m.date IS ?`,
    )
      .pluck()
      .get(change.meeting.committee, change.meeting.date) as number | undefined);
  if (meetingId === undefined || change.meeting.date === null) return existing ? 'written' : 'waiting';
  const itemId = prepared(db, 'SELECT id FROM agenda_item WHERE meeting_id = ? AND number IS ? AND title = ? LIMIT 1')
    .pluck()
    .get(meetingId, state.itemNumber, state.itemTitle ?? '') as number | undefined;
  const annotationId = state.annotation
    ? (prepared(db, 'SELECT id FROM annotation WHERE uuid = ?').pluck().get(state.annotation) as number | undefined)
    : undefined;
  const values = [
    itemId ?? null,
    state.position,
    state.text,
    state.addressee,
    state.priority,
    state.tags,
    state.privateNote,
    annotationId ?? null,
    state.quote,
    state.page,
    state.asked,
    state.answer,
    state.satisfied === null ? null : state.satisfied ? 1 : 0,
    change.at,
  ];
  if (existing) {
    prepared(
      db,
      `UPDATE question SET agenda_item_id = ?, position = ?, text = ?, addressee = ?, priority = ?, tags = ?, private_note = ?,
        annotation_id = ?, quote = ?, page = ?, asked = ?, answer = ?, satisfied = ?, updated_at = ? WHERE id = ?`,
    ).run(...values, existing.id);
  } else {
    prepared(
      db,
      `INSERT INTO question (agenda_item_id, position, text, addressee, priority, tags, private_note, annotation_id, quote,
        page, asked, answer, satisfied, updated_at, meeting_id, uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(...values, meetingId, key);
  }
  return 'written';
}

function writeReadingPosition(db: Db, change: ReadingPositionChange): Written {
  const documentId = prepared(db, 'SELECT document_id FROM document_version WHERE file_hash = ? LIMIT 1')
    .pluck()
    .get(change.key) as number | undefined;
  if (documentId === undefined) return 'waiting';
  prepared(
    db,
    `INSERT INTO reading_position (document_id, view, text_offset, page, updated_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (document_id) DO UPDATE SET view = excluded.view, text_offset = excluded.text_offset, page = excluded.page,
      updated_at = excluded.updated_at`,
  ).run(documentId, change.state.view, change.state.textOffset, change.state.page, change.at);
  return 'written';
}

function writeFollowedCommittee(db: Db, change: FollowedCommitteeChange): Written {
  const updated = prepared(
    db,
    `UPDATE site_committee SET followed = ? WHERE remote_id = ?
      AND site_id = (SELECT id FROM council_site WHERE root_url = ?)`,
  ).run(change.state.followed ? 1 : 0, change.state.remoteId, change.state.siteUrl).changes;
  return updated > 0 ? 'written' : 'waiting';
}

/** A note's or question's changes: the version every device shows, and a conflict while two are kept. */
function settleMemberEntity(db: Db, entity: Entity, key: string): void {
  const changes = changesOf(db, entity, key);
  const conflicted = entity === 'annotation' || entity === 'question';
  const heads = conflicted ? headsOf(changes) : changes;
  const shown = winnerOf(heads) as LoggedChange;
  const body = shown.body;
  const written =
    body.entity === 'annotation'
      ? writeAnnotation(db, key, body)
      : body.entity === 'question'
        ? writeQuestion(db, key, body)
        : body.entity === 'reading-position'
          ? writeReadingPosition(db, body)
          : body.entity === 'followed-committee'
            ? writeFollowedCommittee(db, body)
            : 'written';
  prepared(db, 'UPDATE sync_change SET applied = ? WHERE entity = ? AND entity_key = ?').run(
    written === 'written' ? 1 : 0,
    entity,
    key,
  );
  if (conflicted && heads.length > 1) {
    prepared(db, 'INSERT OR IGNORE INTO sync_conflict (entity, entity_key) VALUES (?, ?)').run(entity, key);
  } else {
    prepared(db, 'DELETE FROM sync_conflict WHERE entity = ? AND entity_key = ?').run(entity, key);
  }
}

/**
 * An outcome's tracker changes: each status change or note joins its history once,
 * with who made it and when; owner, due date, RAG and the executive's response are
 * each the latest given.
 */
function settleOutcome(db: Db, outcomeId: number, received: LoggedChange[]): void {
  const addHistory = prepared(
    db,
    `INSERT OR IGNORE INTO outcome_status_change (outcome_id, status, needs_chasing, note, evidence_quote, changed_at, author, sync_id)
    VALUES (?, COALESCE(?, (SELECT status FROM outcome WHERE id = ?)), ?, ?, ?, ?, ?, ?)`,
  );
  for (const { id, body } of received) {
    const { change } = body as OutcomeChange;
    if (change.status === undefined && change.needsChasing === undefined && !change.note && !change.evidenceQuote)
      continue;
    addHistory.run(
      outcomeId,
      change.status ?? null,
      outcomeId,
      change.needsChasing === undefined ? null : change.needsChasing ? 1 : 0,
      change.note ?? '',
      change.evidenceQuote ?? null,
      body.at,
      body.author,
      id.slice(id.lastIndexOf(':') + 1),
    );
  }
  prepared(
    db,
    `UPDATE outcome SET status = COALESCE((SELECT status FROM outcome_status_change WHERE outcome_id = :id AND needs_chasing IS NULL
      ORDER BY changed_at DESC, id DESC LIMIT 1), status),
    needs_chasing = COALESCE((SELECT needs_chasing FROM outcome_status_change WHERE outcome_id = :id AND needs_chasing IS NOT NULL
      ORDER BY changed_at DESC, id DESC LIMIT 1), needs_chasing),
    needs_chasing_set_by = CASE WHEN EXISTS (SELECT 1 FROM outcome_status_change WHERE outcome_id = :id AND needs_chasing IS NOT NULL)
      THEN 'chair' ELSE needs_chasing_set_by END
    WHERE id = :id`,
  ).run({ id: outcomeId });
  const all = changesOf(db, 'outcome', received[0]!.body.key).map((c) => (c.body as OutcomeChange).change);
  const latest = <K extends keyof OutcomeChange['change']>(field: K) => all.filter((c) => field in c).at(-1);
  const owner = latest('owner');
  if (owner) prepared(db, 'UPDATE outcome SET owner = ? WHERE id = ?').run(owner.owner ?? null, outcomeId);
  const due = latest('dueHint');
  if (due)
    prepared(db, 'UPDATE outcome SET due_hint = ?, due_date = ? WHERE id = ?').run(
      due.dueHint ?? null,
      due.dueDate ?? null,
      outcomeId,
    );
  const rag = latest('rag');
  if (rag) prepared(db, 'UPDATE outcome SET rag = ? WHERE id = ?').run(rag.rag ?? null, outcomeId);
  const response = latest('executiveResponse')?.executiveResponse;
  if (response !== undefined)
    prepared(
      db,
      'UPDATE outcome SET executive_response = ?, executive_response_on = ?, executive_response_text = ? WHERE id = ?',
    ).run(response?.response ?? null, response?.on ?? null, response?.text ?? null, outcomeId);
}

function settleTracker(db: Db, committee: string, keys: Set<string>): void {
  const byKey = outcomesByKey(db, committee);
  for (const key of keys) {
    const outcomeId = byKey.get(key);
    const changes = changesOf(db, 'outcome', key);
    prepared(db, "UPDATE sync_change SET applied = ? WHERE entity = 'outcome' AND entity_key = ?").run(
      outcomeId === undefined ? 0 : 1,
      key,
    );
    if (outcomeId !== undefined) settleOutcome(db, outcomeId, changes);
  }
}

/**
 * Writes received changes into the library in one transaction: first what changed
 * here becomes changes of its own (so nothing typed meanwhile is overwritten), then
 * each change is kept in the log and the rows it touches are settled from it.
 * Returns how many were new.
 */
export function applyChanges(db: Db, database: string, docs: StoredChange[], who: SyncIdentity): number {
  let added = 0;
  db.transaction(() => {
    makeChanges(db, who);
    prepared(db, 'INSERT OR IGNORE INTO sync_applying (id) VALUES (1)').run();
    const touched = new Map<string, { entity: Entity; key: string; committee?: string }>();
    for (const { _id, _rev, ...body } of docs) {
      if (!recordChange(db, database, _id, body, false, _rev)) continue;
      added++;
      touched.set(`${body.entity}|${body.key}`, {
        entity: body.entity,
        key: body.key,
        committee: body.entity === 'outcome' ? body.committee : undefined,
      });
    }
    settle(db, [...touched.values()], database);
    prepared(db, 'DELETE FROM sync_applying').run();
  })();
  return added;
}

function settle(db: Db, touched: { entity: Entity; key: string; committee?: string }[], database: string): void {
  const byCommittee = new Map<string, Set<string>>();
  for (const { entity, key, committee } of touched) {
    if (entity === 'outcome') {
      const keys = byCommittee.get(committee ?? '') ?? new Set<string>();
      keys.add(key);
      byCommittee.set(committee ?? '', keys);
    } else if (database === MEMBER_DATABASE) {
      settleMemberEntity(db, entity, key);
    }
  }
  for (const [committee, keys] of byCommittee) settleTracker(db, committee, keys);
}

/** Changes that arrived before their paper, meeting or committee: tried again, e.g. after an import. */
export function applyWaitingChanges(db: Db, who: SyncIdentity): void {
  const waiting = prepared(
    db,
    `SELECT DISTINCT entity, entity_key AS key, database, json_extract(body, '$.committee') AS committee
      FROM sync_change WHERE applied = 0`,
  ).all() as { entity: Entity; key: string; database: string; committee: string | null }[];
  if (waiting.length === 0) return;
  db.transaction(() => {
    makeChanges(db, who);
    prepared(db, 'INSERT OR IGNORE INTO sync_applying (id) VALUES (1)').run();
    for (const database of new Set(waiting.map((w) => w.database))) {
      settle(
        db,
        waiting.filter((w) => w.database === database).map((w) => ({ ...w, committee: w.committee ?? undefined })),
        database,
      );
    }
    prepared(db, 'DELETE FROM sync_applying').run();
  })();
}

export type { ChangeDocument };
