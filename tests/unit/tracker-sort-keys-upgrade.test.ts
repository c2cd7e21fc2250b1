import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DUE_SOON_DAYS, type TrackerCounts, type TrackerFilters, type TrackerRow } from '../../shared/domain';
import { migrations } from '../../electron/library/migrations';
import { openLibrary, type Db } from '../../electron/library/open-library';
import {
  changeStatus,
  localToday,
  setNeedsChasing,
  setRagAndResponse,
  trackerCounts,
  trackerDashboard,
  trackerPage,
  trackerRows,
} from '../../electron/library/queries/tracker';
import { tempDir } from '../helpers/temp-library';

/**
 * A library made before migration 17 (the tracker's sort keys and tally), with a chair's tracker in it, gives
 * the same rows in the same order and the same counts and dashboard once upgraded, page by page; and still
 * does after the chair changes outcomes and the council moves or cancels a meeting.
 */
const dir = tempDir('scrutineer-tracker-upgrade-');
const file = path.join(dir, 'library.sqlite');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function day(offset: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return localToday(d);
}

/** A repeatable sequence of choices. */
function chooser(seed: number) {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return {
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T,
    chance: (p: number) => next() < p,
  };
}

const KINDS = ['resolution', 'request', 'information-request', 'recommendation', 'action', 'follow-up'] as const;
const STATUSES = ['open', 'in-progress', 'done', 'dropped', 'superseded'] as const;
const WORDS = ['housing', 'schools', 'buses', '50% of', 'waste_plan', 'parks'];

/**
 * Three committees, 60 meetings from three years ago to a month ahead (two on the same day, one with no date),
 * 600 outcomes: every kind and status, rated or not, some recorded decisions, some with a history (closed the
 * same day as others, so days open tie), owners, due dates behind and ahead.
 */
function fill(db: Db): void {
  const c = chooser(17);
  db.transaction(() => {
    db.prepare(
      "INSERT INTO committee (id, name) VALUES (1, 'Adults Scrutiny Board'), (2, 'Places Scrutiny Board'), (3, 'Children''s Scrutiny Board')",
    ).run();
    const meeting = db.prepare('INSERT INTO meeting (id, committee_id, date) VALUES (?, ?, ?)');
    const item = db.prepare('INSERT INTO agenda_item (id, meeting_id, position, number, title) VALUES (?, ?, 0, ?, ?)');
    for (let m = 1; m <= 60; m++) {
      meeting.run(m, 1 + (m % 3), m === 60 ? null : m === 59 ? day(-1000 + 58 * 18) : day(-1000 + m * 18));
      item.run(m, m, String(m), `Item on ${c.pick(WORDS)}`);
    }
    const outcome = db.prepare(
      `INSERT INTO outcome (meeting_id, agenda_item_id, position, kind, text, source_quote, owner, due_date, rag, status,
        executive_response, needs_chasing) VALUES (?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?)`,
    );
    const history = db.prepare(
      'INSERT INTO outcome_status_change (outcome_id, status, note, changed_at) VALUES (?, ?, ?, ?)',
    );
    for (let i = 1; i <= 600; i++) {
      const m = 1 + (i % 60);
      const status = c.pick(STATUSES);
      const id = Number(
        outcome.run(
          m,
          c.chance(0.8) ? m : null,
          i,
          c.pick(KINDS),
          `That the board asks about ${c.pick(WORDS)} (${i}).`,
          c.chance(0.4) ? `Officer ${1 + (i % 12)}` : null,
          c.chance(0.6) ? day(-400 + (i % 500)) : null,
          c.pick(['red', 'amber', 'green', null]),
          status,
          c.chance(0.3) ? c.pick(['accepted', 'partly', 'rejected']) : null,
          c.chance(0.8) ? 1 : 0,
        ).lastInsertRowid,
      );
      if (c.chance(0.6)) history.run(id, status, 'Progress.', `${day(-300 + (i % 280))}T10:00:00.000Z`);
    }
  })();
}

