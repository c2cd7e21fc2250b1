import { BYTES_TAG, isTaggedBytes } from '../../shared/api/wire';

/** Parses an HTTP request body, turning tagged base64 back into bytes. */
export function decodeWireJson(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) =>
    isTaggedBytes(value) ? new Uint8Array(Buffer.from(value[BYTES_TAG], 'base64')) : value,
  );
}
