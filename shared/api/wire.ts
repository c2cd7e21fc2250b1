/**
 * How API calls travel over the loopback host's HTTP transport: JSON, with file
 * bytes (Uint8Array) in a result as `{ "$bytes": "<base64>" }`. Bytes in a call
 * are first sent one file at a time to UPLOAD_PATH, which the host saves to disk
 * and answers with an id; the call then carries `{ "$upload": "<id>" }`, so no
 * request body holds more than one file. IPC carries bytes natively.
 */
export const BYTES_TAG = '$bytes';
export const UPLOAD_TAG = '$upload';
export const UPLOAD_PATH = '/upload';
export const TOKEN_HEADER = 'x-scrutineer-token';
export const API_PATH_PREFIX = '/api/';

export function isTaggedBytes(value: unknown): value is { [BYTES_TAG]: string } {
  return (
    typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)[BYTES_TAG] === 'string'
  );
}

export function isUploadRef(value: unknown): value is { [UPLOAD_TAG]: string } {
  return (
    typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)[UPLOAD_TAG] === 'string'
  );
}
