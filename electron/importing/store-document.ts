import { createHash } from 'node:crypto';
import type { Db } from '../library/open-library';
import { reanchorAnnotations } from '../library/queries/annotations';
import { markExemptOnImport } from '../library/queries/confidential';
import {
  addImportedOutcome,
  knownOutcomesOfMeeting,
  moveOutcomeSource,
  nextOutcomePosition,
} from '../library/queries/imported-outcomes';
import {
  addBlocks,
  addBoardRecommendations,
  addPassages,
  addPrintedPages,
  addVersion,
  paperFor,
  paperWithHash,
} from '../library/queries/paper-store';
import { meetingOfRepublished } from '../library/queries/republished';
import { tiePapersToAgendaItems } from '../library/queries/tie-to-agenda-item';
import { interpretImportedDue } from '../library/queries/tracker';
import { judgeAtImport, type KnownPassages } from '../library/queries/what-is-new';
import { mergeRecentBuckets, recentBucketsFull, STORING_STEP_ENTRIES } from '../library/queries/passage-buckets';
import { inTransaction } from '../library/statements';
import { fileUnderItem, replaceAttendance, writeAgendaItems, writeMeeting } from '../library/meetings/write-meeting';
import { needsChasing } from '../tracker/needs-chasing';
import { proposeFollowUps } from './propose-follow-ups';
import { matchOutcomes } from './same-outcome';
import type { ParsedDocument } from './parse-document';

export { UNNAMED_COMMITTEE } from '../library/meetings/write-meeting';

export interface StoredDocument {
  outcome: 'imported' | 'new-version' | 'duplicate';
  meetingId: number;
  documentId: number;
  version: number;
}

const MEDIA_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html',
  text: 'text/plain',
} as const;

