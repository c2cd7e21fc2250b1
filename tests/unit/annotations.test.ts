import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf, MethodName, OutputOf } from '../../shared/api/contract';
import { anchorQuote } from '../../shared/anchoring/anchor';
import { fullTextOf, quoteAt } from '../../shared/anchoring/full-text';
import { sharedFixture } from '../helpers/shared-fixtures';
import { createTempLibrary, type TempLibrary } from '../helpers/temp-library';

const MINUTES = fs.readFileSync(sharedFixture('coventry-ecs-minutes-2021-09-16.md'), 'utf8');
const LEADER = 'Overview supervision was a time allocated for reflective supervision and developing practice wisdom';
const SHORTAGE = 'Staff shortages contributed to delays';
const SWITCH = 'The Action Plan was a required response to the areas for improvement highlighted by the inspection';

let library: TempLibrary;
beforeEach(() => {
  library = createTempLibrary();
});
afterEach(() => library.cleanup());

async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const result = await library.dispatch(method, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as OutputOf<M>;
}

async function importText(name: string, text: string, into: TempLibrary = library): Promise<number> {
  const job = await into.dispatch('startImport', { files: [{ name, data: new TextEncoder().encode(text) }] });
  if (!job.ok) throw new Error(job.error.message);
  const done = await into.imports.finished((job.value as { id: string }).id);
  const documentId = done.files[0]?.documentId;
  if (!documentId) throw new Error(done.files[0]?.message);
  return documentId;
}

async function highlight(
  documentId: number,
  quote: string,
  kind: 'highlight' | 'note' | 'question' = 'highlight',
  body = '',
) {
  const text = fullTextOf((await call('getDocumentText', { documentId })).blocks);
  const start = text.indexOf(quote);
  expect(start).toBeGreaterThan(-1);
  return call('createAnnotation', { documentId, kind, colour: 'yellow', body, start, end: start + quote.length });
}

describe('anchoring a quote', () => {
  const text = 'The Board noted the report. The Board noted the plan. Officers would report back.';

  it('uses the context to choose between repeated quotes', () => {
    const second = text.indexOf('The Board noted', 5);
    const selector = quoteAt(text, second, second + 15);
    expect(anchorQuote(`Preface. ${text}`, selector)).toMatchObject({ start: second + 9, match: 'exact' });
  });

  it('finds a quote with a changed word, and gives up on one that has gone', () => {
    const start = text.indexOf('Officers would report back');
    const selector = quoteAt(text, start, start + 26);
    expect(anchorQuote(text.replace('would report', 'will report'), selector)?.match).toBe('fuzzy');
    expect(anchorQuote('Something else entirely.', selector)).toBeNull();
  });
});

