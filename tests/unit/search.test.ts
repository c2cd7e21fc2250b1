import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf, MethodName, OutputOf } from '../../shared/api/contract';
import { RANKED_WINDOW, searchIndexIsSound, searchLibrary } from '../../electron/library/queries/search';
import { toFtsQuery } from '../../electron/search/query-language';
import { sharedFixture } from '../helpers/shared-fixtures';
import { createTempLibrary, type TempLibrary } from '../helpers/temp-library';

let library: TempLibrary;

async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const result = await library.dispatch(method, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as OutputOf<M>;
}

async function importFiles(files: { name: string; data: Uint8Array }[]): Promise<number[]> {
  const job = await call('startImport', { files });
  const done = await library.imports.finished(job.id);
  return done.files.map((f) => f.documentId as number);
}

const read = (name: string) => ({ name, data: new Uint8Array(fs.readFileSync(sharedFixture(name))) });
const text = (name: string, body: string) => ({ name, data: new TextEncoder().encode(body) });
const search = (query: string, extra: Omit<InputOf<'search'>, 'query'> = {}) => call('search', { query, ...extra });
const titles = (results: OutputOf<'search'>) => results.map((r) => r.documentTitle);

beforeAll(async () => {
  library = createTempLibrary();
  await importFiles([
    read('coventry-ecs-minutes-2021-09-16.md'),
    read('coventry-ecs-briefing-note-2018-07-19-improvement-plan.txt'),
    read('CPP Minutes 29.10.24.pdf'),
    read('Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf'),
    text(
      'caseloads.md',
      [
        'Minutes of the Meeting of Caseload Review Panel held at 2.00 pm on Monday, 7 March 2022',
        '',
        '### 1. Caseloads of social workers',
        '',
        'The panel heard that agency staff had reduced.',
        '',
        '### 2. Any other business',
        '',
        'A member asked about caseloads in passing.',
      ].join('\n'),
    ),
  ]);
});
afterAll(() => library.cleanup());

describe('the plain query language', () => {
  it('quotes every term, and understands phrases, prefixes, OR and NOT', () => {
    expect(toFtsQuery('social workers')).toBe('"social" AND "workers"');
    expect(toFtsQuery('"public commitment" ofsted')).toBe('"public commitment" AND "ofsted"');
    expect(toFtsQuery('caselo*')).toBe('"caselo"*');
    expect(toFtsQuery('budget OR funding')).toBe('("budget" OR "funding")');
    expect(toFtsQuery('ofsted -covid NOT pandemic')).toBe('("ofsted") NOT ("covid" OR "pandemic")');
    expect(toFtsQuery('scrut', { prefixLast: true })).toBe('"scrut"*');
    expect(toFtsQuery('24/00093 (call-in) AND ^*:')).toBe('"24/00093" AND "(call-in)"');
    expect(toFtsQuery('-only -negatives')).toBeNull();
    expect(toFtsQuery('  ')).toBeNull();
  });
});

