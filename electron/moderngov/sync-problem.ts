/** Why talking to a council's website failed, in words a councillor can act on. */
export type SyncProblemCode =
  | 'bad-address'
  | 'not-moderngov'
  | 'refused'
  | 'site-error'
  | 'offline'
  | 'timeout'
  | 'too-large'
  | 'wrong-type'
  | 'incomplete'
  | 'off-site'
  | 'cancelled';

export class SyncProblem extends Error {
  constructor(
    readonly code: SyncProblemCode,
    message: string,
    /** Worth trying again after a pause (network faults, busy servers). */
    readonly transient = false,
  ) {
    super(message);
    this.name = 'SyncProblem';
  }
}
