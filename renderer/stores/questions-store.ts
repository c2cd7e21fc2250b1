import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../shared/api/contract';
import type { QuestionWorkspace } from '../../shared/domain';
import { errorText } from '../api/error-text';

export interface QuestionsState {
  meetingId: number | null;
  /** The meeting's questions as the library last gave them; null while loading. */
  workspace: QuestionWorkspace | null;
  error: string | null;
  /** What the last change did, for the status line. */
  message: string;
  load: (meetingId: number) => Promise<void>;
  /** Runs a change, then reloads; true when it worked (so a form may clear what the member typed). */
  change: (work: (api: Api) => Promise<unknown>, done: string) => Promise<boolean>;
  say: (message: string) => void;
  fail: (error: unknown) => void;
}

export type QuestionsStore = StoreApi<QuestionsState>;

/** The member's questions for one meeting: the questions page and meeting mode share them. */
export function createQuestionsStore(api: Api): QuestionsStore {
  return createStore<QuestionsState>()((set, get) => {
    const reload = async () => {
      const meetingId = get().meetingId;
      if (meetingId === null) return;
      const workspace = await api.getQuestions({ meetingId });
      if (get().meetingId === meetingId) set({ workspace });
    };
    return {
      meetingId: null,
      workspace: null,
      error: null,
      message: '',
      load: async (meetingId) => {
        if (get().meetingId !== meetingId) set({ meetingId, workspace: null, message: '' });
        set({ error: null });
        try {
          await reload();
        } catch (error) {
          set({ error: errorText(error) });
        }
      },
      change: async (work, done) => {
        try {
          await work(api);
          set({ error: null, message: done });
          await reload();
          return true;
        } catch (error) {
          set({ error: errorText(error) });
          return false;
        }
      },
      say: (message) => set({ message, error: null }),
      fail: (error) => set({ error: errorText(error) }),
    };
  });
}
