/** A marked range of the full text: an annotation or a find match. */
export interface Mark {
  start: number;
  end: number;
  /** e.g. "highlight yellow", "find", "find current". */
  className: string;
  annotationId?: number;
}

export interface Segment {
  text: string;
  marks: Mark[];
}

/**
 * Cuts one block's text into runs, each carrying the marks that cover it, so
 * overlapping highlights and find matches render as nested-free spans.
 */
export function segmentsOf(text: string, blockStart: number, marks: readonly Mark[]): Segment[] {
  const blockEnd = blockStart + text.length;
  const inside = marks.filter((m) => m.end > blockStart && m.start < blockEnd);
  if (inside.length === 0) return [{ text, marks: [] }];
  const cuts = new Set([0, text.length]);
  for (const m of inside) {
    cuts.add(Math.max(0, m.start - blockStart));
    cuts.add(Math.min(text.length, m.end - blockStart));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    if (to <= from) continue;
    const covering = inside.filter((m) => m.start - blockStart <= from && m.end - blockStart >= to);
    segments.push({ text: text.slice(from, to), marks: covering });
  }
  return segments;
}

/** Every case-insensitive occurrence of a search in the text. */
export function findMatches(text: string, query: string, limit = 5000): { start: number; end: number }[] {
  const needle = query.trim().toLocaleLowerCase('en-GB');
  if (needle.length === 0) return [];
  const haystack = text.toLocaleLowerCase('en-GB');
  const matches: { start: number; end: number }[] = [];
  for (
    let at = haystack.indexOf(needle);
    at !== -1 && matches.length < limit;
    at = haystack.indexOf(needle, at + needle.length)
  ) {
    matches.push({ start: at, end: at + needle.length });
  }
  return matches;
}
