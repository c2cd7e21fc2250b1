import { prepared } from '../statements';
import type { TrackerFilters, TrackerReminders, TrackerRow } from '../../../shared/domain';
import type { Db } from '../open-library';
import { readSetting, writeSetting } from './settings';
import { DUE_SOON_DAYS, localToday, trackerRows } from './tracker';

const LAST_NOTICE = 'tracker.reminders.last-notice';
/** On the first notice, overdue outcomes count as new only if they fell due in the last week: no flood of old ones. */
const FIRST_LOOK_BACK_DAYS = 7;

function daysBefore(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/** The committees the member follows on council websites, matched to the library's by name. */
function followedCommittees(db: Db): string[] {
  return prepared(
    db,
    `SELECT DISTINCT c.name FROM committee c JOIN site_committee s ON s.title = c.name COLLATE NOCASE
      WHERE s.followed = 1 AND s.deleted = 0 ORDER BY c.name`,
  )
    .pluck()
    .all() as string[];
}

/**
 * What became overdue since the last notice, and what is due soon, for the committees the member follows
 * (every committee when none is followed). `seen` records today's notice as given, so the next one
 * tells only what is new. The same function serves the browser's in-app notice and Electron's OS notification.
 */
export function trackerReminders(db: Db, options: { seen?: boolean; today?: string } = {}): TrackerReminders {
  const today = options.today ?? localToday();
  const followed = followedCommittees(db);
  const inScope = (r: TrackerRow) =>
    followed.length === 0 || followed.some((c) => c.localeCompare(r.committee, 'en', { sensitivity: 'base' }) === 0);
  const noticed = readSetting(db, LAST_NOTICE);
  const lastNotice = noticed ?? daysBefore(today, FIRST_LOOK_BACK_DAYS);
  const open: TrackerFilters = {
    chasing: 'needs-chasing',
    statuses: ['open', 'in-progress'],
    sort: 'due',
    descending: false,
  };
  const becameOverdue = trackerRows(db, { ...open, overdue: true }).filter(
    (r) => inScope(r) && r.dueDate !== null && r.dueDate >= lastNotice,
  );
  const dueSoon = trackerRows(db, { ...open, dueWithinDays: DUE_SOON_DAYS }).filter(inScope);
  if (options.seen) writeSetting(db, LAST_NOTICE, today);
  return {
    today,
    firstToday: noticed === undefined || noticed < today,
    becameOverdue,
    dueSoon,
    committees: followed.length ? followed : [...new Set([...becameOverdue, ...dueSoon].map((r) => r.committee))],
  };
}
