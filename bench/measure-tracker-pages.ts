import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openLibrary, type Db } from '../electron/library/open-library';
import {
  changeStatus,
  trackerCounts,
  trackerDashboard,
  trackerPage,
  withView,
} from '../electron/library/queries/tracker';
import type { OutcomeKind, TrackerFilters } from '../shared/domain';
import { Random } from './random';
import { median, percentile } from './stats';

const KINDS: OutcomeKind[] = ['resolution', 'request', 'information-request', 'recommendation', 'action', 'follow-up'];
const WORDS = ['housing', 'school', 'transport', 'plan', 'budget', 'waste', 'library', 'parks', 'care', 'policing'];

/**
 * A library holding only a tracker: `outcomes` outcomes over 12 committees, 20 to a meeting, from 2012 to 2026,
 * with owners, due dates, RAG ratings, responses and statuses as a long-serving board's would be.
 */
export function makeTrackerLibrary(file: string, outcomes: number, seed: number): Db {
  fs.rmSync(file, { force: true });
  const db = openLibrary(file);
  const random = new Random(seed, `tracker-pages-${outcomes}`);
  const perMeeting = 20;
  const meetings = Math.ceil(outcomes / perMeeting);
  const start = Date.UTC(2012, 0, 1);
  const span = Date.UTC(2026, 10, 1) - start;
  db.transaction(() => {
    for (let c = 1; c <= 12; c++) db.prepare('INSERT INTO committee (id, name) VALUES (?, ?)').run(c, `Committee ${c}`);
    const meeting = db.prepare('INSERT OR IGNORE INTO meeting (id, committee_id, date) VALUES (?, ?, ?)');
    const item = db.prepare('INSERT INTO agenda_item (id, meeting_id, position, number, title) VALUES (?, ?, ?, ?, ?)');
    const outcome = db.prepare(
      `INSERT INTO outcome (meeting_id, agenda_item_id, position, kind, text, source_quote, owner, due_date, rag, status,
        executive_response, needs_chasing) VALUES (?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?)`,
    );
    let made = 0;
    for (let m = 1; m <= meetings; m++) {
      const day = new Date(start + Math.floor((span * m) / meetings)).toISOString().slice(0, 10);
      if (meeting.run(m, 1 + (m % 12), day).changes === 0) continue;
      item.run(m, m, 1, '5', `Item about ${random.pick(WORDS)}`);
      for (let p = 0; p < perMeeting && made < outcomes; p++, made++) {
        const kind = random.pick(KINDS);
        const old = day < '2025-01-01';
        const status = random.chance(old ? 0.8 : 0.2) ? 'done' : random.chance(0.3) ? 'in-progress' : 'open';
        const due = random.chance(0.5) ? new Date(Date.parse(day) + random.int(20, 400) * 864e5) : null;
        outcome.run(
          m,
          m,
          p,
          kind,
          `That the board asks for a report on ${random.pick(WORDS)} and ${random.pick(WORDS)} (${made}).`,
          random.chance(0.4) ? `Officer ${random.int(1, 60)}` : null,
          due ? due.toISOString().slice(0, 10) : null,
          random.chance(0.5) ? random.pick(['red', 'amber', 'green']) : null,
          status,
          kind === 'recommendation' && random.chance(0.5) ? random.pick(['accepted', 'partly', 'rejected']) : null,
          random.chance(0.85) ? 1 : 0,
        );
      }
    }
  })();
  db.exec('ANALYZE');
  return db;
}

export interface TrackerPagesMeasurement {
  outcomes: number;
  /** Every call the tracker view makes: first pages, later pages, counts, the dashboard, a status change. */
  p50: number;
  p95: number;
  max: number;
  slowest: { what: string; ms: number };
  /** A status change with the view's counts and dashboard, in one call. */
  changeP95: number;
  /**
   * The machine's pace, measured between the tracker's calls: the median of one pass over every outcome's
   * text (what each view cost before paging). On a busy machine both move together.
   */
  scanP50: number;
}

