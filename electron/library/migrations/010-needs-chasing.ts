import { needsChasing } from '../../tracker/needs-chasing';
import type { Db } from '../open-library';

const CLOSED = "('done', 'dropped', 'superseded')";

/**
 * Whether anyone must act on an outcome (electron/tracker/needs-chasing.ts), and
 * who said so: the rule, or the chair, whose choice no later import or better rule
 * overturns. The chair's choices go into the outcome's history as rows that carry
 * needs_chasing; such a row is not a change of status, so it leaves closed_at alone.
 */
export const sql = /* sql */ `
ALTER TABLE outcome ADD COLUMN needs_chasing INTEGER NOT NULL DEFAULT 1 CHECK (needs_chasing IN (0, 1));
ALTER TABLE outcome ADD COLUMN needs_chasing_set_by TEXT NOT NULL DEFAULT 'rule'
  CHECK (needs_chasing_set_by IN ('rule', 'chair'));
ALTER TABLE outcome_status_change ADD COLUMN needs_chasing INTEGER CHECK (needs_chasing IN (0, 1));

DROP TRIGGER outcome_last_change;
CREATE TRIGGER outcome_last_change AFTER INSERT ON outcome_status_change BEGIN
  UPDATE outcome SET
    last_change_at = CASE WHEN last_change_at IS NULL OR NEW.changed_at > last_change_at THEN NEW.changed_at ELSE last_change_at END,
    closed_at = CASE WHEN NEW.status NOT IN ${CLOSED} OR NEW.needs_chasing IS NOT NULL THEN closed_at
      WHEN closed_at IS NULL OR NEW.changed_at > closed_at THEN NEW.changed_at ELSE closed_at END
  WHERE id = NEW.outcome_id;
END;
`;

/** A member's existing outcomes are read with the same rule as new ones. */
export function run(db: Db): void {
  const rows = db.prepare("SELECT id, kind, text FROM outcome WHERE needs_chasing_set_by = 'rule'").all() as {
    id: number;
    kind: Parameters<typeof needsChasing>[0];
    text: string;
  }[];
  const recorded = db.prepare('UPDATE outcome SET needs_chasing = 0 WHERE id = ?');
  for (const row of rows) if (!needsChasing(row.kind, row.text)) recorded.run(row.id);
}