describe('annotations', () => {
  it('are saved at once with their quote, context and position, in reading order', async () => {
    const documentId = await importText('minutes.md', MINUTES);
    await highlight(documentId, SWITCH, 'question', 'Which actions are behind?');
    const first = await highlight(documentId, SHORTAGE, 'note', 'Ask about agency staff');
    expect(first).toMatchObject({
      exact: SHORTAGE,
      kind: 'note',
      anchorStatus: 'anchored',
      body: 'Ask about agency staff',
    });
    expect(first.prefix).toHaveLength(32);
    expect(first.suffix).toHaveLength(32);
    const listed = await call('listAnnotations', { documentId });
    expect(listed.map((a) => a.exact)).toEqual([SHORTAGE, SWITCH]);
  });

  it('can be recoloured, edited, deleted and brought back', async () => {
    const documentId = await importText('minutes.md', MINUTES);
    const note = await highlight(documentId, SHORTAGE);
    await call('updateAnnotation', { annotationId: note.id, colour: 'green', body: 'Check the vacancy rate' });
    await call('deleteAnnotation', { annotationId: note.id });
    expect(await call('listAnnotations', { documentId })).toEqual([]);
    const back = await call('restoreAnnotation', { annotationId: note.id });
    expect(back).toMatchObject({ colour: 'green', body: 'Check the vacancy rate' });
  });

  it('are found again in a re-published version, or listed as not placed, never lost', async () => {
    const documentId = await importText('minutes.md', MINUTES);
    const moved = await highlight(documentId, SHORTAGE);
    const reworded = await highlight(documentId, LEADER);
    const removed = await highlight(documentId, SWITCH);

    const edited = MINUTES.replace(
      'Officers noted that the increase',
      'A new paragraph was added here by the clerk after the meeting.\n\nOfficers noted that the increase',
    )
      .replace('reflective supervision', 'reflexive supervision')
      .replace(/The Action Plan was a required response[^.]*\./, '');
    const again = await importText('minutes.md', edited);
    expect(again).toBe(documentId);

    const after = new Map((await call('listAnnotations', { documentId })).map((a) => [a.id, a]));
    const text = fullTextOf((await call('getDocumentText', { documentId })).blocks);
    const placedMoved = after.get(moved.id);
    expect(placedMoved?.anchorStatus).toBe('anchored');
    expect(placedMoved?.start).toBeGreaterThan(moved.start ?? 0);
    expect(text.slice(placedMoved?.start ?? 0, placedMoved?.end ?? 0)).toBe(SHORTAGE);
    expect(after.get(reworded.id)?.anchorStatus).toBe('fuzzy');
    expect(after.get(removed.id)).toMatchObject({ anchorStatus: 'orphaned', start: null, exact: SWITCH });
  });

  it('travel to another laptop as W3C Web Annotations, once, and read well as Markdown', async () => {
    const documentId = await importText('minutes.md', MINUTES);
    await highlight(documentId, SHORTAGE, 'note', 'Ask about agency staff');
    await highlight(documentId, SWITCH, 'question', 'Which actions are behind?');

    const w3c = await call('exportAnnotations', { documentId, format: 'w3c' });
    const collection = JSON.parse(w3c.text) as {
      type: string;
      first: { items: { motivation: string; target: { selector: { type: string }[] } }[] };
    };
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.first.items.map((i) => i.motivation)).toEqual(['commenting', 'questioning']);
    expect(collection.first.items[0]?.target.selector.map((s) => s.type)).toEqual([
      'TextQuoteSelector',
      'TextPositionSelector',
    ]);

    const markdown = await call('exportAnnotations', { documentId, format: 'md' });
    expect(markdown.text).toContain(`> ${SHORTAGE}`);
    expect(markdown.text).toContain('**Question**');

    const other = createTempLibrary();
    try {
      const otherDocument = await importText('minutes.md', MINUTES, other);
      const first = await other.dispatch('importAnnotations', { json: w3c.text });
      expect(first).toEqual({ ok: true, value: { added: 2, alreadyHere: 0, notPlaced: 0, unknownDocuments: 0 } });
      const second = await other.dispatch('importAnnotations', { json: w3c.text });
      expect(second).toMatchObject({ ok: true, value: { added: 0, alreadyHere: 2 } });
      const listed = await other.dispatch('listAnnotations', { documentId: otherDocument });
      expect(listed.ok && (listed.value as { exact: string; body: string }[]).map((a) => a.body)).toEqual([
        'Ask about agency staff',
        'Which actions are behind?',
      ]);
      expect(await other.dispatch('importAnnotations', { json: '{"not": "annotations"}' })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
    } finally {
      other.cleanup();
    }
  });

  it('remember where the reader left off', async () => {
    const documentId = await importText('minutes.md', MINUTES);
    expect((await call('getDocumentText', { documentId })).position).toBeNull();
    await call('saveReadingPosition', { documentId, position: { view: 'text', textOffset: 4200, page: 1 } });
    expect((await call('getDocumentText', { documentId })).position).toEqual({
      view: 'text',
      textOffset: 4200,
      page: 1,
    });
  });
});
