import type { z } from 'zod';

export interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  /** Type-only marker: the value is never read. */
  output: O;
}

/** Declares one API method: `method(inputSchema).returns<Output>()`. */
export function method<I extends z.ZodType>(input: I) {
  return {
    returns: <O>(): MethodSpec<I, O> => ({ input, output: undefined as O }),
  };
}
