import type { Api } from '../../shared/api/contract';
import { METHOD_NAMES } from '../../shared/api/method-names';
import { ApiError, type ApiResult } from '../../shared/api/errors';

/** Carries one call to the main process and brings back its result as a value. */
export type Transport = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

/** The renderer's one way to reach the main process: every contract method, typed. */
export function createClient(transport: Transport): Api {
  const entries = METHOD_NAMES.map((name) => [
    name,
    async (input: unknown) => {
      const result = await transport(name, input);
      if (!result.ok) throw new ApiError(result.error.code, result.error.message);
      return result.value;
    },
  ]);
  return Object.freeze(Object.fromEntries(entries)) as Api;
}
