import { ApiError } from '../../shared/api/errors';
import { anchorQuote } from '../../shared/anchoring/anchor';
import { fullTextOf } from '../../shared/anchoring/full-text';
import {
  HIGHLIGHT_COLOURS,
  type Annotation,
  type Block,
  type AnnotationExport,
  type AnnotationImportResult,
  type HighlightColour,
} from '../../shared/domain';
import { NOTES_FILE_EXTENSION } from '../../shared/notes-file';
import type { Db } from '../library/open-library';
import {
  addTransferredAnnotation,
  annotationExists,
  documentForTransfer,
  documentsToExport,
  type TransferDocumentRow,
} from '../library/queries/annotation-transfer';
import { listAnnotations } from '../library/queries/annotations';
import { inTransaction } from '../library/statements';
import { leftOutSentence, markConfidentialFromTransfer } from '../library/queries/confidential';
import { blocksOfVersion, latestVersion } from '../library/queries/document-text';
import { parseWebAnnotations, toCollection, toWebAnnotation } from './web-annotation';
import { pageName } from '../../shared/page-names';

type DocumentRow = TransferDocumentRow;

function documentsOf(db: Db, scope: { documentId: number } | { meetingId: number }): DocumentRow[] {
  const rows = documentsToExport(db, scope);
  if (rows.length === 0) throw new ApiError('not-found', 'That paper or meeting is no longer in the library.');
  return rows;
}

function slug(text: string): string {
  return (
    text
      .replace(/[^\w]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'notes'
  );
}

/**
 * A meeting's or a paper's annotations, as W3C Web Annotation JSON or as Markdown
 * for reading. Notes on confidential papers are left out unless asked for; then
 * they are marked CONFIDENTIAL.
 */
export function exportAnnotations(
  db: Db,
  scope: { documentId: number } | { meetingId: number },
  format: 'w3c' | 'md',
  includeConfidential = false,
): AnnotationExport {
  const documents = documentsOf(db, scope);
  const first = documents[0] as DocumentRow;
  const label = 'documentId' in scope ? first.title : `${first.committee}, ${first.meetingDate ?? 'date not given'}`;
  const all = documents.map((d) => ({ document: d, annotations: listAnnotations(db, d.id) }));
  const withNotes = all.filter((n) => includeConfidential || n.document.isConfidential !== 1);
  const leftOut = all.filter((n) => !withNotes.includes(n) && n.annotations.length > 0).length;
  const anyConfidential = withNotes.some((n) => n.document.isConfidential === 1 && n.annotations.length > 0);
  if (format === 'w3c') {
    const items = withNotes.flatMap(({ document, annotations }) =>
      annotations.map((a) => toWebAnnotation(a, { ...document, confidential: document.isConfidential === 1 })),
    );
    const title = `${anyConfidential ? 'CONFIDENTIAL – ' : ''}Notes on ${label}`;
    return {
      fileName: `${slug(label)}-notes.${NOTES_FILE_EXTENSION}`,
      mediaType: 'application/ld+json',
      text: `${JSON.stringify(toCollection(title, items), null, 2)}\n`,
      leftOut,
    };
  }
  const lines = [`# Notes on ${label}`, ''];
  if (anyConfidential) lines.push(`**${CONFIDENTIAL_WARNING}**`, '');
  const before = lines.length;
  for (const { document, annotations } of withNotes) {
    if (annotations.length === 0) continue;
    lines.push(`## ${document.title}${document.isConfidential === 1 ? ' – CONFIDENTIAL' : ''}`, '');
    for (const a of annotations) lines.push(...markdownOf(a));
  }
  if (lines.length === before) lines.push('No notes yet.', '');
  if (leftOut > 0) lines.push(`*${leftOutSentence(leftOut, 'paper', 'papers')}*`, '');
  return { fileName: `${slug(label)}-notes.md`, mediaType: 'text/markdown', text: lines.join('\n'), leftOut };
}

export const CONFIDENTIAL_WARNING = 'CONFIDENTIAL – contains exempt information, not for publication.';

export function markdownOf(a: Annotation): string[] {
  const label = a.kind === 'question' ? 'Question' : a.kind === 'note' ? 'Note' : 'Highlight';
  const where =
    a.anchorStatus === 'orphaned'
      ? ' (could not be placed in the latest version)'
      : a.page
        ? ` (${pageName(a.page, a.printedPage)})`
        : '';
  const lines = [`**${label}**${where}`, '', `> ${a.exact.replace(/\n+/g, ' ')}`, ''];
  if (a.body) lines.push(a.body, '');
  return lines;
}

/**
 * Brings annotations exported from another laptop back in, matched to the same
 * paper by its file's hash (or title and meeting), re-anchored in the latest
 * version. Each keeps its id, so importing the same file twice adds nothing.
 */
export function importAnnotations(db: Db, json: string): AnnotationImportResult {
  let items;
  try {
    items = parseWebAnnotations(json);
  } catch (error) {
    throw new ApiError('invalid-input', (error as Error).message);
  }
  const result: AnnotationImportResult = { added: 0, alreadyHere: 0, notPlaced: 0, unknownDocuments: 0 };
  interface Target {
    versionId: number;
    text: string;
    blocks: Block[];
  }
  const texts = new Map<number, Target>();
  inTransaction(db, () => {
    for (const item of items) {
      if (annotationExists(db, item.uuid)) {
        result.alreadyHere++;
        continue;
      }
      const foundId = documentForTransfer(db, item.fileHash, item.document);
      if (foundId === undefined) {
        result.unknownDocuments++;
        continue;
      }
      // Notes exported from a confidential paper keep it confidential on this laptop too.
      if (item.document?.confidential === true) markConfidentialFromTransfer(db, foundId);
      if (!texts.has(foundId)) {
        const version = latestVersion(db, foundId);
        const blocks = blocksOfVersion(db, version.versionId);
        texts.set(foundId, { versionId: version.versionId, text: fullTextOf(blocks), blocks });
      }
      const { versionId, text, blocks } = texts.get(foundId) as Target;
      const position = item.start !== null && item.end !== null ? { start: item.start, end: item.end } : undefined;
      const anchor = anchorQuote(text, item, position);
      const page = anchor ? (blocks.findLast((b) => b.start <= anchor.start)?.page ?? null) : null;
      const colour: HighlightColour = HIGHLIGHT_COLOURS.includes(item.colour as HighlightColour)
        ? (item.colour as HighlightColour)
        : 'yellow';
      addTransferredAnnotation(db, {
        documentId: foundId,
        versionId,
        kind: item.kind,
        colour,
        body: item.body,
        exact: item.exact,
        prefix: item.prefix,
        suffix: item.suffix,
        start: anchor?.start ?? null,
        end: anchor?.end ?? null,
        page,
        anchorStatus: anchor ? (anchor.match === 'exact' ? 'anchored' : 'fuzzy') : 'orphaned',
        uuid: item.uuid,
      });
      result.added++;
      if (!anchor) result.notPlaced++;
    }
  });
  return result;
}
