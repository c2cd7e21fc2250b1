import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf, MethodName, OutputOf } from '../../shared/api/contract';
import { csvFile } from '../../electron/reports/csv-file';
import { createTempLibrary, type TempLibrary } from '../helpers/temp-library';

// Minutes a council could publish, or someone could plant, whose outcomes read as spreadsheet formulas.
const MINUTES = `Minutes of the Meeting of the Audit and Standards Committee held at 6.00 pm on Tuesday, 4 March 2025

## 5. Budget Monitoring

RESOLVED that:

(1) =HYPERLINK("http://x","y") be sent to Council
(2) +SUM(1,2) be reported to Cabinet
(3) @SUM(A1:A9) officers to report back
(4) -5% budget variance be reported to Cabinet by the Director of Finance
`;

let library: TempLibrary;

async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const result = await library.dispatch(method, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as OutputOf<M>;
}

/** The CSV as a spreadsheet splits it: the header's names to each row's cells. */
function readCsv(data: Uint8Array): { text: string; rows: Record<string, string>[] } {
  const text = new TextDecoder().decode(data);
  return { text, rows: parse<Record<string, string>>(text, { columns: true }) };
}

beforeAll(async () => {
  library = createTempLibrary();
  const job = await call('startImport', { files: [{ name: 'minutes.md', data: new TextEncoder().encode(MINUTES) }] });
  await library.imports.finished(job.id);
});
afterAll(() => library.cleanup());

describe('the "Export for Excel" CSV', () => {
  it('makes outcome text that starts like a formula inert, and keeps the words readable', async () => {
    const { text, rows } = readCsv((await call('outstandingReport', { format: 'csv' })).data);
    const outcomes = rows.map((r) => r.Outcome);
    expect(outcomes).toEqual([
      `'=HYPERLINK("http://x","y") be sent to Council`,
      `'+SUM(1,2) be reported to Cabinet`,
      `'@SUM(A1:A9) officers to report back`,
      `'-5% budget variance be reported to Cabinet by the Director of Finance`,
    ]);
    // Quoted as well as prefixed, so no spreadsheet sees a bare = + - @ at the start of a cell.
    expect(text).toContain(`,"'=HYPERLINK(""http://x"",""y"") be sent to Council",`);
    expect(text).toContain(`,"'-5% budget variance`);
    expect(text).not.toMatch(/(^|,)[=+\-@]/m);
  });

  it('does the same to an owner and a progress note the chair typed', async () => {
    const [first, second] = await call('listTracker', {});
    await call('setOutcomeOwnerDue', { outcomeId: first!.id, owner: '=cmd|" /C calc"!A0' });
    await call('changeOutcomeStatus', { outcomeId: second!.id, status: 'in-progress', note: '\t=1+1' });
    const { text, rows } = readCsv((await call('outstandingReport', { format: 'csv' })).data);
    expect(rows.map((r) => r.Owner)).toContain(`'=cmd|" /C calc"!A0`);
    expect(rows.map((r) => r['Latest note'])).toContain(`'\t=1+1`);
    expect(text).not.toMatch(/(^|,)[=+\-@\t]/m);
  });
});

describe('csvFile', () => {
  it('leaves numbers, dates and ordinary text as they were', () => {
    const text = new TextDecoder().decode(
      csvFile([
        ['Days open', 'Meeting date', 'Outcome'],
        [12, '2025-03-04', 'A, B'],
      ]),
    );
    expect(text).toBe('Days open,Meeting date,Outcome\r\n12,2025-03-04,"A, B"\r\n');
  });

  it('neutralises every cell start that OWASP lists, and a carriage return', () => {
    const cells = ['=1', '+1', '-1x', '@1', '\t1', '\r1', '\uFF1D1'];
    const rows: string[][] = parse(new TextDecoder().decode(csvFile([cells])), { record_delimiter: '\r\n' });
    const row = rows[0];
    expect(row).toEqual(cells.map((c) => `'${c}`));
  });
});
