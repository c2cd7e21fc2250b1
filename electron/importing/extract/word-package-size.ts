import { ImportProblem } from '../import-problem';
import { inflatedSize, unpacksTooFar } from './unpack-limits';

/**
 * Limits on what a Word document (a zip) may unpack to. Every part counts,
 * whatever its name: a part named like a picture can be what the document's
 * relationships point to as its text. A Word document's text is a few
 * megabytes; its pictures are already compressed, so they unpack to about
 * their packed size.
 */
export const WORD_LIMITS = {
  /** No one part unpacks to more than this. */
  partBytes: 64 * 1024 * 1024,
  /** Nor all the parts together. */
  totalBytes: 320 * 1024 * 1024,
  /** A part over `ratioFromBytes` unpacks to at most this many times its packed size. */
  ratio: 100,
  ratioFromBytes: 8 * 1024 * 1024,
};

const damaged = () =>
  new ImportProblem(
    'unreadable-file',
    'it is not a readable Word document: it may be damaged or only partly downloaded.',
  );

/**
 * Refuses a Word document whose parts would unpack beyond WORD_LIMITS, before
 * mammoth unpacks them whole: a "zip bomb" of a megabyte can hold gigabytes.
 * Sizes written in the zip can lie, so each compressed part is also inflated
 * (and counted, not kept) up to its limit. A zip whose directory cannot be
 * read whole is refused too, rather than trusted to the reader.
 */
export async function checkWordPackageSize(data: Uint8Array): Promise<void> {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const directory = findCentralDirectory(bytes);
  if (!directory) throw damaged();
  let left = WORD_LIMITS.totalBytes;
  let at = directory.offset;
  for (let entry = 0; entry < directory.entries; entry++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) throw damaged();
    const method = bytes.readUInt16LE(at + 10);
    const packed = bytes.readUInt32LE(at + 20);
    const declared = bytes.readUInt32LE(at + 24);
    const localHeader = bytes.readUInt32LE(at + 42);
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const limit = Math.min(left, limitFor(Math.min(packed, bytes.length)));
    if (declared !== 0xffffffff && declared > limit) throw unpacksTooFar();
    // Stored parts are their packed size; a reader refuses any method but these two.
    const size = method === 8 ? await deflatedSize(bytes, localHeader, limit) : Math.min(packed, bytes.length);
    if (size > limit) throw unpacksTooFar();
    left -= size;
  }
}

function limitFor(packed: number): number {
  const byRatio = Math.max(WORD_LIMITS.ratioFromBytes, packed * WORD_LIMITS.ratio);
  return Math.min(WORD_LIMITS.partBytes, byRatio);
}

function findCentralDirectory(bytes: Buffer): { offset: number; entries: number } | null {
  // The end record is in the last 22 bytes plus up to 64 KB of comment.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes.readUInt32LE(at) === 0x06054b50) {
      return { entries: bytes.readUInt16LE(at + 10), offset: bytes.readUInt32LE(at + 16) };
    }
  }
  return null;
}

/** What one deflated part unpacks to, up to just past `limit`; its data runs until the deflate stream ends. */
async function deflatedSize(bytes: Buffer, localHeader: number, limit: number): Promise<number> {
  if (localHeader + 30 > bytes.length || bytes.readUInt32LE(localHeader) !== 0x04034b50) throw damaged();
  const start = localHeader + 30 + bytes.readUInt16LE(localHeader + 26) + bytes.readUInt16LE(localHeader + 28);
  return inflatedSize(bytes.subarray(start), 'raw', limit);
}
