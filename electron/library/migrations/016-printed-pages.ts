/**
 * The pack's own page numbers ("47", "iv"), read at import from each PDF page's header
 * or footer or the PDF's page labels. A page with no row has none printed: it is named
 * by its PDF page ("PDF page 5"), as are the pages of papers imported before this.
 */
export const sql = /* sql */ `
CREATE TABLE printed_page (
  version_id INTEGER NOT NULL REFERENCES document_version(id) ON DELETE CASCADE,
  page INTEGER NOT NULL,
  label TEXT NOT NULL,
  PRIMARY KEY (version_id, page)
) WITHOUT ROWID;
`;
