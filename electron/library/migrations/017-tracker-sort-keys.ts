const CLOSED = "('done', 'dropped', 'superseded')";

/** An outcome's place in a tally: NULLs are kept as 0 and '' so that each group is one row. */
const tallyKey = (row: 'NEW' | 'OLD') =>
  `IFNULL(${row}.committee_id, 0), ${row}.needs_chasing, ${row}.status, ${row}.kind, IFNULL(${row}.rag, '')`;
const addTo = (row: 'NEW' | 'OLD', change: 1 | -1) => `INSERT INTO outcome_tally VALUES (${tallyKey(row)}, ${change})
    ON CONFLICT DO UPDATE SET outcomes = outcomes + ${change};`;

/**
 * The tracker at 100,000 outcomes (issue 17): every page walks an index in the order the member chose,
 * and the counts are read from a small tally, not from every outcome on every page.
 * - The meeting's date and committee are kept on the outcome (by triggers, as last_change_at is by
 *   migrations 6 and 10), so that sorting by meeting date and filtering by committee need no join.
 * - One index per sort and direction, each exactly the sort key after needs_chasing, so that outcomes
 *   with the same key come in id order as the list shows them; "days open" of a closed outcome is fixed
 *   (closed less meeting), and of an open one is today less the meeting, which is meeting-date order.
 * - outcome_tally: how many outcomes each committee has of each status, kind and rating, kept by triggers;
 *   the tracker's tab counts and the dashboard sum its few hundred rows.
 * - outcome_for_counts: what dates and filters need beyond the tally (due, overdue, meeting date, the
 *   executive's response, owner), read from the index alone. It replaces migration 14's index. Two small
 *   indexes of open outcomes give the dashboard's figures that change with the day.
 */
export const sql = /* sql */ `
ALTER TABLE outcome ADD COLUMN meeting_date TEXT;
ALTER TABLE outcome ADD COLUMN committee_id INTEGER;
UPDATE outcome SET meeting_date = m.date, committee_id = m.committee_id FROM meeting m WHERE m.id = outcome.meeting_id;

CREATE TRIGGER outcome_meeting_on_insert AFTER INSERT ON outcome BEGIN
  UPDATE outcome SET (meeting_date, committee_id) = (SELECT date, committee_id FROM meeting WHERE id = NEW.meeting_id)
  WHERE id = NEW.id;
END;
CREATE TRIGGER outcome_meeting_on_move AFTER UPDATE OF meeting_id ON outcome BEGIN
  UPDATE outcome SET (meeting_date, committee_id) = (SELECT date, committee_id FROM meeting WHERE id = NEW.meeting_id)
  WHERE id = NEW.id;
END;
CREATE TRIGGER meeting_date_to_outcomes AFTER UPDATE OF date, committee_id ON meeting BEGIN
  UPDATE outcome SET meeting_date = NEW.date, committee_id = NEW.committee_id WHERE meeting_id = NEW.id;
END;

CREATE TABLE outcome_tally (
  committee_id INTEGER NOT NULL,
  needs_chasing INTEGER NOT NULL,
  status TEXT NOT NULL,
  kind TEXT NOT NULL,
  rag TEXT NOT NULL,
  outcomes INTEGER NOT NULL,
  PRIMARY KEY (committee_id, needs_chasing, status, kind, rag)
) WITHOUT ROWID;
INSERT INTO outcome_tally
  SELECT IFNULL(committee_id, 0), needs_chasing, status, kind, IFNULL(rag, ''), COUNT(*) FROM outcome GROUP BY 1, 2, 3, 4, 5;

CREATE TRIGGER outcome_tally_insert AFTER INSERT ON outcome BEGIN
  ${addTo('NEW', 1)}
END;
CREATE TRIGGER outcome_tally_delete AFTER DELETE ON outcome BEGIN
  ${addTo('OLD', -1)}
END;
CREATE TRIGGER outcome_tally_update AFTER UPDATE OF committee_id, needs_chasing, status, kind, rag ON outcome BEGIN
  ${addTo('OLD', -1)}
  ${addTo('NEW', 1)}
END;

DROP INDEX outcome_for_tracker;
CREATE INDEX outcome_for_counts ON outcome(needs_chasing, status, due_date, meeting_date, committee_id, kind, rag,
  executive_response, agenda_item_id, owner);

CREATE INDEX outcome_by_meeting_newest ON outcome(needs_chasing, COALESCE(meeting_date, '') DESC);
CREATE INDEX outcome_by_meeting_oldest ON outcome(needs_chasing, COALESCE(meeting_date, '9999-12-31'));
CREATE INDEX outcome_by_due_latest ON outcome(needs_chasing, COALESCE(due_date, '') DESC);
CREATE INDEX outcome_by_due_soonest ON outcome(needs_chasing, COALESCE(due_date, '9999-12-31'));
CREATE INDEX outcome_by_update_newest ON outcome(needs_chasing, COALESCE(last_change_at, created_at) DESC);
CREATE INDEX outcome_by_update_oldest ON outcome(needs_chasing, COALESCE(last_change_at, created_at));
CREATE INDEX outcome_by_status_last ON outcome(needs_chasing, status DESC);
CREATE INDEX outcome_by_status_first ON outcome(needs_chasing, status);
CREATE INDEX outcome_by_days_closed_most ON outcome(needs_chasing,
  CAST(julianday(COALESCE(closed_at, last_change_at, created_at)) - julianday(meeting_date) AS INTEGER) DESC)
  WHERE status IN ${CLOSED};
CREATE INDEX outcome_by_days_closed_fewest ON outcome(needs_chasing,
  CAST(julianday(COALESCE(closed_at, last_change_at, created_at)) - julianday(meeting_date) AS INTEGER))
  WHERE status IN ${CLOSED};
-- The dashboard's figures that change with the day: what waits for a response, and how old what is open is.
CREATE INDEX outcome_awaiting_response ON outcome(meeting_date, committee_id)
  WHERE kind = 'recommendation' AND needs_chasing = 1 AND status IN ('open', 'in-progress') AND executive_response IS NULL;
CREATE INDEX outcome_open_by_meeting ON outcome(meeting_date) WHERE needs_chasing = 1 AND status IN ('open', 'in-progress');
ANALYZE;
`;
