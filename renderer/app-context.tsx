import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Api } from '../shared/api/contract';
import type { AppState, AppStore } from './stores/app-store';

interface AppContextValue {
  api: Api;
  store: AppStore;
}

const AppContext = createContext<AppContextValue | null>(null);

export function AppProvider({ api, store, children }: AppContextValue & { children: ReactNode }) {
  return <AppContext.Provider value={{ api, store }}>{children}</AppContext.Provider>;
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
