/** The largest paper one import takes. Kept apart from the contract so that the loopback host starts without zod. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;
