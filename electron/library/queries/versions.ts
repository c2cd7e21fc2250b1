import { ApiError } from '../../../shared/api/errors';
import { compareParagraphs } from '../../../shared/compare-paragraphs';
import type { VersionComparison, VersionSummary } from '../../../shared/domain';
import type { Db } from '../open-library';
import { prepared } from '../statements';

/** Every version of a paper the library keeps, the first first. */
export function listVersions(db: Db, documentId: number): VersionSummary[] {
  return prepared(
    db,
    `SELECT id AS versionId, version, file_name AS fileName, page_count AS pageCount, imported_at AS importedAt
      FROM document_version WHERE document_id = ? ORDER BY version`,
  ).all(documentId) as VersionSummary[];
}

function versionId(db: Db, documentId: number, version: number): number {
  const id = prepared(db, 'SELECT id FROM document_version WHERE document_id = ? AND version = ?', true).get(
    documentId,
    version,
  ) as number | undefined;
  if (id === undefined) throw new ApiError('not-found', `This paper has no version ${version}.`);
  return id;
}

/** What changed from one version of a paper to another, paragraph by paragraph. */
export function compareVersions(db: Db, documentId: number, from: number, to: number): VersionComparison {
  const title = prepared(db, 'SELECT title FROM document WHERE id = ?', true).get(documentId) as string | undefined;
  if (title === undefined) throw new ApiError('not-found', 'That paper is no longer in the library.');
  const paragraphs = prepared(db, 'SELECT text, page FROM block WHERE version_id = ? ORDER BY position');
  const before = paragraphs.all(versionId(db, documentId, from)) as { text: string; page: number | null }[];
  const after = paragraphs.all(versionId(db, documentId, to)) as { text: string; page: number | null }[];
  const versions = listVersions(db, documentId);
  return {
    documentId,
    title,
    from: versions.find((v) => v.version === from) as VersionSummary,
    to: versions.find((v) => v.version === to) as VersionSummary,
    ...compareParagraphs(before, after),
  };
}
