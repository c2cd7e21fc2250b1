import { csvFile, type CsvCell } from '../../reports/csv-file';
import type { OutstandingReport } from './outstanding-data';
import { KIND_NAMES, RAG_NAMES, RESPONSE_NAMES, shortDate } from './outstanding-data';

/** CSV that Excel opens cleanly: UTF-8 with a byte-order mark, CRLF, dates as 16/09/2021 (as UK Excel reads them). */
export function outstandingCsv(report: OutstandingReport): Uint8Array {
  const header = [
    'Reference',
    'Committee',
    'Meeting date',
    'Item',
    'Kind',
    'Outcome',
    'Owner',
    'Due date',
    'Due (as minuted)',
    'Status',
    'RAG',
    'Executive response',
    'Response date',
    'What the executive said',
    'Days open',
    'Last update',
    'Latest note',
    ...(report.includesConfidential ? ['Confidential'] : []),
  ];
  const rows: CsvCell[][] = [header];
  for (const meeting of report.meetings) {
    for (const item of meeting.items) {
      for (const r of item.rows) {
        rows.push([
          r.reference,
          r.committee,
          shortDate(r.meetingDate),
          item.heading,
          KIND_NAMES[r.kind],
          r.text,
          r.owner,
          shortDate(r.dueDate),
          r.dueHint,
          r.status,
          r.rag ? RAG_NAMES[r.rag] : null,
          r.executiveResponse
            ? RESPONSE_NAMES[r.executiveResponse.response]
            : r.awaitingResponse
              ? 'No response after 2 months'
              : null,
          shortDate(r.executiveResponse?.on ?? null),
          r.executiveResponse?.text || null,
          r.daysOpen,
          shortDate(r.latestNoteAt ?? r.lastUpdate),
          r.latestNote,
          ...(report.includesConfidential ? [r.confidential ? 'CONFIDENTIAL' : ''] : []),
        ]);
      }
    }
  }
  return csvFile(rows);
}
