import { ApiError } from '../../../shared/api/errors';
import type { Db } from '../open-library';
import { prepared } from '../statements';

/**
 * Confidential (exempt) papers and agenda items. A paper counts as confidential
 * when it is marked itself or when its agenda item is; an outcome or a question
 * when its agenda item or its source paper is.
 */
export const documentIsConfidential = (d: string) =>
  `(${d}.confidential = 1 OR EXISTS (SELECT 1 FROM agenda_item ci WHERE ci.id = ${d}.agenda_item_id AND ci.confidential = 1))`;

export const itemIsConfidential = (itemId: string) =>
  `EXISTS (SELECT 1 FROM agenda_item ci WHERE ci.id = ${itemId} AND ci.confidential = 1)`;

/** By the outcome's agenda item, or the paper its text was found in. */
export const outcomeIsConfidential = (o: string) =>
  `(${itemIsConfidential(`${o}.agenda_item_id`)} OR EXISTS (SELECT 1 FROM document_version cv JOIN document cd ON cd.id = cv.document_id
    WHERE cv.id = ${o}.source_version_id AND ${documentIsConfidential('cd')}))`;

/** By the question's agenda item, or the paper of the passage it was made from. */
export const questionIsConfidential = (q: string) =>
  `(${itemIsConfidential(`${q}.agenda_item_id`)} OR EXISTS (SELECT 1 FROM annotation ca JOIN document cd ON cd.id = ca.document_id
    WHERE ca.id = ${q}.annotation_id AND ${documentIsConfidential('cd')}))`;

export interface ConfidentialState {
  confidential: boolean;
  /** True when the paper counts as confidential because its agenda item is. */
  byItem: boolean;
}

export function setDocumentConfidential(db: Db, documentId: number, confidential: boolean): ConfidentialState {
  const changed = prepared(db, "UPDATE document SET confidential = ?, confidential_set_by = 'member' WHERE id = ?").run(
    confidential ? 1 : 0,
    documentId,
  ).changes;
  if (changed === 0) throw new ApiError('not-found', 'That paper is no longer in the library.');
  return documentConfidentiality(db, documentId);
}

export function documentConfidentiality(db: Db, documentId: number): ConfidentialState {
  const row = prepared(
    db,
    `SELECT ${documentIsConfidential('d')} AS confidential, ${itemIsConfidential('d.agenda_item_id')} AS byItem
      FROM document d WHERE d.id = ?`,
  ).get(documentId) as { confidential: number; byItem: number } | undefined;
  if (!row) throw new ApiError('not-found', 'That paper is no longer in the library.');
  return { confidential: row.confidential === 1, byItem: row.byItem === 1 };
}

export function setAgendaItemConfidential(db: Db, agendaItemId: number, confidential: boolean): boolean {
  const changed = prepared(
    db,
    "UPDATE agenda_item SET confidential = ?, confidential_set_by = 'member' WHERE id = ?",
  ).run(confidential ? 1 : 0, agendaItemId).changes;
  if (changed === 0) throw new ApiError('not-found', 'That agenda item is no longer in the library.');
  return confidential;
}

/**
 * At import: marks what the paper says is exempt. Only sets the mark, and never
 * where the member has decided for themselves.
 */
export function markExemptOnImport(
  db: Db,
  documentId: number,
  itemIds: number[],
  exempt: { document: boolean; items: number[] },
): void {
  if (exempt.document) {
    prepared(
      db,
      "UPDATE document SET confidential = 1, confidential_set_by = 'import' WHERE id = ? AND confidential_set_by IS NULL",
    ).run(documentId);
  }
  const markItem = prepared(
    db,
    "UPDATE agenda_item SET confidential = 1, confidential_set_by = 'import' WHERE id = ? AND confidential_set_by IS NULL",
  );
  for (const index of exempt.items) {
    const id = itemIds[index];
    if (id !== undefined) markItem.run(id);
  }
}

/** Notes brought from another laptop say their paper was confidential there; unless the member has decided here. */
export function markConfidentialFromTransfer(db: Db, documentId: number): void {
  prepared(
    db,
    "UPDATE document SET confidential = 1, confidential_set_by = 'import' WHERE id = ? AND confidential_set_by IS NULL",
  ).run(documentId);
}

/** How many of a set of rows were left out, in words: "1 confidential paper was left out". */
export function leftOutSentence(count: number, one: string, many: string): string {
  if (count === 0) return '';
  return `${count} confidential ${count === 1 ? one : many} ${count === 1 ? 'was' : 'were'} left out. Choose “Include confidential items” to include ${count === 1 ? 'it' : 'them'}.`;
}
