import { DUE_SOON_DAYS } from '../../../shared/domain';
import type {
  TrackerCounts,
  TrackerCursor,
  TrackerDashboard,
  TrackerFilters,
  TrackerPage,
} from '../../../shared/domain';
import type { Db } from '../open-library';
import { prepared } from '../statements';
import {
  CLOSED,
  CLOSED_STATUSES,
  OPEN_STATUSES,
  OUTCOME_COLUMNS,
  TALLY_COLUMNS,
  chasedStatuses,
  chasingValues,
  conditions,
  dayParams,
  daysBefore,
  whereClause,
} from './tracker-filters';
import { rowsByIds } from './tracker-rows';

export const TRACKER_PAGE_SIZE = 100;

/**
 * What each order sorts on, as migration 17's indexes hold it (each after needs_chasing), never NULL so that
 * a page can start after any row: rows without the value (no date given, no due date) come last whichever way
 * the list is sorted. "Days open" is not here: it is three walks (see daysOpenWalks).
 */
const SORT_KEYS = {
  meeting: { descending: "COALESCE(o.meeting_date, '')", ascending: "COALESCE(o.meeting_date, '9999-12-31')" },
  due: { descending: "COALESCE(o.due_date, '')", ascending: "COALESCE(o.due_date, '9999-12-31')" },
  'last-update': {
    descending: 'COALESCE(o.last_change_at, o.created_at)',
    ascending: 'COALESCE(o.last_change_at, o.created_at)',
  },
  status: { descending: 'o.status', ascending: 'o.status' },
} as const;

/** Days open of a closed outcome: from its meeting to when it was closed (migration 17 indexes it). */
const CLOSED_DAYS =
  'CAST(julianday(COALESCE(o.closed_at, o.last_change_at, o.created_at)) - julianday(o.meeting_date) AS INTEGER)';
/**
 * The key of outcomes without days open (recorded, or no meeting date), as the whole list sorts them: -1 most
 * days first (so before meetings still to come), a billion fewest days first (last).
 */
const NO_DAYS = { descending: -1, ascending: 1000000000 };

/**
 * One walk down one index: the outcomes of one needs_chasing value in the order of `order`, whose key is `key`
 * (the same order, as a value the next page starts after). `place` is where on the index the walk goes (which
 * part, from the cursor on); `keep` is what the member's filters keep of what it passes.
 */
interface Walk {
  key: string;
  order: string;
  place: string[];
  keep: string[];
}

function inList(column: string, values: readonly string[], params: Record<string, unknown>, name: string): string {
  values.forEach((v, i) => (params[`${name}${i}`] = v));
  return `${column} IN (${values.map((_, i) => `:${name}${i}`).join(', ')})`;
}

/** What rows of one needs_chasing value the filters keep. */
function walkWhere(filters: TrackerFilters, chasing: 0 | 1, params: Record<string, unknown>): string[] {
  const { all, chased, params: own } = conditions(filters, OUTCOME_COLUMNS);
  Object.assign(params, own);
  return [...all, ...(chasing === 1 ? chased : [])];
}

/**
 * Conditions on the sort key that the filters imply (a due date within the next two weeks, a meeting from a
 * date): the same rows, but the walk starts and stops where they are instead of reading the whole index.
 * Due dates and responses are about chasing: they narrow only the walk of outcomes that need it. After a
 * cursor, the cursor is the nearer bound on its side (SQLite walks from one bound only, so only it is given).
 */
function keyRange(
  filters: TrackerFilters,
  sort: 'meeting' | 'due' | 'last-update' | 'status',
  key: string,
  chasing: 0 | 1,
  cursorSide: 'lower' | 'upper' | null,
): string[] {
  const lower: string[] = [];
  const upper: string[] = [];
  if (sort === 'meeting' && filters.from) lower.push(`${key} >= :from`);
  if (sort === 'meeting' && filters.to) upper.push(`${key} <= :to`);
  if (chasing === 1) {
    if (sort === 'due' && filters.dueWithinDays !== undefined) lower.push(`${key} >= :today`);
    if (sort === 'due' && filters.dueWithinDays !== undefined) upper.push(`${key} <= :dueEnd`);
    if (sort === 'due' && filters.overdue) upper.push(`${key} < :today`);
    if (sort === 'meeting' && filters.awaitingResponse) upper.push(`${key} < :twoMonthsAgo`);
  }
  return [...(cursorSide === 'lower' ? [] : lower), ...(cursorSide === 'upper' ? [] : upper)];
}

/** After the cursor, in the walk's own order: a range on the index, then the id among equal keys. */
function after(key: string, descending: boolean, keyParam: string): string {
  return `${key} ${descending ? '<=' : '>='} ${keyParam} AND (${key} ${descending ? '<' : '>'} ${keyParam} OR o.id > :afterId)`;
}

