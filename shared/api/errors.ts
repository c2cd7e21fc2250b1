/** Errors cross the process boundary as values, never as thrown objects. */

export type ApiErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'unsupported-file'
  | 'unreadable-file'
  | 'cancelled'
  | 'library-damaged'
  | 'disk-full'
  | 'internal';

export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** An error whose message is written for the person using the app. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;

  /** `cause` keeps the technical error for the log; only the message reaches the person. */
  constructor(code: ApiErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ApiError';
    this.code = code;
  }
}

/** What a person is told when the disk (or the library's folder) has no room left. */
export const DISK_FULL_MESSAGE =
  'Your disk is full, so Scrutineer could not save this. Everything saved before is safe. ' +
  'Free some space (for example, empty the Recycle Bin or delete large downloads), then try again.';

/**
 * SQLite's "database or disk is full" (and its shared-memory file failing to
 * grow, which is how a full disk shows when a library is first opened), and the
 * system's "no space left on device" or "disk quota exceeded".
 */
export function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_SHMSIZE' || code === 'ENOSPC' || code === 'EDQUOT';
}
