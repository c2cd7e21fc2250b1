import type { RawBlock } from '../blocks';
import { firstWords, notATitle, titleOf, type ItemStart } from './item-starts';

/** The most items a gap may lack for them to be looked for. */
const MAX_GAP = 12;

/** "4. Parking The clerk reported …", "4 Planning": a block that starts with the number it is given. */
const startsWithNumber = (n: number) => new RegExp(`^${n}(?:[.):,]\\s*|\\s+(?=[A-Z]))(\\S.*)$`);

/**
 * Items 1, 2, 3 and 5 found, item 4 not (its title ran into a sentence, or read like one): the block between items 3
 * and 5 that starts with "4" is item 4. So too the items before the first found, in order, when the first found is not
 * item 1. Only for items numbered by whole numbers that count up, and never for a part of a decision ("4. That …").
 */
export function fillCountingGaps(blocks: RawBlock[], found: ItemStart[]): ItemStart[] {
  const numbers = found.map((f) => (f.number && /^\d{1,3}$/.test(f.number) ? Number(f.number) : NaN));
  if (found.length < 1 || numbers.some((n, i) => Number.isNaN(n) || (i > 0 && n <= (numbers[i - 1] ?? 0))))
    return found;
  if (found.length === 1) return everyOneBefore(blocks, found[0] as ItemStart, numbers[0] ?? 0) ?? found;
  const filled: ItemStart[] = [];
  let from = 0;
  found.forEach((item, i) => {
    const upTo = numbers[i] ?? 0;
    const first = i === 0 ? 1 : (numbers[i - 1] ?? 0) + 1;
    // A short gap only: items 1 and 2 before a first found item 3, not 1 to 170 before item 171.
    for (let n = upTo - first <= MAX_GAP ? first : upTo; n < upTo; n++) {
      const missing = findNumbered(blocks, n, from, item.index);
      if (missing) {
        filled.push(missing);
        from = missing.index + 1;
      }
    }
    filled.push(item);
    from = item.index + 1;
  });
  return filled;
}

/**
 * Only item 5 found, its title on a line of its own, and items 1 to 4 each a long line that reads like a sentence:
 * all of 1 to 4, in order, before it, or none.
 */
function everyOneBefore(blocks: RawBlock[], item: ItemStart, upTo: number): ItemStart[] | null {
  if (upTo < 3 || upTo - 1 > MAX_GAP) return null;
  const before: ItemStart[] = [];
  let from = 0;
  for (let n = 1; n < upTo; n++) {
    const missing = findNumbered(blocks, n, from, item.index);
    if (!missing) return null;
    before.push(missing);
    from = missing.index + 1;
  }
  return [...before, item];
}

function findNumbered(blocks: RawBlock[], n: number, from: number, before: number): ItemStart | null {
  const pattern = startsWithNumber(n);
  for (let index = from; index < before; index++) {
    const rest = pattern.exec(blocks[index]?.text ?? '')?.[1]?.trim();
    if (!rest || !/^[A-Z(]/.test(rest) || notATitle(rest)) continue;
    return {
      index,
      bodyFrom: index + 1,
      number: String(n),
      minuteNumber: null,
      title: titleOf(rest) ?? firstWords(rest),
    };
  }
  return null;
}
