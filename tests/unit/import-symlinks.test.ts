import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFilesForImport } from '../../electron/importing/read-files';
import { createTempLibrary, tempDir, type TempLibrary } from '../helpers/temp-library';

const MINUTES = `Minutes of the Meeting of the Audit and Standards Committee held at 6.00 pm on Tuesday, 4 March 2025

## 5. Budget Monitoring

RESOLVED that the Director of Finance report the forecast outturn to the next meeting.
`;
const SECRET = 'private key: do not import me';
const LINK_LINE = 'it is a shortcut (symbolic link) to somewhere else, so it was not imported.';

let dir: string;
let folder: string;

/** A pack folder as it might come from elsewhere: one real paper and links out of it and round in circles. */
beforeAll(() => {
  dir = tempDir();
  folder = path.join(dir, 'pack');
  fs.mkdirSync(path.join(folder, 'appendices'), { recursive: true });
  fs.writeFileSync(path.join(folder, 'minutes.md'), MINUTES);
  fs.writeFileSync(path.join(folder, 'appendices', 'appendix.txt'), 'Appendix A: the budget in figures.');
  fs.writeFileSync(path.join(dir, 'secret.txt'), SECRET);
  fs.symlinkSync(path.join(dir, 'secret.txt'), path.join(folder, 'x.txt'));
  fs.symlinkSync('loop.md', path.join(folder, 'loop.md')); // a link to itself: ELOOP when followed
  fs.symlinkSync('..', path.join(folder, 'appendices', 'up')); // a folder that contains itself
  fs.symlinkSync(path.join(dir, 'gone.pdf'), path.join(folder, 'dangling.pdf'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('importing a folder with symbolic links in it', () => {
  it('reads the real files and skips every link, saying why', () => {
    const { files, skipped } = readFilesForImport([folder]);
    expect(files.map((f) => f.name)).toEqual(['appendix.txt', 'minutes.md']);
    expect(skipped).toEqual([
      { name: 'up', reason: 'symbolic-link' },
      { name: 'dangling.pdf', reason: 'symbolic-link' },
      { name: 'loop.md', reason: 'symbolic-link' },
      { name: 'x.txt', reason: 'symbolic-link' },
    ]);
    expect(files.some((f) => new TextDecoder().decode(f.data).includes(SECRET))).toBe(false);
  });

  it('skips a link named directly too, with the same reason', () => {
    expect(readFilesForImport([path.join(folder, 'x.txt'), path.join(folder, 'minutes.md')])).toMatchObject({
      files: [{ name: 'minutes.md' }],
      skipped: [{ name: 'x.txt', reason: 'symbolic-link' }],
    });
  });

  describe('in the app', () => {
    let library: TempLibrary;
    beforeAll(() => (library = createTempLibrary()));
    afterAll(() => library.cleanup());

    it('lists the skipped files with the import’s results, and imports the rest', async () => {
      const { files, skipped } = readFilesForImport([folder]);
      const started = await library.dispatch('startImport', { files, skipped });
      if (!started.ok) throw new Error(started.error.message);
      const job = await library.imports.finished((started.value as { id: string }).id);
      expect(job.files.map((f) => [f.name, f.state])).toEqual([
        ['appendix.txt', 'imported'],
        ['minutes.md', 'imported'],
        ['up', 'skipped'],
        ['dangling.pdf', 'skipped'],
        ['loop.md', 'skipped'],
        ['x.txt', 'skipped'],
      ]);
      expect(job.files.find((f) => f.name === 'x.txt')?.message).toBe(`Skipped: ${LINK_LINE}`);
    });
  });

  it('says so on the command line, and the rest of the folder still imports', () => {
    const db = path.join(dir, 'library.db');
    const run = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args, '--db', db], {
        encoding: 'utf8',
      });
    const imported = run(['import', folder]);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain('minutes.md: Imported.');
    expect(imported.stdout).toContain(`x.txt: Skipped: ${LINK_LINE}\n`);
    expect(imported.stdout).toContain(`loop.md: Skipped: ${LINK_LINE}\n`);

    const onlyLink = run(['import', path.join(folder, 'x.txt')]);
    expect(onlyLink.status).not.toBe(0);
    expect(onlyLink.stderr).toContain(`Skipped x.txt: ${LINK_LINE}`);
    expect(onlyLink.stderr).toContain('There are no files to import there.');
  });
});
