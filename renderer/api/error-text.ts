/** The words of an error from the API (which already says what happened and what to do), or of anything else thrown. */
export function errorText(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return 'Something went wrong. Try again; if it keeps happening, restart Scrutineer.';
}
