import { BYTES_TAG, isTaggedBytes, isUploadRef, UPLOAD_TAG } from '../../shared/api/wire';

/** Where a call names an uploaded file: the object and key that the file's bytes go in. */
export interface UploadRef {
  holder: Record<string, unknown>;
  key: string;
  id: string;
}

/**
 * Parses an HTTP request body, turning tagged base64 back into bytes and
 * noting each `{ "$upload": id }` for the caller to fill in. JSON.parse walks
 * the value itself, so no nesting, however deep, recurses in our code.
 */
export function decodeWireJson(text: string): { value: unknown; uploads: UploadRef[] } {
  const uploads: UploadRef[] = [];
  const value: unknown = JSON.parse(text, function (this: Record<string, unknown>, key: string, item: unknown) {
    if (isTaggedBytes(item)) return new Uint8Array(Buffer.from(item[BYTES_TAG], 'base64'));
    if (isUploadRef(item)) uploads.push({ holder: this, key, id: item[UPLOAD_TAG] });
    return item;
  });
  return { value, uploads };
}

/** Writes an API result as JSON, with bytes as tagged base64. */
export function encodeWireJson(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, item: unknown) {
    const original = key === '' ? item : this[key];
    return original instanceof Uint8Array ? { [BYTES_TAG]: Buffer.from(original).toString('base64') } : item;
  });
}
