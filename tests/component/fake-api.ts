import type { Api } from '../../shared/api/contract';
import { methodNames } from '../../shared/api/contract';

/** A typed stand-in for the main process: each method not given fails loudly. */
export function createFakeApi(partial: Partial<Api> = {}): Api {
  const defaults: Partial<Api> = { listMeetings: () => Promise.resolve([]) };
  const api = Object.fromEntries(
    methodNames.map((name) => [name, () => Promise.reject(new Error(`fake API: ${name} was not expected`))]),
  ) as unknown as Api;
  return { ...api, ...defaults, ...partial };
}
