import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeModernGov, type FakeModernGov } from '../helpers/fake-moderngov';
import { tempDir } from '../helpers/temp-library';

const run = promisify(execFile);

/** The CLI runs in its own process, so the fake site in this one keeps answering. */
async function cli(db: string, args: string[]) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'electron/cli/main.ts', ...args, '--db', db],
      { encoding: 'utf8' },
    );
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { status: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the command line with a council website', () => {
  let site: FakeModernGov;
  const db = path.join(tempDir('scrutineer-cli-council-'), 'library.sqlite');
  beforeAll(async () => {
    site = await startFakeModernGov();
  });
  afterAll(() => site.close());

  it('adds the council, lists and follows a committee, and syncs its meetings', async () => {
    const added = await cli(db, ['council', 'add', site.url, '--since', '2000-01-01']);
    expect(added.stdout).toContain("Education and Children's Services Scrutiny Board (2)");

    const committees = JSON.parse((await cli(db, ['committees', '--json'])).stdout) as {
      committees: { id: number; title: string; followed: boolean }[];
    }[];
    const board = committees[0]!.committees.find((c) => c.id === site.followed.id)!;
    expect(board.followed).toBe(false);

    expect((await cli(db, ['follow', String(board.id)])).stdout).toMatch(/^Following Education/);

    const synced = await cli(db, ['sync', '--json']);
    expect(synced.status, synced.stderr).toBe(0);
    const job = JSON.parse(synced.stdout) as { state: string; arrived: string[] };
    expect(job.state).toBe('finished');
    expect(job.arrived).toHaveLength(site.followed.meetings.length);

    const meetings = JSON.parse((await cli(db, ['meetings', '--json'])).stdout) as { date: string }[];
    expect(meetings.map((m) => m.date).sort()).toEqual(site.followed.meetings.map((m) => m.date).sort());
  }, 60_000);

  it('says what to do when a step is missing or wrong', async () => {
    const fresh = path.join(tempDir('scrutineer-cli-council-'), 'library.sqlite');
    expect((await cli(fresh, ['committees'])).stderr).toMatch(/Add your council first: council add ADDRESS/);
    expect((await cli(fresh, ['follow', 'abc'])).stderr).toMatch(/Name the committee by its number/);
  }, 60_000);
});
