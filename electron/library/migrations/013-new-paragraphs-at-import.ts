/**
 * "What is new?" is worked out when a paper is imported and kept here, so that opening
 * it is a lookup. A version has a row in version_novelty once its paragraphs have been
 * judged; each judged paragraph has a row in paragraph_novelty, with the earlier
 * paragraph that said the same, if any. Papers imported before this migration are
 * judged the first time they are opened, and kept.
 */
export const sql = /* sql */ `
CREATE TABLE version_novelty (
  version_id INTEGER PRIMARY KEY REFERENCES document_version(id) ON DELETE CASCADE,
  judged_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE paragraph_novelty (
  block_id INTEGER PRIMARY KEY REFERENCES block(id) ON DELETE CASCADE,
  version_id INTEGER NOT NULL REFERENCES version_novelty(version_id) ON DELETE CASCADE,
  -- The earlier paragraph that said the same; NULL when the paragraph is new. Not a
  -- foreign key: when it goes, the lookup notices and the paper is judged again.
  earlier_block_id INTEGER,
  similarity REAL,
  share REAL
);
CREATE INDEX paragraph_novelty_by_version ON paragraph_novelty(version_id);
CREATE INDEX paragraph_novelty_by_earlier ON paragraph_novelty(earlier_block_id);
`;
