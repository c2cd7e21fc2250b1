import type { ApiResult } from '../../shared/api/errors';
import type { Bridge } from '../../shared/api/events';
import { API_PATH_PREFIX, BYTES_TAG, isTaggedBytes, TOKEN_HEADER } from '../../shared/api/wire';
import type { Transport } from './client';

/** Inside Electron: the preload's bridge over IPC. */
export function ipcTransport(bridge: Bridge): Transport {
  return (method, input) => bridge.invoke(method, input) as Promise<ApiResult<unknown>>;
}

/** In a browser, against the loopback host: POST /api/<method> with the run's token. */
export function httpTransport(token: string): Transport {
  return async (method, input) => {
    let response: Response;
    try {
      response = await fetch(`${API_PATH_PREFIX}${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(input ?? {}, encodeBytes),
      });
    } catch {
      return {
        ok: false,
        error: { code: 'internal', message: 'Scrutineer is not running. Start it again and reload this page.' },
      };
    }
    if (!response.ok) {
      const message =
        response.status === 401
          ? 'This page is missing its access key. Open the address Scrutineer printed when it started.'
          : `Scrutineer refused the request (${response.status}).`;
      return { ok: false, error: { code: 'internal', message } };
    }
    return JSON.parse(await response.text(), decodeBytes) as ApiResult<unknown>;
  };
}

function encodeBytes(_key: string, value: unknown): unknown {
  if (!(value instanceof Uint8Array)) return value;
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < value.length; i += chunk) {
    binary += String.fromCharCode(...value.subarray(i, i + chunk));
  }
  return { [BYTES_TAG]: btoa(binary) };
}

function decodeBytes(_key: string, value: unknown): unknown {
  if (!isTaggedBytes(value)) return value;
  const binary = atob(value[BYTES_TAG]);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
