import type { RunResult, Statement } from 'better-sqlite3';
import sql, { empty, join, raw, type Sql } from 'sql-template-tag';
import type { Db } from './open-library';

export { sql, empty, join, raw, type Sql };

/** More distinct texts than this (lists of varying length) and the cache starts again. */
const MOST_STATEMENTS = 500;
const cache = new WeakMap<Db, Map<string, Statement>>();

/**
 * The one place statements are prepared: each SQL text once per library, then reused.
 * A plucked statement (first column only) is kept apart from the plain one, because
 * plucking changes the statement.
 */
export function prepared(db: Db, text: string, pluck = false): Statement {
  let statements = cache.get(db);
  if (!statements) cache.set(db, (statements = new Map<string, Statement>()));
  const key = pluck ? `pluck:${text}` : text;
  let statement = statements.get(key);
  if (!statement) {
    if (statements.size >= MOST_STATEMENTS) statements.clear();
    statement = db.prepare(text);
    statements.set(key, statement);
  }
  // A caller may have plucked a shared statement: each use starts from the plain form.
  if (statement.reader) statement.pluck(pluck);
  return statement;
}

/** How SQLite will run a query, one line a step ("SEARCH o USING INDEX …"): for tests that keep a query on its index. */
export function queryPlan(db: Db, text: string): string[] {
  return (db.prepare(`EXPLAIN QUERY PLAN ${text}`).all() as { detail: string }[]).map((step) => step.detail);
}

/** Every row of a query built with the `sql` tag: each value is bound, never spliced into the text. */
export function all<T>(db: Db, query: Sql): T[] {
  return prepared(db, query.sql).all(...query.values) as T[];
}

/** The first row, if any. */
export function one<T>(db: Db, query: Sql): T | undefined {
  return prepared(db, query.sql).get(...query.values) as T | undefined;
}

/** The first column of the first row, if any. */
export function value<T>(db: Db, query: Sql): T | undefined {
  return prepared(db, query.sql, true).get(...query.values) as T | undefined;
}

/** The first column of every row. */
export function values<T>(db: Db, query: Sql): T[] {
  return prepared(db, query.sql, true).all(...query.values) as T[];
}

export function run(db: Db, query: Sql): RunResult {
  return prepared(db, query.sql).run(...query.values);
}

/** The id of the row a statement inserted. */
export function insert(db: Db, query: Sql): number {
  return Number(run(db, query).lastInsertRowid);
}

/** Runs `work` in one transaction (nested calls become savepoints): all of it or none of it. */
export function inTransaction<T>(db: Db, work: () => T): T {
  return db.transaction(work)();
}

/** What one piece of work came to: its result, or what it threw. */
export type Outcome<T> = { ok: T } | { error: unknown };

/**
 * Runs pieces of work in one transaction, each in a savepoint of its own: a piece that
 * throws is rolled back alone and its error kept in its place, and the others are
 * committed together. `enough` is asked after each piece; once it says so, the pieces
 * left are not run (the caller passes them again). The outcomes are of the pieces run,
 * in order. If the transaction as a whole is lost (SQLite rolled it all back after an
 * error, or it could not be committed), the pieces it held are run again, each in a
 * transaction of its own, so none is reported stored that is not.
 */
export function eachInOneTransaction<T>(
  db: Db,
  works: readonly (() => T)[],
  enough: () => boolean = () => false,
): Outcome<T>[] {
  const outcomes: Outcome<T>[] = [];
  let begun = 0;
  try {
    db.transaction(() => {
      for (const work of works) {
        begun++;
        try {
          outcomes.push({ ok: db.transaction(work)() });
        } catch (error) {
          if (!db.inTransaction) throw error;
          outcomes.push({ error });
        }
        if (enough()) break;
      }
    })();
    return outcomes;
  } catch {
    return works.slice(0, Math.max(begun, 1)).map((work): Outcome<T> => {
      try {
        return { ok: inTransaction(db, work) };
      } catch (error) {
        return { error };
      }
    });
  }
}
