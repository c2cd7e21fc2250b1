import type { SearchResult } from '../../shared/domain';
import type { Route } from '../stores/app-store';

/** Where a result leads: the reader at the passage, or the meeting. */
export function routeOf(result: SearchResult): Route {
  if (result.documentId !== null) {
    return {
      name: 'document',
      documentId: result.documentId,
      ...(result.offset !== null ? { at: result.offset } : {}),
    };
  }
  return { name: 'meeting', meetingId: result.meetingId };
}

export const KIND_LABEL: Record<SearchResult['kind'], string> = {
  paper: 'Paper',
  title: 'Title',
  note: 'Your note',
  question: 'Your question',
  outcome: 'Outcome',
};
