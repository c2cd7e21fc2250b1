import { inflatedSize, unpacksTooFar } from './unpack-limits';

/**
 * Limits on what a PDF's compressed (Flate) streams may unpack to. A page's
 * text is kilobytes; a scanned page's picture tens of megabytes. Every stream
 * counts, whatever its dictionary says it is: a stream labelled a picture can
 * be what a page draws from.
 */
export const PDF_LIMITS = {
  streamBytes: 128 * 1024 * 1024,
  totalBytes: 768 * 1024 * 1024,
  /** A stream over `ratioFromBytes` unpacks to at most this many times its packed size. */
  ratio: 200,
  ratioFromBytes: 16 * 1024 * 1024,
};

const STREAM = Buffer.from('stream');

/**
 * Refuses a PDF whose Flate streams would unpack beyond PDF_LIMITS, before
 * pdf.js unpacks them: a "flate bomb" of a megabyte can hold gigabytes. Each
 * stream is inflated (counted, not kept) from its start until its compressed
 * data ends, so a /Length that lies changes nothing. Streams with other
 * filters, or encrypted, are left to the import worker's memory and time limits.
 */
export async function checkPdfStreamSizes(data: Uint8Array): Promise<void> {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  let left = PDF_LIMITS.totalBytes;
  for (let at = bytes.indexOf(STREAM); at >= 0; at = bytes.indexOf(STREAM, at + STREAM.length)) {
    const start = dataStart(bytes, at);
    if (start === null || !isZlibHeader(bytes, start)) continue;
    const next = bytes.indexOf(STREAM, start);
    const packed = (next < 0 ? bytes.length : next) - start;
    const limit = Math.min(
      left,
      PDF_LIMITS.streamBytes,
      Math.max(PDF_LIMITS.ratioFromBytes, packed * PDF_LIMITS.ratio),
    );
    const size = await inflatedSize(bytes.subarray(start), 'zlib', limit);
    if (size > limit) throw unpacksTooFar();
    left -= size;
  }
}

/** Where a stream's data begins, as pdf.js finds it: on the line after the keyword `stream` (not `endstream`). */
function dataStart(bytes: Buffer, at: number): number | null {
  if (at >= 3 && bytes.toString('latin1', at - 3, at) === 'end') return null;
  let end = at + STREAM.length;
  while (end < bytes.length && bytes[end] !== 0x0a && bytes[end] !== 0x0d) end++;
  if (end >= bytes.length) return null;
  return bytes[end] === 0x0d && bytes[end + 1] === 0x0a ? end + 2 : end + 1;
}

/** A zlib header: deflate, and a check that makes the first two bytes a multiple of 31. */
function isZlibHeader(bytes: Buffer, at: number): boolean {
  const first = bytes[at];
  const second = bytes[at + 1];
  return first !== undefined && second !== undefined && (first & 0x0f) === 8 && ((first << 8) | second) % 31 === 0;
}
