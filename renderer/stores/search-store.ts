import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../shared/api/contract';
import type { SearchResult, SearchResultKind } from '../../shared/domain';
import { errorText } from '../api/error-text';

export const SEARCH_KINDS: SearchResultKind[] = ['paper', 'title', 'note', 'question', 'outcome'];

export interface SearchFilters {
  query: string;
  committee: string;
  /** ISO dates, or "" for none. */
  from: string;
  to: string;
  kinds: SearchResultKind[];
  sort: 'relevance' | 'newest';
}

export interface SearchState extends SearchFilters {
  /** The results of the latest search; null before the first. */
  results: SearchResult[] | null;
  error: string | null;
  searching: boolean;
  /** Changes the query or any filter, and searches again. */
  set: (changes: Partial<SearchFilters>) => Promise<void>;
}

export type SearchStore = StoreApi<SearchState>;

/** Search across the library: the search page keeps its query, filters and results here. */
export function createSearchStore(api: Api): SearchStore {
  let latest = 0;
  return createStore<SearchState>()((setState, get) => ({
    query: '',
    committee: '',
    from: '',
    to: '',
    kinds: SEARCH_KINDS,
    sort: 'newest',
    results: null,
    error: null,
    searching: false,
    set: async (changes) => {
      setState(changes);
      const { query, committee, from, to, kinds, sort } = get();
      if (query.trim() === '') {
        setState({ results: null, error: null });
        return;
      }
      // Only the newest search may show its results: an older, slower answer is dropped.
      const ticket = ++latest;
      setState({ searching: true });
      try {
        const results = await api.search({
          query,
          sort,
          limit: 200,
          kinds,
          ...(committee ? { committee } : {}),
          ...(from ? { from } : {}),
          ...(to ? { to } : {}),
        });
        if (ticket === latest) setState({ results, error: null, searching: false });
      } catch (error) {
        if (ticket === latest) setState({ error: errorText(error), searching: false });
      }
    },
  }));
}
