import type { DocumentSummary } from '../../../shared/domain';
import type { Db } from '../open-library';
import { documentIsConfidential, itemIsConfidential } from './confidential';
import { prepared } from '../statements';
import { PAPER_UNREAD } from './unread';

type Row = Omit<DocumentSummary, 'warnings' | 'confidential' | 'confidentialByItem' | 'unread'> & {
  unread: number;
  agendaItemId: number | null;
  warnings: string;
  confidential: number;
  confidentialByItem: number;
};

/** Each document of a meeting at its latest version. */
export function documentsOfMeeting(db: Db, meetingId: number): (DocumentSummary & { agendaItemId: number | null })[] {
  const rows = prepared(
    db,
    `SELECT d.id, d.title, d.kind, d.agenda_item_id AS agendaItemId, v.version, v.file_name AS fileName,
        v.page_count AS pageCount, v.warnings,
        (SELECT COUNT(*) FROM block b WHERE b.version_id = v.id) AS blockCount,
        ${documentIsConfidential('d')} AS confidential, ${itemIsConfidential('d.agenda_item_id')} AS confidentialByItem,
        ${PAPER_UNREAD('d')} AS unread
      FROM document d
      JOIN document_version v ON v.document_id = d.id
        AND v.version = (SELECT MAX(version) FROM document_version WHERE document_id = d.id)
      WHERE d.meeting_id = ? ORDER BY d.id`,
  ).all(meetingId) as Row[];
  return rows.map((r) => ({
    ...r,
    warnings: JSON.parse(r.warnings) as string[],
    confidential: r.confidential === 1,
    confidentialByItem: r.confidentialByItem === 1,
    unread: r.unread === 1,
  }));
}
