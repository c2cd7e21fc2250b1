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
  /**
   * Runs a change in one round trip: `work` gives the workspace as it now is, or a change to
   * make to the one shown; only a change that cannot say (adding) reloads. True when it worked
   * (so a form may clear what the member typed).
   */
  change: (work: (api: Api) => Promise<unknown>, done: string) => Promise<boolean>;
  say: (message: string) => void;
  fail: (error: unknown) => void;
}

export type QuestionsStore = StoreApi<QuestionsState>;

/** What a change gives back: the whole workspace, an edit of the one shown, or nothing (reload). */
export type WorkspaceChange = QuestionWorkspace | ((shown: QuestionWorkspace) => QuestionWorkspace) | void;

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
          const result = await work(api);
          set({ error: null, message: done });
          if (typeof result === 'function') {
            const shown = get().workspace;
            if (shown) set({ workspace: (result as (shown: QuestionWorkspace) => QuestionWorkspace)(shown) });
          } else if (isWorkspace(result)) set({ workspace: result });
          else await reload();
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

function isWorkspace(value: unknown): value is QuestionWorkspace {
  return typeof value === 'object' && value !== null && 'questions' in value && 'items' in value;
}