describe('searching the library', () => {
  it('finds other forms of a word', async () => {
    const results = await search('inspections');
    expect(results.length).toBeGreaterThan(2);
    expect(results.some((r) => r.snippet.toLowerCase().includes('\u0002inspection\u0003'))).toBe(true);
  });

  it('ranks a heading above a passing mention, and marks the words in snippets', async () => {
    const results = await search('caseloads', { kinds: ['paper'] });
    expect(results[0]?.snippet).toBe('1. \u0002Caseloads\u0003 of social workers');
    expect(results[0]?.committee).toBe('Caseload Review Panel');
    expect(results.findIndex((r) => r.snippet.includes('in passing'))).toBeGreaterThan(0);
  });

  it('matches phrases, prefixes, OR and NOT', async () => {
    expect((await search('"public commitment"')).length).toBeGreaterThan(0);
    expect(await search('"commitment public"')).toEqual([]);
    expect((await search('apprentice*')).some((r) => /Apprenticeships/.test(r.snippet))).toBe(true);
    const either = await search('Sufficiency OR Apprenticeships');
    expect(either.some((r) => r.committee === 'Corporate Parenting Panel')).toBe(true);
    expect(either.some((r) => r.meetingDate === '2021-09-16')).toBe(true);
    const withoutCovid = await search('Ofsted -COVID');
    expect(withoutCovid.length).toBeGreaterThan(0);
    expect(withoutCovid.every((r) => !/covid/i.test(r.snippet))).toBe(true);
  });

  it('filters by committee, dates and kind, and sorts newest first', async () => {
    const panel = await search('children', { committee: 'Corporate Parenting Panel' });
    expect(panel.length).toBeGreaterThan(0);
    expect(new Set(panel.map((r) => r.committee))).toEqual(new Set(['Corporate Parenting Panel']));
    const in2021 = await search('Ofsted', { from: '2021-01-01', to: '2021-12-31' });
    expect(in2021.length).toBeGreaterThan(0);
    expect(in2021.every((r) => r.meetingDate?.startsWith('2021'))).toBe(true);
    const outcomes = await search('action plan', { kinds: ['outcome'] });
    expect(outcomes.map((r) => r.kind)).toContain('outcome');
    expect(outcomes.every((r) => r.kind === 'outcome')).toBe(true);
    const newest = await search('children', { sort: 'newest', limit: 100 });
    const dates = newest.map((r) => r.meetingDate ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('finds papers by title, and opens them at the start', async () => {
    const results = await search('Improvement Plan', { kinds: ['title'] });
    expect(titles(results)).toContain('Progress on Children’s Services Improvement Plan');
    expect(results[0]?.offset).toBe(0);
  });
});

describe('the search index', () => {
  it('stays in step with notes as they are written, edited and deleted', async () => {
    const [documentId] = await importFiles([
      text('notes.md', '# Notes paper\n\nThe library budget was overspent by a large amount.'),
    ]);
    const found = (await search('overspent', { kinds: ['paper'] }))[0];
    const note = await call('createAnnotation', {
      documentId: documentId as number,
      kind: 'note',
      colour: 'yellow',
      body: 'Ask about the zeppelin contract',
      start: found?.offset ?? 0,
      end: (found?.offset ?? 0) + 11,
    });
    expect((await search('zeppelin')).map((r) => r.kind)).toEqual(['note']);
    await call('updateAnnotation', { annotationId: note.id, body: 'Ask about the airship contract' });
    expect(await search('zeppelin')).toEqual([]);
    expect(await search('airship')).toHaveLength(1);
    await call('deleteAnnotation', { annotationId: note.id });
    expect(await search('airship')).toEqual([]);
    await call('restoreAnnotation', { annotationId: note.id });
    expect(await search('airship')).toHaveLength(1);
    expect(searchIndexIsSound(library.db)).toBe(true);
  });

  it('searches only the latest version of a paper, and forgets deleted papers', async () => {
    const header =
      'Minutes of the Meeting of Preserves Panel held at 2.00 pm on Monday, 7 March 2022\n\n# Versioned paper';
    await importFiles([text('versions.md', `${header}\n\nThe old wording mentioned marmalade.`)]);
    await importFiles([text('versions.md', `${header}\n\nThe new wording mentions chutney instead.`)]);
    expect(await search('marmalade')).toEqual([]);
    expect(await search('chutney')).toHaveLength(1);
    library.db
      .prepare(
        "DELETE FROM document WHERE meeting_id IN (SELECT id FROM meeting WHERE date = '2022-03-07' AND committee_id = (SELECT id FROM committee WHERE name = 'Preserves Panel'))",
      )
      .run();
    expect(await search('chutney')).toEqual([]);
    expect(searchIndexIsSound(library.db)).toBe(true);
  });

  it('can be rebuilt, and FTS5 notices a damaged index that integrity_check misses', async () => {
    const before = await search('Ofsted');
    library.db
      .prepare(
        "INSERT INTO block_fts(block_fts, rowid, heading, body) VALUES ('delete', 1, '', 'not what was indexed')",
      )
      .run();
    expect(library.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(searchIndexIsSound(library.db)).toBe(false);
    await call('rebuildSearchIndex', {});
    expect(searchIndexIsSound(library.db)).toBe(true);
    expect(await search('Ofsted')).toEqual(before);
  });

  it('answers a query people type with stray symbols instead of failing', async () => {
    await expect(search('"unbalanced quote AND (')).resolves.toBeDefined();
    await expect(search('***')).resolves.toEqual([]);
  });
});

describe('a word in thousands of paragraphs', () => {
  let big: TempLibrary;
  beforeAll(() => {
    big = createTempLibrary();
    const db = big.db;
    db.exec(`INSERT INTO committee (id, name) VALUES (1, 'Budget Board');
      INSERT INTO meeting (id, committee_id, date) VALUES (1, 1, '2015-03-01'), (2, 1, '2025-03-01');
      INSERT INTO original_file (hash, bytes, size, media_type) VALUES ('a', x'00', 1, 'text/plain'), ('b', x'00', 1, 'text/plain');
      INSERT INTO document (id, meeting_id, title, kind) VALUES (1, 1, 'Old budget', 'report'), (2, 2, 'New budget', 'report');
      INSERT INTO document_version (id, document_id, version, file_hash, file_name) VALUES (1, 1, 1, 'a', 'a.txt'), (2, 2, 1, 'b', 'b.txt');`);
    const block = db.prepare(
      'INSERT INTO block (version_id, position, stable_id, kind, text, page, start_offset) VALUES (?, ?, ?, ?, ?, 1, 0)',
    );
    const filler = 'officers members residents schools roads libraries parks'.split(' ');
    db.transaction(() => {
      for (let i = 0; i < 300; i++) block.run(1, i, `o${i}`, 'paragraph', `An old budget note ${i}.`);
      for (let i = 0; i < RANKED_WINDOW + 500; i++) {
        const words = filler.slice(0, 1 + (i % filler.length)).join(' ');
        const heading = i === RANKED_WINDOW + 400;
        block.run(2, i, `n${i}`, heading ? 'heading' : 'paragraph', heading ? 'Budget' : `The budget for ${words}.`);
      }
    })();
  });
  afterAll(() => big.cleanup());

  it('ranks the newest of them as bm25 does, with the words marked', () => {
    const results = searchLibrary(big.db, { query: 'budget', kinds: ['paper'] });
    expect(results).toHaveLength(50);
    expect(results[0]?.snippet).toBe('\u0002Budget\u0003');
    expect(
      results.every((r) => r.snippet.includes('\u0002budget\u0003') || r.snippet.includes('\u0002Budget\u0003')),
    ).toBe(true);
    expect(results.every((r) => r.meetingDate === '2025-03-01')).toBe(true);
    // The same order bm25() gives over the same newest paragraphs.
    const exact = big.db
      .prepare(
        `SELECT rowid AS id, bm25(block_fts, 3.0, 1.0) AS rank FROM block_fts
        WHERE block_fts MATCH '"budget"' AND rowid >= (SELECT rowid FROM block_fts WHERE block_fts MATCH '"budget"'
          ORDER BY rowid DESC LIMIT 1 OFFSET ${RANKED_WINDOW - 1})
        ORDER BY rank LIMIT 50`,
      )
      .all() as { id: number; rank: number }[];
    const rankOf = new Map(
      (
        big.db
          .prepare(
            `SELECT rowid AS id, bm25(block_fts, 3.0, 1.0) AS rank FROM block_fts WHERE block_fts MATCH '"budget"'`,
          )
          .all() as { id: number; rank: number }[]
      ).map((r) => [r.id, r.rank]),
    );
    expect(results.map((r) => rankOf.get(r.blockId as number)?.toFixed(9))).toEqual(
      exact.map((r) => r.rank.toFixed(9)),
    );
  });

  it('ranks them all when they are fewer, and with a filter', () => {
    const old = searchLibrary(big.db, { query: 'budget', kinds: ['paper'], to: '2020-01-01' });
    expect(old).toHaveLength(50);
    expect(old.every((r) => r.meetingDate === '2015-03-01' && r.snippet.includes('\u0002budget\u0003'))).toBe(true);
  });

  it('gives the same passages in the same order without a filter as with one that keeps them all', () => {
    // "old" matches 300 paragraphs, fewer than the window: ranked by bm25() over the index alone when nothing is filtered.
    const unfiltered = searchLibrary(big.db, { query: 'old note', kinds: ['paper'] });
    const keepingAll = searchLibrary(big.db, { query: 'old note', kinds: ['paper'], committee: 'Budget Board' });
    expect(unfiltered).toHaveLength(50);
    expect(unfiltered).toEqual(keepingAll);
  });
});
