import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { syncStatusLine } from '../../shared/device-sync';
import { memberDatabaseName } from '../../electron/sync/design-docs';
import { installDesignDocs } from '../../electron/sync/install-design-docs';
import { startCouchServer, type CouchServer } from '../helpers/couch-server';
import { DeviceSync } from '../../electron/sync/device-sync';
import { createDevice, noteBodies, type Device } from '../helpers/sync-devices';

/**
 * One member, two laptops, one real CouchDB-protocol server on 127.0.0.1: notes and
 * questions made on each while the server is down go once it is up, both laptops end
 * the same, and a note changed on both keeps both versions.
 */
const SHORTAGE = 'Staff shortages contributed to delays';
const SUPERVISION = 'Overview supervision was a time allocated for reflective supervision';
/** A member of their own for each test, so that each starts with an empty database on the server. */
let USER = { name: '', password: '' };
let members = 0;

let server: CouchServer;
const devices: Device[] = [];
beforeAll(async () => {
  server = await startCouchServer();
}, 30_000);
beforeEach(async () => {
  USER = { name: `alex.member.${++members}`, password: `alex-pw-${members}` };
  await server.addUser({ ...USER, roles: [] });
  await installDesignDocs({ url: server.url, ...server.admin }, [], [USER.name]);
});
afterAll(() => server.stop());
afterEach(async () => {
  if (!server.running()) await server.restart();
  await Promise.all(devices.splice(0).map((d) => d.close()));
});

async function twoLaptops(): Promise<[Device, Device, number]> {
  const a = createDevice();
  const b = createDevice();
  devices.push(a, b);
  const paper = await a.importPaper();
  expect(await b.importPaper()).toBe(paper);
  for (const device of [a, b])
    await device.sync.setUp({ url: server.url, userName: USER.name, password: USER.password });
  return [a, b, paper];
}

