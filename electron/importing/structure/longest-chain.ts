/**
 * The longest run of things, in the order given, each of which follows the one kept before it: items whose numbers
 * count up, codes of one sequence. Quadratic in the things given; callers keep them few.
 */
export function longestChain<T>(things: readonly T[], follows: (later: T, earlier: T) => boolean): T[] {
  const length = things.map(() => 1);
  const previous = things.map(() => -1);
  things.forEach((thing, i) => {
    for (let j = 0; j < i; j++) {
      if (follows(thing, things[j] as T) && (length[j] ?? 0) + 1 > (length[i] ?? 0)) {
        length[i] = (length[j] ?? 0) + 1;
        previous[i] = j;
      }
    }
  });
  let end = things.length === 0 ? -1 : length.indexOf(Math.max(...length));
  const chain: T[] = [];
  while (end >= 0) {
    chain.unshift(things[end] as T);
    end = previous[end] ?? -1;
  }
  return chain;
}
