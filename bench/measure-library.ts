import type { Db } from '../electron/library/open-library';
import { changeStatus, setOwnerAndDue } from '../electron/library/queries/tracker';
import { newParagraphs } from '../electron/library/queries/what-is-new';
import type { OutcomeStatus } from '../shared/domain';
import { Random } from './random';
import { median } from './stats';

/**
 * Years of a chair's work on the tracker, through the app's own changeStatus and
 * setOwnerAndDue: most older outcomes done or dropped, some in progress, owners
 * and due dates set on some, so the tracker's history subqueries have history.
 */
export function workTheTracker(db: Db, seed: number, newestDate: string): { changes: number; owners: number } {
  const random = new Random(seed, 'tracker');
  const outcomes = db
    .prepare('SELECT o.id, m.date FROM outcome o JOIN meeting m ON m.id = o.meeting_id ORDER BY o.id')
    .all() as { id: number; date: string }[];
  const yearBefore = `${Number(newestDate.slice(0, 4)) - 1}${newestDate.slice(4)}`;
  let changes = 0;
  let owners = 0;
  db.transaction(() => {
    for (const { id, date } of outcomes) {
      const old = date < yearBefore;
      if (random.chance(0.2)) {
        setOwnerAndDue(db, { outcomeId: id, owner: `Officer ${random.int(1, 60)}`, due: 'next meeting' });
        owners++;
      }
      if (random.chance(old ? 0.5 : 0.3)) {
        changeStatus(db, { outcomeId: id, status: 'in-progress', note: 'Update received from the lead officer.' });
        changes++;
      }
      if (random.chance(old ? 0.8 : 0.15)) {
        const status: OutcomeStatus = random.chance(0.85) ? 'done' : 'dropped';
        changeStatus(db, { outcomeId: id, status, note: 'Reported back to the board.' });
        changes++;
      }
    }
  })();
  return { changes, owners };
}

export interface NewParagraphsMeasurement {
  documentId: number;
  title: string;
  pages: number | null;
  blocks: number;
  judged: number;
  repeated: number;
  /** The first call, then the median of the warm calls. */
  firstMs: number;
  ms: number;
}

/** "What is new" for one long report against the whole library: first call, and warm. */
export function measureNewParagraphs(db: Db, documentId: number, passes: number): NewParagraphsMeasurement {
  const info = db
    .prepare(
      `SELECT d.title, v.page_count AS pages, (SELECT COUNT(*) FROM block b WHERE b.version_id = v.id) AS blocks
      FROM document d JOIN document_version v ON v.document_id = d.id WHERE d.id = ? ORDER BY v.version DESC LIMIT 1`,
    )
    .get(documentId) as { title: string; pages: number | null; blocks: number };
  let started = performance.now();
  const result = newParagraphs(db, documentId);
  const firstMs = performance.now() - started;
  const times: number[] = [];
  for (let i = 0; i < passes; i++) {
    started = performance.now();
    newParagraphs(db, documentId);
    times.push(performance.now() - started);
  }
  return {
    documentId,
    ...info,
    judged: result.judged,
    repeated: result.judged - result.fresh,
    firstMs,
    ms: median(times),
  };
}
