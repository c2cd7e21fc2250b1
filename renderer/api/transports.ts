import type { ApiResult } from '../../shared/api/errors';
import type { Bridge } from '../../shared/api/events';
import {
  API_PATH_PREFIX,
  BYTES_TAG,
  isTaggedBytes,
  TOKEN_HEADER,
  UPLOAD_PATH,
  UPLOAD_TAG,
} from '../../shared/api/wire';
import type { Transport } from './client';

/** Inside Electron: the preload's bridge over IPC. */
export function ipcTransport(bridge: Bridge): Transport {
  return (method, input) => bridge.invoke(method, input) as Promise<ApiResult<unknown>>;
}

/** In a browser, against the loopback host: POST /api/<method> with the run's token. */
export function httpTransport(token: string): Transport {
  const post = async (path: string, contentType: string, body: BodyInit): Promise<Response> => {
    let response: Response;
    try {
      response = await fetch(path, {
        method: 'POST',
        headers: { 'Content-Type': contentType, [TOKEN_HEADER]: token },
        body,
      });
    } catch {
      throw new Refused('Scrutineer is not running. Start it again and reload this page.');
    }
    if (response.ok) return response;
    if (response.status === 401) {
      throw new Refused('This page is missing its access key. Open the address Scrutineer printed when it started.');
    }
    // The host's own sentence says what was wrong with a file or request that was too large.
    if (response.status === 413) throw new Refused(await response.text());
    throw new Refused(`Scrutineer refused the request (${response.status}).`);
  };
  // Each file goes on its own, to disk on the host, before the call that names it.
  const upload = async (bytes: Uint8Array<ArrayBuffer>) => {
    const response = await post(UPLOAD_PATH, 'application/octet-stream', bytes);
    return { [UPLOAD_TAG]: ((await response.json()) as { id: string }).id };
  };
  return async (method, input) => {
    try {
      const body = JSON.stringify(await replaceBytes(input ?? {}, upload));
      const response = await post(`${API_PATH_PREFIX}${encodeURIComponent(method)}`, 'application/json', body);
      return JSON.parse(await response.text(), decodeBytes) as ApiResult<unknown>;
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
      return { ok: false, error: { code: 'internal', message: error.message } };
    }
  };
}

class Refused extends Error {}

/** The value with every Uint8Array in it replaced by what `swap` makes of it, one at a time. */
async function replaceBytes(
  value: unknown,
  swap: (bytes: Uint8Array<ArrayBuffer>) => Promise<unknown>,
): Promise<unknown> {
  if (value instanceof Uint8Array) return swap(value as Uint8Array<ArrayBuffer>);
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    for (const item of value) items.push(await replaceBytes(item, swap));
    return items;
  }
  if (typeof value === 'object' && value !== null) {
    const entries: [string, unknown][] = [];
    for (const [key, item] of Object.entries(value)) entries.push([key, await replaceBytes(item, swap)]);
    return Object.fromEntries(entries);
  }
  return value;
}

function decodeBytes(_key: string, value: unknown): unknown {
  if (!isTaggedBytes(value)) return value;
  const binary = atob(value[BYTES_TAG]);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
