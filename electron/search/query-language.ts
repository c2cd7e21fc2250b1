/**
 * The plain query language people type, turned into an FTS5 query:
 *   words            all of them (stemmed: "inspections" finds "inspection")
 *   "exact phrase"   the words in that order
 *   word*            words starting with it
 *   a OR b           either
 *   -word, NOT word  leave out passages with it
 * Every term is quoted, so punctuation never causes a syntax error.
 */
export function toFtsQuery(input: string, options: { prefixLast?: boolean } = {}): string | null {
  const tokens = [...input.matchAll(/(-?)"([^"]*)"?|(\S+)/g)];
  const wanted: string[] = [];
  const unwanted: string[] = [];
  let negateNext = false;
  let orNext = false;
  tokens.forEach((match, index) => {
    const [, minus, phrase, bare] = match;
    if (bare === 'OR' || bare === '|') {
      orNext = wanted.length > 0;
      return;
    }
    if (bare === 'AND' || bare === '&') return;
    if (bare === 'NOT') {
      negateNext = true;
      return;
    }
    const negative = negateNext || minus === '-' || (bare?.startsWith('-') ?? false);
    const raw = phrase ?? (bare ?? '').replace(/^-/, '');
    const isLast = index === tokens.length - 1;
    const prefix = raw.endsWith('*') || (options.prefixLast === true && isLast && phrase === undefined && !negative);
    const words = raw.replace(/\*+$/, '').replace(/"/g, ' ').trim();
    negateNext = false;
    if (!/[\p{L}\p{N}]/u.test(words)) return;
    const term = `"${words}"${prefix && phrase === undefined ? '*' : ''}`;
    if (negative) {
      unwanted.push(term);
    } else if (orNext) {
      wanted[wanted.length - 1] = `${wanted[wanted.length - 1]} OR ${term}`;
      orNext = false;
    } else {
      wanted.push(term);
    }
  });
  if (wanted.length === 0) return null;
  const positive = wanted.map((w) => (w.includes(' OR ') ? `(${w})` : w)).join(' AND ');
  return unwanted.length === 0 ? positive : `(${positive}) NOT (${unwanted.join(' OR ')})`;
}