/**
 * The walks of one sort, for the needs_chasing values in the list. Each walk reads an index of migration 17
 * in the list's order, so a page reads about as many index entries as it shows rows.
 */
function walks(
  filters: TrackerFilters,
  cursor: TrackerCursor | null,
  params: Record<string, unknown>,
): { walks: Walk[]; descending: boolean } {
  const descending = filters.descending !== false;
  const sort = filters.sort ?? 'meeting';
  if (sort === 'days-open') return { walks: daysOpenWalks(filters, cursor, params, descending), descending };
  const key = SORT_KEYS[sort][descending ? 'descending' : 'ascending'];
  if (cursor) {
    params.afterKey = cursor.key;
    params.afterId = cursor.id;
  }
  return {
    descending,
    walks: chasingValues(filters).map((chasing) => ({
      key,
      order: `${key} ${descending ? 'DESC' : 'ASC'}, o.id`,
      place: [
        `o.needs_chasing = ${chasing}`,
        ...keyRange(filters, sort, key, chasing, cursor ? (descending ? 'upper' : 'lower') : null),
        ...(cursor ? [after(key, descending, ':afterKey')] : []),
      ],
      keep: walkWhere(filters, chasing, params),
    })),
  };
}

/**
 * Days open is today less the meeting's date for an open outcome, and fixed once it is closed. So the list is
 * three walks merged: open outcomes in meeting-date order (one more day open is one day older), closed ones by
 * their fixed days (migration 17 indexes them), and those without days open (recorded, or no meeting date),
 * which all share one key (-1, or a billion ascending) and so come in id order where that key falls.
 */
function daysOpenWalks(
  filters: TrackerFilters,
  cursor: TrackerCursor | null,
  params: Record<string, unknown>,
  descending: boolean,
): Walk[] {
  if (cursor) {
    params.afterKey = cursor.key;
    params.afterId = cursor.id;
  }
  const result: Walk[] = [];
  const statuses = chasedStatuses(filters);
  const open = statuses.filter((s) => OPEN_STATUSES.includes(s));
  const closed = statuses.filter((s) => CLOSED_STATUSES.includes(s));
  if (chasingValues(filters).includes(1)) {
    const keep = walkWhere(filters, 1, params);
    // After those without days open (a billion days, ascending), no open outcome is left.
    if (open.length && !(cursor && !descending && Number(cursor.key) >= NO_DAYS.ascending)) {
      // More days open is an older meeting: the meeting-date indexes, the other way round.
      const meeting = SORT_KEYS.meeting[descending ? 'ascending' : 'descending'];
      const place = ['o.needs_chasing = 1', 'o.meeting_date IS NOT NULL'];
      if (cursor) {
        params.afterMeeting = daysBefore(params.today as string, Number(cursor.key));
        place.push(after(meeting, !descending, ':afterMeeting'));
      }
      result.push({
        key: 'CAST(julianday(:today) - julianday(o.meeting_date) AS INTEGER)',
        order: `${meeting} ${descending ? 'ASC' : 'DESC'}, o.id`,
        place,
        keep: [...keep, inList('o.status', open, params, 'openStatus')],
      });
    }
    if (closed.length) {
      const place = ['o.needs_chasing = 1', `o.status IN ${CLOSED}`, 'o.meeting_date IS NOT NULL'];
      if (cursor) place.push(after(CLOSED_DAYS, descending, ':afterKey'));
      result.push({
        key: CLOSED_DAYS,
        order: `${CLOSED_DAYS} ${descending ? 'DESC' : 'ASC'}, o.id`,
        place,
        keep:
          closed.length < CLOSED_STATUSES.length ? [...keep, inList('o.status', closed, params, 'closedStatus')] : keep,
      });
    }
  }
  // Those without days open all share one key (-1, or a billion): after the cursor is all, some by id, or none.
  const noDays = descending ? NO_DAYS.descending : NO_DAYS.ascending;
  const afterKey = cursor ? Number(cursor.key) : null;
  if (afterKey !== null && (descending ? noDays > afterKey : noDays < afterKey)) return result;
  for (const chasing of chasingValues(filters)) {
    // Outcomes that need chasing have no days open only without a meeting date: '' in the meeting index.
    const place = [`o.needs_chasing = ${chasing}`];
    if (chasing === 1) place.push("COALESCE(o.meeting_date, '') = ''");
    if (afterKey === noDays) place.push('o.id > :afterId');
    result.push({ key: String(noDays), order: 'o.id', place, keep: walkWhere(filters, chasing, params) });
  }
  return result;
}

/** How far a walk goes before it stops for words or an owner that few outcomes have (see walkFor). */
const WALK_WINDOW = 2000;

