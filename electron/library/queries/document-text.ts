import { ApiError } from '../../../shared/api/errors';
import type { Block, DocumentText, ReadingPosition } from '../../../shared/domain';
import type { Db } from '../open-library';
import { documentConfidentiality } from './confidential';
import { listVersions } from './versions';

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
  const row = db
    .prepare(
      `SELECT v.id AS versionId, v.version, v.file_name AS fileName, f.media_type AS mediaType,
        v.page_count AS pageCount, v.warnings, v.file_hash AS fileHash
      FROM document_version v JOIN original_file f ON f.hash = v.file_hash
      WHERE v.document_id = ? AND (? IS NULL OR v.version = ?) ORDER BY v.version DESC LIMIT 1`,
    )
    .get(documentId, version ?? null, version ?? null) as VersionRow | undefined;
  if (!row) throw new ApiError('not-found', 'That paper is no longer in the library.');
  return row;
}

export function blocksOfVersion(db: Db, versionId: number): Block[] {
  return db
    .prepare(
      `SELECT id, position, kind, level, text, page, start_offset AS start
      FROM block WHERE version_id = ? ORDER BY position`,
    )
    .all(versionId) as Block[];
}

/** A paper's text, for the reader: the latest version unless `version` is given. */
export function getDocumentText(db: Db, documentId: number, version?: number): DocumentText {
  const document = db
    .prepare(
      `SELECT d.id, d.title, d.kind, d.meeting_id AS meetingId, c.name AS committee, m.date AS meetingDate
      FROM document d JOIN meeting m ON m.id = d.meeting_id JOIN committee c ON c.id = m.committee_id
      WHERE d.id = ?`,
    )
    .get(documentId) as
    Pick<DocumentText, 'id' | 'title' | 'kind' | 'meetingId' | 'committee' | 'meetingDate'> | undefined;
  if (!document) throw new ApiError('not-found', 'That paper is no longer in the library.');
  const shown = versionOf(db, documentId, version);
  const items = db
    .prepare('SELECT number, title FROM agenda_item WHERE meeting_id = ? ORDER BY position')
    .all(document.meetingId) as DocumentText['items'];
  const position = db
    .prepare('SELECT view, text_offset AS textOffset, page FROM reading_position WHERE document_id = ?')
    .get(documentId) as ReadingPosition | undefined;
  return {
    ...document,
    versionId: shown.versionId,
    version: shown.version,
    fileName: shown.fileName,
    mediaType: shown.mediaType,
    pageCount: shown.pageCount,
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
  const row = db.prepare('SELECT bytes FROM original_file WHERE hash = ?').get(shown.fileHash) as { bytes: Buffer };
  return {
    mediaType: shown.mediaType,
    data: new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.length),
  };
}

export function saveReadingPosition(db: Db, documentId: number, position: ReadingPosition): void {
  db.prepare(
    `INSERT INTO reading_position (document_id, view, text_offset, page) VALUES (?, ?, ?, ?)
    ON CONFLICT (document_id) DO UPDATE SET view = excluded.view, text_offset = excluded.text_offset,
      page = excluded.page, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  ).run(documentId, position.view, position.textOffset, position.page);
}
