/**
 * A deleted note's words are wiped once Undo can no longer bring it back
 * (electron/library/deleted-notes.ts). Its row stays as a tombstone (uuid and
 * deleted_at), so that importing an old notes file, or a sync, does not bring
 * it back; purged_at says when its words went.
 *
 * The search indexes of notes and questions drop a deleted entry's words at once
 * (FTS5 secure-delete) rather than at some later merge, and are rebuilt here so
 * that words deleted before this version go too.
 */
export const sql = /* sql */ `
ALTER TABLE annotation ADD COLUMN purged_at TEXT;
INSERT INTO annotation_fts(annotation_fts, rank) VALUES ('secure-delete', 1);
INSERT INTO question_fts(question_fts, rank) VALUES ('secure-delete', 1);
INSERT INTO annotation_fts(annotation_fts) VALUES ('rebuild');
INSERT INTO question_fts(question_fts) VALUES ('rebuild');
`;
