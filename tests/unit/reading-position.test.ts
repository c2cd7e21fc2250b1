import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDocument } from '../../electron/importing/parse-document';
import { storeDocument } from '../../electron/importing/store-document';
import { getDocumentText, saveReadingPosition } from '../../electron/library/queries/document-text';
import { createTempLibrary, type TempLibrary } from '../helpers/temp-library';
import { KENT, sharedFixture } from '../helpers/shared-fixtures';

let library: TempLibrary | undefined;
afterEach(() => library?.cleanup());

describe('where the reader left off', () => {
  it('keeps the latest place every time it is saved, in either view, and says the printed page numbers', async () => {
    library = createTempLibrary();
    const data = new Uint8Array(fs.readFileSync(sharedFixture(KENT.cabinetMinutes)));
    const { documentId } = storeDocument(library.db, await parseDocument(KENT.cabinetMinutes, data), {
      name: KENT.cabinetMinutes,
      data,
    });
    const places = [
      { view: 'text', textOffset: 120, page: 1 },
      { view: 'text', textOffset: 9000, page: 5 },
      { view: 'original', textOffset: 9000, page: 6 },
      { view: 'original', textOffset: 20000, page: 11 },
      { view: 'text', textOffset: 20100, page: 11 },
    ] as const;
    for (const place of places) {
      saveReadingPosition(library.db, documentId, place);
      expect(getDocumentText(library.db, documentId).position).toEqual(place);
    }
    expect(getDocumentText(library.db, documentId).printedPages.slice(0, 3)).toEqual(['1', '2', '3']);
  });
});
