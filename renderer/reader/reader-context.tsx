import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { ReaderState, ReaderStore } from './reader-store';

export const ReaderContext = createContext<ReaderStore | null>(null);

export function useReader<T>(selector: (state: ReaderState) => T): T {
  const store = useContext(ReaderContext);
  if (!store) throw new Error('ReaderContext is missing');
  return useStore(store, selector);
}
