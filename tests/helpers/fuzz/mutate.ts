import type { Random } from './seeded-random';

/** One way of damaging a file, as disks, downloads and e-mail gateways damage them. */
export type Mutation = 'truncate' | 'bit-flip' | 'byte-splice' | 'overwrite-run' | 'duplicate-run' | 'delete-run';

export const MUTATIONS: readonly Mutation[] = [
  'truncate',
  'bit-flip',
  'byte-splice',
  'overwrite-run',
  'duplicate-run',
  'delete-run',
];

/** A damaged copy of `data`; `other` supplies the bytes spliced in. */
export function mutate(
  data: Uint8Array,
  mutation: Mutation,
  random: Random,
  other: Uint8Array,
): Uint8Array<ArrayBuffer> {
  const at = random.int(Math.max(1, data.length));
  const run = 1 + random.int(Math.max(1, Math.min(4096, data.length >> 3)));
  switch (mutation) {
    case 'truncate':
      return data.slice(0, at);
    case 'bit-flip': {
      const copy = data.slice();
      const flips = 1 + random.int(16);
      for (let i = 0; i < flips && copy.length > 0; i++) {
        const index = random.int(copy.length);
        copy[index] = (copy[index] ?? 0) ^ (1 << random.int(8));
      }
      return copy;
    }
    case 'byte-splice': {
      const from = random.int(Math.max(1, other.length));
      const piece = other.subarray(from, from + run);
      return concat(data.subarray(0, at), piece, data.subarray(at + random.int(run)));
    }
    case 'overwrite-run': {
      const copy = data.slice();
      const value = random.pick([0x00, 0xff, 0x20, random.int(256)]);
      copy.fill(value, at, at + run);
      return copy;
    }
    case 'duplicate-run':
      return concat(data.subarray(0, at + run), data.subarray(at, at + run), data.subarray(at + run));
    case 'delete-run':
      return concat(data.subarray(0, at), data.subarray(at + run));
  }
}

export function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
