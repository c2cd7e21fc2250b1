import { createHash } from 'node:crypto';
import type { Db } from '../library/open-library';
import { reanchorAnnotations } from '../library/queries/annotations';
import { markExemptOnImport } from '../library/queries/confidential';
import { meetingOfRepublished } from '../library/queries/republished';
import { tiePapersToAgendaItems } from '../library/queries/tie-to-agenda-item';
import { interpretImportedDue } from '../library/queries/tracker';
import { needsChasing } from '../tracker/needs-chasing';
import { proposeFollowUps } from './propose-follow-ups';
import { matchOutcomes, type KnownOutcome } from './same-outcome';
import type { ParsedDocument } from './parse-document';

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

/** The committee a meeting is filed under when its papers do not name one. */
export const UNNAMED_COMMITTEE = 'Committee not named in the papers';

export function contentHash(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The document already in the library with exactly these bytes, if any. */
export function findByHash(db: Db, hash: string): StoredDocument | null {
  const row = db
    .prepare(
      `SELECT d.meeting_id AS meetingId, d.id AS documentId, v.version
      FROM document_version v JOIN document d ON d.id = v.document_id WHERE v.file_hash = ? LIMIT 1`,
    )
    .get(hash) as Omit<StoredDocument, 'outcome'> | undefined;
  return row ? { outcome: 'duplicate', ...row } : null;
}

/**
 * Writes one parsed document and what it says about its meeting, all in one
 * transaction: the library holds all of it or none of it.
 */
export function storeDocument(
  db: Db,
  parsed: ParsedDocument,
  file: { name: string; data: Uint8Array },
  target?: { meetingId: number },
): StoredDocument {
  const hash = contentHash(file.data);
  return db.transaction((): StoredDocument => {
    const existing = findByHash(db, hash);
    if (existing) return existing;
    const meetingId =
      target?.meetingId ??
      (parsed.committee === null ? meetingOfRepublished(db, parsed.title, file.name) : null) ??
      findOrCreateMeeting(db, parsed);
    const { documentId, version } = findOrCreateDocument(db, meetingId, parsed);

    db.prepare('INSERT OR IGNORE INTO original_file (hash, bytes, size, media_type) VALUES (?, ?, ?, ?)').run(
      hash,
      Buffer.from(file.data),
      file.data.length,
      MEDIA_TYPES[parsed.format],
    );
    const versionId = Number(
      db
        .prepare(
          'INSERT INTO document_version (document_id, version, file_hash, file_name, page_count, warnings) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(documentId, version, hash, file.name, parsed.pageCount, JSON.stringify(parsed.warnings)).lastInsertRowid,
    );
    // Only the latest version is searched.
    db.prepare(
      'UPDATE block SET current = 0 WHERE current = 1 AND version_id IN (SELECT id FROM document_version WHERE document_id = ? AND id <> ?)',
    ).run(documentId, versionId);
    const blockIds = insertBlocks(db, versionId, parsed);
    insertPassages(db, blockIds, parsed);
    const itemIds = mergeAgendaItems(db, meetingId, parsed);
    if (parsed.items.length === 1 && parsed.title.startsWith('Minute: ')) {
      db.prepare('UPDATE document SET agenda_item_id = ? WHERE id = ?').run(itemIds[0] ?? null, documentId);
    }
    tiePapersToAgendaItems(db, meetingId);
    markExemptOnImport(db, documentId, itemIds, parsed.exempt);
    if (parsed.attendance.length > 0) replaceAttendance(db, meetingId, parsed);
    insertOutcomes(db, { meetingId, documentId, versionId, blockIds, itemIds, parsed, fileName: file.name });
    const recommend = db.prepare('INSERT INTO board_recommendation (version_id, position, text) VALUES (?, ?, ?)');
    parsed.recommendationsToBoard.forEach((r, i) => recommend.run(versionId, i, r.text));
    if (version > 1) reanchorAnnotations(db, documentId);
    if (parsed.kind === 'minutes') proposeFollowUps(db, meetingId, blockIds, parsed);
    return { outcome: version > 1 ? 'new-version' : 'imported', meetingId, documentId, version };
  })();
}

function findOrCreateMeeting(db: Db, parsed: ParsedDocument): number {
  const name = (parsed.committee ?? UNNAMED_COMMITTEE).replace(/’/g, "'");
  db.prepare('INSERT INTO committee (name, council) VALUES (?, ?) ON CONFLICT (name) DO NOTHING').run(
    name,
    parsed.council ?? '',
  );
  const committee = db.prepare('SELECT id, council FROM committee WHERE name = ?').get(name) as {
    id: number;
    council: string;
  };
  if (!committee.council && parsed.council) {
    db.prepare('UPDATE committee SET council = ? WHERE id = ?').run(parsed.council, committee.id);
  }
  const meeting =
    parsed.date === null
      ? undefined
      : (db.prepare('SELECT id FROM meeting WHERE committee_id = ? AND date = ?').get(committee.id, parsed.date) as
          { id: number } | undefined);
  if (meeting) {
    db.prepare('UPDATE meeting SET time = COALESCE(time, ?), venue = COALESCE(venue, ?) WHERE id = ?').run(
      parsed.time,
      parsed.venue,
      meeting.id,
    );
    return meeting.id;
  }
  return Number(
    db
      .prepare('INSERT INTO meeting (committee_id, date, time, venue) VALUES (?, ?, ?, ?)')
      .run(committee.id, parsed.date, parsed.time, parsed.venue).lastInsertRowid,
  );
}

function findOrCreateDocument(
  db: Db,
  meetingId: number,
  parsed: ParsedDocument,
): { documentId: number; version: number } {
  const existing = db
    .prepare(
      `SELECT d.id, (SELECT MAX(version) FROM document_version WHERE document_id = d.id) AS latest
      FROM document d WHERE d.meeting_id = ? AND d.title = ?`,
    )
    .get(meetingId, parsed.title) as { id: number; latest: number | null } | undefined;
  if (existing) return { documentId: existing.id, version: (existing.latest ?? 0) + 1 };
  const documentId = Number(
    db
      .prepare('INSERT INTO document (meeting_id, title, kind) VALUES (?, ?, ?)')
      .run(meetingId, parsed.title, parsed.kind).lastInsertRowid,
  );
  return { documentId, version: 1 };
}

/** Blocks with their place in the full text and an id that survives re-publication. */
function insertBlocks(db: Db, versionId: number, parsed: ParsedDocument): number[] {
  const insert = db.prepare(
    'INSERT INTO block (version_id, position, stable_id, kind, level, text, page, start_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const seen = new Map<string, number>();
  let offset = 0;
  return parsed.blocks.map((block, position) => {
    const digest = createHash('sha1').update(block.text).digest('hex').slice(0, 12);
    const occurrence = seen.get(digest) ?? 0;
    seen.set(digest, occurrence + 1);
    const id = Number(
      insert.run(
        versionId,
        position,
        `${digest}-${occurrence}`,
        block.kind,
        block.level ?? null,
        block.text,
        block.page,
        offset,
      ).lastInsertRowid,
    );
    offset += block.text.length + 2;
    return id;
  });
}

/** Adds the document's agenda items to the meeting's, matching by number or title. */
function mergeAgendaItems(db: Db, meetingId: number, parsed: ParsedDocument): number[] {
  const existing = db
    .prepare('SELECT id, number, title, position FROM agenda_item WHERE meeting_id = ? ORDER BY position')
    .all(meetingId) as { id: number; number: string | null; title: string; position: number }[];
  let nextPosition = (existing.at(-1)?.position ?? -1) + 1;
  const same = (a: string, b: string) => a.toLowerCase().replace(/\W+/g, '') === b.toLowerCase().replace(/\W+/g, '');
  return parsed.items.map((item) => {
    const minuteText = parsed.blocks
      .slice(item.start + 1, item.end)
      .map((b) => b.text)
      .filter((t) => !/^\(item \d+[a-z]?\)$/i.test(t))
      .join('\n\n');
    const match = existing.find((e) => (item.number !== null && e.number === item.number) || same(e.title, item.title));
    let id: number;
    if (match) {
      id = match.id;
      db.prepare(
        `UPDATE agenda_item SET presenters = COALESCE(presenters, ?), minute_number = COALESCE(minute_number, ?),
          minute_text = CASE WHEN ? = 'minutes' THEN ? ELSE COALESCE(minute_text, ?) END WHERE id = ?`,
      ).run(item.presenters, item.minuteNumber, parsed.kind, minuteText, minuteText || null, id);
    } else {
      id = Number(
        db
          .prepare(
            'INSERT INTO agenda_item (meeting_id, position, number, minute_number, title, presenters, minute_text) VALUES (?, ?, ?, ?, ?, ?, ?)',
          )
          .run(
            meetingId,
            nextPosition++,
            item.number,
            item.minuteNumber,
            item.title,
            item.presenters,
            parsed.kind === 'minutes' ? minuteText : null,
          ).lastInsertRowid,
      );
    }
    if (item.topics.length > 0) {
      db.prepare('DELETE FROM agenda_item_topic WHERE agenda_item_id = ?').run(id);
      const insert = db.prepare('INSERT INTO agenda_item_topic (agenda_item_id, position, text) VALUES (?, ?, ?)');
      item.topics.forEach((topic, i) => insert.run(id, i, topic));
    }
    return id;
  });
}

/** Minutes say who was there; the latest minutes are the record. */
function replaceAttendance(db: Db, meetingId: number, parsed: ParsedDocument): void {
  db.prepare('DELETE FROM attendance WHERE meeting_id = ?').run(meetingId);
  const insert = db.prepare(
    'INSERT INTO attendance (meeting_id, position, name, role, is_chair, detail) VALUES (?, ?, ?, ?, ?, ?)',
  );
  parsed.attendance.forEach((a, i) => insert.run(meetingId, i, a.name, a.role, a.isChair ? 1 : 0, a.detail));
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
  const known = db
    .prepare(
      `SELECT o.id, o.text, o.agenda_item_id AS itemId, v.document_id AS documentId
      FROM outcome o LEFT JOIN document_version v ON v.id = o.source_version_id WHERE o.meeting_id = ?`,
    )
    .all(meetingId) as (KnownOutcome & { documentId: number | null })[];
  const itemOf = (index: number | null) => (index === null ? null : (itemIds[index] ?? null));
  const matches = matchOutcomes(
    known,
    parsed.outcomes.map((o) => ({ text: o.text, itemId: itemOf(o.itemIndex) })),
  );
  let position = (
    db.prepare('SELECT COALESCE(MAX(position), -1) + 1 AS next FROM outcome WHERE meeting_id = ?').get(meetingId) as {
      next: number;
    }
  ).next;
  const insert = db.prepare(
    `INSERT INTO outcome (meeting_id, agenda_item_id, position, kind, text, source_version_id, source_block_id, source_quote, owner, due_hint, needs_chasing)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const history = db.prepare("INSERT INTO outcome_status_change (outcome_id, status, note) VALUES (?, 'open', ?)");
  const move = db.prepare(
    'UPDATE outcome SET source_version_id = ?, source_block_id = ?, source_quote = ? WHERE id = ?',
  );
  for (const [index, outcome] of parsed.outcomes.entries()) {
    const blockId = blockIds[outcome.blockIndex] ?? null;
    const match = matches[index] ?? 'new';
    if (match !== 'new') {
      if (match !== 'repeat' && match.documentId === documentId) move.run(versionId, blockId, outcome.quote, match.id);
      continue;
    }
    const itemId = itemOf(outcome.itemIndex);
    const id = Number(
      insert.run(
        meetingId,
        itemId,
        position++,
        outcome.kind,
        outcome.text,
        versionId,
        blockId,
        outcome.quote,
        outcome.owner,
        outcome.dueHint,
        needsChasing(outcome.kind, outcome.text) ? 1 : 0,
      ).lastInsertRowid,
    );
    history.run(id, `Found in ${fileName} when it was imported.`);
    if (outcome.dueHint) interpretImportedDue(db, id, outcome.dueHint);
  }
}

const BAND_SPAN = 2 ** 30;

function insertPassages(db: Db, blockIds: number[], parsed: ParsedDocument): void {
  const passage = db.prepare('INSERT INTO passage (block_id, words, shingles) VALUES (?, ?, ?)');
  const bucket = db.prepare('INSERT OR IGNORE INTO passage_bucket (bucket, passage_id) VALUES (?, ?)');
  const entries: [number, number | bigint][] = [];
  for (const p of parsed.passages) {
    const blockId = blockIds[p.blockIndex];
    if (blockId === undefined) continue;
    const id = passage.run(
      blockId,
      p.words,
      Buffer.from(p.shingles.buffer, p.shingles.byteOffset, p.shingles.byteLength),
    ).lastInsertRowid;
    p.buckets.forEach((key, band) => entries.push([band * BAND_SPAN + key, id]));
  }
  // In bucket order: a large library's bucket index is millions of rows, and neighbouring
  // inserts then share pages instead of each reading a page of its own.
  entries.sort((a, b) => a[0] - b[0]);
  for (const [key, id] of entries) bucket.run(key, id);
}
