import zlib from 'node:zlib';
import { ImportProblem } from '../import-problem';

/** More text than any meeting paper holds; a Word document's XML is a few megabytes. */
export const MAX_WORD_XML_BYTES = 128 * 1024 * 1024;

/** Parts the text is never read from (pictures, fonts, embedded objects): Scrutineer leaves them packed. */
const UNREAD_PART = /\.(png|jpe?g|jfif|gif|bmp|tiff?|emf|wmf|svg|webp|wdp|bin|odttf|ttf|otf|mp3|mp4|wav)$/i;

const tooBig = () =>
  new ImportProblem(
    'unreadable-file',
    'it is a Word document that unpacks to far more text than any meeting paper holds, so it may be damaged or made to cause trouble.',
  );

/**
 * Refuses a Word document (a zip) whose text parts would unpack to more than
 * MAX_WORD_XML_BYTES, before mammoth unpacks them whole: a "zip bomb" of a few
 * megabytes can hold gigabytes. Sizes written in the zip can lie, so each part
 * is unpacked with a cap. A zip this cannot make sense of is left to mammoth,
 * which refuses it in its own words.
 */
export function checkWordPackageSize(data: Uint8Array): void {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const directory = findCentralDirectory(bytes);
  if (!directory) return;
  let budget = MAX_WORD_XML_BYTES;
  let at = directory.offset;
  for (let entry = 0; entry < directory.entries && at + 46 <= bytes.length; entry++) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) return;
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const declaredSize = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const localHeader = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('latin1', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (UNREAD_PART.test(name)) continue;
    if (declaredSize !== 0xffffffff && declaredSize > budget) throw tooBig();
    if (method === 0) {
      budget -= Math.min(compressedSize, bytes.length);
    } else if (method === 8) {
      budget -= unpackedSize(bytes, localHeader, compressedSize, budget);
    }
    if (budget < 0) throw tooBig();
  }
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

/** How many bytes one deflated part unpacks to, stopping once it passes the budget. */
function unpackedSize(bytes: Buffer, localHeader: number, compressedSize: number, budget: number): number {
  if (localHeader + 30 > bytes.length || bytes.readUInt32LE(localHeader) !== 0x04034b50) return 0;
  const start = localHeader + 30 + bytes.readUInt16LE(localHeader + 26) + bytes.readUInt16LE(localHeader + 28);
  const end = compressedSize === 0xffffffff ? bytes.length : Math.min(bytes.length, start + compressedSize);
  try {
    return zlib.inflateRawSync(bytes.subarray(start, end), { maxOutputLength: budget + 1 }).length;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return budget + 1;
    return 0; // Damaged data: mammoth will say so.
  }
}
