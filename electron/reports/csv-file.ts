import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number | null;

/** A cell Excel or LibreOffice would read as a formula (OWASP's list, and the full-width forms Numbers folds). */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Every CSV Scrutineer writes: UTF-8 with a byte-order mark and CRLF, as Excel
 * expects. Text from minutes is untrusted, so a cell that would start a formula
 * ("=HYPERLINK(…)") is made inert as OWASP advises: a leading ' and quoted.
 */
export function csvFile(rows: CsvCell[][]): Uint8Array {
  const text = stringify(rows, {
    bom: true,
    record_delimiter: '\r\n',
    escape_formulas: true,
    quoted_match: FORMULA_START,
  });
  return new TextEncoder().encode(text);
}
