import type { OutcomeKind } from '../../../shared/domain';
import type { Db } from '../open-library';
import { all, insert, run, sql, value } from '../statements';

export interface KnownOutcomeRow {
  id: number;
  text: string;
  itemId: number | null;
  /** The paper it was found in, or null if it came from elsewhere (the site). */
  documentId: number | null;
}

/** The meeting's outcomes so far, to match a new paper's against. */
export function knownOutcomesOfMeeting(db: Db, meetingId: number): KnownOutcomeRow[] {
  return all<KnownOutcomeRow>(
    db,
    sql`SELECT o.id, o.text, o.agenda_item_id AS itemId, v.document_id AS documentId
      FROM outcome o LEFT JOIN document_version v ON v.id = o.source_version_id WHERE o.meeting_id = ${meetingId}`,
  );
}

export function nextOutcomePosition(db: Db, meetingId: number): number {
  return (
    value<number>(db, sql`SELECT COALESCE(MAX(position), -1) + 1 FROM outcome WHERE meeting_id = ${meetingId}`) ?? 0
  );
}

export interface ImportedOutcome {
  meetingId: number;
  itemId: number | null;
  position: number;
  kind: OutcomeKind;
  text: string;
  versionId: number;
  blockId: number | null;
  quote: string | null;
  owner: string | null;
  dueHint: string | null;
  needsChasing: boolean;
  /** The first entry of its history. */
  note: string;
}

/** A new outcome, open, with the first entry of its history. */
export function addImportedOutcome(db: Db, o: ImportedOutcome): number {
  const id = insert(
    db,
    sql`INSERT INTO outcome (meeting_id, agenda_item_id, position, kind, text, source_version_id, source_block_id,
        source_quote, owner, due_hint, needs_chasing)
      VALUES (${o.meetingId}, ${o.itemId}, ${o.position}, ${o.kind}, ${o.text}, ${o.versionId}, ${o.blockId},
        ${o.quote}, ${o.owner}, ${o.dueHint}, ${o.needsChasing ? 1 : 0})`,
  );
  run(db, sql`INSERT INTO outcome_status_change (outcome_id, status, note) VALUES (${id}, 'open', ${o.note})`);
  return id;
}

/** Points an outcome at where a newer version of its paper says it. */
export function moveOutcomeSource(
  db: Db,
  outcomeId: number,
  source: { versionId: number; blockId: number | null; quote: string | null },
): void {
  run(
    db,
    sql`UPDATE outcome SET source_version_id = ${source.versionId}, source_block_id = ${source.blockId},
      source_quote = ${source.quote} WHERE id = ${outcomeId}`,
  );
}

/** The meeting's date and committee, for finding what its minutes follow up. */
export function meetingForFollowUps(
  db: Db,
  meetingId: number,
): { date: string | null; committee: string; committeeId: number } | undefined {
  return all<{ date: string | null; committee: string; committeeId: number }>(
    db,
    sql`SELECT m.date, c.name AS committee, m.committee_id AS committeeId
      FROM meeting m JOIN committee c ON c.id = m.committee_id WHERE m.id = ${meetingId}`,
  )[0];
}

export interface EarlierOutcomeRow {
  id: number;
  meetingId: number;
  meetingDate: string;
  kind: OutcomeKind;
  text: string;
  itemTitle: string | null;
  minute: string | null;
}

/** The committee's earlier outcomes that still need chasing. */
export function earlierOutcomesToChase(db: Db, committeeId: number, before: string): EarlierOutcomeRow[] {
  return all<EarlierOutcomeRow>(
    db,
    sql`SELECT o.id, o.meeting_id AS meetingId, m.date AS meetingDate, o.kind, o.text,
        i.title AS itemTitle, COALESCE(i.minute_number, i.number) AS minute
      FROM outcome o JOIN meeting m ON m.id = o.meeting_id LEFT JOIN agenda_item i ON i.id = o.agenda_item_id
      WHERE m.committee_id = ${committeeId} AND m.date < ${before} AND o.needs_chasing = 1`,
  );
}

export interface ProposalRow {
  outcomeId: number;
  blockId: number;
  reason: string;
  quote: string;
  explanation: string;
  confidence: number;
}

/** A passage proposed as evidence on an outcome, for the chair to accept or reject. */
export function proposeEvidence(db: Db, p: ProposalRow): void {
  run(
    db,
    sql`INSERT OR IGNORE INTO outcome_proposal (outcome_id, block_id, reason, quote, explanation, confidence)
      VALUES (${p.outcomeId}, ${p.blockId}, ${p.reason}, ${p.quote}, ${p.explanation}, ${p.confidence})`,
  );
}
