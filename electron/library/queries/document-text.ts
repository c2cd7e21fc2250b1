import { ApiError } from '../../../shared/api/errors';
import type { Block, DocumentText, ReadingPosition } from '../../../shared/domain';
import type { Db } from '../open-library';
import { documentConfidentiality } from './confidential';
import { listVersions } from './versions';
import { inTransaction, prepared } from '../statements';

interface VersionRow {
  versionId: number;
  version: number;
  fileName: string;
  mediaType: string;
  pageCount: number | null;
  warnings: string;
  fileHash: string;
}

export function latestVersion(db: Db, documentId: number): VersionRow {
  return versionOf(db, documentId);
}

/** One version of a paper: the latest unless `version` is given. */
export function versionOf(db: Db, documentId: number, version?: number): VersionRow {
  const row = prepared(
    db,
    `SELECT v.id AS versionId, v.version, v.file_name AS fileName, f.media_type AS mediaType,
        v.page_count AS pageCount, v.warnings, v.file_hash AS fileHash
      FROM document_version v JOIN original_file f ON f.hash = v.file_hash
      WHERE v.document_id = ? AND (? IS NULL OR v.version = ?) ORDER BY v.version DESC LIMIT 1`,
  ).get(documentId, version ?? null, version ?? null) as VersionRow | undefined;
  if (!row) throw new ApiError('not-found', 'That paper is no longer in the library.');
  return row;
}

export function blocksOfVersion(db: Db, versionId: number): Block[] {
  return prepared(
    db,
    `SELECT id, position, kind, level, text, page, start_offset AS start
      FROM block WHERE version_id = ? ORDER BY position`,
  ).all(versionId) as Block[];
}

/** The pack's own number for each page of a version, null where none is printed. */
export function printedPagesOf(db: Db, versionId: number, pageCount: number): (string | null)[] {
  const pages: (string | null)[] = Array.from({ length: pageCount }, () => null);
  const rows = prepared(db, 'SELECT page, label FROM printed_page WHERE version_id = ?').all(versionId) as {
    page: number;
    label: string;
  }[];
  for (const { page, label } of rows) if (page >= 1 && page <= pageCount) pages[page - 1] = label;
  return pages;
}

/** A paper's text, for the reader: the latest version unless `version` is given. */
export function getDocumentText(db: Db, documentId: number, version?: number): DocumentText {
  const document = prepared(
    db,
    `SELECT d.id, d.title, d.kind, d.meeting_id AS meetingId, c.name AS committee, m.date AS meetingDate
      FROM document d JOIN meeting m ON m.id = d.meeting_id JOIN committee c ON c.id = m.committee_id
      WHERE d.id = ?`,
  ).get(documentId) as
    Pick<DocumentText, 'id' | 'title' | 'kind' | 'meetingId' | 'committee' | 'meetingDate'> | undefined;
  if (!document) throw new ApiError('not-found', 'That paper is no longer in the library.');
  const shown = versionOf(db, documentId, version);
  const items = prepared(db, 'SELECT number, title FROM agenda_item WHERE meeting_id = ? ORDER BY position').all(
    document.meetingId,
  ) as DocumentText['items'];
  const position = prepared(
    db,
    'SELECT view, text_offset AS textOffset, page FROM reading_position WHERE document_id = ?',
  ).get(documentId) as ReadingPosition | undefined;
  return {
    ...document,
    versionId: shown.versionId,
    version: shown.version,
    fileName: shown.fileName,
    mediaType: shown.mediaType,
    pageCount: shown.pageCount,
    printedPages: printedPagesOf(db, shown.versionId, shown.pageCount ?? 0),
    warnings: JSON.parse(shown.warnings) as string[],
    confidential: documentConfidentiality(db, documentId).confidential,
    blocks: blocksOfVersion(db, shown.versionId),
    items,
    position: position ?? null,
    versions: listVersions(db, documentId),
  };
}

/** The original file, byte for byte, for the Original view. */
export function getOriginalFile(db: Db, documentId: number, version?: number): { mediaType: string; data: Uint8Array } {
  const shown = versionOf(db, documentId, version);
  const row = prepared(db, 'SELECT bytes FROM original_file WHERE hash = ?').get(shown.fileHash) as { bytes: Buffer };
  return {
    mediaType: shown.mediaType,
    data: new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.length),
  };
}

/**
 * Not an upsert: an INSERT … ON CONFLICT DO UPDATE makes SQLite apply its own conflict
 * rule to the sync outbox trigger's INSERT OR IGNORE, so every save after the first failed
 * ("UNIQUE constraint failed: sync_outbox") and the paper reopened where it was first left.
 */
/** Opening a paper makes it no longer new to the member (see PAPER_UNREAD) without moving where they left off. */
export function markPaperOpened(db: Db, documentId: number): void {
  inTransaction(db, () => {
    const touched = prepared(
      db,
      `UPDATE reading_position SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE document_id = ?`,
    ).run(documentId);
    if (touched.changes === 0) {
      prepared(db, `INSERT INTO reading_position (document_id, view) SELECT id, 'text' FROM document WHERE id = ?`).run(
        documentId,
      );
    }
  });
}

export function saveReadingPosition(db: Db, documentId: number, position: ReadingPosition): void {
  inTransaction(db, () => {
    // An update, then an insert if there was no row: an upsert would override the sync trigger's INSERT OR IGNORE.
    const updated = prepared(
      db,
      `UPDATE reading_position SET view = ?, text_offset = ?, page = ?,
        updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE document_id = ?`,
    ).run(position.view, position.textOffset, position.page, documentId);
    if (updated.changes === 0) {
      prepared(db, 'INSERT INTO reading_position (document_id, view, text_offset, page) VALUES (?, ?, ?, ?)').run(
        documentId,
        position.view,
        position.textOffset,
        position.page,
      );
    }
  });
}
