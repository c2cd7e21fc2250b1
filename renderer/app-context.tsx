import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Api } from '../shared/api/contract';
import type { AppState, AppStore } from './stores/app-store';
import { createHomeStore, type HomeState, type HomeStore } from './stores/home-store';
import { createQuestionsStore, type QuestionsState, type QuestionsStore } from './stores/questions-store';
import { createSearchStore, type SearchState, type SearchStore } from './stores/search-store';

interface AppContextValue {
  api: Api;
  store: AppStore;
  /** One store per domain, over the same API. */
  home: HomeStore;
  search: SearchStore;
  questions: QuestionsStore;
}

const AppContext = createContext<AppContextValue | null>(null);

export function AppProvider({
  api,
  store,
  home,
  children,
}: {
  api: Api;
  store: AppStore;
  /** Made before React draws, when the first screen's questions are asked that early. */
  home?: HomeStore;
  children: ReactNode;
}) {
  const [stores] = useState(() => ({
    home: home ?? createHomeStore(api),
    search: createSearchStore(api),
    questions: createQuestionsStore(api),
  }));
  return <AppContext.Provider value={{ api, store, ...stores }}>{children}</AppContext.Provider>;
}

function useAppContext(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('AppProvider is missing');
  return value;
}

export function useApi(): Api {
  return useAppContext().api;
}

export function useAppState<T>(selector: (state: AppState) => T): T {
  return useStore(useAppContext().store, selector);
}

export function useHome<T>(selector: (state: HomeState) => T): T {
  return useStore(useAppContext().home, selector);
}

export function useSearch<T>(selector: (state: SearchState) => T): T {
  return useStore(useAppContext().search, selector);
}

export function useQuestions<T>(selector: (state: QuestionsState) => T): T {
  return useStore(useAppContext().questions, selector);
}
