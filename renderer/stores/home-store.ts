import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../shared/api/contract';
import type { MeetingSummary } from '../../shared/domain';
import type { HomeOverview } from '../../shared/home';
import { samplePack } from '../../shared/sample-pack';
import { errorText } from '../api/error-text';

export interface HomeState {
  overview: HomeOverview | null;
  error: string | null;
  load: () => Promise<void>;
  /** The overview for the first screen, asked for once however many times this is called. */
  loadFirst: () => Promise<void>;
  /**
   * The home screen is shown with these meetings: the first screen's overview if they are the
   * meetings it was asked with and it has not been shown yet, otherwise the overview asked again.
   */
  showWith: (meetings: MeetingSummary[]) => Promise<void>;
  follow: (committeeId: number, follow: boolean) => Promise<void>;
  /** The sample pack, written now from invented text, as files for the ordinary import. */
  sampleFiles: () => File[];
}

export type HomeStore = StoreApi<HomeState>;

/** The first screen's questions, when they were asked before the stores were made. */
export interface FirstScreen {
  meetings: Promise<MeetingSummary[]>;
  overview: Promise<HomeOverview>;
}

/** The home screen: for each committee followed, what to do before its next meeting. */
export function createHomeStore(api: Api, firstScreen?: FirstScreen): HomeStore {
  // Asked once while the window opens; the home screen asks again whenever the library changes.
  let first: Promise<void> | null = null;
  let firstMeetings: MeetingSummary[] | null = null;
  let firstShown = false;
  firstScreen?.meetings.then(
    (meetings) => (firstMeetings = meetings),
    () => undefined,
  );
  return createStore<HomeState>()((set, get) => {
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
      loadFirst: () => (first ??= show(firstScreen?.overview ?? api.homeOverview({}))),
      showWith: (meetings) => {
        const sameAsFirst = !firstShown && firstMeetings !== null && meetings === firstMeetings;
        firstShown = true;
        return sameAsFirst ? get().loadFirst() : get().load();
      },
      follow: (committeeId, follow) => show(api.setCommitteeFollowed({ committeeId, follow })),
      sampleFiles: () => samplePack().map((f) => new File([f.text], f.name, { type: 'text/plain' })),
    };
  });
}
