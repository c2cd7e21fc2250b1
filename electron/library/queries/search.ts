import { ApiError } from '../../../shared/api/errors';
import type { SearchQuery, SearchResult, SearchResultKind } from '../../../shared/domain';
import { toFtsQuery } from '../../search/query-language';
import { averagesOf, estimateHits, rankWindow, type WindowRow } from '../../search/window-rank';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../open-library';
import { documentIsConfidential, outcomeIsConfidential, questionIsConfidential } from './confidential';
import { prepared } from '../statements';

const MARK_OPEN = '\u0002';
const MARK_CLOSE = '\u0003';
const SNIPPET = (table: string) => `snippet(${table}, -1, char(2), char(3), '…', 18)`;
const TITLE_WEIGHT = 1.5;

const MEETING_COLUMNS = `m.id AS meetingId, c.name AS committee, m.date AS meetingDate`;
const FILTERS = `(:committee IS NULL OR c.name = :committee COLLATE NOCASE)
  AND (:from IS NULL OR m.date >= :from) AND (:to IS NULL OR m.date <= :to)`;

/** Searches of papers that match more paragraphs than this rank only the newest this many (see window-rank.ts). */
export const RANKED_WINDOW = 1000;

interface Source {
  /** The matches, ranked best first: ids and scores only, so snippets are made just for those shown. */
  ranked: string;
  /**
   * The same with no filter: the index alone, joining nothing (every row belongs to a meeting, so the joins would
   * drop none), which at thousands of matches is most of the time.
   */
  unfiltered: string;
  /** The columns of the results with these ids (:ids, a JSON array). */
  shown: string;
  /**
   * Their snippets. FTS5 moves quickly only downwards from an upper rowid bound (a lower
   * bound costs a scan from the first match; rowid = ? beside MATCH is ignored in SQLite
   * 3.53), so: down from the newest result, keeping the ids wanted (+rowid: SQLite filters
   * them), until all are found.
   */
  snippets: string;
}

const source = (s: { fts: string; rank: string; table: string; joins: string; columns: string }): Source => {
  const key = `${s.table.split(' ')[1]}.id`;
  return {
    ranked: `SELECT ${s.fts}.rowid AS id, -${s.rank} AS score FROM ${s.fts} JOIN ${s.table} ON ${key} = ${s.fts}.rowid
      ${s.joins} WHERE ${s.fts} MATCH :match AND ${FILTERS} ORDER BY ${s.rank} LIMIT :limit`,
    unfiltered: `SELECT rowid AS id, -${s.rank} AS score FROM ${s.fts} WHERE ${s.fts} MATCH :match
      ORDER BY ${s.rank} LIMIT :limit`,
    shown: `SELECT ${key} AS id, ${s.columns} FROM ${s.table} ${s.joins} WHERE ${key} IN (SELECT value FROM json_each(:ids))`,
    snippets: `SELECT rowid AS id, ${SNIPPET(s.fts)} AS snippet FROM ${s.fts}
      WHERE ${s.fts} MATCH :match AND rowid <= :newest AND +rowid IN (SELECT value FROM json_each(:ids))
      ORDER BY rowid DESC LIMIT :count`,
  };
};

