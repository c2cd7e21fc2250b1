import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../shared/api/contract';
import type { ImportJobStatus, MeetingDetail, MeetingSummary } from '../../shared/domain';
import { paperOpenAtClose } from '../reader/open-paper';

export type Route =
  | { name: 'library' }
  | { name: 'meeting'; meetingId: number }
  | { name: 'document'; documentId: number; at?: number; version?: number }
  | { name: 'compare'; documentId: number; from: number; to: number }
  | { name: 'search'; query: string }
  | { name: 'tracker' }
  | { name: 'questions'; meetingId: number }
  | { name: 'meeting-mode'; meetingId: number }
  | { name: 'councils' }
  | { name: 'help' };

export interface AppState {
  route: Route;
  /** null while the library is loading. */
  meetings: MeetingSummary[] | null;
  loadError: string | null;
  meeting: MeetingDetail | null;
  meetingError: string | null;
  importJob: ImportJobStatus | null;
  importError: string | null;
  go: (route: Route) => void;
  refreshMeetings: () => Promise<void>;
  /** The meetings for the first screen, asked for once however many times this is called. */
  loadFirstScreen: () => Promise<void>;
  importFiles: (files: File[], meetingId?: number) => Promise<void>;
  /** The member is choosing files: readers start now (nothing shows, and nothing fails if they cannot). */
  getReadyToImport: () => void;
  followImport: (jobId: string) => Promise<void>;
  cancelImport: () => Promise<void>;
  dismissImport: () => void;
}

export type AppStore = StoreApi<AppState>;

const POLL_MS = 250;

/** `firstMeetings`: the first screen's meetings, when they were asked for before the store was made. */
export function createAppStore(api: Api, firstMeetings?: Promise<MeetingSummary[]>): AppStore {
  return createStore<AppState>()((set, get) => {
    const loadMeeting = async (meetingId: number) => {
      try {
        const meeting = await api.getMeeting({ meetingId });
        if (get().route.name === 'meeting') set({ meeting, meetingError: null });
      } catch (error) {
        set({ meeting: null, meetingError: (error as Error).message });
      }
    };

    let firstScreen: Promise<void> | null = null;

    const showMeetings = async (asked: Promise<MeetingSummary[]>) => {
      try {
        set({ meetings: await asked, loadError: null });
      } catch (error) {
        set({ loadError: (error as Error).message });
      }
    };

    const refreshAfterImport = async () => {
      await get().refreshMeetings();
      const route = get().route;
      if (route.name === 'meeting') await loadMeeting(route.meetingId);
    };

    const reopened = paperOpenAtClose();
    return {
      route: reopened === null ? { name: 'library' } : { name: 'document', documentId: reopened },
      meetings: null,
      loadError: null,
      meeting: null,
      meetingError: null,
      importJob: null,
      importError: null,

      go: (route) => {
        set({ route, meeting: null, meetingError: null });
        if (route.name === 'meeting') void loadMeeting(route.meetingId);
      },

      loadFirstScreen: () => (firstScreen ??= showMeetings(firstMeetings ?? api.listMeetings({}))),

      refreshMeetings: () => showMeetings(api.listMeetings({})),

      importFiles: async (files, meetingId) => {
        if (files.length === 0) return;
        set({ importError: null });
        try {
          const payload = await Promise.all(
            files.map(async (file) => ({ name: file.name, data: new Uint8Array(await file.arrayBuffer()) })),
          );
          const job = await api.startImport({ files: payload, ...(meetingId ? { meetingId } : {}) });
          set({ importJob: job });
          await get().followImport(job.id);
        } catch (error) {
          set({ importError: (error as Error).message });
        }
      },

      getReadyToImport: () => {
        api.prepareImport({}).catch(() => undefined);
      },

      followImport: async (jobId) => {
        let job = await api.getImportJob({ jobId });
        set({ importJob: job });
        while (job.state === 'running') {
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
          job = await api.getImportJob({ jobId });
          set({ importJob: job });
        }
        await refreshAfterImport();
      },

      cancelImport: async () => {
        const job = get().importJob;
        if (job?.state === 'running') set({ importJob: await api.cancelImport({ jobId: job.id }) });
      },

      dismissImport: () => set({ importJob: null, importError: null }),
    };
  });
}
