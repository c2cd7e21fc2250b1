import type { OutcomeKind, OutcomeStatus } from './domain';

/** How outcome kinds and statuses are named to people, everywhere: screens, reports, exports. */
export const OUTCOME_KIND_LABEL: Record<OutcomeKind, string> = {
  resolution: 'Resolution',
  request: 'Request',
  'information-request': 'Information request',
  'follow-up': 'Follow-up',
  'work-programme': 'Work programme',
  recommendation: 'Recommendation',
  action: 'Action',
};

export const OUTCOME_STATUS_LABEL: Record<OutcomeStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
  superseded: 'Superseded',
};
