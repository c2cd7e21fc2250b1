import type { Db } from '../library/open-library';
import { questionWorkspace } from '../library/queries/questions';
import { briefDocx, briefMarkdown, briefPdf, briefTitle } from './brief';

const MEDIA_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown',
} as const;

/** "My questions for <committee>, <date>" as PDF, Word or Markdown. */
export async function briefFile(
  db: Db,
  meetingId: number,
  format: keyof typeof MEDIA_TYPES,
): Promise<{ fileName: string; mediaType: string; data: Uint8Array }> {
  const workspace = questionWorkspace(db, meetingId);
  const data =
    format === 'pdf'
      ? await briefPdf(workspace)
      : format === 'docx'
        ? await briefDocx(workspace)
        : new TextEncoder().encode(briefMarkdown(workspace));
  const name = briefTitle(workspace)
    .replace(/[^\w]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 90);
  return { fileName: `${name}.${format}`, mediaType: MEDIA_TYPES[format], data };
}
