import { csvFile, type CsvCell } from '../../reports/csv-file';
import type { OutstandingReport } from './outstanding-data';
import { KIND_NAMES } from './outstanding-data';

/** CSV that Excel opens cleanly: UTF-8 with a byte-order mark, CRLF, ISO dates that Excel reads as dates. */
export function outstandingCsv(report: OutstandingReport): Uint8Array {
  const header = [
    'Committee',
    'Meeting date',
    'Item',
    'Kind',
    'Outcome',
    'Owner',
    'Due date',
    'Due (as minuted)',
    'Status',
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
          r.committee,
          r.meetingDate,
          item.heading,
          KIND_NAMES[r.kind],
          r.text,
          r.owner,
          r.dueDate,
          r.dueHint,
          r.status,
          r.daysOpen,
          r.lastUpdate.slice(0, 10),
          r.latestNote,
          ...(report.includesConfidential ? [r.confidential ? 'CONFIDENTIAL' : ''] : []),
        ]);
      }
    }
  }
  return csvFile(rows);
}
