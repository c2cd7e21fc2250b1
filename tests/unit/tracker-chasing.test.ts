import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf, MethodName, OutputOf } from '../../shared/api/contract';
import { migrations } from '../../electron/library/migrations';
import { openLibrary } from '../../electron/library/open-library';
import { createTempLibrary, tempDir, type TempLibrary } from '../helpers/temp-library';

/** Made-up minutes: approved minutes and a noted report (recorded), and a request (to chase). */
const MINUTES = `**Minutes of the Meeting of the Communities Scrutiny Panel**
**held at 6.00 pm on Tuesday, 4 March 2025**

Present:

Members: Councillor A Osei (Chair)
Councillor R Hollis

## 1. Minutes

RESOLVED that the minutes of the meeting held on 14 January 2025 be approved as a correct record.

## 2. Library Service Update

The Panel considered a report on visits to branch libraries.

RESOLVED that the report be noted.

## 3. Street Lighting

The Panel discussed the replacement of street lights with LED lanterns.

The Panel requested that:

1. The Head of Highways provide a map of the roads still waiting for new lanterns.
`;

let library: TempLibrary;

async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const result = await library.dispatch(method, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as OutputOf<M>;
}

async function importText(name: string, text: string): Promise<OutputOf<'getImportJob'>> {
  const job = await call('startImport', { files: [{ name, data: new TextEncoder().encode(text) }] });
  return library.imports.finished(job.id);
}

const texts = (rows: { text: string }[]) => rows.map((r) => r.text).sort();
const MINUTES_APPROVED = 'The minutes of the meeting held on 14 January 2025 be approved as a correct record.';
const NOTED = 'The report be noted.';
const MAP = 'The Head of Highways provide a map of the roads still waiting for new lanterns.';

beforeAll(async () => {
  library = createTempLibrary();
  expect((await importText('panel-2025-03-04.md', MINUTES)).files[0]?.state).toBe('imported');
});
afterAll(() => library.cleanup());

