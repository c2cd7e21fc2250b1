import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../shared/api/contract';
import type { HomeOverview } from '../../shared/home';
import { samplePack } from '../../shared/sample-pack';
import { errorText } from '../api/error-text';

export interface HomeState {
  overview: HomeOverview | null;
  error: string | null;
  load: () => Promise<void>;
  /** The overview for the first screen, asked for once however many times this is called. */
  loadFirst: () => Promise<void>;
  follow: (committeeId: number, follow: boolean) => Promise<void>;
  /** The sample pack, written now from invented text, as files for the ordinary import. */
  sampleFiles: () => File[];
}

export type HomeStore = StoreApi<HomeState>;

/**
 * The home screen: for each committee followed, what to do before its next meeting.
 * `firstOverview`: the first screen's overview, when it was asked for before the store was made.
 */
export function createHomeStore(api: Api, firstOverview?: Promise<HomeOverview>): HomeStore {
  // Asked once while the window opens; the home screen asks again whenever the library changes.
  let first: Promise<void> | null = null;
  return createStore<HomeState>()((set) => {
    const show = async (asked: Promise<HomeOverview>) => {
      try {
        set({ overview: await asked, error: null });
      } catch (error) {
        set({ error: errorText(error) });
      }
    };
    return {
      overview: null,
      error: null,
      load: () => show(api.homeOverview({})),
      loadFirst: () => (first ??= show(firstOverview ?? api.homeOverview({}))),
      follow: (committeeId, follow) => show(api.setCommitteeFollowed({ committeeId, follow })),
      sampleFiles: () => samplePack().map((f) => new File([f.text], f.name, { type: 'text/plain' })),
    };
  });
}
