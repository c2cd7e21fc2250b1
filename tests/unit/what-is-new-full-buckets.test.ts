import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CANDIDATES_PER_BUCKET } from '../../electron/search/near-duplicates';
import { newParagraphsOf } from '../helpers/library-calls';
import { createTempLibrary, type TempLibrary } from '../helpers/temp-library';

/**
 * A paragraph every paper repeats (as packs repeat their boilerplate) fills its LSH buckets: a bucket is read only as
 * far as its earliest MAX_CANDIDATES_PER_BUCKET passages, so the import adds no more to it. What a member sees is
 * the same: the repeated paragraph is still reported from the first paper that said it.
 */

const PAPERS = MAX_CANDIDATES_PER_BUCKET + 8;
const BOILERPLATE =
  'Members are reminded that the meeting may be filmed for live or subsequent broadcast via the council website and that the images and sound recording may be used for training purposes.';

/** Words no other paper uses: "kab", "kac", … made from the paper's number. */
function ownWords(n: number): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  return Array.from({ length: 14 }, (_, i) => {
    const k = n * 14 + i;
    return `${letters[k % 20]}a${letters[Math.floor(k / 20) % 20]}o${letters[Math.floor(k / 400) % 20]}`;
  }).join(' ');
}

function paper(n: number): { name: string; data: Uint8Array } {
  const day = String((n % 28) + 1).padStart(2, '0');
  const month = String(Math.floor(n / 28) + 1).padStart(2, '0');
  const text = `Housing Scrutiny Board\n\nMinutes of the meeting held on ${day}/${month}/2020\n\n1. Filming\n\n${BOILERPLATE}\n\n2. Repairs\n\nThe Board heard that ${ownWords(n)}.`;
  return { name: `housing-${2020}-${month}-${day}.txt`, data: new TextEncoder().encode(text) };
}

/** Bucket entries wherever they are: recent ones, and those moved into the large table. */
const BOTH_TABLES = 'SELECT * FROM passage_bucket UNION ALL SELECT * FROM passage_bucket_recent';

let library: TempLibrary;
const documentIds: number[] = [];

beforeAll(async () => {
  library = createTempLibrary();
  for (let n = 0; n < PAPERS; n++) {
    const job = await library.dispatch('startImport', { files: [paper(n)] });
    if (!job.ok) throw new Error(job.error.message);
    const done = await library.imports.finished((job.value as { id: string }).id);
    documentIds.push(done.files[0]?.documentId as number);
  }
});
afterAll(() => library.cleanup());

const newParagraphs = (documentId: number) => newParagraphsOf(library, documentId);

describe('a paragraph every paper repeats', () => {
  it('adds no passage to a bucket that is already full', () => {
    const fullest = library.db
      .prepare(`SELECT COUNT(*) FROM (${BOTH_TABLES}) GROUP BY bucket ORDER BY COUNT(*) DESC LIMIT 1`)
      .pluck()
      .get();
    expect(fullest).toBe(MAX_CANDIDATES_PER_BUCKET);
    // Each paper's own paragraph is still in its buckets.
    const unbucketed = library.db
      .prepare(
        `SELECT COUNT(*) FROM passage p WHERE NOT EXISTS (SELECT 1 FROM (${BOTH_TABLES}) b WHERE b.passage_id = p.id)`,
      )
      .pluck()
      .get();
    expect(unbucketed).toBe(PAPERS - MAX_CANDIDATES_PER_BUCKET);
  });

  it('is still reported from the first paper in the last paper, whose own paragraph is new', async () => {
    const last = await newParagraphs(documentIds.at(-1) as number);
    expect(last.judged).toBe(2);
    expect(last.fresh).toBe(1);
    expect(last.paragraphs.find((p) => p.reportedBefore)?.reportedBefore?.documentId).toBe(documentIds[0]);
  });
});
