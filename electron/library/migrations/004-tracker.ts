/** The chair's tracker: what a due phrase was taken to mean, evidence, and proposed follow-ups. */
export const sql = /* sql */ `
ALTER TABLE outcome ADD COLUMN due_meaning TEXT;
ALTER TABLE outcome_status_change ADD COLUMN evidence_document_id INTEGER REFERENCES document(id) ON DELETE SET NULL;

-- A later passage that seems to follow up an outcome, waiting for the chair to accept or reject it.
CREATE TABLE outcome_proposal (
  id INTEGER PRIMARY KEY,
  outcome_id INTEGER NOT NULL REFERENCES outcome(id) ON DELETE CASCADE,
  block_id INTEGER NOT NULL REFERENCES block(id) ON DELETE CASCADE,
  reason TEXT NOT NULL CHECK (reason IN ('minute-reference', 'matters-arising', 'same-subject')),
  quote TEXT NOT NULL,
  explanation TEXT NOT NULL,
  confidence REAL NOT NULL,
  state TEXT NOT NULL DEFAULT 'proposed' CHECK (state IN ('proposed', 'accepted', 'rejected')),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  decided_at TEXT,
  UNIQUE (outcome_id, block_id)
);
CREATE INDEX outcome_proposal_by_outcome ON outcome_proposal(outcome_id, state);
`;
