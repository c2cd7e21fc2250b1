import type { NewParagraphs } from '../../../shared/domain';
import { findEarlier } from '../../search/near-duplicates';
import type { Db } from '../open-library';
import { blocksOfVersion, latestVersion } from './document-text';

const BAND_SPAN = 2 ** 30;

interface Candidate {
  blockId: number;
  shingles: Buffer;
}

/**
 * For each paragraph of a paper, the earlier paper (by meeting date) that
 * already said the same or nearly the same, found through the LSH buckets.
 */
export function newParagraphs(db: Db, documentId: number): NewParagraphs {
  const version = latestVersion(db, documentId);
  const { meetingDate } = db
    .prepare('SELECT m.date AS meetingDate FROM document d JOIN meeting m ON m.id = d.meeting_id WHERE d.id = ?')
    .get(documentId) as { meetingDate: string | null };
  const lookup = db.prepare(
    `SELECT DISTINCT p.block_id AS blockId, p.shingles FROM passage_bucket pb
    JOIN passage p ON p.id = pb.passage_id
    JOIN block b ON b.id = p.block_id AND b.current = 1
    JOIN document_version v ON v.id = b.version_id
    JOIN document d ON d.id = v.document_id
    JOIN meeting m ON m.id = d.meeting_id
    WHERE pb.bucket IN (SELECT value FROM json_each(?)) AND d.id <> ?
      AND m.date IS NOT NULL AND (? IS NULL OR m.date < ?)`,
  );
  const describe = db.prepare(
    `SELECT d.id AS documentId, d.title AS documentTitle, c.name AS committee, m.date AS meetingDate, b.start_offset AS offset
    FROM block b JOIN document_version v ON v.id = b.version_id JOIN document d ON d.id = v.document_id
    JOIN meeting m ON m.id = d.meeting_id JOIN committee c ON c.id = m.committee_id WHERE b.id = ?`,
  );
  const judged = db.prepare('SELECT 1 FROM passage WHERE block_id = ? LIMIT 1');

  const paragraphs = blocksOfVersion(db, version.versionId).flatMap((block) => {
    if (!judged.get(block.id)) return [];
    const result = findEarlier(block.text, (keys) => {
      const buckets = JSON.stringify(Array.from(keys, (key, band) => band * BAND_SPAN + key));
      return (lookup.all(buckets, documentId, meetingDate, meetingDate) as Candidate[]).map((c) => ({
        paragraph: c.blockId,
        shingles: new Uint32Array(
          c.shingles.buffer.slice(c.shingles.byteOffset, c.shingles.byteOffset + c.shingles.byteLength),
        ),
      }));
    });
    const earlier = result.match
      ? (describe.get(result.match.paragraph) as Omit<
          NonNullable<NewParagraphs['paragraphs'][number]['reportedBefore']>,
          'blockId' | 'similarity' | 'share'
        >)
      : null;
    return [
      {
        blockId: block.id,
        start: block.start,
        reportedBefore:
          result.match && earlier
            ? {
                ...earlier,
                blockId: result.match.paragraph,
                similarity: result.match.similarity,
                share: result.match.share,
              }
            : null,
      },
    ];
  });
  const repeated = paragraphs.filter((p) => p.reportedBefore !== null).length;
  return { judged: paragraphs.length, fresh: paragraphs.length - repeated, paragraphs };
}