describe('a member’s notes and questions on two laptops', () => {
  it('converge after both worked offline, and a note changed on both keeps both versions', async () => {
    const [a, b, paper] = await twoLaptops();
    const shared = await a.note(paper, SHORTAGE, 'Ask about agency staff');
    const meetingId = (await a.call('listMeetings', {}))[0]!.id;
    const question = await a.call('createQuestion', { meetingId, text: 'How many posts are vacant?' });
    expect((await a.sync.syncNow()).problem).toBeNull();
    expect((await b.sync.syncNow()).problem).toBeNull();
    expect(await noteBodies(b)).toEqual(['Ask about agency staff']);

    await server.kill();
    const onB = b.library.db.prepare('SELECT id FROM annotation WHERE uuid = ?').pluck().get(shared.uuid) as number;
    await a.call('updateAnnotation', { annotationId: shared.id, body: 'Ask about agency staff – costs since 2019' });
    await b.call('updateAnnotation', { annotationId: onB, body: 'Ask about agency staff and vacancies' });
    await b.note(paper, SUPERVISION, 'Who supervises the supervisors?');
    await a.call('updateQuestion', {
      questionId: question.id,
      asked: 'asked',
      answer: '41 posts, 12 covered by agency staff',
    });

    for (const device of [a, b]) expect((await device.sync.syncNow()).problem).toMatch(/cannot be reached/);
    expect(syncStatusLine(a.sync.status())).toBe('Offline – 2 changes waiting');
    expect(syncStatusLine(b.sync.status())).toBe('Offline – 2 changes waiting');

    await server.restart();
    for (const device of [a, b, a]) expect((await device.sync.syncNow()).problem).toBeNull();

    // Nothing is lost: both laptops show every note, the same way.
    expect(await noteBodies(a)).toEqual(await noteBodies(b));
    expect(await noteBodies(a)).toContain('Who supervises the supervisors?');
    const onBQuestions = (await b.call('getQuestions', { meetingId })).questions;
    expect(onBQuestions).toMatchObject([
      { text: 'How many posts are vacant?', asked: 'asked', answer: '41 posts, 12 covered by agency staff' },
    ]);

    // Changed on two devices: both versions are kept and offered, on both laptops.
    for (const device of [a, b]) {
      const [conflict] = device.sync.conflicts();
      expect(conflict?.versions.map((v) => v.text).sort()).toEqual([
        'Ask about agency staff and vacancies',
        'Ask about agency staff – costs since 2019',
      ]);
      expect(device.sync.status().conflicts).toBe(1);
    }

    // The member keeps both: one stays, the other becomes a note beside it, on every laptop.
    const [conflict] = a.sync.conflicts();
    a.sync.keep({ entity: 'annotation', key: conflict!.key, keep: conflict!.versions.map((v) => v.changeId) });
    for (const device of [a, b]) await device.sync.syncNow();
    for (const device of [a, b]) {
      expect(device.sync.conflicts()).toEqual([]);
      expect(await noteBodies(device)).toEqual([
        'Ask about agency staff and vacancies',
        'Ask about agency staff – costs since 2019',
        'Who supervises the supervisors?',
      ]);
    }
    expect(syncStatusLine(a.sync.status())).toBe('Synced just now');
  }, 60_000);

  it('keeps one version when the member chooses it, and a deletion on one laptop reaches the other', async () => {
    const [a, b, paper] = await twoLaptops();
    const note = await a.note(paper, SHORTAGE, 'First');
    await a.sync.syncNow();
    await b.sync.syncNow();
    const onB = b.library.db.prepare('SELECT id FROM annotation WHERE uuid = ?').pluck().get(note.uuid) as number;
    await a.call('updateAnnotation', { annotationId: note.id, body: 'From A' });
    await b.call('updateAnnotation', { annotationId: onB, body: 'From B' });
    await a.sync.syncNow();
    await b.sync.syncNow();
    const [conflict] = b.sync.conflicts();
    const fromA = conflict!.versions.find((v) => v.text === 'From A')!;
    b.sync.keep({ entity: 'annotation', key: conflict!.key, keep: [fromA.changeId] });
    await b.sync.syncNow();
    await a.sync.syncNow();
    expect(await noteBodies(a)).toEqual(['From A']);
    expect(await noteBodies(b)).toEqual(['From A']);

    await a.call('deleteAnnotation', { annotationId: note.id });
    await a.sync.syncNow();
    await b.sync.syncNow();
    expect(await noteBodies(b)).toEqual([]);
  }, 60_000);

  it('survives the server killed in the middle of replication: both sides converge after it restarts', async () => {
    const [a, b, paper] = await twoLaptops();
    const text = await a.call('getDocumentText', { documentId: paper });
    const many = 1500;
    const insert = a.library.db.prepare(
      `INSERT INTO annotation (document_id, version_id, kind, body, exact, start_offset, end_offset, uuid)
      VALUES (?, ?, 'note', ?, 'Staff', 0, 5, lower(hex(randomblob(16))))`,
    );
    a.library.db.transaction(() => {
      for (let i = 0; i < many; i++) insert.run(paper, text.versionId, `note ${i}`);
    })();
    expect((await a.sync.syncNow()).problem).toBeNull();

    // Killed as soon as some, not all, have reached laptop B.
    const count = () => b.library.db.prepare('SELECT COUNT(*) FROM annotation').pluck().get() as number;
    const watcher = setInterval(() => {
      if (count() > 0 && server.running()) void server.kill();
    }, 1);
    const cut = await b.sync.syncNow();
    clearInterval(watcher);
    expect(cut.problem).toMatch(/cannot be reached/);
    expect(count()).toBeLessThan(many);
    expect(count()).toBeGreaterThan(0);

    await server.restart();
    expect((await b.sync.syncNow()).problem).toBeNull();
    expect(count()).toBe(many);
    expect(await noteBodies(b)).toEqual(await noteBodies(a));
  }, 90_000);

  it('sends no paper text or file, and nothing confidential unless the member includes it', async () => {
    const [a, , paper] = await twoLaptops();
    await a.note(paper, SHORTAGE, 'An open note');
    const secret = await a.importPaper(
      'exempt-report.txt',
      'Exempt report\n\nThe confidential figures show a shortfall of 2 million.',
    );
    await a.call('setDocumentConfidential', { documentId: secret, confidential: true });
    await a.note(secret, 'confidential figures', 'A confidential note');
    await a.sync.syncNow();

    const onServer = async () => {
      const answer = await server.asAdmin('GET', `/${memberDatabaseName(USER.name)}/_all_docs?include_docs=true`);
      return (answer.body as { rows: { doc: Record<string, unknown> }[] }).rows.map((r) => r.doc);
    };
    const docs = await onServer();
    const json = JSON.stringify(docs);
    expect(json).toContain('An open note');
    expect(json).not.toContain('A confidential note');
    expect(docs.some((d) => '_attachments' in d)).toBe(false);
    // No paragraph of the paper is sent: only the member's own passage and a little either side.
    const paragraphs = (await a.call('getDocumentText', { documentId: paper })).blocks.map((b) => b.text);
    for (const paragraph of paragraphs.filter((p) => p.length > 80)) expect(json).not.toContain(paragraph);
    expect(json.length).toBeLessThan(5000);

    a.sync.setIncludeConfidential(true);
    await a.sync.syncNow();
    expect(JSON.stringify(await onServer())).toContain('A confidential note');
  }, 60_000);

  it('says so plainly when the password is wrong', async () => {
    const a = createDevice();
    devices.push(a);
    await expect(a.sync.setUp({ url: server.url, userName: USER.name, password: 'wrong' })).rejects.toThrow(
      'The sync server did not accept your user name or password. Please check them and enter them again.',
    );
    expect(a.sync.status().configured).toBe(false);
  });

  it('asks for the password again after a restart where none is kept, and forgets the server when removed', async () => {
    const a = createDevice();
    devices.push(a);
    const paper = await a.importPaper();
    await a.note(paper, SHORTAGE, 'Kept after the server is removed');
    await a.sync.setUp({ url: server.url, userName: USER.name, password: USER.password });
    expect(a.sync.status()).toMatchObject({ canKeepPassword: false, passwordKept: false, needsPassword: false });

    // The host or the command line started again: the library remembers the server, not the password.
    const restarted = new DeviceSync(a.library.db);
    expect(restarted.status()).toMatchObject({ configured: true, needsPassword: true });
    expect((await restarted.syncNow()).problem).toMatch(/Type your sync password under Sync…/);
    restarted.usePassword(USER.password);
    expect((await restarted.syncNow()).problem).toBeNull();
    expect(syncStatusLine(restarted.status())).toBe('Synced just now');

    const removed = await restarted.remove();
    expect(removed).toMatchObject({ configured: false, state: 'off', url: null, needsPassword: false });
    expect(syncStatusLine(removed)).toBe('Sync is off');
    expect(await noteBodies(a)).toEqual(['Kept after the server is removed']);
    await restarted.close();
  });
});
