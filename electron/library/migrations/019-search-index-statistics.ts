/**
 * Corrects the row counts that ANALYZE (migrations 14 and 17) wrote for the full-text indexes'
 * data tables. In a library made new they said 2 rows, for ever after; SQLite then read the
 * whole of block_fts_data, rather than the range asked for, each time FTS5 deleted a segment
 * it had merged. In a library of 1.2 million paragraphs that is 650 MB read once per segment:
 * a merge of 16 segments, every 16 papers, took 22 s instead of 0.07 s. They now say a million
 * rows (what SQLite assumes of a table it has no count for), so the range is looked up by id;
 * and ANALYZE sqlite_schema has this connection read them again (deleting the rows would leave
 * it with the old count until it was next opened). An ANALYZE of a small library would write
 * such counts again: do not add one without setting these rows after it.
 */
export const sql = /* sql */ `
UPDATE sqlite_stat1 SET stat = '1000000' WHERE idx IS NULL AND tbl LIKE '%\\_fts\\_data' ESCAPE '\\';
ANALYZE sqlite_schema;
`;
