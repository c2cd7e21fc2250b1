import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { fullTextOf } from '../../shared/anchoring/full-text';
import type { DocumentText } from '../../shared/domain';
import { filesFromArgv, importOpenedFiles, kindOfOpenedFile, OpenedFiles } from '../../electron/shell/opened-files';
import { sharedFixture } from '../helpers/shared-fixtures';
import { createTempLibrary, tempDir, type TempLibrary } from '../helpers/temp-library';

const MINUTES = sharedFixture('coventry-ecs-minutes-2021-09-16.md');
const SHORTAGE = 'Staff shortages contributed to delays';

const libraries: TempLibrary[] = [];
afterEach(() => libraries.splice(0).forEach((l) => l.cleanup()));

function library(): TempLibrary {
  const created = createTempLibrary();
  libraries.push(created);
  return created;
}

async function importMinutes(into: TempLibrary): Promise<number> {
  const data = new Uint8Array(fs.readFileSync(MINUTES));
  const job = await into.dispatch('startImport', { files: [{ name: 'minutes.md', data }] });
  const done = await into.imports.finished((job as { value: { id: string } }).value.id);
  return done.files[0]?.documentId ?? 0;
}

describe('a file opened with Scrutineer', () => {
  it('is found on the command line, whatever else the system puts there', () => {
    const dir = tempDir();
    const notes = path.join(dir, 'Board-notes.scrutineer-notes');
    const paper = path.join(dir, 'Report.PDF');
    for (const file of [notes, paper, path.join(dir, 'budget.xlsx')]) fs.writeFileSync(file, 'x');

    const argv = ['C:\\Program Files\\Scrutineer\\Scrutineer.exe', notes, '--allow-file-access-from-files'];
    expect(filesFromArgv(argv, { packaged: true, cwd: '/' })).toEqual([notes]);
    expect(
      filesFromArgv(['/usr/bin/electron', '.', 'Report.PDF', 'budget.xlsx', 'gone.scrutineer-notes'], {
        packaged: false,
        cwd: dir,
      }),
    ).toEqual([paper]);
    expect(filesFromArgv(['scrutineer', pathToFileURL(notes).href, dir], { packaged: true, cwd: '/' })).toEqual([
      notes,
    ]);
    expect(['a.scrutineer-notes', 'a.json', 'a.jsonld', 'a.docx', 'a.exe', 'a'].map(kindOfOpenedFile)).toEqual([
      'notes',
      'notes',
      'notes',
      'paper',
      null,
      null,
    ]);
  });

  it('waits, once, until the window is ready', () => {
    const opened = new OpenedFiles();
    opened.add(['/a.scrutineer-notes', '/b.pdf']);
    opened.add(['/a.scrutineer-notes']);
    expect(opened.take()).toEqual(['/a.scrutineer-notes', '/b.pdf']);
    expect(opened.take()).toEqual([]);
  });

  it('imports notes exported on another laptop, once, and papers as an import', async () => {
    const mine = library();
    const documentId = await importMinutes(mine);
    const text = fullTextOf(
      ((await mine.dispatch('getDocumentText', { documentId })) as { value: DocumentText }).value.blocks,
    );
    const start = text.indexOf(SHORTAGE);
    await mine.dispatch('createAnnotation', {
      documentId,
      kind: 'note',
      colour: 'yellow',
      body: 'Ask how many posts are vacant',
      start,
      end: start + SHORTAGE.length,
    });
    const exported = await mine.dispatch('exportAnnotations', { documentId, format: 'w3c' });
    const { fileName, text: json } = (exported as { value: { fileName: string; text: string } }).value;
    const dir = tempDir();
    const notesFile = path.join(dir, fileName);
    fs.writeFileSync(notesFile, json);
    const asJson = path.join(dir, 'renamed.json');
    fs.writeFileSync(asJson, json);
    const broken = path.join(dir, 'broken.scrutineer-notes');
    fs.writeFileSync(broken, '{"not": "notes"');

    const theirs = library();
    await importMinutes(theirs);
    const first = await importOpenedFiles([notesFile, broken], theirs.dispatch);
    expect(first.notes).toEqual([`${fileName}: 1 notes added, 0 already here.`]);
    expect(first.problems).toHaveLength(1);
    expect(first.problems[0]).toMatch(/^broken\.scrutineer-notes: /);
    expect((await importOpenedFiles([asJson], theirs.dispatch)).notes).toEqual([
      'renamed.json: 0 notes added, 1 already here.',
    ]);

    const fresh = library();
    const papers = await importOpenedFiles([path.resolve(MINUTES)], fresh.dispatch);
    expect(papers.job?.state).toBe('running');
    const done = await fresh.imports.finished(papers.job?.id ?? '');
    expect(done.files.map((f) => f.state)).toEqual(['imported']);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
