import type { Db } from '../open-library';
import { prepared } from '../statements';

/**
 * The meeting of a paper that is re-published without naming its meeting: the paper
 * already in the library with the same title and file name (wherever the member has
 * moved it), so that the new one becomes its next version rather than a stranded copy.
 */
export function meetingOfRepublished(db: Db, title: string, fileName: string): number | null {
  const meetingId = prepared(
    db,
    `SELECT d.meeting_id FROM document d JOIN document_version v ON v.document_id = d.id
      WHERE d.title = ? AND v.file_name = ? ORDER BY v.imported_at DESC, v.id DESC LIMIT 1`,
    true,
  ).get(title, fileName) as number | undefined;
  return meetingId ?? null;
}
