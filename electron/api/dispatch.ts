import { contract, isMethodName, type Handlers } from '../../shared/api/contract';
import { ApiError, DISK_FULL_MESSAGE, isDiskFull, type ApiResult } from '../../shared/api/errors';

export type Dispatch = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

/**
 * The one registrar every transport (IPC, loopback HTTP, command line) goes
 * through: it checks the method exists, validates the input against the
 * contract, calls the handler and returns the result or error as a value.
 */
export function createDispatch(handlers: Handlers, log: (error: unknown) => void = console.error): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'invalid-input', message: `There is no API method called "${method}".` } };
    }
    const parsed = contract[method].input.safeParse(input ?? {});
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
      return { ok: false, error: { code: 'invalid-input', message: `The request was not valid (${detail}).` } };
    }
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, error: { code: error.code, message: error.message } };
      // The write was rolled back whole; nothing before it is lost.
      if (isDiskFull(error)) return { ok: false, error: { code: 'disk-full', message: DISK_FULL_MESSAGE } };
      log(error);
      return {
        ok: false,
        error: {
          code: 'internal',
          message: 'Something went wrong inside Scrutineer. Your saved work is safe; please try again.',
        },
      };
    }
  };
}
