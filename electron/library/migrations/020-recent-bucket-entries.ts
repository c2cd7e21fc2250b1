/**
 * A paper's LSH bucket entries for "What is new?" go first into a small table of recent ones
 * and move into passage_bucket later, in bucket order, while no import is storing papers (see
 * queries/passage-buckets.ts). In a library of 1.2 million paragraphs passage_bucket holds some
 * 33 million entries on 150,000 pages, and each of a paper's 15,000 or so entries landed on a
 * page of its own: about 60 MB written to the log, and again to the file, for every paper.
 * Looking a bucket up reads both tables.
 */
export const sql = /* sql */ `
CREATE TABLE passage_bucket_recent (
  bucket INTEGER NOT NULL,
  passage_id INTEGER NOT NULL REFERENCES passage(id) ON DELETE CASCADE,
  PRIMARY KEY (bucket, passage_id)
) WITHOUT ROWID;
CREATE INDEX passage_bucket_recent_by_passage ON passage_bucket_recent(passage_id);

-- One row: the bucket the next move starts from, and about how many recent entries there are
-- (counted as they are added and moved; entries that go with a deleted paper are not taken off).
CREATE TABLE passage_bucket_moves (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  next_bucket INTEGER NOT NULL DEFAULT 0,
  recent_entries INTEGER NOT NULL DEFAULT 0
);
INSERT INTO passage_bucket_moves (id) VALUES (1);
`;
