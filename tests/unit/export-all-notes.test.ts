import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf, MethodName, OutputOf } from '../../shared/api/contract';
import { fullTextOf } from '../../shared/anchoring/full-text';
import { importSamplePack } from '../helpers/sample-library';
import { createTempLibrary, type TempLibrary } from '../helpers/temp-library';

let library: TempLibrary;
let agendaId: number;
let minutesId: number;

async function call<M extends MethodName>(method: M, input: InputOf<M>, into = library): Promise<OutputOf<M>> {
  const result = await into.dispatch(method, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as OutputOf<M>;
}

async function note(documentId: number, quote: string, body: string) {
  const text = fullTextOf((await call('getDocumentText', { documentId })).blocks);
  const start = text.indexOf(quote);
  return call('createAnnotation', {
    documentId,
    kind: 'note',
    colour: 'yellow',
    body,
    start,
    end: start + quote.length,
  });
}

beforeEach(async () => {
  library = createTempLibrary();
  [agendaId, minutesId] = (await importSamplePack(library, new Date('2026-11-29T12:00:00Z'))) as [number, number];
});
afterEach(() => library.cleanup());

describe('Export all my notes', () => {
  it('writes every note and question of the library, in one W3C file and one document to read', async () => {
    await note(agendaId, 'four branch libraries', 'Which four? Ask for the list.');
    await note(minutesId, 'breakdown of complaints by ward', 'Still not received.');
    const meeting = (await call('listMeetings', {})).find((m) => m.date === '2026-12-15');
    await call('createQuestion', {
      meetingId: meeting?.id as number,
      text: 'How many visits does each branch have on a Saturday?',
      addressee: 'Head of Culture',
    });

    const w3c = await call('exportAllNotes', { format: 'w3c' });
    expect(w3c.fileName).toMatch(/^all-my-notes-\d{4}-\d{2}-\d{2}\.scrutineer-notes$/);
    const items = (JSON.parse(w3c.text) as { first: { items: { motivation: string; body: { value: string }[] }[] } })
      .first.items;
    expect(items.map((i) => [i.motivation, i.body[0]?.value])).toEqual([
      ['commenting', 'Still not received.'],
      ['commenting', 'Which four? Ask for the list.'],
      ['questioning', 'How many visits does each branch have on a Saturday?'],
    ]);

    const readable = await call('exportAllNotes', { format: 'md' });
    expect(readable.text).toMatch(/^# All my notes and questions/);
    expect(readable.text).toContain('## Sample Scrutiny Board, 3 November 2026');
    expect(readable.text).toContain('## Sample Scrutiny Board, 15 December 2026');
    expect(readable.text).toContain('- How many visits does each branch have on a Saturday? (to Head of Culture)');
    expect(readable.text).toContain('Which four? Ask for the list.');

    // The W3C file brings the notes back on another laptop with the same papers.
    const other = createTempLibrary();
    try {
      await importSamplePack(other, new Date('2026-11-29T12:00:00Z'));
      const result = await call('importAnnotations', { json: w3c.text }, other);
      expect(result).toMatchObject({ added: 2, unknownDocuments: 0 });
    } finally {
      other.cleanup();
    }
  });

  it('leaves confidential papers’ notes out unless asked, and says how many', async () => {
    await note(agendaId, 'four branch libraries', 'Which four?');
    await call('setDocumentConfidential', { documentId: agendaId, confidential: true });
    const without = await call('exportAllNotes', { format: 'md' });
    expect(without.leftOut).toBe(1);
    expect(without.text).not.toContain('Which four?');
    const withIt = await call('exportAllNotes', { format: 'md', includeConfidential: true });
    expect(withIt.text).toContain('Which four?');
    expect(withIt.text).toMatch(/CONFIDENTIAL/);
  });
});
