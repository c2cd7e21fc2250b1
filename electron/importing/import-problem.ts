import type { ApiErrorCode } from '../../shared/api/errors';

/** Why one file could not be imported, finishing the sentence "X could not be imported: ...". */
export class ImportProblem extends Error {
  readonly code: ApiErrorCode;

  constructor(code: ApiErrorCode, reason: string) {
    super(reason);
    this.name = 'ImportProblem';
    this.code = code;
  }
}
