/**
 * What a library of a council's whole archive needs to stay quick:
 * - the tracker's per-outcome figures (last update, when closed, proposals waiting)
 *   kept on the outcome row by triggers, instead of three subqueries per row;
 * - when the whole file was last checked, so a large library is checked in the
 *   background and not before every opening;
 * - prefix indexes on papers' text for prefixes of up to six letters, as search-as-you-type
 *   sends them: without one, FTS5 merges every word with the prefix before the first
 *   result (servi* took 23 ms at a million paragraphs, 2.5 ms with it; the index grows 60%).
 *   The index is made again from the blocks: the triggers on block keep working.
 */
const CLOSED = "('done', 'dropped', 'superseded')";

export const sql = /* sql */ `
ALTER TABLE outcome ADD COLUMN last_change_at TEXT;
ALTER TABLE outcome ADD COLUMN closed_at TEXT;
ALTER TABLE outcome ADD COLUMN proposals_waiting INTEGER NOT NULL DEFAULT 0;

UPDATE outcome SET
  last_change_at = (SELECT MAX(changed_at) FROM outcome_status_change h WHERE h.outcome_id = outcome.id),
  closed_at = (SELECT MAX(changed_at) FROM outcome_status_change h WHERE h.outcome_id = outcome.id AND h.status IN ${CLOSED}),
  proposals_waiting = (SELECT COUNT(*) FROM outcome_proposal p WHERE p.outcome_id = outcome.id AND p.state = 'proposed');

-- Status history is append-only, so a new change can only move these later.
CREATE TRIGGER outcome_last_change AFTER INSERT ON outcome_status_change BEGIN
  UPDATE outcome SET
    last_change_at = CASE WHEN last_change_at IS NULL OR NEW.changed_at > last_change_at THEN NEW.changed_at ELSE last_change_at END,
    closed_at = CASE WHEN NEW.status NOT IN ${CLOSED} THEN closed_at
      WHEN closed_at IS NULL OR NEW.changed_at > closed_at THEN NEW.changed_at ELSE closed_at END
  WHERE id = NEW.outcome_id;
END;

CREATE TRIGGER outcome_proposals_insert AFTER INSERT ON outcome_proposal WHEN NEW.state = 'proposed' BEGIN
  UPDATE outcome SET proposals_waiting = proposals_waiting + 1 WHERE id = NEW.outcome_id;
END;
CREATE TRIGGER outcome_proposals_delete AFTER DELETE ON outcome_proposal WHEN OLD.state = 'proposed' BEGIN
  UPDATE outcome SET proposals_waiting = proposals_waiting - 1 WHERE id = OLD.outcome_id;
END;
CREATE TRIGGER outcome_proposals_update AFTER UPDATE OF state, outcome_id ON outcome_proposal BEGIN
  UPDATE outcome SET proposals_waiting = proposals_waiting - 1 WHERE id = OLD.outcome_id AND OLD.state = 'proposed';
  UPDATE outcome SET proposals_waiting = proposals_waiting + 1 WHERE id = NEW.outcome_id AND NEW.state = 'proposed';
END;

CREATE TABLE library_check (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  checked_at TEXT NOT NULL,
  -- SQLite's findings as a JSON array: empty when the file was sound.
  problems TEXT NOT NULL
);

DROP TABLE block_fts;
CREATE VIRTUAL TABLE block_fts USING fts5(heading, body, content = 'block_search', content_rowid = 'id',
  tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3 4 5 6');
INSERT INTO block_fts(block_fts, rank) VALUES ('rank', 'bm25(3.0, 1.0)');
INSERT INTO block_fts(block_fts) VALUES ('rebuild');
`;
