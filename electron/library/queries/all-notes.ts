import { prepared } from '../statements';
import type { Annotation, Question } from '../../../shared/domain';
import type { Db } from '../open-library';
import { listAnnotations } from './annotations';
import { documentIsConfidential } from './confidential';
import { questionWorkspace } from './questions';

export interface PaperNotes {
  title: string;
  fileHash: string;
  confidential: boolean;
  annotations: Annotation[];
}

export interface MeetingNotes {
  committee: string;
  meetingDate: string | null;
  papers: PaperNotes[];
  questions: (Question & { uuid: string })[];
}

/** Every note and drafted question in the library, meeting by meeting (oldest first), empty meetings left out. */
export function allNotes(db: Db): MeetingNotes[] {
  const meetings = prepared(
    db,
    `SELECT m.id, c.name AS committee, m.date AS meetingDate FROM meeting m JOIN committee c ON c.id = m.committee_id
      WHERE EXISTS (SELECT 1 FROM question q WHERE q.meeting_id = m.id)
        OR EXISTS (SELECT 1 FROM annotation a JOIN document d ON d.id = a.document_id
          WHERE d.meeting_id = m.id AND a.deleted_at IS NULL)
      ORDER BY m.date IS NULL, m.date, c.name COLLATE NOCASE`,
  ).all() as { id: number; committee: string; meetingDate: string | null }[];
  const papers = prepared(
    db,
    `SELECT d.id, d.title, ${documentIsConfidential('d')} AS confidential,
      (SELECT file_hash FROM document_version WHERE document_id = d.id ORDER BY version DESC LIMIT 1) AS fileHash
    FROM document d WHERE d.meeting_id = ? ORDER BY d.id`,
  );
  const uuidOf = prepared(db, 'SELECT uuid FROM question WHERE id = ?', true);
  return meetings.map((m) => ({
    committee: m.committee,
    meetingDate: m.meetingDate,
    papers: (papers.all(m.id) as { id: number; title: string; confidential: number; fileHash: string }[])
      .map((p) => ({ ...p, confidential: p.confidential === 1, annotations: listAnnotations(db, p.id) }))
      .filter((p) => p.annotations.length > 0),
    questions: questionWorkspace(db, m.id).questions.map((q) => ({ ...q, uuid: uuidOf.get(q.id) as string })),
  }));
}
