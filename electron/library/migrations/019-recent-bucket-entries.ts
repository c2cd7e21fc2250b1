/**
 * A paper's bucket entries for "What is new?" go first into a small table of recent ones,
 * and move into passage_bucket in bucket order, a bounded step at a time (see
 * queries/passage-buckets.ts). In a library of 1.2 million paragraphs passage_bucket is
 * 38 million entries on 150,000 pages, and a paper's 15,000 or so entries each landed on a
 * page of its own: 70 MB written to the log and again to the file at every paper. Looking
 * up a bucket reads both tables.
 */
export const sql = /* sql */ `
CREATE TABLE passage_bucket_recent (
  bucket INTEGER NOT NULL,
  passage_id INTEGER NOT NULL REFERENCES passage(id) ON DELETE CASCADE,
  PRIMARY KEY (bucket, passage_id)
) WITHOUT ROWID;
CREATE INDEX passage_bucket_recent_by_passage ON passage_bucket_recent(passage_id);
`;
