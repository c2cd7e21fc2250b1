import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedFixture } from '../helpers/shared-fixtures';
import { tempDir } from '../helpers/temp-library';

function cli(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], {
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the command line', () => {
  it('prints [] for the meetings of a new library file', () => {
    const db = path.join(tempDir(), 'empty.db');
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'electron/cli/main.ts', 'meetings', '--json', '--db', db],
      {
        encoding: 'utf8',
      },
    );
    expect(JSON.parse(output)).toEqual([]);
  });

  it('takes dates as 16/09/2021 as well as 2021-09-16, and says plainly when one cannot be read', () => {
    const db = path.join(tempDir(), 'dates.db');
    const uk = cli(['search', 'Ofsted', '--from', '16/09/2021', '--to', '2021-09-16', '--json', '--db', db]);
    expect(uk.status).toBe(0);
    expect(JSON.parse(uk.stdout)).toEqual([]);
    const american = cli(['search', 'Ofsted', '--from', '09/16/2021', '--db', db]);
    expect(american.status).toBe(1);
    expect(american.stderr).toBe('--from: 09/16/2021 is not a date in the calendar. Check the day and the month.\n');
  });

  it('tells a person how to use it', () => {
    expect(cli(['--help']).stdout).toMatch(/Usage: npm run --silent cli -- <command>/);
    const unknown = cli(['frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toMatch(/import FILE_OR_FOLDER/);
  });

  it('imports a folder and lists its meetings and outcomes as JSON', () => {
    const dir = tempDir();
    const db = path.join(dir, 'library.db');
    const folder = path.join(dir, 'pack');
    fs.mkdirSync(folder);
    fs.copyFileSync(sharedFixture('CPP Minutes 29.10.24.pdf'), path.join(folder, 'CPP Minutes 29.10.24.pdf'));
    fs.copyFileSync(sharedFixture('coventry-ecs-minutes-2021-09-16.md'), path.join(folder, 'minutes.md'));
    fs.writeFileSync(path.join(folder, 'notes.xlsx'), 'PK\u0003\u0004 not really a spreadsheet');

    const imported = cli(['import', folder, '--db', db, '--json']);
    expect(imported.status).toBe(1);
    const files = JSON.parse(imported.stdout) as { name: string; state: string; message: string }[];
    expect(files.map((f) => [f.name, f.state])).toEqual([
      ['CPP Minutes 29.10.24.pdf', 'imported'],
      ['minutes.md', 'imported'],
      ['notes.xlsx', 'failed'],
    ]);
    expect(files[2]?.message).toMatch(/compressed \(\.xlsx\) file/);

    const again = cli(['import', path.join(folder, 'minutes.md'), '--db', db]);
    expect(again.status).toBe(0);
    expect(again.stdout).toBe('minutes.md: Already in the library: nothing new was added.\n');

    const meetings = JSON.parse(cli(['meetings', '--json', '--db', db]).stdout) as {
      committee: string;
      date: string;
      venue: string | null;
      attendance: { name: string; isChair: boolean }[];
      items: { number: string; title: string }[];
    }[];
    const cpp = meetings.find((m) => m.committee === 'Corporate Parenting Panel');
    expect(cpp).toMatchObject({ date: '2024-10-29', venue: 'Darent Room, Sessions House, County Hall, Maidstone' });
    expect(cpp?.attendance.find((a) => a.isChair)?.name).toBe('Shellina Prendergast');
    expect(cpp?.items[1]).toEqual({ number: '2', title: 'Chairman’s Announcements' });

    const outcomes = JSON.parse(cli(['outcomes', '--json', '--db', db]).stdout) as Record<string, unknown>[];
    const info = outcomes.filter((o) => o.kind === 'information-request');
    expect(info).toHaveLength(4);
    expect(info[0]).toMatchObject({
      meetingDate: '2021-09-16',
      itemNumber: '10',
      itemTitle: 'Any Other Business',
      status: 'open',
      owner: 'Officers',
    });
    // The first part is quoted with the lead-in above it.
    expect(info[0]?.sourceQuote).toMatch(
      /^Officers to provide the following information: Whether parents have still applied/,
    );
  });

  it('says plainly when a named file does not exist', () => {
    const result = cli(['import', 'no-such-pack.pdf', '--db', path.join(tempDir(), 'l.db')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('There is no file or folder called no-such-pack.pdf.\n');
  });
});

describe('annotations on the command line', () => {
  it('exports a paper’s notes as W3C JSON or Markdown, and imports them back once', async () => {
    const { createTempLibrary } = await import('../helpers/temp-library');
    const library = createTempLibrary();
    const data = new Uint8Array(fs.readFileSync(sharedFixture('coventry-ecs-minutes-2021-09-16.md')));
    const job = await library.dispatch('startImport', { files: [{ name: 'minutes.md', data }] });
    const done = await library.imports.finished((job as { value: { id: string } }).value.id);
    const documentId = done.files[0]?.documentId as number;
    const text = await library.dispatch('getDocumentText', { documentId });
    const blocks = (text as { value: { blocks: { text: string; start: number }[] } }).value.blocks;
    const block = blocks.find((b) => b.text.startsWith('Officers noted that the increase')) as {
      text: string;
      start: number;
    };
    await library.dispatch('createAnnotation', {
      documentId,
      kind: 'note',
      colour: 'pink',
      body: 'Ask for the vacancy rate',
      start: block.start,
      end: block.start + 40,
    });
    library.db.close();

    const out = path.join(library.dir, 'notes.json');
    expect(cli(['annotations', String(documentId), '--format', 'w3c', '--out', out, '--db', library.file]).status).toBe(
      0,
    );
    expect(JSON.parse(fs.readFileSync(out, 'utf8'))).toMatchObject({ type: 'AnnotationCollection', total: 1 });
    expect(cli(['annotations', String(documentId), '--format', 'md', '--db', library.file]).stdout).toContain(
      'Ask for the vacancy rate',
    );
    expect(cli(['annotations', 'import', out, '--db', library.file]).stdout).toBe(
      '0 added, 1 already here, 0 could not be placed, 0 for papers not in this library.\n',
    );
    library.cleanup();
  });
});
