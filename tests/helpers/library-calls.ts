import fs from 'node:fs';
import type { OutputOf } from '../../shared/api/contract';
import { sharedFixture } from './shared-fixtures';
import type { TempLibrary } from './temp-library';

/** Imports one of the shared fixtures through the API, as the app does; the stored paper's id. */
export async function importSharedFixture(library: TempLibrary, name: string): Promise<number> {
  const job = await library.dispatch('startImport', {
    files: [{ name, data: new Uint8Array(fs.readFileSync(sharedFixture(name))) }],
  });
  if (!job.ok) throw new Error(job.error.message);
  const done = await library.imports.finished((job.value as { id: string }).id);
  return done.files[0]?.documentId as number;
}

/** "What is new?" for a paper, through the API. */
export async function newParagraphsOf(library: TempLibrary, documentId: number): Promise<OutputOf<'newParagraphs'>> {
  const result = await library.dispatch('newParagraphs', { documentId });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as OutputOf<'newParagraphs'>;
}
