import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listMeetings, MEETINGS_WITH_COUNTS } from '../../electron/library/queries/meetings';
import { queryPlan } from '../../electron/library/statements';
import { importSamplePack } from '../helpers/sample-library';
import { createTempLibrary, type TempLibrary } from '../helpers/temp-library';

let library: TempLibrary;

beforeEach(async () => {
  library = createTempLibrary();
  await importSamplePack(library, new Date('2026-11-29T12:00:00Z'));
});
afterEach(() => library.cleanup());

describe('the list of meetings on the first screen', () => {
  it('counts each meeting’s papers, items and outcomes still to chase', () => {
    const [meeting] = listMeetings(library.db);
    expect(meeting?.documentCount).toBeGreaterThanOrEqual(1);
    expect(meeting?.itemCount).toBeGreaterThanOrEqual(1);
    expect(meeting?.openOutcomeCount).toBeGreaterThanOrEqual(0);
  });

  it('reads each meeting’s outcomes through the index by meeting, not every open outcome of the library once per meeting', () => {
    // With the library's statistics SQLite would otherwise walk the open outcomes: a second on ten years of meetings.
    const plan = queryPlan(library.db, MEETINGS_WITH_COUNTS);
    expect(plan.filter((step) => /\bo\b/.test(step) && /^SEARCH/.test(step))).toEqual([
      expect.stringContaining('outcome_by_meeting (meeting_id=?)'),
    ]);
  });
});
