import fs from 'node:fs';
import type { InputOf, MethodName, OutputOf } from '../../shared/api/contract';
import { DeviceSync } from '../../electron/sync/device-sync';
import { noteOnPassage } from './note-on-passage';
import { sharedFixture } from './shared-fixtures';
import { createTempLibrary, type TempLibrary } from './temp-library';

export const MINUTES_FILE = 'coventry-ecs-minutes-2021-09-16.md';
/** As the minutes name it. */
export const BOARD = "Education and Children's Services Scrutiny Board (2)";

/** One laptop: its own library file and its own sync, as the app runs them. */
export interface Device {
  library: TempLibrary;
  sync: DeviceSync;
  call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>>;
  importPaper(name?: string, text?: string): Promise<number>;
  note(documentId: number, quote: string, body: string): Promise<OutputOf<'createAnnotation'>>;
  close(): Promise<void>;
}

export function createDevice(): Device {
  const library = createTempLibrary();
  const sync = new DeviceSync(library.db);
  const call = async <M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> => {
    const result = await library.dispatch(method, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as OutputOf<M>;
  };
  return {
    library,
    sync,
    call,
    async importPaper(name = MINUTES_FILE, text = fs.readFileSync(sharedFixture(MINUTES_FILE), 'utf8')) {
      const job = await call('startImport', { files: [{ name, data: new TextEncoder().encode(text) }] });
      const done = await library.imports.finished(job.id);
      const documentId = done.files[0]?.documentId;
      if (!documentId) throw new Error(done.files[0]?.message);
      return documentId;
    },
    note: (documentId, quote, body) => noteOnPassage(call, documentId, quote, body),
    async close() {
      await sync.close();
      library.cleanup();
    },
  };
}

/** Every note body a device shows, across its papers. */
export async function noteBodies(device: Device): Promise<string[]> {
  const documents = device.library.db.prepare('SELECT id FROM document').pluck().all() as number[];
  const bodies: string[] = [];
  for (const documentId of documents) {
    for (const a of await device.call('listAnnotations', { documentId })) bodies.push(a.body);
  }
  return bodies.sort();
}
