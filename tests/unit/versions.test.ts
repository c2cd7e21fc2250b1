import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf, MethodName, OutputOf } from '../../shared/api/contract';
import { compareParagraphs } from '../../shared/compare-paragraphs';
import { createTempLibrary, type TempLibrary } from '../helpers/temp-library';

const p = (text: string, page: number | null = 1) => ({ text, page });

describe('what changed between two versions', () => {
  it('tells paragraphs added, removed and altered, and counts the rest', () => {
    const before = [
      p('Scrutiny Board 2 report on home to school transport.'),
      p('The service spent £4.2 million in 2024/25, an overspend of £600,000.'),
      p('Officers will report back in March.'),
      p('This paragraph was withdrawn before publication of the correction.'),
    ];
    const after = [
      p('Scrutiny Board 2 report on home to school transport.'),
      p('The service spent £4.6 million in 2024/25, an overspend of £1,000,000.'),
      p('Officers will report back in March.'),
      p('A late correction: the figures above were revised on 3 March.', 2),
    ];
    const { changes, unchanged } = compareParagraphs(before, after);
    expect(unchanged).toBe(2);
    expect(changes.map((c) => c.kind)).toEqual(['altered', 'removed', 'added']);
    const altered = changes[0];
    const added = altered?.kind === 'altered' ? altered.words.filter((w) => w.change === 'added') : [];
    expect(added.map((w) => w.text)).toEqual(['£4.6', '£1,000,000.']);
    expect(changes[2]).toMatchObject({ kind: 'added', page: 2 });
  });

  it('finds nothing changed in the same text', () => {
    expect(compareParagraphs([p('One.'), p('Two.')], [p('One.'), p('Two.')])).toEqual({ changes: [], unchanged: 2 });
  });
});

describe('a re-published paper', () => {
  let library: TempLibrary;
  beforeEach(() => {
    library = createTempLibrary();
  });
  afterEach(() => library.cleanup());
  const call = async <M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> => {
    const result = await library.dispatch(method, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as OutputOf<M>;
  };
  const importText = async (text: string) => {
    const job = await call('startImport', {
      files: [{ name: 'Transport report.txt', data: new TextEncoder().encode(text) }],
    });
    return (await library.imports.finished(job.id)).files[0];
  };
  const FIRST = 'Home to school transport\n\nThe service spent £4.2 million.\n\nOfficers will report back in March.';

  it('keeps its earlier version to open, and compares the two', async () => {
    const one = await importText(FIRST);
    const two = await importText(FIRST.replace('£4.2 million', '£4.6 million'));
    expect(two?.state).toBe('new-version');
    const documentId = two?.documentId as number;
    expect(one?.documentId).toBe(documentId);

    const latest = await call('getDocumentText', { documentId });
    expect(latest.version).toBe(2);
    expect(latest.versions.map((v) => v.version)).toEqual([1, 2]);
    const earlier = await call('getDocumentText', { documentId, version: 1 });
    expect(earlier.blocks.map((b) => b.text).join(' ')).toContain('£4.2 million');
    const original = await call('getOriginalFile', { documentId, version: 1 });
    expect(new TextDecoder().decode(original.data)).toBe(FIRST);

    const comparison = await call('compareVersions', { documentId, from: 1, to: 2 });
    expect(comparison.changes).toHaveLength(1);
    expect(comparison.changes[0]).toMatchObject({ kind: 'altered', before: 'The service spent £4.2 million.' });
    const missing = await library.dispatch('compareVersions', { documentId, from: 1, to: 3 });
    expect(!missing.ok && missing.error.message).toBe('This paper has no version 3.');
  });
});
