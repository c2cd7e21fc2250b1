import type { NewParagraphs } from '../../../shared/domain';
import { jaccardOfSorted } from '../../search/minhash';
import {
  MAX_CANDIDATES_PER_BUCKET,
  REPORTED_BEFORE_THRESHOLD,
  bucketKeysOf,
  findEarlierFor,
  isComparable,
  passagesOf,
} from '../../search/near-duplicates';
import type { Db } from '../open-library';
import { all, run, sql, prepared } from '../statements';
import { blocksOfVersion, latestVersion } from './document-text';
import { earliestInBuckets } from './passage-buckets';

const BAND_SPAN = 2 ** 30;

interface Candidate {
  passageId: number;
  blockId: number;
  words: number;
  shingles: Buffer;
  date: string | null;
  /** 1 when the passage's paragraph is of a later paper and kept as new (asked only withLater). */
  keptNew: number | null;
}

type Paragraph = NewParagraphs['paragraphs'][number];

/** A block's passages as the import made them: shingles and LSH bucket keys. */
export type KnownPassages = ReadonlyMap<number, { words: number; shingles: Uint32Array; keys: Uint32Array }[]>;

interface Judged {
  versionId: number;
  meetingDate: string | null;
  /** Every LSH bucket the paper's passages fall in, with the earliest passages of the library in each. */
  buckets: Map<number, number[]>;
  /** Of those passages, the ones in later papers' paragraphs kept as new (read with the earlier ones, when asked for). */
  later: Map<number, LaterPassage>;
  /** The paper's passages, by block. */
  passages: KnownPassages;
  paragraphs: Paragraph[];
}

function summarise(paragraphs: Paragraph[]): NewParagraphs {
  const repeated = paragraphs.filter((p) => p.reportedBefore !== null).length;
  return { judged: paragraphs.length, fresh: paragraphs.length - repeated, paragraphs };
}

/**
 * "What is new?" for a paper: a lookup of what was worked out when it was imported
 * (see storeNewParagraphs). A paper imported before that was kept, or whose earlier
 * paper has since gone or been replaced, is judged now and kept.
 */
export function newParagraphs(db: Db, documentId: number): NewParagraphs {
  return storedNewParagraphs(db, documentId) ?? storeNewParagraphs(db, documentId);
}

/**
 * Judges the latest version of a paper and keeps the result. Called as each paper is
 * imported, in the same transaction. If the paper's meeting is earlier than papers
 * already judged, those that share a passage with it are judged again when next opened.
 */
export function storeNewParagraphs(db: Db, documentId: number, known?: KnownPassages): NewParagraphs {
  return summarise(judgeAndKeep(db, documentId, known).paragraphs);
}

/**
 * As storeNewParagraphs, for a paper being imported: also says which of its LSH buckets are full. A bucket is read
 * only as far as its earliest MAX_CANDIDATES_PER_BUCKET passages, so a passage added to a full one would never be
 * read; in a large library most of a paper's boilerplate falls in full buckets, and leaving its entries out saves
 * writing a page of the bucket index for each.
 */
export function judgeAtImport(db: Db, documentId: number, known: KnownPassages): { fullBuckets: ReadonlySet<number> } {
  const { buckets } = judgeAndKeep(db, documentId, known);
  const full = [...buckets].flatMap(([bucket, ids]) => (ids.length >= MAX_CANDIDATES_PER_BUCKET ? [bucket] : []));
  return { fullBuckets: new Set(full) };
}

function judgeAndKeep(db: Db, documentId: number, known?: KnownPassages): Judged {
  const meetingDate = meetingDateOf(db, documentId);
  // Later papers' passages are read with the earlier ones, and only when there are any.
  const withLater = meetingDate !== null && anyJudgedLaterThan(db, meetingDate);
  const judged = keep(db, judgeParagraphs(db, documentId, meetingDate, known, withLater));
  followNewVersion(db, documentId, judged.versionId);
  if (withLater && judged.later.size > 0) markRepeatedInLaterPapers(db, judged);
  return judged;
}

function keep(db: Db, judged: Judged): Judged {
  run(db, sql`DELETE FROM version_novelty WHERE version_id = ${judged.versionId}`);
  run(db, sql`INSERT INTO version_novelty (version_id) VALUES (${judged.versionId})`);
  for (const p of judged.paragraphs) {
    const before = p.reportedBefore;
    run(
      db,
      sql`INSERT OR REPLACE INTO paragraph_novelty (block_id, version_id, earlier_block_id, similarity, share)
        VALUES (${p.blockId}, ${judged.versionId}, ${before?.blockId ?? null}, ${before?.similarity ?? null}, ${before?.share ?? null})`,
    );
  }
  return judged;
}

