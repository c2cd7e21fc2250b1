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
