import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../shared/api/contract';
import type { MeetingSummary } from '../../shared/domain';

export type Route = { name: 'library' } | { name: 'meeting'; meetingId: number };

export interface AppState {
  route: Route;
  /** null while the library is loading. */
  meetings: MeetingSummary[] | null;
  loadError: string | null;
  go: (route: Route) => void;
  refreshMeetings: () => Promise<void>;
}

export type AppStore = StoreApi<AppState>;

export function createAppStore(api: Api): AppStore {
  return createStore<AppState>()((set) => ({
    route: { name: 'library' },
    meetings: null,
    loadError: null,
    go: (route) => set({ route }),
    refreshMeetings: async () => {
      try {
        set({ meetings: await api.listMeetings({}), loadError: null });
      } catch (error) {
        set({ loadError: (error as Error).message });
      }
    },
  }));
}
