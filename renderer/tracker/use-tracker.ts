import { useStore } from 'zustand';
import { useApi } from '../app-context';
import { trackerStoreFor, type TrackerState, type TrackerStore } from './tracker-store';

export function useTrackerStore(): TrackerStore {
  return trackerStoreFor(useApi());
}

/** A slice of the tracker's state: its rows, the open outcome, its one problem. */
export function useTracker<T>(selector: (state: TrackerState) => T): T {
  return useStore(useTrackerStore(), selector);
}
