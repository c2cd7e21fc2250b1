import { ApiError } from '../../../shared/api/errors';
import type { SearchQuery, SearchResult, SearchResultKind } from '../../../shared/domain';
import { toFtsQuery } from '../../search/query-language';
import type { Db } from '../open-library';
import { documentIsConfidential, outcomeIsConfidential, questionIsConfidential } from './confidential';

const MARK_OPEN = '\u0002';
const MARK_CLOSE = '\u0003';
const SNIPPET = (table: string) => `snippet(${table}, -1, char(2), char(3), '…', 18)`;
const TITLE_WEIGHT = 1.5;

const MEETING_COLUMNS = `m.id AS meetingId, c.name AS committee, m.date AS meetingDate`;
const FILTERS = `(:committee IS NULL OR c.name = :committee COLLATE NOCASE)
  AND (:from IS NULL OR m.date >= :from) AND (:to IS NULL OR m.date <= :to)`;

/** Each kind of result: start from the FTS match, then join, then filter. */
const SOURCES: Record<SearchResultKind, string> = {
  paper: `SELECT 'paper' AS kind, ${MEETING_COLUMNS}, d.id AS documentId, d.title AS documentTitle, b.id AS blockId,
      b.start_offset AS offset, b.page, ${SNIPPET('block_fts')} AS snippet, -bm25(block_fts, 3.0, 1.0) AS score,
      ${documentIsConfidential('d')} AS confidential
    FROM block_fts JOIN block b ON b.id = block_fts.rowid
    JOIN document_version v ON v.id = b.version_id JOIN document d ON d.id = v.document_id
    JOIN meeting m ON m.id = d.meeting_id JOIN committee c ON c.id = m.committee_id
    WHERE block_fts MATCH :match AND ${FILTERS} ORDER BY bm25(block_fts, 3.0, 1.0) LIMIT :limit`,
  title: `SELECT 'title' AS kind, ${MEETING_COLUMNS}, d.id AS documentId, d.title AS documentTitle, NULL AS blockId,
      0 AS offset, 1 AS page, ${SNIPPET('document_fts')} AS snippet, -bm25(document_fts) * ${TITLE_WEIGHT} AS score,
      ${documentIsConfidential('d')} AS confidential
    FROM document_fts JOIN document d ON d.id = document_fts.rowid
    JOIN meeting m ON m.id = d.meeting_id JOIN committee c ON c.id = m.committee_id
    WHERE document_fts MATCH :match AND ${FILTERS} ORDER BY bm25(document_fts) LIMIT :limit`,
  note: `SELECT 'note' AS kind, ${MEETING_COLUMNS}, d.id AS documentId, d.title AS documentTitle, NULL AS blockId,
      a.start_offset AS offset, a.page, ${SNIPPET('annotation_fts')} AS snippet, -bm25(annotation_fts) AS score,
      ${documentIsConfidential('d')} AS confidential
    FROM annotation_fts JOIN annotation a ON a.id = annotation_fts.rowid JOIN document d ON d.id = a.document_id
    JOIN meeting m ON m.id = d.meeting_id JOIN committee c ON c.id = m.committee_id
    WHERE annotation_fts MATCH :match AND ${FILTERS} ORDER BY bm25(annotation_fts) LIMIT :limit`,
  question: `SELECT 'question' AS kind, ${MEETING_COLUMNS}, d.id AS documentId, d.title AS documentTitle, NULL AS blockId,
      NULL AS offset, q.page, ${SNIPPET('question_fts')} AS snippet, -bm25(question_fts) AS score,
      ${questionIsConfidential('q')} AS confidential
    FROM question_fts JOIN question q ON q.id = question_fts.rowid
    JOIN meeting m ON m.id = q.meeting_id JOIN committee c ON c.id = m.committee_id
    LEFT JOIN annotation a ON a.id = q.annotation_id LEFT JOIN document d ON d.id = a.document_id
    WHERE question_fts MATCH :match AND ${FILTERS} ORDER BY bm25(question_fts) LIMIT :limit`,
  outcome: `SELECT 'outcome' AS kind, ${MEETING_COLUMNS}, d.id AS documentId, d.title AS documentTitle, b.id AS blockId,
      b.start_offset AS offset, b.page, ${SNIPPET('outcome_fts')} AS snippet, -bm25(outcome_fts) AS score,
      ${outcomeIsConfidential('o')} AS confidential
    FROM outcome_fts JOIN outcome o ON o.id = outcome_fts.rowid
    JOIN meeting m ON m.id = o.meeting_id JOIN committee c ON c.id = m.committee_id
    LEFT JOIN block b ON b.id = o.source_block_id
    LEFT JOIN document_version v ON v.id = o.source_version_id LEFT JOIN document d ON d.id = v.document_id
    WHERE outcome_fts MATCH :match AND ${FILTERS} ORDER BY bm25(outcome_fts) LIMIT :limit`,
};

const ALL_KINDS = Object.keys(SOURCES) as SearchResultKind[];

/** Ranked passages from papers, titles, notes, questions and outcomes. */
export function searchLibrary(db: Db, query: SearchQuery): SearchResult[] {
  const match = toFtsQuery(query.query, { prefixLast: query.asYouType });
  if (match === null) return [];
  const limit = query.limit ?? 50;
  const parameters = {
    match,
    committee: query.committee ?? null,
    from: query.from ?? null,
    to: query.to ?? null,
    limit,
  };
  let results: SearchResult[];
  try {
    results = (query.kinds ?? ALL_KINDS).flatMap((kind) =>
      (
        db.prepare(SOURCES[kind]).all(parameters) as (Omit<SearchResult, 'confidential'> & { confidential: number })[]
      ).map((r) => ({ ...r, confidential: r.confidential === 1 })),
    );
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
    for (const index of INDEXES) db.prepare(`INSERT INTO ${index}(${index}) VALUES ('rebuild')`).run();
  })();
}

/** FTS5's own check: true when every index agrees with what it indexes. */
export function searchIndexIsSound(db: Db): boolean {
  try {
    for (const index of INDEXES) db.prepare(`INSERT INTO ${index}(${index}, rank) VALUES ('integrity-check', 1)`).run();
    return true;
  } catch {
    return false;
  }
}

export { MARK_CLOSE, MARK_OPEN };
