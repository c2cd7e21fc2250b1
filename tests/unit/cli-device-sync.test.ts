import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCouchServer, type CouchServer } from '../helpers/couch-server';
import { MINUTES_FILE } from '../helpers/sync-devices';
import { sharedFixture } from '../helpers/shared-fixtures';
import { tempDir } from '../helpers/temp-library';

const run = promisify(execFile);

async function cli(db: string, args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'electron/cli/main.ts', ...args, '--db', db],
      {
        encoding: 'utf8',
        env: { ...process.env, ...env },
      },
    );
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { status: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('sync from the command line', () => {
  let server: CouchServer;
  const db = path.join(tempDir('scrutineer-cli-sync-'), 'library.sqlite');
  beforeAll(async () => {
    server = await startCouchServer();
    await server.addUser({
      name: 'sam',
      password: 'sam-pw',
      roles: ['committee:education-and-children-s-services-scrutiny-board-2'],
    });
  }, 30_000);
  afterAll(() => server.stop());

  it('installs the server’s rules, sets up a member, syncs and says how it went', async () => {
    expect((await cli(db, ['import', sharedFixture(MINUTES_FILE)])).status).toBe(0);
    const printed = await cli(db, ['sync-design-docs']);
    expect(printed.stdout).toContain('scrutineer-tracker-education-and-children-s-services-scrutiny-board-2');
    expect(printed.stdout).toContain('validate_doc_update');

    const installed = await cli(db, ['sync-design-docs', 'install', server.url, '--user', 'admin'], {
      SCRUTINEER_COUCH_ADMIN_PASSWORD: server.admin.password,
    });
    expect(installed.stdout, installed.stderr).toContain('userdb-73616d');

    expect((await cli(db, ['sync-status'])).stdout).toMatch(/^Sync is off/);
    const wrong = await cli(db, ['sync-server', 'add', server.url, '--user', 'sam'], {
      SCRUTINEER_SYNC_PASSWORD: 'nope',
    });
    expect(wrong.stderr).toContain('did not accept your user name or password');
    const added = await cli(db, ['sync-server', 'add', server.url, '--user', 'sam'], {
      SCRUTINEER_SYNC_PASSWORD: 'sam-pw',
    });
    expect(added.stdout, added.stderr).toContain('Sync is set up with');

    const synced = await cli(db, ['sync-now'], { SCRUTINEER_SYNC_PASSWORD: 'sam-pw' });
    expect(synced.status, synced.stderr).toBe(0);
    expect(synced.stdout).toMatch(/^Synced just now/);
    const status = JSON.parse((await cli(db, ['sync-status', '--json'])).stdout) as {
      state: string;
      trackers: string[];
    };
    expect(status).toMatchObject({ state: 'synced', trackers: ['education-and-children-s-services-scrutiny-board-2'] });
  }, 120_000);
});
