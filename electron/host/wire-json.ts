import { BYTES_TAG, isTaggedBytes } from '../../shared/api/wire';

/** Parses an HTTP request body, turning tagged base64 back into bytes. */
export function decodeWireJson(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) =>
    isTaggedBytes(value) ? new Uint8Array(Buffer.from(value[BYTES_TAG], 'base64')) : value,
  );
}

/** Writes an API result as JSON, with bytes as tagged base64. */
export function encodeWireJson(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, item: unknown) {
    const original = key === '' ? item : this[key];
    return original instanceof Uint8Array ? { [BYTES_TAG]: Buffer.from(original).toString('base64') } : item;
  });
}
