import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSharedFixture, newParagraphsOf } from '../helpers/library-calls';
import { createTempLibrary, type TempLibrary } from '../helpers/temp-library';

let library: TempLibrary;
const ids: Record<string, number> = {};

const importFile = (name: string) => importSharedFixture(library, name);

const newParagraphs = (documentId: number) => newParagraphsOf(library, documentId);

async function textOf(documentId: number, blockId: number): Promise<string> {
  const result = await library.dispatch('getDocumentText', { documentId });
  const blocks = (result as { value: { blocks: { id: number; text: string }[] } }).value.blocks;
  return blocks.find((b) => b.id === blockId)?.text ?? '';
}

beforeAll(async () => {
  library = createTempLibrary();
  // Imported in the "wrong" order on purpose: earlier means an earlier meeting, not an earlier import.
  ids.agendaItem = await importFile('coventry-ecs-agenda-item-2021-children-services-improvement.txt');
  ids.briefingNote = await importFile('coventry-ecs-briefing-note-2018-07-19-improvement-plan.txt');
});
afterAll(() => library.cleanup());

describe('what is new in a paper', () => {
  it('is worked out when each paper is imported, so opening it is a lookup', () => {
    // Before anyone opens "What is new?": the import kept every paper's answer, and the
    // 2021 paper was judged again when the earlier 2018 note arrived after it.
    const kept = (documentId: number) =>
      library.db
        .prepare(
          `SELECT COUNT(*) AS judged, COUNT(n.earlier_block_id) AS repeated FROM paragraph_novelty n
          JOIN document_version v ON v.id = n.version_id WHERE v.document_id = ?`,
        )
        .get(documentId) as { judged: number; repeated: number };
    expect(kept(ids.agendaItem as number)).toMatchObject({ repeated: 3 });
    expect(kept(ids.agendaItem as number).judged).toBeGreaterThan(3);
    expect(kept(ids.briefingNote as number)).toMatchObject({ repeated: 0 });
  });

  it('opens from what was kept, without judging the paper again', async () => {
    const judgedAt = () =>
      library.db.prepare('SELECT version_id, judged_at FROM version_novelty ORDER BY version_id').all();
    const before = judgedAt();
    expect(before).toHaveLength(2);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect((await newParagraphs(ids.agendaItem as number)).fresh).toBeGreaterThan(0);
    await newParagraphs(ids.briefingNote as number);
    expect(judgedAt()).toEqual(before);
  });

  it('marks the 2021 paragraphs already reported in the 2018 briefing note, and no others', async () => {
    const result = await newParagraphs(ids.agendaItem as number);
    const repeated = await Promise.all(
      result.paragraphs.filter((p) => p.reportedBefore).map((p) => textOf(ids.agendaItem as number, p.blockId)),
    );
    expect(repeated.map((t) => t.slice(0, 30))).toEqual([
      'Ofsted re-inspected Children’s',
      'The Leader of the Council and ',
      'The report explained that Cove',
    ]);
    for (const p of result.paragraphs.filter((x) => x.reportedBefore)) {
      expect(p.reportedBefore).toMatchObject({
        documentId: ids.briefingNote,
        meetingDate: '2018-07-19',
        documentTitle: 'Progress on Children’s Services Improvement Plan',
      });
    }
    expect(result.judged).toBeGreaterThan(result.fresh);
    expect(result.fresh).toBe(result.judged - 3);
  });

  it('finds nothing reported before in the earliest paper', async () => {
    const result = await newParagraphs(ids.briefingNote as number);
    expect(result.paragraphs.filter((p) => p.reportedBefore)).toEqual([]);
    expect(result.fresh).toBe(result.judged);
  });
});
