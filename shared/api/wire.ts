/**
 * How API calls travel over the loopback host's HTTP transport: JSON, with file
 * bytes (Uint8Array) as `{ "$bytes": "<base64>" }`. IPC carries bytes natively.
 */
export const BYTES_TAG = '$bytes';
export const TOKEN_HEADER = 'x-scrutineer-token';
export const API_PATH_PREFIX = '/api/';

export function isTaggedBytes(value: unknown): value is { [BYTES_TAG]: string } {
  return (
    typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)[BYTES_TAG] === 'string'
  );
}
