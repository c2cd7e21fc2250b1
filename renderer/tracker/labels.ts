import type { OutcomeKind, OutcomeStatus } from '../../shared/domain';

export const STATUS_LABEL: Record<OutcomeStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
  superseded: 'Superseded',
};

export const STATUSES = Object.keys(STATUS_LABEL) as OutcomeStatus[];

export const KIND_LABEL: Record<OutcomeKind, string> = {
  resolution: 'Resolution',
  request: 'Request',
  'information-request': 'Information request',
  'follow-up': 'Follow-up',
  'work-programme': 'Work programme',
  recommendation: 'Recommendation',
  action: 'Action',
};

export const KINDS = Object.keys(KIND_LABEL) as OutcomeKind[];
