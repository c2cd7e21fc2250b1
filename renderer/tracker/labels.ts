import type { ExecutiveResponse, OutcomeKind, OutcomeStatus, RagRating } from '../../shared/domain';
import { OUTCOME_KIND_LABEL, OUTCOME_STATUS_LABEL } from '../../shared/labels';

export const STATUS_LABEL = OUTCOME_STATUS_LABEL;
export const STATUSES = Object.keys(OUTCOME_STATUS_LABEL) as OutcomeStatus[];
export const KIND_LABEL = OUTCOME_KIND_LABEL;
export const KINDS = Object.keys(OUTCOME_KIND_LABEL) as OutcomeKind[];

export const RAG_LABEL: Record<RagRating, string> = {
  green: 'Green – achieved, stop monitoring',
  amber: 'Amber – acceptable progress',
  red: 'Red – progress not acceptable',
};

/** The rating's name in a list row, with the word, never the colour alone. */
export const RAG_SHORT: Record<RagRating, string> = { green: 'Green', amber: 'Amber', red: 'Red' };

export const RESPONSE_LABEL: Record<ExecutiveResponse['response'], string> = {
  accepted: 'Accepted',
  partly: 'Partly accepted',
  rejected: 'Rejected',
};