/** Each kind of result: start from the FTS match, then join, then filter. */
const SOURCES: Record<SearchResultKind, Source> = {
  paper: source({
    fts: 'block_fts',
    rank: 'bm25(block_fts, 3.0, 1.0)',
    columns: `'paper' AS kind, ${MEETING_COLUMNS}, d.id AS documentId, d.title AS documentTitle, b.id AS blockId,
      b.start_offset AS offset, b.page, (SELECT label FROM printed_page p WHERE p.version_id = b.version_id AND p.page = b.page) AS printedPage, ${documentIsConfidential('d')} AS confidential`,
    table: 'block b',
    joins: `JOIN document_version v ON v.id = b.version_id JOIN document d ON d.id = v.document_id
      JOIN meeting m ON m.id = d.meeting_id JOIN committee c ON c.id = m.committee_id`,
  }),
  title: source({
    fts: 'document_fts',
    rank: `bm25(document_fts) * ${TITLE_WEIGHT}`,
    columns: `'title' AS kind, ${MEETING_COLUMNS}, d.id AS documentId, d.title AS documentTitle, NULL AS blockId,
      0 AS offset, 1 AS page, NULL AS printedPage, ${documentIsConfidential('d')} AS confidential`,
    table: 'document d',
    joins: `JOIN meeting m ON m.id = d.meeting_id JOIN committee c ON c.id = m.committee_id`,
  }),
  note: source({
    fts: 'annotation_fts',
    rank: 'bm25(annotation_fts)',
    columns: `'note' AS kind, ${MEETING_COLUMNS}, d.id AS documentId, d.title AS documentTitle, NULL AS blockId,
      a.start_offset AS offset, a.page, (SELECT label FROM printed_page p WHERE p.version_id = a.version_id AND p.page = a.page) AS printedPage, ${documentIsConfidential('d')} AS confidential`,
    table: 'annotation a',
    joins: `JOIN document d ON d.id = a.document_id
      JOIN meeting m ON m.id = d.meeting_id JOIN committee c ON c.id = m.committee_id`,
  }),
  question: source({
    fts: 'question_fts',
    rank: 'bm25(question_fts)',
    columns: `'question' AS kind, ${MEETING_COLUMNS}, d.id AS documentId, d.title AS documentTitle, NULL AS blockId,
      NULL AS offset, q.page, (SELECT label FROM printed_page p WHERE p.version_id = a.version_id AND p.page = q.page) AS printedPage, ${questionIsConfidential('q')} AS confidential`,
    table: 'question q',
    joins: `JOIN meeting m ON m.id = q.meeting_id JOIN committee c ON c.id = m.committee_id
      LEFT JOIN annotation a ON a.id = q.annotation_id LEFT JOIN document d ON d.id = a.document_id`,
  }),
  outcome: source({
    fts: 'outcome_fts',
    rank: 'bm25(outcome_fts)',
    columns: `'outcome' AS kind, ${MEETING_COLUMNS}, d.id AS documentId, d.title AS documentTitle, b.id AS blockId,
      b.start_offset AS offset, b.page, (SELECT label FROM printed_page p WHERE p.version_id = b.version_id AND p.page = b.page) AS printedPage, ${outcomeIsConfidential('o')} AS confidential`,
    table: 'outcome o',
    joins: `JOIN meeting m ON m.id = o.meeting_id JOIN committee c ON c.id = m.committee_id
      LEFT JOIN block b ON b.id = o.source_block_id
      LEFT JOIN document_version v ON v.id = o.source_version_id LEFT JOIN document d ON d.id = v.document_id`,
  }),
};

/** The newest matching paragraphs, newest first: ids only, so a search that matches few pays for no more. */
const PAPER_WINDOW = `SELECT rowid FROM block_fts WHERE block_fts MATCH :match ORDER BY rowid DESC LIMIT :window`;
/** Their sizes, read only when the window is full and is ranked here. */
const PAPER_SIZES = `SELECT id, sz AS sizes FROM block_fts_docsize WHERE id IN (SELECT value FROM json_each(:ids))`;
const PAPER_WEIGHTS = [3.0, 1.0] as const;

const ALL_KINDS = Object.keys(SOURCES) as SearchResultKind[];

/** Prepared once per library (statements.ts): at a few milliseconds a search, preparing five statements each time showed. */
const statement = (db: Db, sql: string): Statement => prepared(db, sql);

type Parameters = { match: string; committee: string | null; from: string | null; to: string | null; limit: number };

/** A ranking statement's ids and scores, best first. */
const rankedBy = (db: Db, sql: string, parameters: Parameters) =>
  statement(db, sql).all(parameters) as { id: number; score: number }[];

