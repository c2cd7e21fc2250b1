import type { TrackerRow } from '../../../shared/domain';
import type { Db } from '../../library/open-library';
import { leftOutSentence } from '../../library/queries/confidential';
import { trackerRows } from '../../library/queries/tracker';

export interface OutstandingItem {
  heading: string;
  rows: (TrackerRow & { latestNote: string })[];
}

export interface OutstandingMeeting {
  heading: string;
  items: OutstandingItem[];
}

export interface OutstandingReport {
  title: string;
  produced: string;
  committee: string | null;
  meetings: OutstandingMeeting[];
  count: number;
  /** Confidential outcomes left out; 0 when they were included. */
  leftOut: number;
  /** The member chose to include confidential outcomes (each is marked). */
  includesConfidential: boolean;
}

export const CONFIDENTIAL_WARNING = 'CONFIDENTIAL – contains exempt information, not for publication.';

/** "2 confidential items were left out…", or nothing. */
export function leftOutText(report: OutstandingReport): string {
  return leftOutSentence(report.leftOut, 'item', 'items');
}

function formatDate(iso: string | null): string {
  if (!iso) return 'date not given';
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export { formatDate };

/**
 * Open and in-progress outcomes that need chasing (never recorded decisions),
 * grouped by meeting and agenda item, oldest meeting first. Confidential ones
 * are left out unless asked for.
 */
export function outstandingReport(db: Db, committee?: string, includeConfidential = false): OutstandingReport {
  const everything = trackerRows(db, {
    chasing: 'needs-chasing',
    statuses: ['open', 'in-progress'],
    sort: 'meeting',
    descending: false,
    ...(committee ? { committee } : {}),
  });
  const rows = everything.filter((r) => includeConfidential || !r.confidential);
  const latest = db
    .prepare('SELECT note FROM outcome_status_change WHERE outcome_id = ? ORDER BY id DESC LIMIT 1')
    .pluck();
  const meetings = new Map<string, OutstandingMeeting>();
  for (const row of rows) {
    const meetingKey = String(row.meetingId);
    const meeting = meetings.get(meetingKey) ?? {
      heading: `${row.committee}, ${formatDate(row.meetingDate)}`,
      items: [],
    };
    meetings.set(meetingKey, meeting);
    const itemHeading = row.itemTitle
      ? `${row.itemNumber ? `${row.itemNumber}. ` : ''}${row.itemTitle}`
      : 'Other business';
    let item = meeting.items.find((i) => i.heading === itemHeading);
    if (!item) {
      item = { heading: itemHeading, rows: [] };
      meeting.items.push(item);
    }
    item.rows.push({ ...row, latestNote: (latest.get(row.id) as string | undefined) ?? '' });
  }
  return {
    title: 'Outstanding resolutions and actions',
    produced: formatDate(new Date().toISOString()),
    committee: committee ?? null,
    meetings: [...meetings.values()],
    count: rows.length,
    leftOut: everything.length - rows.length,
    includesConfidential: includeConfidential && rows.some((r) => r.confidential),
  };
}

export { OUTCOME_KIND_LABEL as KIND_NAMES } from '../../../shared/labels';

export function ageText(days: number | null): string {
  if (days === null) return 'unknown';
  return days === 1 ? '1 day' : `${days} days`;
}

export function dueText(row: TrackerRow): string {
  if (!row.dueHint && !row.dueDate) return 'not set';
  return row.dueDate ? `${formatDate(row.dueDate)}${row.overdue ? ' (overdue)' : ''}` : (row.dueHint ?? '');
}
