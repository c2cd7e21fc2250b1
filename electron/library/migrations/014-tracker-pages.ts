/**
 * The tracker pages (keyset paging) and counts in SQL: one narrow index holds every column the tracker
 * filters, sorts and counts on, so a page or a count reads the index and never the outcomes' text.
 * It leads with the meeting: a page in meeting order walks the meetings by date, and the dashboard sums by meeting.
 */
export const sql = /* sql */ `
CREATE INDEX outcome_for_tracker ON outcome(meeting_id, needs_chasing, status, due_date, rag, kind,
  executive_response, last_change_at, created_at, closed_at);
ANALYZE;
`;