/**
 * A walk's first rows: read from the index while the member's filters keep enough of what it passes.
 * Words and an owner are matched in the outcome's text, which no index holds: when they are rare, a walk
 * would read the whole index a row at a time. So such a walk reads the next WALK_WINDOW entries, and if
 * they hold less than a page (and there are more), the filters are applied in one pass over the outcomes
 * instead, keeping the first page's worth in order (a full scan, as counting them costs).
 */
function walkFor(db: Db, walk: Walk, params: Record<string, unknown>, wordsOrOwner: boolean): [number, Key][] {
  const order = `ORDER BY ${walk.order} LIMIT`;
  if (!wordsOrOwner)
    return prepared(
      db,
      `SELECT o.id, ${walk.key} FROM outcome o ${whereClause([...walk.place, ...walk.keep])} ${order} :limit`,
    )
      .raw()
      .all(params) as [number, Key][];
  const passed = prepared(
    db,
    `SELECT o.id, ${walk.key}, ${walk.keep.length ? walk.keep.map((k) => `(${k})`).join(' AND ') : '1'}
      FROM outcome o ${whereClause(walk.place)} ${order} :window`,
  )
    .raw()
    .all({ ...params, window: WALK_WINDOW }) as [number, Key, number][];
  const kept = passed.filter((r) => r[2]).slice(0, params.limit as number);
  if (kept.length === params.limit || passed.length < WALK_WINDOW) return kept.map(([id, key]) => [id, key]);
  return prepared(
    db,
    `SELECT o.id, ${walk.key} FROM outcome o NOT INDEXED ${whereClause([...walk.place, ...walk.keep])} ${order} :limit`,
  )
    .raw()
    .all(params) as [number, Key][];
}

type Key = string | number;

/**
 * One page of the tracker, as the list scrolls: the rows after `after` in the chosen order (keyset paging,
 * so the hundredth page costs what the first does). Each walk gives at most a page; the page is the first of
 * them all, by key then id.
 */
export function trackerPage(
  db: Db,
  filters: TrackerFilters = {},
  cursor: TrackerCursor | null = null,
  limit = TRACKER_PAGE_SIZE,
): TrackerPage {
  const params: Record<string, unknown> = { ...dayParams(), limit };
  const { walks: found, descending } = walks(filters, cursor, params);
  const wordsOrOwner = Boolean(filters.text || filters.owner);
  const direction = descending ? -1 : 1;
  const page = found
    .flatMap((walk) => walkFor(db, walk, params, wordsOrOwner))
    .sort(([aId, a], [bId, b]) => (a < b ? -direction : a > b ? direction : aId - bId))
    .slice(0, limit);
  const last = page[page.length - 1];
  return {
    rows: rowsByIds(
      db,
      page.map(([id]) => id),
    ),
    next: page.length === limit && last ? { key: last[1], id: last[0] } : null,
  };
}

/** Whether the tally of migration 17 can count what these conditions keep: only committee, status, kind and rating. */
function tallied(filters: TrackerFilters, chased: boolean): boolean {
  const onAll = !filters.owner && !filters.text && !filters.from && !filters.to;
  return onAll && (!chased || (!filters.overdue && !filters.awaitingResponse));
}

/**
 * How many outcomes the filters find that need chasing, how many recorded decisions, and how many due soon.
 * What the filters on committee, status, kind and rating keep is summed from the tally; what other filters
 * keep is counted in one pass over the outcomes they leave (the index where it holds every column read).
 */
export function trackerCounts(db: Db, filters: TrackerFilters = {}): TrackerCounts {
  const plain = { ...filters, dueWithinDays: undefined };
  const tally = conditions(plain, { ...OUTCOME_COLUMNS, ...TALLY_COLUMNS });
  const fromTally = (where: string[]) =>
    prepared(db, `SELECT COALESCE(SUM(outcomes), 0) FROM outcome_tally ${whereClause(where)}`, true).get(
      tally.params,
    ) as number;
  const { all, chased, params } = conditions(plain, OUTCOME_COLUMNS);
  const count = (where: string[]) =>
    prepared(db, `SELECT COUNT(*) FROM outcome o ${whereClause(where)}`, true).get(params) as number;
  let needsChasing: number;
  let recorded: number;
  if (tallied(plain, false)) {
    recorded = fromTally(['needs_chasing = 0', ...tally.all]);
    needsChasing = tallied(plain, true)
      ? fromTally(['needs_chasing = 1', ...tally.all, ...tally.chased])
      : count(['o.needs_chasing = 1', ...all, ...chased]);
  } else {
    // Words, owner or dates: one pass that counts both.
    const chasedHere = ['o.needs_chasing = 1', ...chased].join(' AND ');
    [needsChasing, recorded] = prepared(
      db,
      `SELECT COALESCE(SUM(${chasedHere}), 0), COALESCE(SUM(o.needs_chasing = 0), 0) FROM outcome o ${whereClause(all)}`,
    )
      .raw()
      .get(params) as [number, number];
  }
  params.dueSoonEnd = daysBefore(params.today as string, -DUE_SOON_DAYS);
  const dueSoon = count([
    'o.needs_chasing = 1',
    "o.status IN ('open', 'in-progress')",
    'o.due_date >= :today',
    'o.due_date <= :dueSoonEnd',
    ...all,
  ]);
  return { needsChasing, recorded, dueSoon };
}

