import type { ReportFile } from '../../../shared/domain';
import { localDate } from '../../../shared/local-date';
import type { Db } from '../../library/open-library';
import { outstandingCsv } from './csv';
import { outstandingDocx } from './docx';
import { outstandingReport } from './outstanding-data';
import { outstandingPdf } from './pdf';

const MEDIA_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv',
} as const;

/** "Outstanding resolutions and actions" as PDF, Word or CSV. */
export async function outstandingFile(
  db: Db,
  format: keyof typeof MEDIA_TYPES,
  committee?: string,
  includeConfidential = false,
): Promise<ReportFile> {
  const report = outstandingReport(db, committee, includeConfidential);
  const data =
    format === 'pdf'
      ? await outstandingPdf(report)
      : format === 'docx'
        ? await outstandingDocx(report)
        : outstandingCsv(report);
  const stamp = localDate();
  return {
    fileName: `outstanding-resolutions-and-actions-${stamp}.${format}`,
    mediaType: MEDIA_TYPES[format],
    data,
    leftOut: report.leftOut,
  };
}
