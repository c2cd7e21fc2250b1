import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/api/errors';
import { anchorQuote } from '../../../shared/anchoring/anchor';
import { fullTextOf, quoteAt } from '../../../shared/anchoring/full-text';
import type { Annotation, AnnotationKind, HighlightColour } from '../../../shared/domain';
import { UNDO_WINDOW_MS, undoCutoff } from '../deleted-notes';
import type { Db } from '../open-library';
import { blocksOfVersion, latestVersion } from './document-text';
import { prepared } from '../statements';

const COLUMNS = `id, uuid, document_id AS documentId, kind, colour, body, exact, prefix, suffix,
  start_offset AS start, end_offset AS end, page, anchor_status AS anchorStatus,
  (SELECT label FROM printed_page p WHERE p.version_id = annotation.version_id AND p.page = annotation.page) AS printedPage,
  created_at AS createdAt, updated_at AS updatedAt`;

/** A document's annotations in reading order; ones that could not be placed come last. */
export function listAnnotations(db: Db, documentId: number): Annotation[] {
  return prepared(
    db,
    `SELECT ${COLUMNS} FROM annotation WHERE document_id = ? AND deleted_at IS NULL
      ORDER BY start_offset IS NULL, start_offset, id`,
  ).all(documentId) as Annotation[];
}

export function getAnnotation(db: Db, id: number): Annotation {
  const row = prepared(db, `SELECT ${COLUMNS} FROM annotation WHERE id = ? AND deleted_at IS NULL`).get(id) as
    Annotation | undefined;
  if (!row) throw new ApiError('not-found', 'That note is no longer there.');
  return row;
}

export interface NewAnnotation {
  documentId: number;
  kind: AnnotationKind;
  colour: HighlightColour;
  body: string;
  start: number;
  end: number;
}

/**
 * Saves a highlight, note or question on a range of the latest version's text,
 * with its quote, context and page, in one statement.
 */
export function createAnnotation(db: Db, input: NewAnnotation): Annotation {
  const version = latestVersion(db, input.documentId);
  const blocks = blocksOfVersion(db, version.versionId);
  const text = fullTextOf(blocks);
  if (input.end <= input.start || input.end > text.length) {
    throw new ApiError('invalid-input', 'The selected passage is not in this paper any more. Select it again.');
  }
  const quote = quoteAt(text, input.start, input.end);
  const page = blocks.findLast((b) => b.start <= input.start)?.page ?? null;
  const id = Number(
    prepared(
      db,
      `INSERT INTO annotation (document_id, version_id, kind, colour, body, exact, prefix, suffix,
          start_offset, end_offset, page, anchor_status, uuid)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'anchored', ?)`,
    ).run(
      input.documentId,
      version.versionId,
      input.kind,
      input.colour,
      input.body,
      quote.exact,
      quote.prefix,
      quote.suffix,
      input.start,
      input.end,
      page,
      randomUUID(),
    ).lastInsertRowid,
  );
  return getAnnotation(db, id);
}

export function updateAnnotation(
  db: Db,
  id: number,
  changes: { body?: string; colour?: HighlightColour; kind?: AnnotationKind },
): Annotation {
  getAnnotation(db, id);
  prepared(
    db,
    `UPDATE annotation SET body = COALESCE(?, body), colour = COALESCE(?, colour), kind = COALESCE(?, kind),
      updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`,
  ).run(changes.body ?? null, changes.colour ?? null, changes.kind ?? null, id);
  return getAnnotation(db, id);
}

/** Deleting only marks the annotation, so Undo can bring it back for a while (deleted-notes.ts). */
export function deleteAnnotation(db: Db, id: number): void {
  getAnnotation(db, id);
  prepared(db, "UPDATE annotation SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?").run(id);
}

export function restoreAnnotation(db: Db, id: number, now = new Date()): Annotation {
  const changed = prepared(
    db,
    `UPDATE annotation SET deleted_at = NULL
      WHERE id = ? AND purged_at IS NULL AND (deleted_at IS NULL OR deleted_at >= ?)`,
  ).run(id, undoCutoff(now)).changes;
  if (changed === 0) {
    throw new ApiError(
      'not-found',
      `That note can no longer be brought back: a deleted note can be undone for ${UNDO_WINDOW_MS / 60_000} minutes, and then its words are wiped.`,
    );
  }
  return getAnnotation(db, id);
}

/**
 * After a new version of a paper is imported: finds every annotation again in
 * the new text (exact, then fuzzy). One that cannot be placed keeps its quote
 * and is marked as not placed; none is deleted.
 */
export function reanchorAnnotations(db: Db, documentId: number): { placed: number; notPlaced: number } {
  const version = latestVersion(db, documentId);
  const blocks = blocksOfVersion(db, version.versionId);
  const text = fullTextOf(blocks);
  const rows = prepared(
    db,
    `SELECT id, exact, prefix, suffix, start_offset AS start, end_offset AS end FROM annotation
      WHERE document_id = ? AND purged_at IS NULL`,
  ).all(documentId) as {
    id: number;
    exact: string;
    prefix: string;
    suffix: string;
    start: number | null;
    end: number | null;
  }[];
  const update = prepared(
    db,
    'UPDATE annotation SET version_id = ?, start_offset = ?, end_offset = ?, page = COALESCE(?, page), anchor_status = ? WHERE id = ?',
  );
  let placed = 0;
  for (const row of rows) {
    const position = row.start !== null && row.end !== null ? { start: row.start, end: row.end } : undefined;
    const anchor = anchorQuote(text, row, position);
    if (anchor) {
      const page = blocks.findLast((b) => b.start <= anchor.start)?.page ?? null;
      update.run(
        version.versionId,
        anchor.start,
        anchor.end,
        page,
        anchor.match === 'exact' ? 'anchored' : 'fuzzy',
        row.id,
      );
      placed++;
    } else {
      update.run(version.versionId, null, null, null, 'orphaned', row.id);
    }
  }
  return { placed, notPlaced: rows.length - placed };
}
