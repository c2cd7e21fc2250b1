/** Where each reader left off, per document. */
export const sql = /* sql */ `
CREATE TABLE reading_position (
  document_id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
  view TEXT NOT NULL CHECK (view IN ('text', 'original')),
  text_offset INTEGER NOT NULL DEFAULT 0,
  page INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
`;
