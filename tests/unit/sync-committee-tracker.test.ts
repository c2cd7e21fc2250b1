import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { changeId, type OutcomeChange } from '../../electron/sync/change-documents';
import { committeeRoles, trackerDatabaseName } from '../../electron/sync/design-docs';
import { installDesignDocs } from '../../electron/sync/install-design-docs';
import { recordChange } from '../../electron/library/sync/change-log';
import { outcomeKey } from '../../electron/library/sync/outcome-keys';
import { setRagAndResponse } from '../../electron/library/queries/tracker';
import { startCouchServer, type CouchServer } from '../helpers/couch-server';
import { BOARD, createDevice, type Device } from '../helpers/sync-devices';

/**
 * One committee, one tracker: the chair and the scrutiny officer work from their own
 * libraries; each change is its own document with who and when, and the server decides
 * who may change what.
 */
const HOUSING = 'Housing Scrutiny Panel';
const roles = committeeRoles(BOARD);
const PEOPLE = {
  chair: { name: 'cllr.chair', password: 'chair-pw', roles: [roles.member, roles.chair] },
  officer: { name: 'scrutiny.officer', password: 'officer-pw', roles: [roles.member, roles.officer] },
  member: { name: 'cllr.member', password: 'member-pw', roles: [roles.member] },
  outsider: { name: 'cllr.housing', password: 'housing-pw', roles: [committeeRoles(HOUSING).member] },
};

let server: CouchServer;
const devices: Device[] = [];
beforeAll(async () => {
  server = await startCouchServer();
  for (const person of Object.values(PEOPLE)) await server.addUser(person);
  await installDesignDocs({ url: server.url, ...server.admin }, [BOARD, HOUSING]);
}, 30_000);
afterAll(() => server.stop());
afterEach(async () => {
  await Promise.all(devices.splice(0).map((d) => d.close()));
});

async function laptopOf(person: keyof typeof PEOPLE): Promise<Device> {
  const device = createDevice();
  devices.push(device);
  await device.importPaper();
  await device.sync.setUp({ url: server.url, userName: PEOPLE[person].name, password: PEOPLE[person].password });
  return device;
}

async function firstOutcome(device: Device) {
  const [row] = await device.call('listTracker', { sort: 'meeting' });
  return row!;
}

describe('a committee’s shared tracker', () => {
  it('the chair and the officer each see the other’s changes, with who and when', async () => {
    const chair = await laptopOf('chair');
    const officer = await laptopOf('officer');
    const outcome = await firstOutcome(chair);
    const same = await firstOutcome(officer);
    expect(same.text).toBe(outcome.text);

    await chair.call('changeOutcomeStatus', {
      outcomeId: outcome.id,
      status: 'in-progress',
      note: 'Report due in March',
    });
    await officer.call('setOutcomeOwnerDue', { outcomeId: same.id, owner: 'Director of Children’s Services' });
    await officer.call('changeOutcomeStatus', {
      outcomeId: same.id,
      status: 'done',
      note: 'Evidence: briefing note circulated',
    });
    setRagAndResponse(officer.library.db, { outcomeId: same.id, rag: 'green' });
    for (const device of [chair, officer, chair]) expect((await device.sync.syncNow()).problem).toBeNull();

    for (const [device, id] of [
      [chair, outcome.id],
      [officer, same.id],
    ] as const) {
      const detail = await device.call('getOutcome', { outcomeId: id });
      expect(detail.status).toBe('done');
      expect(detail.owner).toBe('Director of Children’s Services');
      const changes = detail.history.filter((h) => h.author);
      expect(changes.map((h) => [h.author, h.status, h.note])).toEqual([
        ['cllr.chair', 'in-progress', 'Report due in March'],
        ['scrutiny.officer', 'done', 'Evidence: briefing note circulated'],
        // The RAG rating is kept in the history too, as the officer set it.
        ['scrutiny.officer', 'done', 'RAG rating set to green (achieved, stop monitoring).'],
      ]);
      for (const change of changes) expect(Date.parse(change.changedAt)).toBeGreaterThan(Date.now() - 60_000);
      // Changes made within the same millisecond still have times in the order they were made.
      const times = changes.map((h) => Date.parse(h.changedAt));
      expect(times.every((time, i) => i === 0 || time > times[i - 1]!)).toBe(true);
      expect(device.library.db.prepare('SELECT rag FROM outcome WHERE id = ?').pluck().get(id)).toBe('green');
    }
    expect(chair.sync.status().trackers).toEqual([trackerDatabaseName(BOARD).replace('scrutineer-tracker-', '')]);
  }, 60_000);

  it('refuses a member’s change of status, and a change whose author is forged', async () => {
    const member = await laptopOf('member');
    const outcome = await firstOutcome(member);
    await member.call('changeOutcomeStatus', { outcomeId: outcome.id, status: 'done', note: 'I think it is done' });
    // A tampered device writes a change in someone else's name.
    const forged: OutcomeChange = {
      type: 'scrutineer-change',
      entity: 'outcome',
      key: outcomeKey(member.library.db, outcome.id)!,
      author: PEOPLE.chair.name,
      device: 'tampered',
      at: new Date().toISOString(),
      base: [],
      committee: BOARD,
      outcome: { meetingDate: outcome.meetingDate, text: outcome.text },
      change: { note: 'Signed by the chair (not really)' },
    };
    recordChange(
      member.library.db,
      trackerDatabaseName(BOARD),
      changeId('outcome', forged.key, 'forged'),
      forged,
      true,
    );

    const report = await member.sync.syncNow();
    expect(report.refused).toBe(2);
    expect(
      member.sync
        .status()
        .refused.map((r) => r.reason)
        .sort(),
    ).toEqual([
      'Only the chair and the scrutiny officer can change a status.',
      'The author of a change must be the signed-in user.',
    ]);
    const onServer = await server.asAdmin('GET', `/${trackerDatabaseName(BOARD)}/_all_docs?include_docs=true`);
    expect(JSON.stringify(onServer.body)).not.toContain('not really');
    expect(JSON.stringify(onServer.body)).not.toContain('I think it is done');
  }, 60_000);

  it('tells a member of another committee that they are not on this one’s tracker', async () => {
    const outsider = await laptopOf('outsider');
    await expect(outsider.sync.checkTracker(BOARD)).rejects.toThrow(
      `You are not a member of this committee’s tracker (${BOARD}).`,
    );
    expect((await outsider.sync.syncNow()).problem).toBeNull();
    expect(outsider.sync.status().trackers).toEqual(['housing-scrutiny-panel']);
  }, 60_000);
});
