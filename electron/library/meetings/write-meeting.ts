import type { AttendanceRole } from '../../../shared/domain';
import type { Db } from '../open-library';
import { insert, one, run, sql, values, all } from '../statements';
import {
  ITEM_RULES,
  MEETING_RULES,
  committeeName,
  decide,
  matchItem,
  type KnownItem,
  type MeetingSource,
} from './meeting-rules';

/** The committee a meeting is filed under when its papers do not name one. */
export const UNNAMED_COMMITTEE = 'Committee not named in the papers';

export interface MeetingFacts {
  committee: string | null;
  council: string | null;
  date: string | null;
  time: string | null;
  venue: string | null;
  status?: 'scheduled' | 'held' | 'cancelled';
  /** The meeting this source already knows as its own (the site's mapping), if any. */
  knownId?: number;
}

export interface ItemFacts {
  number: string | null;
  minuteNumber: string | null;
  title: string;
  presenters?: string | null;
  minuteText: string | null;
  /** Replaces the item's topics when there are any. */
  topics?: readonly string[];
}

export interface AttendanceFacts {
  name: string;
  role: AttendanceRole;
  isChair: boolean;
  detail: string | null;
}

/** The committee's id, added if new; its council is filled in if it was not known. */
export function committeeFor(db: Db, name: string | null, council: string | null): number {
  const filed = committeeName(name ?? UNNAMED_COMMITTEE) || UNNAMED_COMMITTEE;
  // Matched as filed, and also as an older library may have filed it (curly apostrophes).
  const found = one<{ id: number; council: string }>(
    db,
    sql`SELECT id, council FROM committee WHERE name = ${filed} OR replace(name, '’', '''') = ${filed} ORDER BY name = ${filed} DESC LIMIT 1`,
  );
  if (!found) return insert(db, sql`INSERT INTO committee (name, council) VALUES (${filed}, ${council ?? ''})`);
  if (!found.council && council) run(db, sql`UPDATE committee SET council = ${council} WHERE id = ${found.id}`);
  return found.id;
}

/**
 * The meeting these facts describe, found by the source's own mapping or by committee
 * and date (a meeting without a date is never merged), and brought up to date by
 * MEETING_RULES; added if new.
 */
export function writeMeeting(db: Db, facts: MeetingFacts, source: MeetingSource): number {
  const committeeId = committeeFor(db, facts.committee, facts.council);
  const sameDay =
    facts.date === null
      ? undefined
      : one<{ id: number }>(
          db,
          sql`SELECT id FROM meeting WHERE committee_id = ${committeeId} AND date = ${facts.date}`,
        )?.id;
  const id = facts.knownId ?? sameDay;
  const known =
    id === undefined
      ? undefined
      : one<{ date: string | null; time: string | null; venue: string | null; status: string }>(
          db,
          sql`SELECT date, time, venue, status FROM meeting WHERE id = ${id}`,
        );
  if (id === undefined || !known) {
    return insert(
      db,
      sql`INSERT INTO meeting (committee_id, date, time, venue, status)
        VALUES (${committeeId}, ${facts.date}, ${facts.time}, ${facts.venue}, ${facts.status ?? 'held'})`,
    );
  }
  const rules = MEETING_RULES[source];
  run(
    db,
    sql`UPDATE meeting SET date = ${decide(rules.date, known.date, facts.date)},
      time = ${decide(rules.time, known.time, facts.time)}, venue = ${decide(rules.venue, known.venue, facts.venue)},
      status = ${decide(rules.status, known.status, facts.status ?? null) ?? known.status} WHERE id = ${id}`,
  );
  return id;
}

/**
 * Adds a source's agenda items to the meeting's, each matched to a known one by
 * number or title (see matchItem) and updated by ITEM_RULES; returns their ids in order.
 * An item named twice is stored once.
 */
export function writeAgendaItems(
  db: Db,
  meetingId: number,
  items: readonly ItemFacts[],
  source: MeetingSource,
): number[] {
  const known = all<KnownItem & { position: number }>(
    db,
    sql`SELECT id, number, title, position FROM agenda_item WHERE meeting_id = ${meetingId} ORDER BY position`,
  );
  let nextPosition = (known.at(-1)?.position ?? -1) + 1;
  const claimed = new Map<number, string | null>();
  const rules = ITEM_RULES[source];
  return items.map((item) => {
    const minuteText = item.minuteText || null;
    const presenters = item.presenters ?? null;
    const match = matchItem(known, item, claimed);
    let id: number;
    if (match) {
      id = match.id;
      const row = one<{
        number: string | null;
        minuteNumber: string | null;
        title: string;
        presenters: string | null;
        minuteText: string | null;
      }>(
        db,
        sql`SELECT number, minute_number AS minuteNumber, title, presenters, minute_text AS minuteText FROM agenda_item WHERE id = ${id}`,
      );
      if (!row) throw new Error(`Agenda item ${id} vanished while it was written.`);
      const title = decide(rules.title, row.title, item.title) ?? row.title;
      const number = decide(rules.number, row.number, item.number);
      run(
        db,
        sql`UPDATE agenda_item SET number = ${number},
          minute_number = ${decide(rules.minute_number, row.minuteNumber, item.minuteNumber)}, title = ${title},
          presenters = ${decide(rules.presenters, row.presenters, presenters)},
          minute_text = ${decide(rules.minute_text, row.minuteText, minuteText)} WHERE id = ${id}`,
      );
      Object.assign(match, { number, title });
    } else {
      id = insert(
        db,
        sql`INSERT INTO agenda_item (meeting_id, position, number, minute_number, title, presenters, minute_text)
          VALUES (${meetingId}, ${nextPosition++}, ${item.number}, ${item.minuteNumber}, ${item.title}, ${presenters}, ${minuteText})`,
      );
      known.push({ id, number: item.number, title: item.title, position: nextPosition - 1 });
    }
    claimed.set(id, item.number);
    if (item.topics && item.topics.length > 0) replaceTopics(db, id, item.topics);
    return id;
  });
}

function replaceTopics(db: Db, itemId: number, topics: readonly string[]): void {
  run(db, sql`DELETE FROM agenda_item_topic WHERE agenda_item_id = ${itemId}`);
  topics.forEach((text, position) =>
    run(
      db,
      sql`INSERT INTO agenda_item_topic (agenda_item_id, position, text) VALUES (${itemId}, ${position}, ${text})`,
    ),
  );
}

/** Who was there: the latest record (minutes, or the site's) replaces the one before. */
export function replaceAttendance(db: Db, meetingId: number, attendance: readonly AttendanceFacts[]): void {
  run(db, sql`DELETE FROM attendance WHERE meeting_id = ${meetingId}`);
  attendance.forEach((a, position) =>
    run(
      db,
      sql`INSERT INTO attendance (meeting_id, position, name, role, is_chair, detail)
        VALUES (${meetingId}, ${position}, ${a.name}, ${a.role}, ${a.isChair ? 1 : 0}, ${a.detail})`,
    ),
  );
}

/** Files a paper under one of its meeting's items (or none). */
export function fileUnderItem(db: Db, documentId: number, itemId: number | null): void {
  run(db, sql`UPDATE document SET agenda_item_id = ${itemId} WHERE id = ${documentId}`);
}

export function meetingExists(db: Db, meetingId: number): boolean {
  return values(db, sql`SELECT 1 FROM meeting WHERE id = ${meetingId}`).length > 0;
}
