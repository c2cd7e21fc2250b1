import { createHash } from 'node:crypto';
import type { Db } from '../open-library';
import { prepared } from '../statements';

/**
 * An outcome is the same on every device that imported the same minutes: its key is
 * made from the committee, the meeting's date and its words (and which of several
 * with the same words), never from this library's row ids.
 */
function keyOf(committee: string, date: string | null, text: string, occurrence: number): string {
  const words = text.toLowerCase().replace(/\s+/g, ' ').trim();
  const hash = createHash('sha256')
    .update(`${committee.toLowerCase()}|${date ?? ''}|${words}`)
    .digest('hex')
    .slice(0, 32);
  return occurrence === 0 ? hash : `${hash}-${occurrence}`;
}

interface OutcomeRow {
  id: number;
  committee: string;
  date: string | null;
  text: string;
}

function keysOfRows(rows: OutcomeRow[]): Map<number, string> {
  const seen = new Map<string, number>();
  const keys = new Map<number, string>();
  for (const row of rows) {
    const base = keyOf(row.committee, row.date, row.text, 0);
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    keys.set(row.id, keyOf(row.committee, row.date, row.text, occurrence));
  }
  return keys;
}

const ROWS = `SELECT o.id, c.name AS committee, m.date, o.text FROM outcome o JOIN meeting m ON m.id = o.meeting_id
  JOIN committee c ON c.id = m.committee_id`;

export function outcomeKey(db: Db, outcomeId: number): string | undefined {
  const rows = prepared(
    db,
    `${ROWS} WHERE o.meeting_id = (SELECT meeting_id FROM outcome WHERE id = ?) ORDER BY o.position, o.id`,
  ).all(outcomeId) as OutcomeRow[];
  return keysOfRows(rows).get(outcomeId);
}

/** Every outcome of a committee by its key. */
export function outcomesByKey(db: Db, committee: string): Map<string, number> {
  const rows = prepared(db, `${ROWS} WHERE c.name = ? COLLATE NOCASE ORDER BY m.id, o.position, o.id`).all(
    committee,
  ) as OutcomeRow[];
  return new Map([...keysOfRows(rows)].map(([id, key]) => [key, id]));
}
