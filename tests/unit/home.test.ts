import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { homeOverview } from '../../electron/library/queries/home';
import { followedCommitteeIds, setCommitteeFollowed } from '../../electron/library/queries/follows';
import { saveReadingPosition } from '../../electron/library/queries/document-text';
import { createQuestion } from '../../electron/library/queries/questions';
import { getMeeting } from '../../electron/library/queries/meetings';
import { SAMPLE_COMMITTEE } from '../../shared/sample-pack';
import { importSamplePack } from '../helpers/sample-library';
import { createTempLibrary, type TempLibrary } from '../helpers/temp-library';

const TODAY = '2026-11-29';
let library: TempLibrary;
let agendaId: number;

beforeEach(async () => {
  library = createTempLibrary();
  [agendaId] = (await importSamplePack(library, new Date(`${TODAY}T12:00:00Z`))) as [number];
});
afterEach(() => library.cleanup());

const sample = () => homeOverview(library.db, TODAY).committees.find((c) => c.name === SAMPLE_COMMITTEE);

describe('the home screen: what to do before the next meeting', () => {
  it('shows the next meeting with its date, venue, pack, unread papers and outstanding outcomes', () => {
    const committee = sample();
    expect(committee?.nextMeeting).toMatchObject({
      date: '2026-12-15',
      time: '18:30',
      venue: 'Committee Room 1, Sample Town Hall, High Street, Sampleton',
      papers: 1,
      unreadPapers: 1,
      questions: 0,
    });
    expect(committee?.lastMeeting?.date).toBe('2026-11-03');
    // Two resolutions and a work-programme request; the one due a week ago is overdue.
    expect(committee).toMatchObject({ outstanding: 3, overdue: 1, meetingCount: 2 });
  });

  it('takes today as the member’s own day: at half past midnight in summer time the meeting that day is still next', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Europe/London';
    // The sample's two meetings moved to summer: one yesterday (30 June), one today (1 July).
    library.db.prepare("UPDATE meeting SET date = '2026-07-01' WHERE date = '2026-12-15'").run();
    library.db.prepare("UPDATE meeting SET date = '2026-06-30' WHERE date = '2026-11-03'").run();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-06-30T23:30:00Z')); // 00:30 on 1 July in London
    try {
      const committee = homeOverview(library.db).committees.find((c) => c.name === SAMPLE_COMMITTEE);
      expect(committee?.nextMeeting?.date).toBe('2026-07-01');
      expect(committee?.lastMeeting?.date).toBe('2026-06-30');
    } finally {
      vi.useRealTimers();
      process.env.TZ = zone;
    }
  });

  it('counts the member’s questions for the next meeting, and a paper once opened is no longer new', () => {
    const meetingId = sample()?.nextMeeting?.id as number;
    createQuestion(library.db, { meetingId, text: 'How many branch libraries will close on Saturdays?' });
    expect(sample()?.nextMeeting?.questions).toBe(1);
    expect(getMeeting(library.db, meetingId).documents.map((d) => d.unread)).toEqual([true]);

    saveReadingPosition(library.db, agendaId, { view: 'text', textOffset: 0, page: 1 });
    expect(sample()?.nextMeeting?.unreadPapers).toBe(0);
    expect(getMeeting(library.db, meetingId).documents.map((d) => d.unread)).toEqual([false]);
  });

  it('shows every committee until the member follows one, then keeps the followed ones apart', () => {
    expect(homeOverview(library.db, TODAY)).toMatchObject({ showingAll: true });
    const id = sample()?.id as number;
    setCommitteeFollowed(library.db, id, true);
    expect(homeOverview(library.db, TODAY)).toMatchObject({ showingAll: false });
    expect(sample()?.followed).toBe(true);
    expect(followedCommitteeIds(library.db)).toEqual([id]);
    setCommitteeFollowed(library.db, id, false);
    expect(followedCommitteeIds(library.db)).toEqual([]);
    expect(() => setCommitteeFollowed(library.db, 9999, true)).toThrow(/no longer in the library/);
  });

  it('has no next meeting once the last one has passed, and keeps the latest past one to hand', () => {
    const later = homeOverview(library.db, '2027-01-01').committees[0];
    expect(later?.nextMeeting).toBeNull();
    expect(later?.lastMeeting?.date).toBe('2026-12-15');
  });
});