const AGE_BANDS: [string, number][] = [
  ['Under a month', 30],
  ['1–3 months', 91],
  ['3–6 months', 182],
  ['6–12 months', 365],
  ['1–2 years', 730],
  ['Over 2 years', 1e9],
];

const OPEN = "o.needs_chasing = 1 AND o.status IN ('open', 'in-progress')";
type Figures = Omit<TrackerDashboard['committees'][number], 'committee'>;

/**
 * Figures of what needs chasing, counted in SQL; recorded decisions are only counted, apart.
 * What does not depend on the day is summed from the tally by committee; overdue, awaiting a response
 * and the ages are counted from indexes of the open outcomes alone (the meeting's date is on the outcome).
 */
export function trackerDashboard(db: Db): TrackerDashboard {
  const { today: day, twoMonthsAgo } = dayParams();
  const isOpen = "t.needs_chasing = 1 AND t.status IN ('open', 'in-progress')";
  const committees = prepared(
    db,
    `SELECT c.id, c.name AS committee, SUM(CASE WHEN ${isOpen} THEN t.outcomes ELSE 0 END) AS open,
        0 AS overdue, SUM(CASE WHEN t.needs_chasing = 1 AND t.status = 'done' THEN t.outcomes ELSE 0 END) AS done,
        SUM(CASE WHEN t.needs_chasing = 1 THEN t.outcomes ELSE 0 END) AS total,
        SUM(CASE WHEN t.needs_chasing = 0 THEN t.outcomes ELSE 0 END) AS recorded,
        SUM(CASE WHEN ${isOpen} AND t.rag = 'red' THEN t.outcomes ELSE 0 END) AS red,
        SUM(CASE WHEN ${isOpen} AND t.rag = 'amber' THEN t.outcomes ELSE 0 END) AS amber,
        SUM(CASE WHEN ${isOpen} AND t.rag = 'green' THEN t.outcomes ELSE 0 END) AS green,
        SUM(CASE WHEN ${isOpen} AND t.rag = '' THEN t.outcomes ELSE 0 END) AS unrated,
        0 AS awaitingResponse
      FROM outcome_tally t JOIN committee c ON c.id = t.committee_id
      GROUP BY c.id HAVING SUM(t.outcomes) > 0`,
  ).all() as (Figures & { id: number; committee: string })[];
  const byCommittee = (where: string, params: Record<string, unknown>) =>
    new Map(
      prepared(db, `SELECT o.committee_id, COUNT(*) FROM outcome o WHERE ${OPEN} AND ${where} GROUP BY o.committee_id`)
        .raw()
        .all(params) as [number, number][],
    );
  const overdue = byCommittee('o.due_date < :today', { today: day });
  const awaiting = byCommittee(
    "o.kind = 'recommendation' AND o.executive_response IS NULL AND o.meeting_date < :twoMonthsAgo",
    { twoMonthsAgo },
  );
  // An open outcome's days open are today less its meeting's date: each band is a range of meeting dates.
  const bands = AGE_BANDS.map(([, limit], i) => {
    const newest = daysBefore(day, (AGE_BANDS[i - 1]?.[1] ?? 0) - 1);
    const inBand =
      limit >= 1e9
        ? `o.meeting_date < '${newest}'`
        : `o.meeting_date < '${newest}' AND o.meeting_date >= '${daysBefore(day, limit - 1)}'`;
    return `(SELECT COUNT(*) FROM outcome o WHERE ${OPEN} AND ${inBand})`;
  });
  const counts = prepared(db, `SELECT ${bands.join(', ')}`)
    .raw()
    .get() as number[];
  return {
    committees: committees
      .map(({ id, ...figures }) => ({
        ...figures,
        overdue: overdue.get(id) ?? 0,
        awaitingResponse: awaiting.get(id) ?? 0,
      }))
      .sort((a, b) => a.committee.localeCompare(b.committee)),
    ageing: AGE_BANDS.map(([label], i) => ({ label, count: counts[i] ?? 0 })),
  };
}
