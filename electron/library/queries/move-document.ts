import { ApiError } from '../../../shared/api/errors';
import { localDate } from '../../../shared/local-date';
import type { MeetingChoice, MeetingChoices, MovedDocument } from '../../../shared/domain';
import { UNNAMED_COMMITTEE } from '../../importing/store-document';
import type { Db } from '../open-library';
import { inTransaction, prepared } from '../statements';
import { tieToAgendaItem } from './tie-to-agenda-item';

const MEETING_CHOICE = `SELECT m.id, c.name AS committee, m.date, c.name = ? AS unnamed
  FROM meeting m JOIN committee c ON c.id = m.committee_id`;

type ChoiceRow = Omit<MeetingChoice, 'committeeUnknown'> & { unnamed: number };
const choice = (r: ChoiceRow): MeetingChoice => ({
  id: r.id,
  committee: r.committee,
  date: r.date,
  committeeUnknown: r.unnamed === 1,
});

/** Days between two ISO dates. */
const daysApart = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

/**
 * Where a paper is filed, whether its meeting is known (its papers named the committee
 * and the date), and the meetings it might belong to: the same committee first, then the
 * nearest dates.
 */
export function meetingChoices(db: Db, documentId: number): MeetingChoices {
  const document = prepared(db, 'SELECT meeting_id AS meetingId FROM document WHERE id = ?').get(documentId) as
    { meetingId: number } | undefined;
  if (!document) throw new ApiError('not-found', 'That paper is no longer in the library.');
  const all = (
    prepared(db, `${MEETING_CHOICE} ORDER BY c.name COLLATE NOCASE, m.date DESC`).all(UNNAMED_COMMITTEE) as ChoiceRow[]
  ).map(choice);
  const current = all.find((m) => m.id === document.meetingId) as MeetingChoice;
  const others = all.filter((m) => m.id !== current.id && !m.committeeUnknown);
  const near = current.date ?? localDate();
  const likely = others
    .map((m) => ({
      m,
      sameCommittee: !current.committeeUnknown && m.committee === current.committee ? 0 : 1,
      apart: m.date === null ? Number.MAX_VALUE : daysApart(m.date, near),
    }))
    .sort((a, b) => a.sameCommittee - b.sameCommittee || a.apart - b.apart)
    .slice(0, 5)
    .map((x) => x.m);
  return {
    current,
    meetingKnown: !current.committeeUnknown && current.date !== null,
    likely,
    all: others,
  };
}

/**
 * Moves a paper, every version of it, to another meeting. Its notes go with it (they
 * belong to the paper), and so do the questions drafted from them and the outcomes read
 * from it. It is put under the agenda item of the new meeting that its title or first
 * page names. A meeting of an unnamed committee left with nothing in it is removed.
 */
export function moveDocument(db: Db, documentId: number, meetingId: number): MovedDocument {
  return inTransaction(db, (): MovedDocument => {
    const document = prepared(db, 'SELECT meeting_id AS meetingId, title FROM document WHERE id = ?').get(
      documentId,
    ) as { meetingId: number; title: string } | undefined;
    if (!document) throw new ApiError('not-found', 'That paper is no longer in the library.');
    if (!prepared(db, 'SELECT 1 FROM meeting WHERE id = ?').get(meetingId)) {
      throw new ApiError('not-found', 'That meeting is no longer in the library.');
    }
    const from = document.meetingId;
    if (from !== meetingId) {
      const clash = prepared(db, 'SELECT 1 FROM document WHERE meeting_id = ? AND title = ?').get(
        meetingId,
        document.title,
      );
      if (clash) {
        throw new ApiError(
          'invalid-input',
          `That meeting already has a paper called “${document.title}”. Nothing was moved.`,
        );
      }
      prepared(db, 'UPDATE document SET meeting_id = ?, agenda_item_id = NULL WHERE id = ?').run(meetingId, documentId);
      const versions = 'SELECT id FROM document_version WHERE document_id = ?';
      prepared(
        db,
        `UPDATE outcome SET meeting_id = ?, agenda_item_id = NULL WHERE meeting_id = ? AND source_version_id IN (${versions})`,
      ).run(meetingId, from, documentId);
      prepared(
        db,
        `UPDATE question SET meeting_id = ?, agenda_item_id = NULL
        WHERE meeting_id = ? AND annotation_id IN (SELECT id FROM annotation WHERE document_id = ?)`,
      ).run(meetingId, from, documentId);
      removeIfEmptyAndUnnamed(db, from);
    }
    const itemId = tieToAgendaItem(db, documentId);
    if (itemId !== null) {
      prepared(
        db,
        'UPDATE question SET agenda_item_id = ? WHERE agenda_item_id IS NULL AND annotation_id IN (SELECT id FROM annotation WHERE document_id = ?)',
      ).run(itemId, documentId);
    }
    const item =
      itemId === null
        ? undefined
        : (prepared(db, 'SELECT title FROM agenda_item WHERE id = ?', true).get(itemId) as string);
    return { meetingId, agendaItem: item ?? null };
  });
}

function removeIfEmptyAndUnnamed(db: Db, meetingId: number): void {
  const empty = prepared(
    db,
    `SELECT 1 FROM meeting m JOIN committee c ON c.id = m.committee_id WHERE m.id = ? AND c.name = ?
        AND NOT EXISTS (SELECT 1 FROM document WHERE meeting_id = m.id)
        AND NOT EXISTS (SELECT 1 FROM outcome WHERE meeting_id = m.id)
        AND NOT EXISTS (SELECT 1 FROM question WHERE meeting_id = m.id)`,
  ).get(meetingId, UNNAMED_COMMITTEE);
  if (empty) prepared(db, 'DELETE FROM meeting WHERE id = ?').run(meetingId);
}
