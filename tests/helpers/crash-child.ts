import fs from 'node:fs';
import path from 'node:path';
import { openBackend } from '../../electron/backend';
import type { Annotation, DocumentText, ImportJobStatus } from '../../shared/domain';
import { fullTextOf } from '../../shared/anchoring/full-text';
import { seededRandom } from './fuzz/seeded-random';

/**
 * The child process of the crash-safety test: opens a real library through
 * the app's own entry (openBackend) and, until it is killed, imports papers
 * and creates, edits and deletes notes through the API, now and then taking
 * a backup. It prints a line
 * before each change ("intent") and after the API reports it saved, so the
 * parent knows what must survive the kill and what may or may not have.
 *
 * Usage: node crash-child.mjs LIBRARY SEED FIXTURES_FOLDER...
 */
const [libraryPath, seedText, ...fixtures] = process.argv.slice(2) as [string, string, ...string[]];
const random = seededRandom(Number(seedText));
const backend = openBackend({ dbOption: libraryPath, program: 'the Scrutineer app' });

const say = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

async function call<T>(method: string, input: unknown): Promise<T> {
  const result = await backend.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

const papers = fixtures
  .flatMap((folder) => fs.readdirSync(folder).map((name) => path.join(folder, name)))
  .filter((file) => /\.(pdf|txt|md)$/.test(file) && !path.basename(file).startsWith('Printed minutes')) // 17 pages: too slow here
  .map((file) => ({ name: path.basename(file), data: new Uint8Array(fs.readFileSync(file)) }))
  .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

/** A paper, changed a little each time so that it is a new version rather than a duplicate. */
function nextPaper(step: number): { name: string; data: Uint8Array } {
  // A PDF takes up to a second to read (more on a busy machine): mostly text, so that notes get written too.
  const pdfs = papers.filter((p) => p.name.endsWith('.pdf'));
  const paper = random.pick(random.next() < 0.15 ? pdfs : papers.filter((p) => !p.name.endsWith('.pdf')));
  const mark = new TextEncoder().encode(`\n\n% crash-test ${seedText}-${step}\n`);
  const data = new Uint8Array(paper.data.length + mark.length);
  data.set(paper.data);
  data.set(mark, paper.data.length);
  return { name: path.basename(paper.name), data };
}

async function importOne(step: number): Promise<void> {
  const paper = nextPaper(step);
  say({ importing: paper.name });
  const job = await call<ImportJobStatus>('startImport', { files: [paper] });
  const status = await backend.imports.finished(job.id);
  say({ imported: status.files[0]?.state });
}

async function annotate(step: number): Promise<void> {
  const documents = backend.db.prepare('SELECT id FROM document ORDER BY id').pluck().all() as number[];
  if (documents.length === 0) return importOne(step);
  const documentId = random.pick(documents);
  const text = fullTextOf((await call<DocumentText>('getDocumentText', { documentId })).blocks);
  if (text.length < 2) return;
  const start = random.int(text.length - 1);
  const end = Math.min(text.length, start + 1 + random.int(80));
  const body = `note ${seedText}-${step}: ${'x'.repeat(random.int(300))}`;
  say({ intent: 'create', body });
  const saved = await call<Annotation>('createAnnotation', {
    documentId,
    kind: 'note',
    colour: 'yellow',
    body,
    start,
    end,
  });
  say({ saved: saved.id, body: saved.body });
}

async function editOrDelete(step: number): Promise<void> {
  const ids = backend.db.prepare('SELECT id FROM annotation WHERE deleted_at IS NULL').pluck().all() as number[];
  if (ids.length === 0) return annotate(step);
  const annotationId = random.pick(ids);
  if (random.next() < 0.25) {
    say({ intent: 'delete', id: annotationId });
    await call('deleteAnnotation', { annotationId });
    say({ deleted: annotationId });
  } else {
    const body = `edited ${seedText}-${step}`;
    say({ intent: 'edit', id: annotationId, body });
    const saved = await call<Annotation>('updateAnnotation', { annotationId, body });
    say({ saved: saved.id, body: saved.body });
  }
}

async function backUp(): Promise<void> {
  say({ backingUp: true });
  await call('backUpNow', {});
}

say({ ready: true });
for (let step = 0; ; step++) {
  const roll = random.next();
  if (roll < 0.04) await backUp();
  else if (roll < 0.25) await importOne(step);
  else if (roll < 0.7) await annotate(step);
  else await editOrDelete(step);
}
