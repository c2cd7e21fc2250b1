import zlib from 'node:zlib';
import { ImportProblem } from '../import-problem';

/** Why a file that unpacks far beyond what it could hold is refused: a "zip bomb" or a "flate bomb". */
export const unpacksTooFar = () =>
  new ImportProblem(
    'unreadable-file',
    'it unpacks to far more than a meeting paper could hold, so it may be damaged or made to cause trouble.',
  );

/** Most parts unpack to less than this: counted in one step, which is quick. */
const QUICK_BYTES = 8 * 1024 * 1024;

/**
 * How many bytes compressed data starting at `data[0]` unpacks to, stopping
 * once past `cap` (returning cap + 1) or at the end of the compressed data
 * (what follows is ignored). Past the first few megabytes it is counted as it
 * inflates and never kept, so counting costs little memory however big the
 * answer. Damaged data counts as 0: the reader proper will say it is damaged.
 */
export async function inflatedSize(data: Uint8Array, format: 'raw' | 'zlib', cap: number): Promise<number> {
  const quick = Math.min(cap, QUICK_BYTES);
  try {
    const inflate = format === 'raw' ? zlib.inflateRawSync : zlib.inflateSync;
    return inflate(data, { maxOutputLength: quick + 1 }).length;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_BUFFER_TOO_LARGE') return 0;
    if (cap <= quick) return cap + 1;
  }
  return countInflating(data, format, cap);
}

function countInflating(data: Uint8Array, format: 'raw' | 'zlib', cap: number): Promise<number> {
  const options = { chunkSize: 1024 * 1024 };
  const inflater = format === 'raw' ? zlib.createInflateRaw(options) : zlib.createInflate(options);
  return new Promise((resolve) => {
    let size = 0;
    const settle = (result: number) => {
      inflater.destroy();
      resolve(result);
    };
    inflater.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > cap) settle(cap + 1);
    });
    inflater.on('end', () => settle(size));
    inflater.on('error', () => settle(size));
    inflater.end(data);
  });
}
