/**
 * "What is new": each paragraph's passages (sentences of 10 words or more) with
 * their word-pair shingles, and one MinHash/LSH bucket per band, so earlier
 * near-repeats are found by index lookups however large the library grows.
 */
export const sql = /* sql */ `
CREATE TABLE passage (
  id INTEGER PRIMARY KEY,
  block_id INTEGER NOT NULL REFERENCES block(id) ON DELETE CASCADE,
  words INTEGER NOT NULL,
  shingles BLOB NOT NULL
);
CREATE INDEX passage_by_block ON passage(block_id);

-- bucket = band * 2^30 + the band's 30-bit hash.
CREATE TABLE passage_bucket (
  bucket INTEGER NOT NULL,
  passage_id INTEGER NOT NULL REFERENCES passage(id) ON DELETE CASCADE,
  PRIMARY KEY (bucket, passage_id)
) WITHOUT ROWID;
CREATE INDEX passage_bucket_by_passage ON passage_bucket(passage_id);
`;