const OPEN: TrackerFilters['statuses'] = ['open', 'in-progress'];
const SORTS = ['meeting', 'due', 'days-open', 'last-update', 'status'] as const;
const VIEWS: TrackerFilters[] = [
  ...SORTS.flatMap((sort) =>
    [true, false].flatMap((descending): TrackerFilters[] => [
      { chasing: 'needs-chasing', statuses: OPEN, sort, descending },
      { chasing: 'needs-chasing', sort, descending },
      { chasing: 'recorded', sort, descending },
      { chasing: 'all', sort, descending },
      { chasing: 'needs-chasing', statuses: OPEN, dueWithinDays: DUE_SOON_DAYS, sort, descending },
      { chasing: 'needs-chasing', statuses: ['done', 'superseded'], sort, descending },
    ]),
  ),
  { statuses: OPEN, overdue: true },
  { statuses: OPEN, overdue: true, sort: 'due' },
  { statuses: OPEN, rag: ['red', 'none'] },
  { chasing: 'all', statuses: OPEN, awaitingResponse: true, sort: 'days-open' },
  { chasing: 'all', awaitingResponse: true, sort: 'meeting' },
  { chasing: 'all', overdue: true, sort: 'due', descending: false },
  { chasing: 'all', dueWithinDays: DUE_SOON_DAYS, sort: 'due' },
  { statuses: OPEN, kinds: ['request', 'information-request'], sort: 'last-update', descending: false },
  { committee: "children's scrutiny board", statuses: OPEN },
  { statuses: OPEN, text: 'housing', sort: 'days-open' },
  { text: '50%', sort: 'due', descending: false },
  { text: 'waste_plan', chasing: 'all' },
  { owner: 'Officer 1', sort: 'status' },
  { from: day(-600), to: day(-200), sort: 'meeting', descending: false },
  { from: day(-600), sort: 'days-open', descending: false },
];

/** Every page of a view, seven rows at a time (so that pages end inside runs of equal keys). */
function everyPage(db: Db, filters: TrackerFilters): TrackerRow[] {
  const rows: TrackerRow[] = [];
  let page = trackerPage(db, filters, null, 7);
  rows.push(...page.rows);
  while (page.next) {
    page = trackerPage(db, filters, page.next, 7);
    rows.push(...page.rows);
  }
  return rows;
}

/** The counts as the whole list gives them: needing chasing, recorded, and due soon whatever the status filter. */
function countsOfRows(db: Db, filters: TrackerFilters): TrackerCounts {
  const plain = { ...filters, dueWithinDays: undefined };
  return {
    needsChasing: trackerRows(db, { ...plain, chasing: 'needs-chasing' }).length,
    recorded: trackerRows(db, { ...plain, chasing: 'recorded' }).length,
    dueSoon: trackerRows(db, {
      ...plain,
      chasing: 'needs-chasing',
      statuses: undefined,
      overdue: undefined,
      awaitingResponse: undefined,
      dueWithinDays: DUE_SOON_DAYS,
    }).length,
  };
}

/** The dashboard as releases before migration 17 summed it, from every outcome. */
function dashboardAsBefore(db: Db) {
  const today = localToday();
  const open = "o.needs_chasing = 1 AND o.status IN ('open', 'in-progress')";
  const twoMonthsAgo = new Date(`${today}T00:00:00Z`);
  twoMonthsAgo.setUTCMonth(twoMonthsAgo.getUTCMonth() - 2);
  const committees = db
    .prepare(
      `SELECT c.name AS committee, SUM(${open}) AS open,
        SUM(${open} AND o.due_date IS NOT NULL AND o.due_date < :today) AS overdue,
        SUM(o.needs_chasing = 1 AND o.status = 'done') AS done, SUM(o.needs_chasing) AS total,
        SUM(o.needs_chasing = 0) AS recorded, SUM(${open} AND o.rag IS 'red') AS red,
        SUM(${open} AND o.rag IS 'amber') AS amber, SUM(${open} AND o.rag IS 'green') AS green,
        SUM(${open} AND o.rag IS NULL) AS unrated,
        SUM(${open} AND o.kind = 'recommendation' AND o.executive_response IS NULL AND m.date < :twoMonthsAgo)
          AS awaitingResponse
      FROM outcome o JOIN meeting m ON m.id = o.meeting_id JOIN committee c ON c.id = m.committee_id GROUP BY c.id`,
    )
    .all({ today, twoMonthsAgo: twoMonthsAgo.toISOString().slice(0, 10) }) as { committee: string }[];
  const ages = db
    .prepare(
      `SELECT CAST(julianday(:today) - julianday(m.date) AS INTEGER) FROM outcome o JOIN meeting m ON m.id = o.meeting_id
        WHERE ${open} AND m.date IS NOT NULL`,
    )
    .pluck()
    .all({ today }) as number[];
  const bands = [0, 30, 91, 182, 365, 730, 1e9];
  return {
    committees: committees.sort((a, b) => a.committee.localeCompare(b.committee)),
    ageing: ['Under a month', '1–3 months', '3–6 months', '6–12 months', '1–2 years', 'Over 2 years'].map(
      (label, i) => ({
        label,
        count: ages.filter((d) => d >= (bands[i] as number) && d < (bands[i + 1] as number)).length,
      }),
    ),
  };
}

