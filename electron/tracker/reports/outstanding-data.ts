import type { ExecutiveResponse, RagRating, TrackerRow } from '../../../shared/domain';
import { ukDate, ukShortDate } from '../../../shared/uk-dates';
import type { Db } from '../../library/open-library';
import { leftOutSentence } from '../../library/queries/confidential';
import { localToday, trackerRows } from '../../library/queries/tracker';
import { reportExtras, type ReportExtras } from '../../library/queries/tracker-report';

/** One line of the report, with what councils print: reference, RAG, the executive's response, the latest update. */
export type OutstandingRow = TrackerRow & ReportExtras & { reference: string };

export interface OutstandingItem {
  heading: string;
  rows: OutstandingRow[];
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

/** "16 September 2021", or "date not given". */
export function formatDate(iso: string | null): string {
  return iso ? ukDate(iso) : 'date not given';
}

/** 16/09/2021 for a spreadsheet cell, or nothing. */
export function shortDate(iso: string | null): string | null {
  return iso ? ukShortDate(iso) : null;
}

/**
 * Open and in-progress outcomes that need chasing (never recorded decisions),
 * grouped by meeting and agenda item, oldest meeting first, as councils print their
 * trackers. Confidential ones are left out unless asked for.
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
  const extras = reportExtras(
    db,
    rows.map((r) => r.id),
  );
  const meetings = new Map<number, OutstandingMeeting>();
  for (const row of rows) {
    const meeting = meetings.get(row.meetingId) ?? {
      heading: `${row.committee}, ${formatDate(row.meetingDate)}`,
      items: [],
    };
    meetings.set(row.meetingId, meeting);
    const itemHeading = row.itemTitle
      ? `${row.itemNumber ? `${row.itemNumber}. ` : ''}${row.itemTitle}`
      : 'Other business';
    let item = meeting.items.find((i) => i.heading === itemHeading);
    if (!item) {
      item = { heading: itemHeading, rows: [] };
      meeting.items.push(item);
    }
    const extra = extras.get(row.id) ?? { minute: null, latestNote: '', latestNoteAt: null, executiveResponse: null };
    const number = extra.minute ?? row.itemNumber;
    item.rows.push({
      ...row,
      ...extra,
      reference: `${number ? `${number}.` : ''}${item.rows.length + 1}`,
    });
  }
  return {
    title: 'Outstanding resolutions and actions',
    produced: ukDate(localToday()),
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

export const RAG_NAMES: Record<RagRating, string> = { green: 'Green', amber: 'Amber', red: 'Red' };

export function ragText(row: TrackerRow): string {
  return row.rag ? RAG_NAMES[row.rag] : 'Not rated';
}

export const RESPONSE_NAMES: Record<ExecutiveResponse['response'], string> = {
  accepted: 'Accepted',
  partly: 'Partly accepted',
  rejected: 'Rejected',
};

/** "Partly accepted, 3 March 2022", "No response after 2 months", or nothing for an outcome that is not a recommendation. */
export function responseText(row: OutstandingRow): string {
  if (row.executiveResponse)
    return `${RESPONSE_NAMES[row.executiveResponse.response]}, ${formatDate(row.executiveResponse.on)}`;
  if (row.awaitingResponse) return 'No response after 2 months';
  return row.kind === 'recommendation' ? 'Awaited' : '–';
}

/** "Chased the lead officer (3 March 2022)", or "None yet". */
export function latestUpdateText(row: OutstandingRow): string {
  if (!row.latestNote) return 'None yet';
  return row.latestNoteAt ? `${row.latestNote} (${formatDate(row.latestNoteAt)})` : row.latestNote;
}
