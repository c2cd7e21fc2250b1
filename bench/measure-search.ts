import { spawnSync } from 'node:child_process';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../electron/library/open-library';
import { searchLibrary } from '../electron/library/queries/search';
import type { BenchQuery, QueryKind } from './queries';
import { median, percentile } from './stats';

export interface QueryTiming {
  query: BenchQuery;
  ms: number;
  results: number;
}

export interface SearchMeasurement {
  p50: number;
  p95: number;
  max: number;
  byKind: Record<string, { p50: number; p95: number; max: number }>;
  slowest: { query: string; kind: QueryKind; ms: number }[];
  timings: QueryTiming[];
}

function summarise(timings: QueryTiming[]): SearchMeasurement {
  const ms = timings.map((t) => t.ms);
  const byKind: SearchMeasurement['byKind'] = {};
  for (const kind of [...new Set(timings.map((t) => t.query.kind))]) {
    const own = timings.filter((t) => t.query.kind === kind).map((t) => t.ms);
    byKind[kind] = { p50: median(own), p95: percentile(own, 0.95), max: Math.max(...own) };
  }
  return {
    p50: median(ms),
    p95: percentile(ms, 0.95),
    max: Math.max(...ms),
    byKind,
    slowest: [...timings]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5)
      .map((t) => ({ query: t.query.search.query, kind: t.query.kind, ms: t.ms })),
    timings,
  };
}

/**
 * The app's own searchLibrary (ranked FTS5 over papers, titles, notes, questions
 * and outcomes, with snippets, 50 results), warm: one pass to warm the caches,
 * then `passes` timed passes; each query's time is its median over the passes.
 */
export function measureSearch(db: Db, queries: BenchQuery[], passes: number): SearchMeasurement {
  for (const q of queries) searchLibrary(db, q.search);
  const timings = queries.map((query) => {
    const times: number[] = [];
    let results = 0;
    for (let i = 0; i < passes; i++) {
      const started = performance.now();
      results = searchLibrary(db, query.search).length;
      times.push(performance.now() - started);
    }
    return { query, ms: median(times), results };
  });
  return summarise(timings);
}

/**
 * The reference: the same queries as a LIKE '%…%' scan of the same table (the
 * searchable blocks), each word a substring that must appear, first 50 rows.
 */
export function measureLikeScan(db: Db, queries: BenchQuery[]): SearchMeasurement {
  const statements = new Map<number, Statement<unknown[]>>();
  const statement = (words: number) => {
    let s = statements.get(words);
    if (!s) {
      const where = Array.from({ length: words }, () => 'b.text LIKE ?').join(' AND ');
      s = db.prepare(`SELECT b.id, b.text FROM block b WHERE b.current = 1 AND ${where} LIMIT 50`);
      statements.set(words, s);
    }
    return s;
  };
  statement(1).all('%warm%');
  const timings = queries.map((query) => {
    const started = performance.now();
    const results = statement(query.like.length).all(...query.like.map((w) => `%${w}%`)).length;
    return { query, ms: performance.now() - started, results };
  });
  return summarise(timings);
}

/**
 * What a member would do instead: pdfgrep -ri over the folder of PDFs, one query
 * at a time (the rarest word of a two-word query: one pass, a lower bound).
 */
export function measurePdfgrep(folder: string, queries: BenchQuery[]): SearchMeasurement {
  const timings = queries.map((query) => {
    const started = performance.now();
    const result = spawnSync('pdfgrep', ['-r', '-i', '--', query.grep, folder], {
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    const ms = performance.now() - started;
    if (result.status !== 0 && result.status !== 1) {
      throw new Error(`pdfgrep failed (${result.status}): ${result.stderr.toString()}`);
    }
    const results = result.stdout
      .toString()
      .split('\n')
      .filter((line) => line !== '').length;
    return { query, ms, results };
  });
  return summarise(timings);
}

/** Queries spread over the kinds: every k-th, so a sample keeps the mix. */
export function sample<T>(items: T[], count: number): T[] {
  if (count >= items.length) return items;
  const step = items.length / count;
  return Array.from({ length: count }, (_, i) => items[Math.floor(i * step)] as T);
}