/**
 * A new version of a paper that later papers repeat: a paragraph it still says word for
 * word (same stable id) is pointed at in the new version. Others are judged again when
 * their paper is next opened (the lookup sees they point at a version no longer current).
 */
function followNewVersion(db: Db, documentId: number, versionId: number): void {
  run(
    db,
    sql`UPDATE paragraph_novelty SET earlier_block_id = (
        SELECT nb.id FROM block ob JOIN block nb ON nb.version_id = ${versionId} AND nb.stable_id = ob.stable_id
        WHERE ob.id = paragraph_novelty.earlier_block_id)
      WHERE earlier_block_id IN (SELECT b.id FROM document_version v JOIN block b ON b.version_id = v.id
          WHERE v.document_id = ${documentId} AND v.id <> ${versionId})
        AND EXISTS (SELECT 1 FROM block ob JOIN block nb ON nb.version_id = ${versionId} AND nb.stable_id = ob.stable_id
          WHERE ob.id = paragraph_novelty.earlier_block_id)`,
  );
}

interface LaterPassage {
  blockId: number;
  words: number;
  shingles: Uint32Array;
}

function meetingDateOf(db: Db, documentId: number): string | null {
  return (
    (prepared(db, 'SELECT m.date FROM document d JOIN meeting m ON m.id = d.meeting_id WHERE d.id = ?')
      .pluck()
      .get(documentId) as string | null | undefined) ?? null
  );
}

/** Whether any paper judged so far is of a later meeting than this date, or of an undated one. */
function anyJudgedLaterThan(db: Db, meetingDate: string): boolean {
  return (
    all(
      db,
      sql`SELECT 1 FROM version_novelty n JOIN document_version v ON v.id = n.version_id
      JOIN document d ON d.id = v.document_id JOIN meeting m ON m.id = d.meeting_id
      WHERE m.date IS NULL OR m.date > ${meetingDate} LIMIT 1`,
    ).length > 0
  );
}

/**
 * A paper of an earlier meeting imported after later papers were judged: a paragraph of
 * theirs kept as new is now repeated if one of its passages is near one of this paper's.
 * Only those paragraphs are looked at (passages sharing a bucket with this paper's, in
 * paragraphs kept as new), and of a bucket only its earliest MAX_CANDIDATES_PER_BUCKET
 * passages, as when judging a paper: a fuller bucket is boilerplate, whose later copies were
 * found repeated when they came. Without that cap, re-importing the papers of a meeting in
 * the middle of a 1.2-million-paragraph archive spent 1 s a paper here (0.14 s with it), and
 * marked the same paragraphs (none). Undated papers are compared with every dated one, so
 * they count as later. The passages were read once, with the earlier ones, when the paper
 * was judged: reading them a second time cost as much again.
 */
function markRepeatedInLaterPapers(db: Db, judged: Judged): void {
  const ownByBucket = new Map<number, { blockId: number; shingles: Uint32Array }[]>();
  for (const [blockId, own] of judged.passages) {
    for (const { shingles, keys } of own) {
      Array.from(keys, (key, band) => band * BAND_SPAN + key).forEach((bucket) => {
        const list = ownByBucket.get(bucket);
        if (list) list.push({ blockId, shingles });
        else ownByBucket.set(bucket, [{ blockId, shingles }]);
      });
    }
  }
  // later block -> this paper's block -> later passage -> best similarity
  const found = new Map<number, Map<number, Map<number, { words: number; similarity: number }>>>();
  for (const [bucket, ids] of judged.buckets) {
    const own = ownByBucket.get(bucket);
    if (!own) continue;
    for (const passageId of ids) {
      const c = judged.later.get(passageId);
      if (c) compareWithOwn(passageId, c, own);
    }
  }
  function compareWithOwn(passageId: number, c: LaterPassage, owns: { blockId: number; shingles: Uint32Array }[]) {
    for (const own of owns) {
      const similarity = jaccardOfSorted(c.shingles, own.shingles);
      if (similarity < REPORTED_BEFORE_THRESHOLD) continue;
      const byOwn = found.get(c.blockId) ?? new Map<number, Map<number, { words: number; similarity: number }>>();
      found.set(c.blockId, byOwn);
      const byPassage = byOwn.get(own.blockId) ?? new Map<number, { words: number; similarity: number }>();
      byOwn.set(own.blockId, byPassage);
      if (similarity > (byPassage.get(passageId)?.similarity ?? 0))
        byPassage.set(passageId, { words: c.words, similarity });
    }
  }
  const blockWords = new Map(
    prepared(
      db,
      'SELECT block_id, SUM(words) FROM passage WHERE block_id IN (SELECT value FROM json_each(?)) GROUP BY block_id',
    )
      .raw()
      .all(JSON.stringify([...found.keys()])) as [number, number][],
  );
  for (const [laterBlock, byOwn] of found) {
    // As findEarlierFor: most words repeated, then most alike.
    const tallies = [...byOwn].map(([ownBlock, byPassage]) => {
      const matched = [...byPassage.values()];
      const words = matched.reduce((sum, m) => sum + m.words, 0);
      const weighted = matched.reduce((sum, m) => sum + m.similarity * m.words, 0);
      return { ownBlock, words, weighted };
    });
    const [best] = tallies.sort((a, b) => b.words - a.words || b.weighted - a.weighted || a.ownBlock - b.ownBlock);
    if (!best) continue;
    run(
      db,
      sql`UPDATE paragraph_novelty SET earlier_block_id = ${best.ownBlock}, similarity = ${best.weighted / best.words},
        share = ${best.words / (blockWords.get(laterBlock) ?? best.words)} WHERE block_id = ${laterBlock}`,
    );
  }
}

