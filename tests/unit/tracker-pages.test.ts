import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf, MethodName, OutputOf } from '../../shared/api/contract';
import type { TrackerFilters, TrackerReminders, TrackerRow } from '../../shared/domain';
import { msUntilNextMorning, reminderNotice } from '../../shared/tracker-reminders';
import { ukDate, ukShortDate } from '../../shared/uk-dates';
import { localToday } from '../../electron/library/queries/tracker';
import { trackerReminders } from '../../electron/library/queries/tracker-reminders';
import { createTempLibrary, type TempLibrary } from '../helpers/temp-library';

let library: TempLibrary;

async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const result = await library.dispatch(method, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as OutputOf<M>;
}

function day(offset: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return localToday(d);
}

/**
 * 250 outcomes over two committees: every tenth a recommendation, due dates spread from 30 days ago to
 * 30 days ahead, some rated; meetings from 400 days ago to 10 days ago.
 */
beforeAll(() => {
  library = createTempLibrary();
  const db = library.db;
  db.transaction(() => {
    db.prepare(
      "INSERT INTO committee (id, name) VALUES (1, 'Health Scrutiny Board'), (2, 'Places Scrutiny Board')",
    ).run();
    const meeting = db.prepare('INSERT INTO meeting (id, committee_id, date) VALUES (?, ?, ?)');
    for (let m = 1; m <= 25; m++) meeting.run(m, (m % 2) + 1, day(-400 + m * 15));
    const outcome = db.prepare(
      `INSERT INTO outcome (meeting_id, position, kind, text, source_quote, due_date, rag, status, executive_response)
      VALUES (?, ?, ?, ?, '', ?, ?, ?, ?)`,
    );
    for (let i = 0; i < 250; i++) {
      const recommendation = i % 10 === 0;
      outcome.run(
        (i % 25) + 1,
        i,
        recommendation ? 'recommendation' : 'action',
        `Outcome number ${i}`,
        i % 3 === 0 ? null : day((i % 61) - 30),
        (['red', 'amber', 'green', null] as const)[i % 4],
        i % 7 === 0 ? 'done' : 'open',
        recommendation && i % 20 === 0 ? 'accepted' : null,
      );
    }
  })();
});
afterAll(() => library.cleanup());

async function everyPage(filters: TrackerFilters, limit: number): Promise<TrackerRow[]> {
  const rows: TrackerRow[] = [];
  let page = await call('pageTracker', { filters, limit });
  rows.push(...page.rows);
  while (page.next) {
    page = await call('pageTracker', { filters, after: page.next, limit });
    rows.push(...page.rows);
  }
  return rows;
}