function whatTheTrackerShows(db: Db) {
  return {
    lists: VIEWS.map((f) => trackerRows(db, f)),
    counts: VIEWS.map((f) => countsOfRows(db, f)),
    dashboard: dashboardAsBefore(db),
  };
}

let before: ReturnType<typeof whatTheTrackerShows>;
let db: Db;

beforeAll(() => {
  const old = openLibrary(
    file,
    migrations.filter((m) => m.version < 17),
  );
  fill(old);
  before = whatTheTrackerShows(old);
  old.close();
  db = openLibrary(file);
});
afterAll(() => db.close());

describe('the tracker in a library upgraded to migration 17', () => {
  it('has lists worth comparing', () => {
    expect(before.lists.every((rows) => rows.length > 0)).toBe(true);
    expect(before.lists[0]?.length).toBeGreaterThan(50);
  });

  it.each(VIEWS.map((f, i) => [i, f] as const))('shows the same rows in the same order, page by page: %i %j', (i) => {
    expect(everyPage(db, VIEWS[i] as TrackerFilters)).toEqual(before.lists[i]);
  });

  it('counts the same', () => {
    expect(VIEWS.map((f) => trackerCounts(db, f))).toEqual(before.counts);
  });

  it('shows the same dashboard', () => {
    expect(trackerDashboard(db)).toEqual(before.dashboard);
  });

  it('keeps pages, counts and dashboard right as the chair changes outcomes and meetings move or go', () => {
    const ids = trackerRows(db, { chasing: 'all' })
      .slice(0, 40)
      .map((r) => r.id);
    ids.forEach((outcomeId, i) => {
      if (i % 4 === 0) changeStatus(db, { outcomeId, status: i % 8 === 0 ? 'done' : 'in-progress', note: 'Chased.' });
      if (i % 4 === 1) setRagAndResponse(db, { outcomeId, rag: i % 8 === 1 ? 'red' : null });
      if (i % 4 === 2) setNeedsChasing(db, { outcomeId, needsChasing: i % 8 !== 2 });
    });
    db.prepare('UPDATE meeting SET date = ? WHERE id = 7').run(day(-3));
    db.prepare('UPDATE meeting SET committee_id = 3 WHERE id = 8').run();
    db.prepare('DELETE FROM meeting WHERE id = 9').run();
    db.prepare('INSERT INTO meeting (id, committee_id, date) VALUES (61, 1, ?)').run(day(-70));
    db.prepare(
      "INSERT INTO outcome (meeting_id, position, kind, text, source_quote, status) VALUES (61, 1, 'recommendation', 'That the executive reviews housing.', '', 'open')",
    ).run();
    for (const f of VIEWS) {
      expect(everyPage(db, f)).toEqual(trackerRows(db, f));
      expect(trackerCounts(db, f)).toEqual(countsOfRows(db, f));
    }
    expect(trackerDashboard(db)).toEqual(dashboardAsBefore(db));
  });

  it('finds words and owners that few of thousands of outcomes have, in the same order', () => {
    const add = db.prepare(
      `INSERT INTO outcome (meeting_id, position, kind, text, source_quote, owner, status)
        VALUES (?, ?, 'action', ?, '', ?, 'open')`,
    );
    db.transaction(() => {
      for (let i = 0; i < 2500; i++)
        add.run(10 + (i % 40), 1000 + i, `Report back on ${i % 400 === 0 ? 'Kirkgate Market' : 'housing'}.`, null);
      add.run(5, 9999, 'Report back on the market.', 'Head of Markets');
    })();
    const rare: TrackerFilters[] = [
      { statuses: OPEN, text: 'kirkgate' },
      { text: 'Kirkgate', sort: 'days-open', descending: false },
      { owner: 'markets', sort: 'due' },
      { statuses: OPEN, text: 'housing', sort: 'last-update' },
    ];
    for (const f of rare) {
      const rows = trackerRows(db, f);
      expect(rows.length).toBeGreaterThan(0);
      expect(everyPage(db, f)).toEqual(rows);
      expect(trackerPage(db, f).rows).toEqual(rows.slice(0, 100));
    }
  });
});
