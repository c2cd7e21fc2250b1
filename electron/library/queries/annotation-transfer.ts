import type { Db } from '../open-library';
import { all, one, raw, run, sql, value } from '../statements';
import { documentIsConfidential } from './confidential';

export interface TransferDocumentRow {
  id: number;
  title: string;
  fileHash: string;
  committee: string;
  meetingDate: string | null;
  isConfidential: number;
}

/** The paper, or every paper of the meeting, with what another laptop needs to find it again. */
export function documentsToExport(
  db: Db,
  scope: { documentId: number } | { meetingId: number },
): TransferDocumentRow[] {
  const where = 'documentId' in scope ? sql`d.id = ${scope.documentId}` : sql`d.meeting_id = ${scope.meetingId}`;
  return all<TransferDocumentRow>(
    db,
    sql`SELECT d.id, d.title, c.name AS committee, m.date AS meetingDate,
        (SELECT file_hash FROM document_version WHERE document_id = d.id ORDER BY version DESC LIMIT 1) AS fileHash,
        ${raw(documentIsConfidential('d'))} AS isConfidential
      FROM document d JOIN meeting m ON m.id = d.meeting_id JOIN committee c ON c.id = m.committee_id
      WHERE ${where} ORDER BY d.id`,
  );
}

/** The paper an exported note was made on: by its file's hash, else by title, committee and meeting date. */
export function documentForTransfer(
  db: Db,
  fileHash: string | null,
  document: { title: string; committee: string; meetingDate: string | null } | null,
): number | undefined {
  const byHash = fileHash
    ? value<number>(db, sql`SELECT document_id FROM document_version WHERE file_hash = ${fileHash} LIMIT 1`)
    : undefined;
  if (byHash !== undefined || !document) return byHash;
  return value<number>(
    db,
    sql`SELECT d.id FROM document d JOIN meeting m ON m.id = d.meeting_id JOIN committee c ON c.id = m.committee_id
      WHERE d.title = ${document.title} AND c.name = ${document.committee} AND m.date IS ${document.meetingDate} LIMIT 1`,
  );
}

export function annotationExists(db: Db, uuid: string): boolean {
  return one(db, sql`SELECT 1 AS found FROM annotation WHERE uuid = ${uuid}`) !== undefined;
}

export interface TransferredAnnotation {
  documentId: number;
  versionId: number;
  kind: string;
  colour: string;
  body: string | null;
  exact: string;
  prefix: string;
  suffix: string;
  start: number | null;
  end: number | null;
  page: number | null;
  anchorStatus: 'anchored' | 'fuzzy' | 'orphaned';
  uuid: string;
}

export function addTransferredAnnotation(db: Db, a: TransferredAnnotation): void {
  run(
    db,
    sql`INSERT INTO annotation (document_id, version_id, kind, colour, body, exact, prefix, suffix, start_offset, end_offset,
        page, anchor_status, uuid)
      VALUES (${a.documentId}, ${a.versionId}, ${a.kind}, ${a.colour}, ${a.body}, ${a.exact}, ${a.prefix}, ${a.suffix},
        ${a.start}, ${a.end}, ${a.page}, ${a.anchorStatus}, ${a.uuid})`,
  );
}