describe('what needs chasing, and what is only recorded', () => {
  it('lists the request in the tracker, and the noted report and approved minutes under recorded', async () => {
    const open = await call('listTracker', { statuses: ['open', 'in-progress'] });
    expect(texts(open)).toEqual([MAP]);
    expect(open[0]).toMatchObject({ kind: 'request', status: 'open', needsChasing: true });
    expect(open[0]?.daysOpen).toBeGreaterThan(0);

    const recorded = await call('listTracker', { chasing: 'recorded', statuses: ['open', 'in-progress'] });
    expect(texts(recorded)).toEqual([MINUTES_APPROVED, NOTED]);
    // Recorded decisions never age, and are never overdue.
    expect(recorded.every((r) => !r.needsChasing && r.daysOpen === null && !r.overdue)).toBe(true);

    expect(await call('countTracker', { statuses: ['open', 'in-progress'] })).toEqual({
      needsChasing: 1,
      recorded: 2,
      dueSoon: 0,
    });
    expect(await call('countTracker', { text: 'lanterns' })).toEqual({ needsChasing: 1, recorded: 0, dueSoon: 0 });
    expect(await call('listTracker', { chasing: 'all' })).toHaveLength(3);
  });

  it('still shows every outcome with its meeting, and finds recorded ones by search', async () => {
    const [meeting] = await call('listMeetings', {});
    expect(meeting?.openOutcomeCount).toBe(1);
    const detail = await call('getMeeting', { meetingId: meeting?.id as number });
    const outcomes = [...detail.outcomes, ...detail.items.flatMap((i) => i.outcomes)];
    expect(outcomes.map((o) => [o.text, o.needsChasing]).sort()).toEqual([
      [MAP, true],
      [MINUTES_APPROVED, false],
      [NOTED, false],
    ]);
    const found = await call('search', { query: 'approved correct record', kinds: ['outcome'] });
    expect(found.length).toBeGreaterThan(0);
  });

  it('counts only what needs chasing on the dashboard and in the outstanding report', async () => {
    const { committees, ageing } = await call('trackerDashboard', {});
    expect(committees).toEqual([
      {
        committee: 'Communities Scrutiny Panel',
        open: 1,
        overdue: 0,
        done: 0,
        total: 1,
        recorded: 2,
        red: 0,
        amber: 0,
        green: 0,
        unrated: 1,
        awaitingResponse: 0,
      },
    ]);
    expect(ageing.reduce((sum, band) => sum + band.count, 0)).toBe(1);
    const csv = new TextDecoder().decode((await call('outstandingReport', { format: 'csv' })).data);
    expect(csv).toContain('roads still waiting');
    expect(csv).not.toContain('be noted');
    expect(csv).not.toContain('correct record');
  });

  it('lets the chair say otherwise, keeps it in the history, and no new version of the minutes undoes it', async () => {
    const noted = (await call('listTracker', { chasing: 'recorded' })).find((r) => r.text === NOTED);
    let detail = await call('getOutcome', { outcomeId: noted?.id as number });
    expect(detail).toMatchObject({ needsChasing: false, chasingSetBy: 'rule' });
    expect(detail.chasingReading).toBe('It notes something; it asks no one to act.');

    detail = await call('setOutcomeNeedsChasing', {
      outcomeId: detail.id,
      needsChasing: true,
      note: 'Officers promised a note on opening hours',
    });
    expect(detail).toMatchObject({ needsChasing: true, chasingSetBy: 'chair', status: 'open' });
    expect(detail.history.at(-1)).toMatchObject({
      needsChasing: true,
      status: 'open',
      note: 'Officers promised a note on opening hours',
    });
    // Asking twice records it once.
    const again = await call('setOutcomeNeedsChasing', { outcomeId: detail.id, needsChasing: true });
    expect(again.history).toHaveLength(detail.history.length);

    const map = (await call('listTracker', {})).find((r) => r.text === MAP);
    await call('changeOutcomeStatus', { outcomeId: map?.id as number, status: 'done', note: 'Map received' });
    const closed = await call('getOutcome', { outcomeId: map?.id as number });
    const dropped = await call('setOutcomeNeedsChasing', { outcomeId: closed.id, needsChasing: false });
    // A word on chasing is not a change of status: it does not move when the outcome was closed.
    expect(dropped).toMatchObject({ status: 'done', needsChasing: false });
    expect(dropped.history.map((h) => [h.status, h.needsChasing])).toEqual([
      ['open', null],
      ['done', null],
      ['done', false],
    ]);

    const revised = await importText('panel-2025-03-04.md', `${MINUTES}\nThe meeting closed at 7.40 pm.\n`);
    expect(revised.files[0]?.state).toBe('new-version');
    expect(texts(await call('listTracker', { chasing: 'all' }))).toEqual([MAP, MINUTES_APPROVED, NOTED]);
    expect(texts(await call('listTracker', {}))).toEqual([NOTED]);
    expect(texts(await call('listTracker', { chasing: 'recorded' }))).toEqual([MAP, MINUTES_APPROVED]);
  });
});

describe('a library made before outcomes said whether they need chasing', () => {
  it('sorts its outcomes with the same rule when it is opened', () => {
    const dir = tempDir();
    const file = path.join(dir, 'library.sqlite');
    const before = openLibrary(
      file,
      migrations.filter((m) => m.version < 10),
    );
    before.exec(`
      INSERT INTO committee (id, name) VALUES (1, 'Housing Scrutiny Committee');
      INSERT INTO meeting (id, committee_id, date) VALUES (1, 1, '2019-05-20');
      INSERT INTO outcome (id, meeting_id, position, kind, text, source_quote) VALUES
        (1, 1, 0, 'resolution', 'Councillor Webb be elected Chair for the municipal year', ''),
        (2, 1, 1, 'resolution', 'The annual report on voids be noted', ''),
        (3, 1, 2, 'resolution', 'The report be noted and officers report back on void times in the autumn', ''),
        (4, 1, 3, 'information-request', 'The number of empty homes in each ward be noted', '');
    `);
    before.close();
    const db = openLibrary(file);
    try {
      const flags = db.prepare('SELECT id, needs_chasing, needs_chasing_set_by FROM outcome ORDER BY id').raw().all();
      expect(flags).toEqual([
        [1, 0, 'rule'],
        [2, 0, 'rule'],
        [3, 1, 'rule'],
        [4, 1, 'rule'],
      ]);
    } finally {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
