/**
 * Ranking the newest matches of a very common search without FTS5's bm25().
 *
 * bm25() first counts every row that matches each phrase (its IDF), then scores
 * every match: at a million paragraphs a common word ("children", 280,000 rows)
 * costs hundreds of milliseconds however few results are wanted. When a search
 * matches more rows than the window, only the newest window's worth are ranked,
 * with the same BM25 formula read from what the index already stores per row
 * (tokens per column, in %_docsize): a paragraph counts as one hit in each column
 * where it matched, and the IDF is estimated from how densely the newest matches fall.
 */

const K1 = 1.2;
const B = 0.75;

export interface IndexAverages {
  rows: number;
  tokensPerRow: number;
}

export interface WindowRow {
  id: number;
  /** The row's %_docsize record: tokens in each column, as varints. */
  sizes: Uint8Array;
}

/** SQLite's variable-length integers, as FTS5 writes them. */
export function readVarints(bytes: Uint8Array): number[] {
  const values: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    let value = 0;
    for (let n = 0; i < bytes.length; n++) {
      const byte = bytes[i++] as number;
      if (n === 8) {
        value = value * 256 + byte;
        break;
      }
      value = value * 128 + (byte & 0x7f);
      if ((byte & 0x80) === 0) break;
    }
    values.push(value);
  }
  return values;
}

/** The index's averages record (%_data row 1): rows, then tokens per column. */
export function averagesOf(record: Uint8Array): IndexAverages {
  const [rows = 0, ...columns] = readVarints(record);
  const tokens = columns.reduce((sum, n) => sum + n, 0);
  return { rows, tokensPerRow: rows > 0 ? tokens / rows : 1 };
}

/** FTS5's IDF, floored as FTS5 floors it. */
export function idf(rows: number, hits: number): number {
  const value = Math.log((rows - hits + 0.5) / (hits + 0.5));
  return value > 0 ? value : 1e-6;
}

/** The window's rows scored with BM25 (higher is better), best first; newer first on a tie. */
export function rankWindow(
  window: WindowRow[],
  weights: readonly number[],
  averages: IndexAverages,
  estimatedHits: number,
): { id: number; score: number }[] {
  const weight = idf(averages.rows, Math.min(averages.rows, estimatedHits));
  return window
    .map(({ id, sizes }) => {
      const columns = readVarints(sizes);
      let tf = 0;
      let length = 0;
      columns.forEach((tokens, c) => {
        length += tokens;
        if (tokens > 0) tf += weights[c] ?? 1;
      });
      const norm = K1 * (1 - B + (B * length) / averages.tokensPerRow);
      return { id, score: tf === 0 ? 0 : (weight * tf * (K1 + 1)) / (tf + norm) };
    })
    .sort((a, b) => b.score - a.score || b.id - a.id);
}

/**
 * How many rows match in all, from how closely the newest `window.length` matches
 * follow each other among the rowids: matches are spread through the library.
 */
export function estimateHits(windowIds: number[], firstRowid: number, lastRowid: number, rows: number): number {
  if (windowIds.length === 0) return 0;
  const oldest = Math.min(...windowIds);
  const span = Math.max(1, lastRowid - firstRowid + 1);
  const covered = Math.max(1, lastRowid - oldest + 1);
  return Math.min(rows, Math.round((windowIds.length * span) / covered));
}
