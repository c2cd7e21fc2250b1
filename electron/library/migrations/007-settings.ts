/** The member's own choices that belong with the library, such as how many backups to keep. */
export const sql = /* sql */ `
CREATE TABLE setting (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
`;