describe('the tracker a page at a time', () => {
  const views: TrackerFilters[] = [
    { statuses: ['open', 'in-progress'], sort: 'meeting' },
    { statuses: ['open', 'in-progress'], sort: 'due', descending: false },
    { statuses: ['open', 'in-progress'], sort: 'due' },
    { sort: 'days-open' },
    { sort: 'status', descending: false },
    { chasing: 'all', sort: 'last-update' },
    { rag: ['red', 'none'], sort: 'meeting', descending: false },
  ];

  it.each(views)('reads the same rows in the same order as the whole list: %j', async (filters) => {
    const whole = await call('listTracker', filters);
    const paged = await everyPage(filters, 17);
    expect(paged.map((r) => r.id)).toEqual(whole.map((r) => r.id));
    expect(new Set(paged.map((r) => r.id)).size).toBe(paged.length);
  });

  it('gives the counts with the first page only', async () => {
    const first = await call('pageTracker', { filters: {}, limit: 10 });
    expect(first.counts?.needsChasing).toBe((await call('listTracker', {})).length);
    const second = await call('pageTracker', { filters: {}, after: first.next, limit: 10 });
    expect(second.counts).toBeUndefined();
  });

  it('counts what falls due in the next two weeks, and lists it under Due soon', async () => {
    const soon = await call('listTracker', { statuses: ['open', 'in-progress'], dueWithinDays: 14 });
    expect(soon.length).toBeGreaterThan(0);
    expect(soon.every((r) => r.dueDate !== null && r.dueDate >= day(0) && r.dueDate <= day(14))).toBe(true);
    expect((await call('countTracker', {})).dueSoon).toBe(soon.length);
  });

  it('flags a recommendation with no response two months after its meeting, and only that', async () => {
    const all = await call('listTracker', { chasing: 'all' });
    const flagged = all.filter((r) => r.awaitingResponse);
    expect(flagged.length).toBeGreaterThan(0);
    for (const r of all) {
      const expected =
        r.kind === 'recommendation' &&
        r.status === 'open' &&
        r.response === null &&
        (r.meetingDate ?? '9999') < localToday(new Date(new Date().setMonth(new Date().getMonth() - 2)));
      expect(r.awaitingResponse, `outcome ${r.id}`).toBe(expected);
    }
    const filtered = await call('listTracker', { awaitingResponse: true });
    expect(filtered.map((r) => r.id).sort()).toEqual(flagged.map((r) => r.id).sort());
  });

  it('counts the dashboard in SQL as the rows would: open by RAG, overdue, awaiting a response', async () => {
    const { committees, ageing } = await call('trackerDashboard', {});
    const rows = await call('listTracker', { chasing: 'all' });
    for (const c of committees) {
      const mine = rows.filter((r) => r.committee === c.committee);
      const open = mine.filter((r) => r.status === 'open' || r.status === 'in-progress');
      expect(c).toEqual({
        committee: c.committee,
        open: open.length,
        overdue: mine.filter((r) => r.overdue).length,
        done: mine.filter((r) => r.status === 'done').length,
        total: mine.length,
        recorded: 0,
        red: open.filter((r) => r.rag === 'red').length,
        amber: open.filter((r) => r.rag === 'amber').length,
        green: open.filter((r) => r.rag === 'green').length,
        unrated: open.filter((r) => r.rag === null).length,
        awaitingResponse: mine.filter((r) => r.awaitingResponse).length,
      });
    }
    const open = rows.filter((r) => r.status === 'open');
    expect(ageing.reduce((n, band) => n + band.count, 0)).toBe(open.length);
    const bandOf = (days: number) => [30, 91, 182, 365, 730, Infinity].findIndex((limit) => days < limit);
    ageing.forEach((band, i) =>
      expect(band.count, band.label).toBe(open.filter((r) => bandOf(r.daysOpen ?? 0) === i).length),
    );
  });
});

describe('a change to an outcome, in one call', () => {
  it('answers with the view’s counts and dashboard, and keeps the RAG rating and its note in the history', async () => {
    const [row] = await call('listTracker', { kinds: ['recommendation'], awaitingResponse: true, rag: ['green'] });
    const before = await call('trackerDashboard', {});
    const changed = await call('setOutcomeRagAndResponse', {
      outcomeId: row!.id,
      rag: 'red',
      executiveResponse: { response: 'rejected', on: '2026-03-03', text: 'Not affordable this year.' },
      note: 'Reported to Cabinet in March',
      view: { statuses: ['open', 'in-progress'] },
    });
    expect(changed.rag).toBe('red');
    expect(changed.awaitingResponse).toBe(false);
    expect(changed.history.at(-1)?.note).toBe(
      'RAG rating set to red (progress not acceptable). Executive’s response: rejected, 3 March 2026. Reported to Cabinet in March',
    );
    const committee = (d: typeof before) => d.committees.find((c) => c.committee === row!.committee)!;
    expect(committee(changed.view!.dashboard).awaitingResponse).toBe(committee(before).awaitingResponse - 1);
    expect(changed.view!.counts).toEqual(await call('countTracker', { statuses: ['open', 'in-progress'] }));

    // The same again adds nothing to the history; a note alone is kept.
    const again = await call('setOutcomeRagAndResponse', { outcomeId: row!.id, rag: 'red' });
    expect(again.history).toHaveLength(changed.history.length);
    const noted = await call('setOutcomeRagAndResponse', {
      outcomeId: row!.id,
      note: 'Checked with the Cabinet Member',
    });
    expect(noted.history.at(-1)?.note).toBe('Checked with the Cabinet Member');
    expect(await call('getOutcome', { outcomeId: row!.id })).not.toHaveProperty('view');
  });
});

