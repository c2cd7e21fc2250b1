/**
 * The paragraphs' search index merges its segments in batches (issue 17). FTS5 adds each
 * paper's words as a new segment and by default merges a little at every commit; on a
 * library of 1.2 million paragraphs each of those merges read most of the index, 0.75 s a
 * paper. With automerge off, segments of a level are merged together once there are 16 of
 * them (FTS5's crisismerge): 48 papers' index cost 8.7 s instead of 47 s, and searches were
 * as fast (p95 17.8 ms against 17.2 ms on the same queries).
 */
export const sql = /* sql */ `
INSERT INTO block_fts (block_fts, rank) VALUES ('automerge', 0);
`;