export function contentHash(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The document already in the library with exactly these bytes, if any. */
export function findByHash(db: Db, hash: string): StoredDocument | null {
  const row = paperWithHash(db, hash);
  return row ? { outcome: 'duplicate', ...row } : null;
}

/**
 * Writes one parsed document and what it says about its meeting, all in one
 * transaction: the library holds all of it or none of it. The meeting, its items
 * and attendance go through the one writer of meetings (library/meetings), by the
 * same rules as the council's website. Which of its paragraphs are new is worked
 * out here too, so that "What is new?" opens at once.
 */
export function storeDocument(
  db: Db,
  parsed: ParsedDocument,
  file: { name: string; data: Uint8Array },
  target?: { meetingId: number },
): StoredDocument {
  const hash = contentHash(file.data);
  return inTransaction(db, (): StoredDocument => {
    const existing = findByHash(db, hash);
    if (existing) return existing;
    const source = parsed.kind === 'minutes' ? 'minutes' : 'paper';
    const meetingId =
      target?.meetingId ??
      (parsed.committee === null ? meetingOfRepublished(db, parsed.title, file.name) : null) ??
      writeMeeting(
        db,
        {
          committee: parsed.committee,
          council: parsed.council,
          date: parsed.date,
          time: parsed.time,
          venue: parsed.venue,
        },
        source,
      );
    const { documentId, version } = paperFor(db, meetingId, parsed.title, parsed.kind);
    const versionId = addVersion(db, {
      documentId,
      version,
      hash,
      data: file.data,
      mediaType: MEDIA_TYPES[parsed.format],
      fileName: file.name,
      pageCount: parsed.pageCount,
      warnings: parsed.warnings,
    });
    addPrintedPages(db, versionId, parsed.printedPages ?? []);
    const blockIds = addBlocks(db, versionId, parsed.blocks);
    const itemIds = writeAgendaItems(db, meetingId, itemsOf(parsed), source);
    if (parsed.items.length === 1 && parsed.title.startsWith('Minute: ')) {
      fileUnderItem(db, documentId, itemIds[0] ?? null);
    }
    tiePapersToAgendaItems(db, meetingId);
    markExemptOnImport(db, documentId, itemIds, parsed.exempt);
    if (parsed.attendance.length > 0) replaceAttendance(db, meetingId, parsed.attendance);
    insertOutcomes(db, { meetingId, documentId, versionId, blockIds, itemIds, parsed, fileName: file.name });
    addBoardRecommendations(
      db,
      versionId,
      parsed.recommendationsToBoard.map((r) => r.text),
    );
    if (version > 1) reanchorAnnotations(db, documentId);
    if (parsed.kind === 'minutes') proposeFollowUps(db, meetingId, blockIds, parsed);
    // Judged before its own passages are stored, which would otherwise be the first found.
    const { fullBuckets } = judgeAtImport(db, documentId, passagesByBlock(blockIds, parsed));
    addPassages(db, blockIds, parsed.passages, fullBuckets);
    // A long import (a whole archive) moves a step of the recent bucket entries with each paper once they are many.
    if (recentBucketsFull(db)) mergeRecentBuckets(db, STORING_STEP_ENTRIES);
    return { outcome: version > 1 ? 'new-version' : 'imported', meetingId, documentId, version };
  });
}

/** The passages the parser made, by stored block: "What is new?" need not cut them again. */
function passagesByBlock(blockIds: number[], parsed: ParsedDocument): KnownPassages {
  const byBlock = new Map<number, { words: number; shingles: Uint32Array; keys: Uint32Array }[]>();
  for (const p of parsed.passages) {
    const blockId = blockIds[p.blockIndex];
    if (blockId === undefined) continue;
    const list = byBlock.get(blockId) ?? [];
    list.push({ words: p.words, shingles: p.shingles, keys: p.buckets });
    byBlock.set(blockId, list);
  }
  return byBlock;
}

/** The paper's agenda items; only minutes give an item's minutes. */
function itemsOf(parsed: ParsedDocument) {
  return parsed.items.map((item) => ({
    number: item.number,
    minuteNumber: item.minuteNumber,
    title: item.title,
    presenters: item.presenters,
    topics: item.topics,
    minuteText:
      parsed.kind === 'minutes'
        ? parsed.blocks
            .slice(item.start + 1, item.end)
            .map((b) => b.text)
            .filter((t) => !/^\(item \d+[a-z]?\)$/i.test(t))
            .join('\n\n')
        : null,
  }));
}

interface OutcomeContext {
  meetingId: number;
  documentId: number;
  versionId: number;
  blockIds: number[];
  itemIds: number[];
  parsed: ParsedDocument;
  fileName: string;
}

/**
 * New outcomes open with a first history entry. An outcome the meeting already
 * has (same words, from any paper or the council's website) is not added again:
 * from an earlier version of the same paper it moves to the new version's
 * blocks, from another source it stays as it is. None is ever deleted.
 */
function insertOutcomes(db: Db, context: OutcomeContext): void {
  const { meetingId, documentId, versionId, blockIds, itemIds, parsed, fileName } = context;
  const known = knownOutcomesOfMeeting(db, meetingId);
  const itemOf = (index: number | null) => (index === null ? null : (itemIds[index] ?? null));
  const matches = matchOutcomes(
    known,
    parsed.outcomes.map((o) => ({ text: o.text, itemId: itemOf(o.itemIndex), quote: o.quote })),
  );
  let position = nextOutcomePosition(db, meetingId);
  for (const [index, outcome] of parsed.outcomes.entries()) {
    const blockId = blockIds[outcome.blockIndex] ?? null;
    const match = matches[index] ?? 'new';
    if (match !== 'new') {
      if (match !== 'repeat' && match.documentId === documentId) {
        moveOutcomeSource(db, match.id, { versionId, blockId, quote: outcome.quote });
      }
      continue;
    }
    const id = addImportedOutcome(db, {
      meetingId,
      itemId: itemOf(outcome.itemIndex),
      position: position++,
      kind: outcome.kind,
      text: outcome.text,
      versionId,
      blockId,
      quote: outcome.quote,
      owner: outcome.owner,
      dueHint: outcome.dueHint,
      needsChasing: needsChasing(outcome.kind, outcome.text),
      note: `Found in ${fileName} when it was imported.`,
    });
    if (outcome.dueHint) interpretImportedDue(db, id, outcome.dueHint);
  }
}
