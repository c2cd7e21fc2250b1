import type { OutcomeKind, OutcomeStatus } from '../../shared/domain';
import { OUTCOME_KIND_LABEL, OUTCOME_STATUS_LABEL } from '../../shared/labels';

export const STATUS_LABEL = OUTCOME_STATUS_LABEL;
export const STATUSES = Object.keys(OUTCOME_STATUS_LABEL) as OutcomeStatus[];
export const KIND_LABEL = OUTCOME_KIND_LABEL;
export const KINDS = Object.keys(OUTCOME_KIND_LABEL) as OutcomeKind[];
