import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { committeeRoles, memberDatabaseName, trackerDatabaseName } from '../../electron/sync/design-docs';
import { installDesignDocs } from '../../electron/sync/install-design-docs';
import { startCouchServer, type CouchServer } from '../helpers/couch-server';

const BOARD = "Education and Children's Services Scrutiny Board";
const OTHER = 'Housing Scrutiny Panel';

let server: CouchServer;
beforeAll(async () => {
  server = await startCouchServer();
  const roles = committeeRoles(BOARD);
  await server.addUser({ name: 'chair', password: 'chair-pw', roles: [roles.member, roles.chair] });
  await server.addUser({ name: 'member', password: 'member-pw', roles: [roles.member] });
  await server.addUser({ name: 'outsider', password: 'outsider-pw', roles: [committeeRoles(OTHER).member] });
  await installDesignDocs({ url: server.url, ...server.admin }, [BOARD, OTHER]);
}, 30_000);
afterAll(() => server.stop());

async function put(user: string, password: string, database: string, doc: Record<string, unknown>) {
  const answer = await fetch(`${server.url}/${database}/${encodeURIComponent(String(doc._id))}`, {
    method: 'PUT',
    headers: {
      'content-type': 'application/json',
      authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
    },
    body: JSON.stringify(doc),
  });
  return { status: answer.status, body: (await answer.json()) as { reason?: string } };
}

const change = (id: string, author: string, change: Record<string, unknown>) => ({
  _id: id,
  type: 'scrutineer-change',
  entity: 'outcome',
  key: 'k',
  author,
  device: 'd',
  at: new Date().toISOString(),
  base: [],
  committee: BOARD,
  outcome: { meetingDate: null, text: 't' },
  change,
});

describe('the rules the CouchDB server enforces (the design documents as installed)', () => {
  const tracker = trackerDatabaseName(BOARD);

  it('lets the chair change a status, and a member add a progress note', async () => {
    expect((await put('chair', 'chair-pw', tracker, change('a', 'chair', { status: 'done' }))).status).toBe(201);
    expect((await put('member', 'member-pw', tracker, change('b', 'member', { note: 'Chased' }))).status).toBe(201);
  });

  it('refuses a member who changes a status, a forged author, and an edit of a change', async () => {
    const status = await put('member', 'member-pw', tracker, change('c', 'member', { status: 'done' }));
    expect(status).toMatchObject({
      status: 403,
      body: { reason: 'Only the chair and the scrutiny officer can change a status.' },
    });
    const forged = await put('member', 'member-pw', tracker, change('d', 'chair', { note: 'Not me' }));
    expect(forged).toMatchObject({
      status: 403,
      body: { reason: 'The author of a change must be the signed-in user.' },
    });
    const first = await put('member', 'member-pw', tracker, change('e', 'member', { note: 'One' }));
    const edit = await put('member', 'member-pw', tracker, {
      ...change('e', 'member', { note: 'Two' }),
      _rev: (first.body as { rev?: string }).rev,
    });
    expect(edit.status).toBe(403);
  });

  it('refuses someone on another committee, and a wrong password', async () => {
    expect((await put('outsider', 'outsider-pw', tracker, change('f', 'outsider', { note: 'x' }))).status).toBe(401);
    expect((await put('member', 'wrong', tracker, change('g', 'member', { note: 'x' }))).status).toBe(401);
  });

  it('keeps a member’s own database to them', async () => {
    const own = memberDatabaseName('member');
    const doc = { ...change('h', 'member', {}), entity: 'annotation' };
    expect((await put('member', 'member-pw', own, doc)).status).toBe(201);
    expect((await put('chair', 'chair-pw', own, { ...doc, _id: 'i', author: 'chair' })).status).toBe(401);
  });

  it('is installed again without harm', async () => {
    await expect(installDesignDocs({ url: server.url, ...server.admin }, [BOARD])).resolves.toContain(tracker);
  });
});
