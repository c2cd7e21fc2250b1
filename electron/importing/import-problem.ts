import { ApiError } from '../../shared/api/errors';

/** Why one file could not be imported, finishing the sentence "Could not be imported: ...". */
export class ImportProblem extends ApiError {
  override readonly name = 'ImportProblem';
}
