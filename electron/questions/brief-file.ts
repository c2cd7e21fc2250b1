import type { ReportFile } from '../../shared/domain';
import type { Db } from '../library/open-library';
import { questionWorkspace } from '../library/queries/questions';
import { briefDocx, briefMarkdown, briefPdf, briefTitle } from './brief';

const MEDIA_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown',
} as const;

/**
 * "My questions for <committee>, <date>" as PDF, Word or Markdown. Questions on
 * confidential items or papers are left out unless asked for.
 */
export async function briefFile(
  db: Db,
  meetingId: number,
  format: keyof typeof MEDIA_TYPES,
  includeConfidential = false,
): Promise<ReportFile> {
  const everything = questionWorkspace(db, meetingId);
  const questions = everything.questions.filter((q) => includeConfidential || !q.confidential);
  const workspace = { ...everything, questions };
  const notices = { leftOut: everything.questions.length - questions.length };
  const data =
    format === 'pdf'
      ? await briefPdf(workspace, notices)
      : format === 'docx'
        ? await briefDocx(workspace, notices)
        : new TextEncoder().encode(briefMarkdown(workspace, notices));
  const name = briefTitle(workspace)
    .replace(/[^\w]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 90);
  return { fileName: `${name}.${format}`, mediaType: MEDIA_TYPES[format], data, leftOut: notices.leftOut };
}
