import { localDate } from '../../../shared/local-date';
import { prepared } from '../statements';
import type { HomeCommittee, HomeMeeting, HomeOverview } from '../../../shared/home';
import type { Db } from '../open-library';
import { FOLLOWED_ON_WEBSITE } from './follows';
import { trackerCounts } from './tracker';
import { PAPER_UNREAD } from './unread';

const MEETING = `SELECT m.id, m.date, m.time, m.venue,
    (SELECT COUNT(*) FROM document d WHERE d.meeting_id = m.id) AS papers,
    (SELECT COUNT(*) FROM document d WHERE d.meeting_id = m.id AND ${PAPER_UNREAD('d')}) AS unreadPapers,
    (SELECT COUNT(*) FROM question q WHERE q.meeting_id = m.id) AS questions
  FROM meeting m WHERE m.committee_id = ? AND m.status != 'cancelled'`;

interface CommitteeRow {
  id: number;
  name: string;
  council: string;
  followedHere: number;
  followedOnWebsite: number;
  meetingCount: number;
}

/** "What do I need to do before my next meeting?", per committee the member follows. */
export function homeOverview(db: Db, today = localDate()): HomeOverview {
  const rows = prepared(
    db,
    `SELECT c.id, c.name, c.council, c.followed AS followedHere, ${FOLLOWED_ON_WEBSITE('c')} AS followedOnWebsite,
        (SELECT COUNT(*) FROM meeting m WHERE m.committee_id = c.id) AS meetingCount
      FROM committee c WHERE EXISTS (SELECT 1 FROM meeting m WHERE m.committee_id = c.id)
      ORDER BY c.name COLLATE NOCASE`,
  ).all() as CommitteeRow[];
  const followed = rows.filter((r) => r.followedHere === 1 || r.followedOnWebsite === 1);
  const showingAll = followed.length === 0;
  const next = prepared(db, `${MEETING} AND m.date >= ? ORDER BY m.date, m.id LIMIT 1`);
  const last = prepared(db, `${MEETING} AND (m.date < ? OR m.date IS NULL) ORDER BY m.date DESC, m.id DESC LIMIT 1`);
  const committees = rows.map((row): HomeCommittee => {
    const chasing = { committee: row.name, statuses: ['open' as const, 'in-progress' as const] };
    return {
      id: row.id,
      name: row.name,
      council: row.council,
      followed: row.followedHere === 1 || row.followedOnWebsite === 1,
      followedOnWebsite: row.followedOnWebsite === 1,
      nextMeeting: (next.get(row.id, today) as HomeMeeting | undefined) ?? null,
      lastMeeting: (last.get(row.id, today) as HomeMeeting | undefined) ?? null,
      meetingCount: row.meetingCount,
      outstanding: trackerCounts(db, chasing).needsChasing,
      overdue: trackerCounts(db, { ...chasing, overdue: true }).needsChasing,
    };
  });
  // Followed committees first, those with a meeting soonest at the top.
  committees.sort(
    (a, b) =>
      Number(b.followed) - Number(a.followed) ||
      (a.nextMeeting?.date ?? '9999').localeCompare(b.nextMeeting?.date ?? '9999') ||
      a.name.localeCompare(b.name),
  );
  return { committees, showingAll };
}