/** The best matches of one kind: ids and scores. */
function rankedIds(db: Db, kind: SearchResultKind, parameters: Parameters): { id: number; score: number }[] {
  const unfiltered = parameters.committee === null && parameters.from === null && parameters.to === null;
  if (kind === 'paper' && unfiltered) {
    const ids = prepared(db, PAPER_WINDOW, true).all({ match: parameters.match, window: RANKED_WINDOW }) as number[];
    if (ids.length < RANKED_WINDOW) return rankedBy(db, SOURCES.paper.unfiltered, parameters);
    const sizes = new Map(
      (statement(db, PAPER_SIZES).all({ ids: JSON.stringify(ids) }) as WindowRow[]).map((row) => [row.id, row.sizes]),
    );
    const window = ids.map((id) => ({ id, sizes: sizes.get(id) ?? new Uint8Array() }));
    const averages = averagesOf(
      (statement(db, 'SELECT block FROM block_fts_data WHERE id = 1').pluck().get() as Uint8Array | undefined) ??
        new Uint8Array(),
    );
    const span = statement(
      db,
      'SELECT (SELECT MIN(id) FROM block) AS first, (SELECT MAX(id) FROM block) AS last',
    ).get() as {
      first: number;
      last: number;
    };
    const hits = estimateHits(ids, span.first, span.last, averages.rows);
    return rankWindow(window, PAPER_WEIGHTS, averages, hits).slice(0, parameters.limit);
  }
  return rankedBy(db, unfiltered ? SOURCES[kind].unfiltered : SOURCES[kind].ranked, parameters);
}

/** Ranked passages from papers, titles, notes, questions and outcomes. */
export function searchLibrary(db: Db, query: SearchQuery): SearchResult[] {
  const match = toFtsQuery(query.query, { prefixLast: query.asYouType });
  if (match === null) return [];
  const limit = query.limit ?? 50;
  const parameters: Parameters = {
    match,
    committee: query.committee ?? null,
    from: query.from ?? null,
    to: query.to ?? null,
    limit,
  };
  let results: SearchResult[];
  try {
    results = (query.kinds ?? ALL_KINDS).flatMap((kind) => {
      const ranked = rankedIds(db, kind, parameters);
      if (ranked.length === 0) return [];
      const ids = ranked.map((r) => r.id);
      const lookup = { ids: JSON.stringify(ids) };
      const rows = new Map(
        (
          statement(db, SOURCES[kind].shown).all(lookup) as (Omit<
            SearchResult,
            'score' | 'snippet' | 'confidential'
          > & {
            id: number;
            confidential: number;
          })[]
        ).map((row) => [row.id, row]),
      );
      const snippets = new Map(
        (
          statement(db, SOURCES[kind].snippets).all({
            ...lookup,
            match,
            newest: Math.max(...ids),
            count: ids.length,
          }) as {
            id: number;
            snippet: string;
          }[]
        ).map((row) => [row.id, row.snippet]),
      );
      return ranked.flatMap(({ id, score }) => {
        const row = rows.get(id);
        if (!row) return [];
        const result: SearchResult & { id?: number } = {
          ...row,
          confidential: row.confidential === 1,
          snippet: snippets.get(id) ?? '',
          score,
        };
        delete result.id;
        return [result];
      });
    });
  } catch (error) {
    if ((error as Error).message.includes('fts5')) {
      throw new ApiError('invalid-input', 'Scrutineer could not understand that search. Try fewer symbols.');
    }
    throw error;
  }
  const byRelevance = (a: SearchResult, b: SearchResult) => b.score - a.score;
  results.sort(
    query.sort === 'newest'
      ? (a, b) => (b.meetingDate ?? '').localeCompare(a.meetingDate ?? '') || byRelevance(a, b)
      : byRelevance,
  );
  return results.slice(0, limit);
}

const INDEXES = ['block_fts', 'document_fts', 'annotation_fts', 'outcome_fts', 'question_fts'] as const;

/** Rebuilds every search index from the library itself. */
export function rebuildSearchIndex(db: Db): void {
  db.transaction(() => {
    for (const index of INDEXES) prepared(db, `INSERT INTO ${index}(${index}) VALUES ('rebuild')`).run();
  })();
}

/** FTS5's own check: true when every index agrees with what it indexes. */
export function searchIndexIsSound(db: Db): boolean {
  try {
    for (const index of INDEXES)
      prepared(db, `INSERT INTO ${index}(${index}, rank) VALUES ('integrity-check', 1)`).run();
    return true;
  } catch {
    return false;
  }
}

export { MARK_CLOSE, MARK_OPEN };
