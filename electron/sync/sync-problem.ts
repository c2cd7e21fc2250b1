import { DISK_FULL_MESSAGE, isDiskFull } from '../../shared/api/errors';

/** Why a sync stopped, in words for the member; 'offline' when it will simply go later. */
export class SyncProblem extends Error {
  constructor(
    readonly kind: 'offline' | 'wrong-password' | 'not-on-committee' | 'no-database' | 'disk-full' | 'server',
    message: string,
  ) {
    super(message);
  }
}

export const OFFLINE = 'The sync server cannot be reached. Your changes are kept here and go when it can be reached.';
export const WRONG_PASSWORD =
  'The sync server did not accept your user name or password. Please check them and enter them again.';
export const NOT_ON_COMMITTEE = 'You are not a member of this committee’s tracker';

/** Reads what PouchDB or fetch threw. */
export function syncProblemOf(error: unknown, what: { committee?: string; userName: string }): SyncProblem {
  if (error instanceof SyncProblem) return error;
  if (isDiskFull(error)) return new SyncProblem('disk-full', DISK_FULL_MESSAGE);
  const e = error as { status?: number; name?: string; message?: string; code?: string; cause?: { code?: string } };
  const status = e.status ?? 0;
  if (status === 401 || status === 403) {
    if (what.committee) return new SyncProblem('not-on-committee', `${NOT_ON_COMMITTEE} (${what.committee}).`);
    return new SyncProblem('wrong-password', WRONG_PASSWORD);
  }
  if (status === 404) {
    return new SyncProblem(
      'no-database',
      `The sync server has no ${what.committee ? `tracker for ${what.committee}` : `database for ${what.userName}`} yet. ` +
        'Ask your council’s IT to run the set-up described in the README.',
    );
  }
  if (
    status === 0 ||
    status >= 500 ||
    /fetch failed|ECONNREFUSED|ECONNRESET|socket|network/i.test(`${e.message} ${e.code} ${e.cause?.code}`)
  ) {
    return new SyncProblem('offline', OFFLINE);
  }
  return new SyncProblem(
    'server',
    `The sync server gave an error (${e.message ?? status}). Your changes are kept here.`,
  );
}
