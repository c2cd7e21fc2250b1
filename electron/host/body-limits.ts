import type { MethodName } from '../../shared/api/contract';
import { MAX_FILE_BYTES } from '../../shared/api/max-file-bytes';

const MiB = 1024 * 1024;

/** What a call's JSON needs: ids, filters, a note of 20,000 characters, file names and upload ids. */
const SMALL_JSON = 1 * MiB;

const LARGER: Partial<Record<MethodName, number>> = {
  // A notes file of up to 50 MB read as text, with room for JSON's escapes.
  importAnnotations: 64 * MiB,
};

/** The most bytes the host reads into memory for one call's body. */
export function jsonBodyLimit(method: string): number {
  return (Object.hasOwn(LARGER, method) && LARGER[method as MethodName]) || SMALL_JSON;
}

/** The most bytes one uploaded file may have: the largest paper an import takes. It goes to disk, not memory. */
export const UPLOAD_LIMIT = MAX_FILE_BYTES;

/** How many uploaded files may wait for their import call: the most one import takes. */
export const UPLOADS_WAITING_LIMIT = 500;

/** A plain sentence for a 413. */
export function tooLargeMessage(what: 'file' | 'request', limit: number): string {
  const most = limit >= MiB ? `${Math.round(limit / MiB)} MB` : `${Math.round(limit / 1024)} KB`;
  return what === 'file'
    ? `This file is too large to import: the most Scrutineer takes is ${most}.`
    : `This request is too large: the most Scrutineer takes for it is ${most}.`;
}