interface StoredRow {
  blockId: number;
  start: number;
  earlierBlockId: number | null;
  similarity: number | null;
  share: number | null;
  earlierCurrent: number | null;
  documentId: number | null;
  documentTitle: string | null;
  committee: string | null;
  meetingDate: string | null;
  offset: number | null;
}

/** What was kept for the paper's latest version, in one query; undefined if it must be judged (again). */
function storedNewParagraphs(db: Db, documentId: number): NewParagraphs | undefined {
  const rows = all<StoredRow & { judgedVersion: number | null }>(
    db,
    sql`SELECT n.block_id AS blockId, b.start_offset AS start, n.earlier_block_id AS earlierBlockId, n.similarity, n.share,
        eb.current AS earlierCurrent, ed.id AS documentId, ed.title AS documentTitle, ec.name AS committee,
        em.date AS meetingDate, eb.start_offset AS offset, vn.version_id AS judgedVersion
      FROM (SELECT id FROM document_version WHERE document_id = ${documentId} ORDER BY version DESC LIMIT 1) latest
      LEFT JOIN version_novelty vn ON vn.version_id = latest.id
      LEFT JOIN paragraph_novelty n ON n.version_id = vn.version_id
      LEFT JOIN block b ON b.id = n.block_id
      LEFT JOIN block eb ON eb.id = n.earlier_block_id
      LEFT JOIN document_version ev ON ev.id = eb.version_id LEFT JOIN document ed ON ed.id = ev.document_id
      LEFT JOIN meeting em ON em.id = ed.meeting_id LEFT JOIN committee ec ON ec.id = em.committee_id
      ORDER BY b.position`,
  );
  if (rows.length === 0 || rows[0]?.judgedVersion == null) return undefined;
  const judged = rows.filter((r) => r.blockId !== null);
  // The earlier paper has gone, or been replaced by a newer version: judge again.
  if (judged.some((r) => r.earlierBlockId !== null && r.earlierCurrent !== 1)) return undefined;
  return summarise(
    judged.map((r) => ({
      blockId: r.blockId,
      start: r.start,
      reportedBefore:
        r.earlierBlockId === null
          ? null
          : {
              documentId: r.documentId as number,
              documentTitle: r.documentTitle as string,
              committee: r.committee as string,
              meetingDate: r.meetingDate as string,
              blockId: r.earlierBlockId,
              offset: r.offset as number,
              similarity: r.similarity as number,
              share: r.share as number,
            },
    })),
  );
}

/**
 * For each paragraph of a paper, the earlier paper (by meeting date) that
 * already said the same or nearly the same, found through the LSH buckets.
 * Every bucket the paper's passages fall in is read in one query, and the
 * candidates in one more, rather than a query per passage. A bucket holding
 * boilerplate repeated in hundreds of papers brings only its earliest
 * MAX_CANDIDATES_PER_BUCKET passages: any of them shows the passage is not new.
 */
