import { samplePack } from '../../shared/sample-pack';
import type { TempLibrary } from './temp-library';

/** Imports the app's own sample pack (invented text), as "Open a sample pack" does, for meetings around `today`. */
export async function importSamplePack(library: TempLibrary, today: Date): Promise<number[]> {
  const files = samplePack(today).map((f) => ({ name: f.name, data: new TextEncoder().encode(f.text) }));
  const job = await library.dispatch('startImport', { files });
  if (!job.ok) throw new Error(job.error.message);
  const done = await library.imports.finished((job.value as { id: string }).id);
  return done.files.map((f) => f.documentId as number);
}