const OPEN: TrackerFilters['statuses'] = ['open', 'in-progress'];

/** What the tracker's filters ask for, as a chair uses them. */
export function viewFilters(committees: string[]): TrackerFilters[] {
  return [
    { statuses: OPEN, sort: 'meeting' },
    { chasing: 'recorded', sort: 'meeting' },
    { statuses: OPEN, sort: 'due', descending: false },
    { statuses: OPEN, sort: 'days-open' },
    { statuses: OPEN, sort: 'last-update' },
    { statuses: ['done'], sort: 'meeting' },
    { statuses: OPEN, overdue: true },
    { statuses: OPEN, rag: ['red'] },
    { statuses: OPEN, awaitingResponse: true },
    { statuses: OPEN, dueWithinDays: 14, sort: 'due', descending: false },
    { statuses: OPEN, kinds: ['request', 'information-request'] },
    { kinds: ['resolution'], sort: 'status' },
    { statuses: OPEN, text: 'plan' },
    { owner: 'Officer 1' },
    { from: '2020-01-01', to: '2021-12-31' },
    ...committees.slice(0, 3).map((committee): TrackerFilters => ({ committee, statuses: OPEN, sort: 'meeting' })),
  ];
}

/**
 * The tracker screen's calls, timed as it makes them: for each view, its counts and first page, then
 * three pages on as the list scrolls; the dashboard; and status changes that answer with the view's figures.
 */
export function measureTrackerPages(db: Db, committees: string[], passes: number): TrackerPagesMeasurement {
  const outcomes = (db.prepare('SELECT COUNT(*) FROM outcome').pluck().get() as number) ?? 0;
  const runs: { what: string; ms: number }[] = [];
  const timed = (what: string, fn: () => unknown) => {
    const started = performance.now();
    fn();
    runs.push({ what, ms: performance.now() - started });
  };
  const filters = viewFilters(committees);
  const scan = db.prepare("SELECT COUNT(*) FROM outcome WHERE text LIKE '%no such words%'").pluck();
  const scans: number[] = [];
  for (const f of filters) trackerPage(db, f);
  for (let pass = 0; pass < passes; pass++) {
    for (const f of filters) {
      const started = performance.now();
      scan.get();
      scans.push(performance.now() - started);
      const name = JSON.stringify(f);
      timed(`counts ${name}`, () => trackerCounts(db, f));
      let page = trackerPage(db, f);
      timed(`first page ${name}`, () => (page = trackerPage(db, f)));
      for (let n = 2; n <= 4 && page.next; n++) {
        const after = page.next;
        timed(`page ${n} ${name}`, () => (page = trackerPage(db, f, after)));
      }
    }
    timed('dashboard', () => trackerDashboard(db));
  }
  const ids = db
    .prepare('SELECT id FROM outcome WHERE needs_chasing = 1 ORDER BY id LIMIT 20')
    .pluck()
    .all() as number[];
  const changes: number[] = [];
  for (const outcomeId of ids) {
    const started = performance.now();
    withView(db, changeStatus(db, { outcomeId, status: 'in-progress', note: 'Chased the lead officer.' }), {
      statuses: OPEN,
    });
    changes.push(performance.now() - started);
    runs.push({ what: 'status change with the view’s figures', ms: changes[changes.length - 1] as number });
  }
  const ms = runs.map((r) => r.ms);
  return {
    outcomes,
    p50: median(ms),
    p95: percentile(ms, 0.95),
    max: Math.max(...ms),
    slowest: runs.reduce((a, b) => (b.ms > a.ms ? b : a)),
    changeP95: percentile(changes, 0.95),
    scanP50: median(scans),
  };
}

/** A throwaway folder for the tracker-only libraries. */
export function trackerWorkDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'scrutineer-bench-tracker-'));
}
