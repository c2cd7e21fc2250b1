import { createHash } from 'node:crypto';
import type { Db } from '../open-library';
import { insert, one, prepared, run, sql, value, values } from '../statements';
import { addBucketEntries } from './passage-buckets';

export interface StoredPaperRef {
  meetingId: number;
  documentId: number;
  version: number;
}

/** The paper already in the library with exactly these bytes, if any. */
export function paperWithHash(db: Db, hash: string): StoredPaperRef | undefined {
  return one<StoredPaperRef>(
    db,
    sql`SELECT d.meeting_id AS meetingId, d.id AS documentId, v.version
      FROM document_version v JOIN document d ON d.id = v.document_id WHERE v.file_hash = ${hash} LIMIT 1`,
  );
}

/** The meeting's paper of this title and the version a new file of it would be, or a new paper. */
export function paperFor(
  db: Db,
  meetingId: number,
  title: string,
  kind: string,
): { documentId: number; version: number } {
  const existing = one<{ id: number; latest: number | null }>(
    db,
    sql`SELECT d.id, (SELECT MAX(version) FROM document_version WHERE document_id = d.id) AS latest
      FROM document d WHERE d.meeting_id = ${meetingId} AND d.title = ${title}`,
  );
  if (existing) return { documentId: existing.id, version: (existing.latest ?? 0) + 1 };
  const documentId = insert(
    db,
    sql`INSERT INTO document (meeting_id, title, kind) VALUES (${meetingId}, ${title}, ${kind})`,
  );
  return { documentId, version: 1 };
}

/**
 * Adds a version of a paper with its original file (kept once per content) and makes it
 * the version that is searched.
 */
export function addVersion(
  db: Db,
  v: {
    documentId: number;
    version: number;
    hash: string;
    data: Uint8Array;
    mediaType: string;
    fileName: string;
    pageCount: number | null;
    warnings: readonly unknown[];
  },
): number {
  run(
    db,
    sql`INSERT OR IGNORE INTO original_file (hash, bytes, size, media_type)
      VALUES (${v.hash}, ${Buffer.from(v.data)}, ${v.data.length}, ${v.mediaType})`,
  );
  const versionId = insert(
    db,
    sql`INSERT INTO document_version (document_id, version, file_hash, file_name, page_count, warnings)
      VALUES (${v.documentId}, ${v.version}, ${v.hash}, ${v.fileName}, ${v.pageCount}, ${JSON.stringify(v.warnings)})`,
  );
  // Only the latest version is searched.
  run(
    db,
    sql`UPDATE block SET current = 0 WHERE current = 1
      AND version_id IN (SELECT id FROM document_version WHERE document_id = ${v.documentId} AND id <> ${versionId})`,
  );
  return versionId;
}

export interface BlockToStore {
  kind: string;
  level?: number | null;
  text: string;
  page: number | null;
}

/**
 * Blocks with their place in the full text and an id that survives re-publication.
 * All in one statement: the search index (FTS5) writes what it holds in memory at the
 * start of every statement in a transaction, so a statement per block made it write and
 * merge its index once per paragraph (12 s for a 100-page report in a library of 60,000
 * paragraphs, against 1 s in one statement).
 */
export function addBlocks(db: Db, versionId: number, blocks: readonly BlockToStore[]): number[] {
  const seen = new Map<string, number>();
  let offset = 0;
  const rows = blocks.map((block, position) => {
    const digest = createHash('sha1').update(block.text).digest('hex').slice(0, 12);
    const occurrence = seen.get(digest) ?? 0;
    seen.set(digest, occurrence + 1);
    const row = [position, `${digest}-${occurrence}`, block.kind, block.level ?? null, block.text, block.page, offset];
    offset += block.text.length + 2;
    return row;
  });
  run(
    db,
    sql`INSERT INTO block (version_id, position, stable_id, kind, level, text, page, start_offset)
      SELECT ${versionId}, value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6
      FROM json_each(${JSON.stringify(rows)}) ORDER BY key`,
  );
  return values<number>(db, sql`SELECT id FROM block WHERE version_id = ${versionId} ORDER BY position`);
}

const BAND_SPAN = 2 ** 30;

export interface PassageToStore {
  blockIndex: number;
  words: number;
  shingles: Uint32Array;
  buckets: ArrayLike<number>;
}

/**
 * The passages near-duplicates are found by, and their LSH buckets: all but those in `fullBuckets`, which already
 * hold as many passages as are ever read from a bucket (see judgeAtImport).
 */
export function addPassages(
  db: Db,
  blockIds: readonly number[],
  passages: readonly PassageToStore[],
  fullBuckets: ReadonlySet<number> = new Set(),
): void {
  const passage = prepared(db, 'INSERT INTO passage (block_id, words, shingles) VALUES (?, ?, ?)');
  const entries: [number, number | bigint][] = [];
  for (const p of passages) {
    const blockId = blockIds[p.blockIndex];
    if (blockId === undefined) continue;
    const id = passage.run(
      blockId,
      p.words,
      Buffer.from(p.shingles.buffer, p.shingles.byteOffset, p.shingles.byteLength),
    ).lastInsertRowid;
    Array.from(p.buckets).forEach((key, band) => {
      const bucket = band * BAND_SPAN + key;
      if (!fullBuckets.has(bucket)) entries.push([bucket, id]);
    });
  }
  // In one statement: a 100-page report has some 50,000 bucket entries, and a statement each cost more than the inserts.
  addBucketEntries(
    db,
    entries.map(([bucket, id]) => [bucket, Number(id)]),
  );
}

export function addBoardRecommendations(db: Db, versionId: number, texts: readonly string[]): void {
  texts.forEach((text, position) =>
    run(
      db,
      sql`INSERT INTO board_recommendation (version_id, position, text) VALUES (${versionId}, ${position}, ${text})`,
    ),
  );
}

export function paperTitle(db: Db, documentId: number): string | undefined {
  return value<string>(db, sql`SELECT title FROM document WHERE id = ${documentId}`);
}

export function latestFileHash(db: Db, documentId: number): string | null {
  return (
    value<string>(
      db,
      sql`SELECT file_hash FROM document_version WHERE document_id = ${documentId} ORDER BY version DESC LIMIT 1`,
    ) ?? null
  );
}

/** The pack's own number for each page of a version (null where none is printed), as read at import. */
export function addPrintedPages(db: Db, versionId: number, labels: readonly (string | null)[]): void {
  labels.forEach((label, i) => {
    if (label !== null)
      run(db, sql`INSERT INTO printed_page (version_id, page, label) VALUES (${versionId}, ${i + 1}, ${label})`);
  });
}
