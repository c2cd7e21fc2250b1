import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../shared/api/contract';
import {
  DUE_SOON_DAYS,
  type OutcomeChange,
  type OutcomeDetail,
  type TrackerCounts,
  type TrackerCursor,
  type TrackerDashboard,
  type TrackerFilters,
  type TrackerRow,
} from '../../shared/domain';
import { reminderNotice } from '../../shared/tracker-reminders';
import { savedMessage } from '../components/Confidential';
import { downloadBytes } from '../components/download';

/** The tracker's three lists: what needs chasing, what falls due in the next two weeks, and decisions on record. */
export type TrackerTab = 'needs-chasing' | 'due-soon' | 'recorded';

export type TrackerViewFilters = Omit<TrackerFilters, 'chasing' | 'dueWithinDays'> & { tab: TrackerTab };

/** Where a problem is shown: over the list, or in the outcome open beside it. */
export interface TrackerProblem {
  where: 'list' | 'outcome';
  message: string;
}

export interface TrackerState {
  filters: TrackerViewFilters;
  /** null while the first page is loading. */
  rows: TrackerRow[] | null;
  next: TrackerCursor | null;
  loadingMore: boolean;
  counts: TrackerCounts | null;
  dashboard: TrackerDashboard | null;
  selected: number | null;
  detail: OutcomeDetail | null;
  /** The one problem to show, if any: every call's failure ends up here. */
  problem: TrackerProblem | null;
  /** What the last action did, for the status line. */
  message: string;
  reportMessage: string;
  /** The quiet notice of what became due or overdue (the browser's in-app version). */
  reminder: { title: string; body: string } | null;
  setFilters: (change: Partial<TrackerViewFilters>) => void;
  load: () => Promise<void>;
  loadMore: () => Promise<void>;
  loadDashboard: () => Promise<void>;
  select: (outcomeId: number | null) => Promise<void>;
  /** Makes a change to the open outcome; the answer carries the list's counts and dashboard (one round trip). */
  change: (work: (view: TrackerFilters) => Promise<OutcomeChange>, done: string) => Promise<boolean>;
  report: (format: 'pdf' | 'docx' | 'csv', includeConfidential: boolean) => Promise<void>;
  checkReminders: () => Promise<void>;
  dismissReminder: () => void;
}

export type TrackerStore = StoreApi<TrackerState>;

const PAGE = 100;
const DEBOUNCE_MS = 80;

/** What the API is asked for, from what the member chose on screen. */
export function apiFilters({ tab, ...rest }: TrackerViewFilters): TrackerFilters {
  if (tab === 'recorded') return { ...rest, chasing: 'recorded' };
  if (tab === 'due-soon') return { ...rest, chasing: 'needs-chasing', dueWithinDays: DUE_SOON_DAYS };
  return { ...rest, chasing: 'needs-chasing' };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The row's own fields from a changed outcome's detail, to put in its place in the list. */
function asRow(detail: OutcomeDetail, like: TrackerRow): TrackerRow {
  return Object.fromEntries(
    Object.keys(like).map((k) => [k, detail[k as keyof OutcomeDetail]]),
  ) as unknown as TrackerRow;
}

export function createTrackerStore(api: Api): TrackerStore {
  return createStore<TrackerState>()((set, get) => {
    let serial = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const fail = (where: TrackerProblem['where']) => (error: unknown) =>
      set({ problem: { where, message: messageOf(error) } });

    return {
      filters: { tab: 'needs-chasing', statuses: ['open', 'in-progress'], sort: 'meeting', descending: true },
      rows: null,
      next: null,
      loadingMore: false,
      counts: null,
      dashboard: null,
      selected: null,
      detail: null,
      problem: null,
      message: '',
      reportMessage: '',
      reminder: null,

      setFilters: (change) => {
        const tabChanged = change.tab !== undefined && change.tab !== get().filters.tab;
        set((s) => ({
          filters: { ...s.filters, ...change },
          ...(tabChanged ? { rows: null, selected: null, detail: null } : {}),
        }));
        clearTimeout(timer);
        timer = setTimeout(() => void get().load(), DEBOUNCE_MS);
      },

      load: async () => {
        const mine = ++serial;
        try {
          const page = await api.pageTracker({ filters: apiFilters(get().filters), limit: PAGE });
          if (mine !== serial) return;
          set({
            rows: page.rows,
            next: page.next,
            ...(page.counts ? { counts: page.counts } : {}),
            problem: get().problem?.where === 'list' ? null : get().problem,
          });
        } catch (error) {
          if (mine === serial) fail('list')(error);
        }
      },

      loadMore: async () => {
        const { next, loadingMore, rows } = get();
        if (!next || loadingMore || !rows) return;
        const mine = serial;
        set({ loadingMore: true });
        try {
          const page = await api.pageTracker({ filters: apiFilters(get().filters), after: next, limit: PAGE });
          if (mine === serial) set({ rows: [...(get().rows ?? []), ...page.rows], next: page.next });
        } catch (error) {
          fail('list')(error);
        } finally {
          set({ loadingMore: false });
        }
      },

      loadDashboard: async () => {
        try {
          set({ dashboard: await api.trackerDashboard({}) });
        } catch (error) {
          fail('list')(error);
        }
      },

      select: async (outcomeId) => {
        set({ selected: outcomeId, detail: null, message: '', problem: null });
        if (outcomeId === null) return;
        try {
          const detail = await api.getOutcome({ outcomeId });
          if (get().selected === outcomeId) set({ detail });
        } catch (error) {
          fail('outcome')(error);
        }
      },

      change: async (work, done) => {
        try {
          const changed = await work(apiFilters(get().filters));
          const { view, ...detail } = changed;
          set((s) => ({
            detail,
            message: done,
            problem: null,
            rows: s.rows?.map((r) => (r.id === detail.id ? asRow(detail, r) : r)) ?? null,
            ...(view ? { counts: view.counts, dashboard: view.dashboard } : {}),
          }));
          return true;
        } catch (error) {
          fail('outcome')(error);
          return false;
        }
      },

      report: async (format, includeConfidential) => {
        const { committee } = get().filters;
        try {
          const file = await api.outstandingReport({
            format,
            ...(committee ? { committee } : {}),
            includeConfidential,
          });
          downloadBytes(file.fileName, file.mediaType, file.data);
          set({ reportMessage: savedMessage(file.fileName, file.leftOut, ['item', 'items']) });
        } catch (error) {
          fail('list')(error);
        }
      },

      checkReminders: async () => {
        try {
          const notice = reminderNotice(await api.trackerReminders({ seen: true }));
          if (notice) set({ reminder: notice });
        } catch {
          // A reminder is a courtesy: the tracker itself shows what is overdue.
        }
      },

      dismissReminder: () => set({ reminder: null }),
    };
  });
}

const stores = new WeakMap<Api, TrackerStore>();

/** One tracker store for the app's API: the tracker view and the reminder notice share it. */
export function trackerStoreFor(api: Api): TrackerStore {
  let store = stores.get(api);
  if (!store) {
    store = createTrackerStore(api);
    stores.set(api, store);
  }
  return store;
}