function judgeParagraphs(
  db: Db,
  documentId: number,
  meetingDate: string | null,
  known?: KnownPassages,
  withLater = false,
): Judged {
  const version = latestVersion(db, documentId);
  const describe = prepared(
    db,
    `SELECT b.id AS blockId, d.id AS documentId, d.title AS documentTitle, c.name AS committee, m.date AS meetingDate,
      b.start_offset AS offset
    FROM block b JOIN document_version v ON v.id = b.version_id JOIN document d ON d.id = v.document_id
    JOIN meeting m ON m.id = d.meeting_id JOIN committee c ON c.id = m.committee_id
    WHERE b.id IN (SELECT value FROM json_each(?))`,
  );
  const blocks = blocksOfVersion(db, version.versionId);
  // At import the paper's passages come from the parser (and are stored after it is judged, so
  // looking for earlier passages does not first find its own); later, from the library.
  const judged = new Set(
    known
      ? known.keys()
      : (prepared(
          db,
          'SELECT DISTINCT p.block_id FROM passage p JOIN block b ON b.id = p.block_id WHERE b.version_id = ?',
        )
          .pluck()
          .all(version.versionId) as number[]),
  );
  const bucketsOf = (keys: Uint32Array) => Array.from(keys, (key, band) => band * BAND_SPAN + key);
  const passages = new Map<number, { words: number; shingles: Uint32Array; keys: Uint32Array }[]>();
  const wanted = new Set<number>();
  for (const block of blocks) {
    if (!judged.has(block.id)) continue;
    const own =
      known?.get(block.id) ??
      (isComparable(block.text) ? passagesOf(block.text).map((p) => ({ ...p, keys: bucketKeysOf(p.shingles) })) : null);
    if (!own) continue;
    passages.set(block.id, own);
    for (const { keys } of own) for (const b of bucketsOf(keys)) wanted.add(b);
  }
  const inBucket = earliestInBuckets(db, wanted, MAX_CANDIDATES_PER_BUCKET);
  const passageIds = new Set([...inBucket.values()].flat());
  // Each passage is read once: the earlier ones are candidates for judging this paper; with
  // withLater, those in later papers' paragraphs kept as new are kept for marking them.
  const candidates = new Map<number, { paragraph: number; shingles: Uint32Array }>();
  const later = new Map<number, LaterPassage>();
  for (const c of candidatePassages(db, passageIds, documentId, withLater ? (meetingDate ?? undefined) : undefined)) {
    const earlier = c.date !== null && (meetingDate === null || c.date < meetingDate);
    if (!earlier && c.keptNew !== 1) continue;
    const shingles = new Uint32Array(
      c.shingles.buffer.slice(c.shingles.byteOffset, c.shingles.byteOffset + c.shingles.byteLength),
    );
    if (earlier) candidates.set(c.passageId, { paragraph: c.blockId, shingles });
    else later.set(c.passageId, { blockId: c.blockId, words: c.words, shingles });
  }

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
  return { versionId: version.versionId, meetingDate, buckets: inBucket, later, passages, paragraphs };
}

/**
 * The passages found in the buckets, with their paper's meeting date (not this paper's own). The date is read once
 * for each paper version rather than joined for each passage. With laterThan (this paper's meeting date), whether a
 * passage of a later or undated meeting is in a paragraph kept as new.
 */
function candidatePassages(
  db: Db,
  passageIds: ReadonlySet<number>,
  documentId: number,
  laterThan: string | undefined,
): Candidate[] {
  const passages = prepared(
    db,
    `SELECT p.id, p.block_id, p.words, p.shingles, b.version_id FROM json_each(?) k
      JOIN passage p ON p.id = k.value JOIN block b ON b.id = p.block_id AND b.current = 1`,
  )
    .raw()
    .all(JSON.stringify([...passageIds].sort((a, b) => a - b))) as [number, number, number, Buffer, number][];
  const versions = new Map(
    (
      prepared(
        db,
        `SELECT v.id, d.id, m.date FROM document_version v JOIN document d ON d.id = v.document_id
          JOIN meeting m ON m.id = d.meeting_id WHERE v.id IN (SELECT value FROM json_each(?))`,
      )
        .raw()
        .all(JSON.stringify([...new Set(passages.map((p) => p[4]))])) as [number, number, string | null][]
    ).map(([versionId, paper, date]) => [versionId, { paper, date }]),
  );
  const keptNew = prepared(db, 'SELECT earlier_block_id IS NULL FROM paragraph_novelty WHERE block_id = ?', true);
  return passages.flatMap(([passageId, blockId, words, shingles, versionId]) => {
    const version = versions.get(versionId);
    if (!version || version.paper === documentId) return [];
    const isLater = laterThan !== undefined && (version.date === null || version.date > laterThan);
    return [
      {
        passageId,
        blockId,
        words,
        shingles,
        date: version.date,
        keptNew: isLater ? ((keptNew.get(blockId) as number | undefined) ?? null) : null,
      },
    ];
  });
}
