import type { Db } from '../open-library';
import { prepared } from '../statements';

const words = (text: string) => text.toLowerCase().replace(/[’']/g, '').replace(/\W+/g, ' ').trim();
/** Item titles shorter than this ("Minutes", "Apologies") say too little to match a paper by. */
const SHORTEST_TITLE = 8;

/**
 * The agenda item a paper without one belongs to, by its title ("Supplement: Home to
 * School Transport") or its first page naming an item. Agendas and minutes belong to the
 * meeting. Returns the item's id, or null when nothing matches.
 */
export function tieToAgendaItem(db: Db, documentId: number): number | null {
  const document = prepared(
    db,
    'SELECT meeting_id AS meetingId, agenda_item_id AS itemId, title, kind FROM document WHERE id = ?',
  ).get(documentId) as { meetingId: number; itemId: number | null; title: string; kind: string } | undefined;
  if (!document || document.itemId !== null || document.kind === 'agenda' || document.kind === 'minutes') return null;
  const items = (
    prepared(db, 'SELECT id, title FROM agenda_item WHERE meeting_id = ?').all(document.meetingId) as {
      id: number;
      title: string;
    }[]
  )
    .map((i) => ({ id: i.id, title: words(i.title) }))
    .filter((i) => i.title.length >= SHORTEST_TITLE)
    // The longest title first: "Budget Monitoring Quarter 2" before "Budget".
    .sort((a, b) => b.title.length - a.title.length);
  if (items.length === 0) return null;

  const title = words(document.title);
  const firstPage = words(
    (
      prepared(
        db,
        `SELECT b.text FROM block b
          WHERE b.version_id = (SELECT id FROM document_version WHERE document_id = ? ORDER BY version DESC LIMIT 1)
            AND (b.page IS NULL OR b.page <= (SELECT MIN(page) FROM block WHERE version_id = b.version_id))
          ORDER BY b.position LIMIT 60`,
        true,
      ).all(documentId) as string[]
    ).join(' '),
  );
  const match =
    items.find((i) => title.includes(i.title) || (title.length >= SHORTEST_TITLE && i.title.includes(title))) ??
    items.find((i) => firstPage.includes(i.title));
  if (!match) return null;
  prepared(db, 'UPDATE document SET agenda_item_id = ? WHERE id = ?').run(match.id, documentId);
  return match.id;
}

/**
 * Ties each supplement of the meeting that has no agenda item yet (an agenda may come
 * after its supplements). Other papers keep where the importer filed them; a paper the
 * member moves is tied whatever its kind.
 */
export function tiePapersToAgendaItems(db: Db, meetingId: number): void {
  const loose = prepared(
    db,
    "SELECT id FROM document WHERE meeting_id = ? AND agenda_item_id IS NULL AND kind = 'supplement'",
    true,
  ).all(meetingId) as number[];
  for (const id of loose) tieToAgendaItem(db, id);
}
