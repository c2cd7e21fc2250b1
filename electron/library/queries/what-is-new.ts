import type { NewParagraphs } from '../../../shared/domain';
import {
  MAX_CANDIDATES_PER_BUCKET,
  bucketKeysOf,
  findEarlierFor,
  isComparable,
  passagesOf,
} from '../../search/near-duplicates';
import type { Db } from '../open-library';
import { blocksOfVersion, latestVersion } from './document-text';

const BAND_SPAN = 2 ** 30;

interface Candidate {
  passageId: number;
  blockId: number;
  shingles: Buffer;
}

/**
 * For each paragraph of a paper, the earlier paper (by meeting date) that
 * already said the same or nearly the same, found through the LSH buckets.
 * Every bucket the paper's passages fall in is read in one query, and the
 * candidates in one more, rather than a query per passage. A bucket holding
 * boilerplate repeated in hundreds of papers brings only its earliest
 * MAX_CANDIDATES_PER_BUCKET passages: any of them shows the passage is not new.
 */
export function newParagraphs(db: Db, documentId: number): NewParagraphs {
  const version = latestVersion(db, documentId);
  const { meetingDate } = db
    .prepare('SELECT m.date AS meetingDate FROM document d JOIN meeting m ON m.id = d.meeting_id WHERE d.id = ?')
    .get(documentId) as { meetingDate: string | null };
  const describe = db.prepare(
    `SELECT b.id AS blockId, d.id AS documentId, d.title AS documentTitle, c.name AS committee, m.date AS meetingDate,
      b.start_offset AS offset
    FROM block b JOIN document_version v ON v.id = b.version_id JOIN document d ON d.id = v.document_id
    JOIN meeting m ON m.id = d.meeting_id JOIN committee c ON c.id = m.committee_id
    WHERE b.id IN (SELECT value FROM json_each(?))`,
  );
  const blocks = blocksOfVersion(db, version.versionId);
  const judged = new Set(
    db
      .prepare('SELECT DISTINCT p.block_id FROM passage p JOIN block b ON b.id = p.block_id WHERE b.version_id = ?')
      .pluck()
      .all(version.versionId) as number[],
  );
  const bucketsOf = (keys: Uint32Array) => Array.from(keys, (key, band) => band * BAND_SPAN + key);
  const passages = new Map<number, { words: number; shingles: Uint32Array; keys: Uint32Array }[]>();
  const wanted = new Set<number>();
  for (const block of blocks) {
    if (!judged.has(block.id) || !isComparable(block.text)) continue;
    const own = passagesOf(block.text).map((p) => ({ ...p, keys: bucketKeysOf(p.shingles) }));
    passages.set(block.id, own);
    for (const { keys } of own) for (const b of bucketsOf(keys)) wanted.add(b);
  }
  const inBucket = new Map<number, number[]>();
  for (const { bucket, passageId } of db
    .prepare(
      `SELECT k.value AS bucket, pb.passage_id AS passageId FROM json_each(?) k
      JOIN passage_bucket pb ON pb.bucket = k.value AND pb.passage_id <= COALESCE(
        (SELECT passage_id FROM passage_bucket WHERE bucket = k.value ORDER BY passage_id LIMIT 1 OFFSET ?), 9223372036854775807)`,
    )
    .all(JSON.stringify([...wanted].sort((a, b) => a - b)), MAX_CANDIDATES_PER_BUCKET - 1) as {
    bucket: number;
    passageId: number;
  }[]) {
    const list = inBucket.get(bucket);
    if (list) list.push(passageId);
    else inBucket.set(bucket, [passageId]);
  }
  const passageIds = new Set([...inBucket.values()].flat());
  const candidates = new Map(
    (
      db
        .prepare(
          `SELECT p.id AS passageId, p.block_id AS blockId, p.shingles FROM passage p
          JOIN block b ON b.id = p.block_id AND b.current = 1
          JOIN document_version v ON v.id = b.version_id
          JOIN document d ON d.id = v.document_id
          JOIN meeting m ON m.id = d.meeting_id
          WHERE p.id IN (SELECT value FROM json_each(?)) AND d.id <> ?
            AND m.date IS NOT NULL AND (? IS NULL OR m.date < ?)`,
        )
        .all(JSON.stringify([...passageIds]), documentId, meetingDate, meetingDate) as Candidate[]
    ).map((c) => [
      c.passageId,
      {
        paragraph: c.blockId,
        shingles: new Uint32Array(
          c.shingles.buffer.slice(c.shingles.byteOffset, c.shingles.byteOffset + c.shingles.byteLength),
        ),
      },
    ]),
  );

  const matches = blocks.flatMap((block) => {
    if (!judged.has(block.id)) return [];
    const own = passages.get(block.id);
    const { match } = own
      ? findEarlierFor(own, (keys) => {
          const found = new Set<number>();
          for (const bucket of bucketsOf(keys)) for (const id of inBucket.get(bucket) ?? []) found.add(id);
          const list: { paragraph: number; shingles: Uint32Array }[] = [];
          for (const id of found) {
            const candidate = candidates.get(id);
            if (candidate) list.push(candidate);
          }
          return list;
        })
      : { match: null };
    return [{ block, match }];
  });
  type Earlier = Omit<NonNullable<NewParagraphs['paragraphs'][number]['reportedBefore']>, 'similarity' | 'share'>;
  const earlier = new Map(
    (
      describe.all(
        JSON.stringify([...new Set(matches.flatMap(({ match }) => (match ? [match.paragraph] : [])))]),
      ) as Earlier[]
    ).map((e) => [e.blockId, e]),
  );
  const paragraphs = matches.map(({ block, match }) => {
    const before = match && earlier.get(match.paragraph);
    return {
      blockId: block.id,
      start: block.start,
      reportedBefore:
        match && before
          ? { ...before, blockId: match.paragraph, similarity: match.similarity, share: match.share }
          : null,
    };
  });
  const repeated = paragraphs.filter((p) => p.reportedBefore !== null).length;
  return { judged: paragraphs.length, fresh: paragraphs.length - repeated, paragraphs };
}
