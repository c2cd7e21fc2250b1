import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf, MethodName, OutputOf } from '../../shared/api/contract';
import { searchIndexIsSound } from '../../electron/library/queries/search';
import { createTempLibrary, type TempLibrary } from '../helpers/temp-library';

/**
 * The search index takes each paper as a segment of its own and merges them in batches of 16
 * (migration 18). Papers imported one at a time, well past two batches, are each found by
 * their own words and together by the words they share, and the index stays sound.
 */
let library: TempLibrary;
const PAPERS = 40;
const STREETS = ['Abbey', 'Baker', 'Castle', 'Dean', 'Elm', 'Fox', 'Gate', 'Hill'];

async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const result = await library.dispatch(method, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as OutputOf<M>;
}

const street = (i: number) => `${STREETS[i % 8]} Road number ${i}`;
const paper = (i: number) =>
  [
    // Each paper a meeting of its own: the same panel on the same day would make the second minutes a new version.
    `Minutes of the Highways Scrutiny Panel held on ${(i % 28) + 1} March ${2023 + Math.floor(i / 28)}`,
    '',
    `1. Resurfacing of ${street(i)}`,
    '',
    `The panel considered the resurfacing scheme for ${street(i)}, paper${i}marker, and the drainage works that must come first.`,
    '',
    'RESOLVED – That the report be noted.',
  ].join('\n');

beforeAll(async () => {
  library = createTempLibrary();
  for (let i = 0; i < PAPERS; i++) {
    const job = await call('startImport', {
      files: [{ name: `highways-${i}.md`, data: new TextEncoder().encode(paper(i)) }],
    });
    await library.imports.finished(job.id);
  }
});
afterAll(() => library.cleanup());

describe('a library of many papers imported one at a time', () => {
  it('finds each paper by the words only it has', async () => {
    for (const i of [0, 7, 15, 16, 17, 31, 32, 39]) {
      const found = await call('search', { query: `paper${i}marker` });
      expect(found.map((r) => r.documentTitle)).toHaveLength(1);
    }
  });

  it('finds every paper by the words they share, and the index is sound', async () => {
    const found = await call('search', { query: '"drainage works"', limit: 100 });
    expect(new Set(found.map((r) => r.documentId)).size).toBe(PAPERS);
    expect(searchIndexIsSound(library.db)).toBe(true);
  });
});
