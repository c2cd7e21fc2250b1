import type { OutcomeStatus, TrackerFilters } from '../../../shared/domain';

export const CLOSED = "('done', 'dropped', 'superseded')";
export const OPEN_STATUSES: readonly OutcomeStatus[] = ['open', 'in-progress'];
export const CLOSED_STATUSES: readonly OutcomeStatus[] = ['done', 'dropped', 'superseded'];

export function daysBefore(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

function monthsBefore(iso: string, months: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString().slice(0, 10);
}

/** Today in the member's own time (in British Summer Time, UTC is still yesterday before 1 am). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The dates every tracker query compares with. */
export function dayParams(): { today: string; twoMonthsAgo: string } {
  const day = localToday();
  return { today: day, twoMonthsAgo: monthsBefore(day, 2) };
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * How a query names what the filters read: the columns of the tracker's core query (tracker-rows.ts),
 * or the outcome's own columns (migration 17 keeps the meeting's date and committee on it).
 */
export interface FilterColumns {
  committeeId: string;
  meetingDate: string;
  dueDate: string;
  status: string;
  kind: string;
  owner: string;
  text: string;
  itemId: string;
  rag: string;
  /** What stands for "not rated". */
  unrated: string;
  overdue: string;
  awaitingResponse: string;
}

export const CORE_COLUMNS: FilterColumns = {
  committeeId: 'committeeId',
  meetingDate: 'meetingDate',
  dueDate: 'dueDate',
  status: 'status',
  kind: 'kind',
  owner: 'owner',
  text: 'text',
  itemId: 'itemId',
  rag: 'rag',
  unrated: 'rag IS NULL',
  overdue: 'overdue = 1',
  awaitingResponse: 'awaitingResponse = 1',
};

export const OUTCOME_COLUMNS: FilterColumns = {
  committeeId: 'o.committee_id',
  meetingDate: 'o.meeting_date',
  dueDate: 'o.due_date',
  status: 'o.status',
  kind: 'o.kind',
  owner: 'o.owner',
  text: 'o.text',
  itemId: 'o.agenda_item_id',
  rag: 'o.rag',
  unrated: 'o.rag IS NULL',
  overdue: `(o.needs_chasing = 1 AND o.status IN ('open', 'in-progress') AND o.due_date IS NOT NULL
    AND o.due_date < :today)`,
  awaitingResponse: `(o.kind = 'recommendation' AND o.needs_chasing = 1 AND o.status IN ('open', 'in-progress')
    AND o.executive_response IS NULL AND o.meeting_date IS NOT NULL AND o.meeting_date < :twoMonthsAgo)`,
};

/** The tally of migration 17 counts by committee, chasing, status, kind and rating ('' when not rated). */
export const TALLY_COLUMNS: Pick<FilterColumns, 'committeeId' | 'status' | 'kind' | 'rag' | 'unrated'> = {
  committeeId: 'committee_id',
  status: 'status',
  kind: 'kind',
  rag: 'rag',
  unrated: "rag = ''",
};

export interface Conditions {
  /** Conditions on every outcome. */
  all: string[];
  /** Conditions on outcomes that need chasing only: status and overdue mean nothing for a recorded decision. */
  chased: string[];
  params: Record<string, unknown>;
}

export function conditions(filters: TrackerFilters, c: FilterColumns): Conditions {
  const all: string[] = [];
  const chased: string[] = [];
  const params: Record<string, unknown> = dayParams();
  if (filters.committee) {
    all.push(`${c.committeeId} IN (SELECT id FROM committee WHERE name = :committee COLLATE NOCASE)`);
    params.committee = filters.committee;
  }
  if (filters.statuses?.length) {
    chased.push(`${c.status} IN (${filters.statuses.map((_, i) => `:status${i}`).join(', ')})`);
    filters.statuses.forEach((s, i) => (params[`status${i}`] = s));
  }
  if (filters.kinds?.length) {
    all.push(`${c.kind} IN (${filters.kinds.map((_, i) => `:kind${i}`).join(', ')})`);
    filters.kinds.forEach((k, i) => (params[`kind${i}`] = k));
  }
  if (filters.owner) {
    all.push(`${c.owner} LIKE :owner ESCAPE '\\'`);
    params.owner = `%${escapeLike(filters.owner)}%`;
  }
  if (filters.text) {
    all.push(
      `(${c.text} LIKE :text ESCAPE '\\' OR ${c.itemId} IN (SELECT id FROM agenda_item WHERE title LIKE :text ESCAPE '\\'))`,
    );
    params.text = `%${escapeLike(filters.text)}%`;
  }
  if (filters.overdue) chased.push(c.overdue);
  if (filters.awaitingResponse) chased.push(c.awaitingResponse);
  if (filters.rag?.length) {
    const rated = filters.rag.filter((r) => r !== 'none');
    const either = [
      ...(rated.length ? [`${c.rag} IN (${rated.map((_, i) => `:rag${i}`).join(', ')})`] : []),
      ...(filters.rag.includes('none') ? [c.unrated] : []),
    ];
    rated.forEach((r, i) => (params[`rag${i}`] = r));
    all.push(`(${either.join(' OR ')})`);
  }
  if (filters.dueWithinDays !== undefined) {
    chased.push(`${c.dueDate} >= :today AND ${c.dueDate} <= :dueEnd AND ${c.status} IN ('open', 'in-progress')`);
    params.dueEnd = daysBefore(params.today as string, -filters.dueWithinDays);
  }
  if (filters.from) {
    all.push(`${c.meetingDate} >= :from`);
    params.from = filters.from;
  }
  if (filters.to) {
    all.push(`${c.meetingDate} <= :to`);
    params.to = filters.to;
  }
  return { all, chased, params };
}

export function whereClause(parts: string[]): string {
  return parts.length ? `WHERE ${parts.join(' AND ')}` : '';
}

/** Whether outcomes that need chasing (1) and recorded decisions (0) are in the list the filters ask for. */
export function chasingValues(filters: TrackerFilters): (0 | 1)[] {
  const chasing = filters.chasing ?? 'needs-chasing';
  return chasing === 'needs-chasing' ? [1] : chasing === 'recorded' ? [0] : [1, 0];
}

/** The statuses an outcome that needs chasing can have and still be in the list. */
export function chasedStatuses(filters: TrackerFilters): OutcomeStatus[] {
  const statuses = filters.statuses?.length ? filters.statuses : [...OPEN_STATUSES, ...CLOSED_STATUSES];
  const openOnly = filters.overdue || filters.awaitingResponse || filters.dueWithinDays !== undefined;
  return statuses.filter((s) => !openOnly || OPEN_STATUSES.includes(s));
}
