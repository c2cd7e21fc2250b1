import fs from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackendThread, type BackendThread } from '../../electron/backend-thread/backend-thread';
import { sourceBackendWorker, sourceImportWorker } from '../../electron/cli/source-worker';
import { installDesignDocs } from '../../electron/sync/install-design-docs';
import type { SecretStore } from '../../electron/sync/secret-store';
import type { InputOf, MethodName, OutputOf } from '../../shared/api/contract';
import { KENT, readRealFixture } from '../helpers/fixture-files';
import { startCouchServer } from '../helpers/couch-server';
import { tempDir } from '../helpers/temp-library';

/**
 * The app and `npm run serve` keep the library in a thread of its own: the
 * window's process only forwards calls. These run the real thread (bundled from
 * the source as the build does) on a real library file.
 */
let script: string;
let importWorker: string;
beforeAll(() => {
  script = sourceBackendWorker();
  importWorker = sourceImportWorker();
}, 60_000);

function start(libraryFile: string, secrets?: SecretStore): Promise<BackendThread> {
  return startBackendThread({
    script,
    options: { program: 'the Scrutineer app', dbOption: libraryFile, importWorker },
    ...(secrets ? { secrets } : {}),
  });
}

async function call<M extends MethodName>(thread: BackendThread, method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const result = await thread.dispatch(method, input);
  if (!result.ok) throw new Error(`${method} was refused: ${result.error.message}`);
  return result.value as OutputOf<M>;
}

async function importAndWait(thread: BackendThread, file: { name: string; data: Uint8Array }): Promise<void> {
  const job = await call(thread, 'startImport', { files: [file] });
  for (;;) {
    const status = await call(thread, 'getImportJob', { jobId: job.id });
    if (status.state !== 'running') {
      expect(status.state).toBe('finished');
      expect(status.files.map((f) => f.state)).toEqual(['imported']);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the library thread', () => {
  let dir: string;
  let thread: BackendThread;
  beforeAll(async () => {
    dir = tempDir();
    thread = await start(path.join(dir, 'library.sqlite'));
  }, 30_000);
  afterAll(async () => {
    await thread.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('imports a real PDF (read by the import worker inside it) and finds it, while this thread stays free', async () => {
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    await importAndWait(thread, readRealFixture(KENT.cabinetMinutes));
    const hits = await call(thread, 'search', { query: 'Cabinet' });
    delay.disable();
    expect(hits.length).toBeGreaterThan(0);
    expect((await call(thread, 'listMeetings', {})).length).toBe(1);
    // Parsing and storing a 20-page PDF happened elsewhere: this thread was never held up for long.
    expect(delay.max / 1e6).toBeLessThan(250);
  }, 60_000);

  it('refuses what the registrar refuses, with the same messages', async () => {
    const unknown = await thread.dispatch('dropEverything', {});
    expect(unknown).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'There is no API method called "dropEverything".' },
    });
    const bad = await thread.dispatch('getMeeting', { meetingId: 'one' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.code).toBe('invalid-input');
    const missing = await thread.dispatch('getMeeting', { meetingId: 99_999 });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.code).toBe('not-found');
  });

  it('returns the original file as bytes', async () => {
    const [meeting] = await call(thread, 'listMeetings', {});
    const detail = await call(thread, 'getMeeting', { meetingId: meeting!.id });
    const documentId = detail.items.flatMap((item) => item.documents)[0]?.id ?? detail.documents[0]!.id;
    const original = await call(thread, 'getOriginalFile', { documentId });
    expect(original.data).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(original.data).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('opening and closing', () => {
  it('says why a library cannot be opened, and leaves nothing running', async () => {
    const dir = tempDir();
    const notALibrary = path.join(dir, 'notes.sqlite');
    fs.writeFileSync(notALibrary, 'These are my notes, not a database.');
    await expect(start(notALibrary)).rejects.toThrow(/./);
    expect(fs.readFileSync(notALibrary, 'utf8')).toBe('These are my notes, not a database.');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('releases the library on close, answers later calls with a clear message, and restores a backup', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'library.sqlite');
    const thread = await start(file);
    await importAndWait(thread, readRealFixture(KENT.cppMinutes));
    const { file: backup } = await call(thread, 'backUpNow', {});
    await importAndWait(thread, readRealFixture(KENT.cabinetAgenda));
    expect((await call(thread, 'listMeetings', {})).length).toBe(2);

    const restored = await thread.close({ restoreFrom: backup });
    expect(restored?.replacedKeptAs).toBeTruthy();
    // No note of this process holding the library is left behind.
    const inUse = `${file}.in-use`;
    expect(fs.existsSync(inUse) ? fs.readdirSync(inUse) : []).toEqual([]);
    const late = await thread.dispatch('listMeetings', {});
    expect(late.ok).toBe(false);
    if (!late.ok) expect(late.error.message).toMatch(/restart Scrutineer/);

    const again = await start(file);
    expect((await call(again, 'listMeetings', {})).length).toBe(1);
    await again.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }, 90_000);
});

describe('the sync password, kept by the main process', () => {
  it('is sealed and opened by the store the main process holds', async () => {
    const server = await startCouchServer();
    const user = { name: 'thread.member', password: 'thread-pw' };
    await server.addUser({ ...user, roles: [] });
    await installDesignDocs({ url: server.url, ...server.admin }, [], [user.name]);
    const asked: string[] = [];
    const store: SecretStore = {
      canKeep: () => {
        asked.push('canKeep');
        return true;
      },
      seal: (text) => {
        asked.push('seal');
        return Buffer.from(`sealed:${[...text].reverse().join('')}`);
      },
      open: (sealed) => {
        asked.push('open');
        return [...sealed.toString().replace('sealed:', '')].reverse().join('');
      },
    };
    const dir = tempDir();
    const file = path.join(dir, 'library.sqlite');
    try {
      const thread = await start(file, store);
      const status = await call(thread, 'setUpDeviceSync', {
        url: server.url,
        userName: user.name,
        password: user.password,
      });
      expect(status.passwordKept).toBe(true);
      await thread.close();

      // Next start: the kept password is opened by the main process's store, and the sync signs in with it.
      const next = await start(file, store);
      const synced = await call(next, 'syncDevicesNow', {});
      expect(synced.problem).toBeNull();
      expect(synced.state).toBe('synced');
      expect(asked).toEqual(expect.arrayContaining(['canKeep', 'seal', 'open']));
      await next.close();
    } finally {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