describe('reminders of what fell due', () => {
  it('names what became overdue since the last notice, and what is due soon, once a day', () => {
    const first = trackerReminders(library.db, { seen: true });
    expect(first.firstToday).toBe(true);
    expect(first.becameOverdue.every((r) => r.dueDate! >= day(-7) && r.dueDate! < day(0))).toBe(true);
    expect(first.becameOverdue.length).toBeGreaterThan(0);
    expect(first.dueSoon.length).toBeGreaterThan(0);
    expect(reminderNotice(first)?.body).toMatch(
      /^\d+ outcomes became overdue; \d+ outcomes are due in the next two weeks for 2 committees\.$/,
    );

    const later = trackerReminders(library.db, { seen: true });
    expect(later.firstToday).toBe(false);
    expect(later.becameOverdue).toEqual([]);
    expect(reminderNotice(later)).toBeNull();

    // The next morning: only what fell due yesterday is new.
    const tomorrow = trackerReminders(library.db, { today: day(1) });
    expect(tomorrow.becameOverdue.every((r) => r.dueDate === day(0))).toBe(true);
  });

  it('keeps to the committees the member follows on the council’s website', () => {
    const db = library.db;
    db.prepare(
      "INSERT INTO council_site (id, root_url, since) VALUES (1, 'https://example.gov.uk', '2020-01-01')",
    ).run();
    db.prepare(
      "INSERT INTO site_committee (site_id, remote_id, title, followed) VALUES (1, 1, 'Places Scrutiny Board', 1), (1, 2, 'Health Scrutiny Board', 0)",
    ).run();
    const reminders = trackerReminders(library.db, { today: day(0) });
    expect(reminders.committees).toEqual(['Places Scrutiny Board']);
    expect(
      [...reminders.dueSoon, ...reminders.becameOverdue].every((r) => r.committee === 'Places Scrutiny Board'),
    ).toBe(true);
  });

  it('says one thing plainly, and waits for the next morning', () => {
    const one = { today: '2026-11-29', firstToday: true, committees: ['Health Scrutiny Board'] } as const;
    const row = {} as TrackerRow;
    const notice = (r: Partial<TrackerReminders>) =>
      reminderNotice({
        ...one,
        becameOverdue: [],
        dueSoon: [],
        ...r,
        committees: [...(r.committees ?? one.committees)],
      });
    expect(notice({ dueSoon: [row] })?.body).toBe('1 outcome is due in the next two weeks for Health Scrutiny Board.');
    expect(notice({ dueSoon: [row], firstToday: false })).toBeNull();
    expect(notice({ becameOverdue: [row, row], firstToday: false })?.body).toBe(
      '2 outcomes became overdue for Health Scrutiny Board.',
    );
    expect(msUntilNextMorning(new Date(2026, 10, 29, 7, 30))).toBe(30 * 60_000);
    expect(msUntilNextMorning(new Date(2026, 10, 29, 9, 0))).toBe(23 * 3_600_000);
  });
});

describe('UK dates', () => {
  it('prints a day as councils do, and a moment on the member’s own calendar day', () => {
    expect(ukDate('2021-09-16')).toBe('16 September 2021');
    expect(ukShortDate('2021-09-16')).toBe('16/09/2021');
    const moment = new Date(2021, 8, 16, 0, 30).toISOString();
    expect(ukDate(moment)).toBe('16 September 2021');
    expect(ukShortDate(moment)).toBe('16/09/2021');
    expect(ukDate('not a date')).toBe('not a date');
  });
});
