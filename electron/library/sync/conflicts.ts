import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/api/errors';
import type { ChangedOnTwoDevices } from '../../../shared/device-sync';
import type { AnnotationChange, QuestionChange } from '../../sync/change-documents';
import type { Db } from '../open-library';
import { changesOf, headsOf, winnerOf, type LoggedChange } from './change-log';
import { prepared } from '../statements';

function textOf(change: LoggedChange): { text: string; deleted: boolean } {
  const body = change.body;
  if (body.entity === 'annotation')
    return { text: body.state.body || `(highlight of “${body.state.exact}”)`, deleted: body.state.deleted };
  if (body.entity === 'question') {
    const state = body.state;
    if (!state) return { text: '(deleted)', deleted: true };
    return { text: state.answer ? `${state.text}\nAnswer: ${state.answer}` : state.text, deleted: false };
  }
  return { text: '', deleted: false };
}

function labelOf(change: LoggedChange): string {
  const body = change.body;
  if (body.entity === 'annotation') return `Note on “${body.state.exact.slice(0, 80)}” in ${body.paper.title}`;
  if (body.entity === 'question')
    return `Question for ${body.meeting.committee}, ${body.meeting.date ?? 'date not given'}`;
  return '';
}

/** Notes and questions changed on two devices while apart: every version, and which one shows meanwhile. */
export function listConflicts(db: Db): ChangedOnTwoDevices[] {
  const rows = prepared(
    db,
    'SELECT entity, entity_key AS key FROM sync_conflict ORDER BY entity, entity_key',
  ).all() as {
    entity: 'annotation' | 'question';
    key: string;
  }[];
  return rows.map(({ entity, key }) => {
    const heads = headsOf(changesOf(db, entity, key));
    const shown = winnerOf(heads);
    return {
      entity,
      key,
      label: labelOf(heads[0]!),
      versions: heads.map((h) => ({
        changeId: h.id,
        at: h.body.at,
        device: h.body.device,
        ...textOf(h),
        shown: h === shown,
      })),
    };
  });
}

/**
 * The member keeps one version, or both: the first chosen stays as the note or
 * question, each other one becomes a note or question of its own beside it. The next
 * change settles every version on every device; none is deleted from the history.
 */
export function resolveConflict(db: Db, entity: 'annotation' | 'question', key: string, keep: string[]): void {
  const heads = headsOf(changesOf(db, entity, key));
  const chosen = keep.map((id) => heads.find((h) => h.id === id));
  if (chosen.length === 0 || chosen.some((c) => !c))
    throw new ApiError('invalid-input', 'That version is no longer there.');
  const first = chosen[0] as LoggedChange;
  const others = chosen.slice(1) as LoggedChange[];
  db.transaction(() => {
    if (first.body.entity === 'annotation') {
      for (const other of others) copyAnnotation(db, key, other.body as AnnotationChange);
      const state = first.body.state;
      prepared(
        db,
        `UPDATE annotation SET kind = ?, colour = ?, body = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
          deleted_at = CASE WHEN ? THEN COALESCE(deleted_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ELSE NULL END WHERE uuid = ?`,
      ).run(state.kind, state.colour, state.body, state.deleted ? 1 : 0, key);
    } else {
      for (const other of others) copyQuestion(db, key, other.body as QuestionChange);
      const state = (first.body as QuestionChange).state;
      if (!state) prepared(db, 'DELETE FROM question WHERE uuid = ?').run(key);
      else
        prepared(
          db,
          `UPDATE question SET text = ?, addressee = ?, priority = ?, tags = ?, private_note = ?, asked = ?, answer = ?,
            satisfied = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE uuid = ?`,
        ).run(...questionValues(state), key);
    }
    prepared(
      db,
      `INSERT INTO sync_outbox (entity, entity_key, resolves) VALUES (?, ?, 1)
      ON CONFLICT (entity, entity_key) DO UPDATE SET resolves = 1`,
    ).run(entity, key);
    prepared(db, 'DELETE FROM sync_conflict WHERE entity = ? AND entity_key = ?').run(entity, key);
  })();
}

function copyAnnotation(db: Db, key: string, version: AnnotationChange): void {
  if (version.state.deleted) return;
  prepared(
    db,
    `INSERT INTO annotation (document_id, version_id, kind, colour, body, exact, prefix, suffix, start_offset, end_offset, page,
      anchor_status, uuid)
    SELECT document_id, version_id, ?, ?, ?, exact, prefix, suffix, start_offset, end_offset, page, anchor_status, ?
    FROM annotation WHERE uuid = ?`,
  ).run(version.state.kind, version.state.colour, version.state.body, randomUUID(), key);
}

function copyQuestion(db: Db, key: string, version: QuestionChange): void {
  const state = version.state;
  if (!state) return;
  prepared(
    db,
    `INSERT INTO question (meeting_id, agenda_item_id, position, text, addressee, priority, tags, private_note, annotation_id,
      quote, page, asked, answer, satisfied)
    SELECT meeting_id, agenda_item_id, position + 1, ?, ?, ?, ?, ?, annotation_id, quote, page, ?, ?, ? FROM question WHERE uuid = ?`,
  ).run(...questionValues(state), key);
}

/** A question's words and answer, in the order the statements above list their columns. */
function questionValues(state: NonNullable<QuestionChange['state']>) {
  const satisfied = state.satisfied === null ? null : state.satisfied ? 1 : 0;
  return [
    state.text,
    state.addressee,
    state.priority,
    state.tags,
    state.privateNote,
    state.asked,
    state.answer,
    satisfied,
  ];
}
