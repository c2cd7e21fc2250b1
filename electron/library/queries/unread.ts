/** SQL: the paper `d` was never opened, or was re-published after the member last opened it. */
export const PAPER_UNREAD = (d: string) => `NOT EXISTS (
  SELECT 1 FROM reading_position rp WHERE rp.document_id = ${d}.id
    AND rp.updated_at >= (SELECT MAX(v.imported_at) FROM document_version v WHERE v.document_id = ${d}.id))`;
