import fs from 'node:fs';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf, MethodName, OutputOf } from '../../shared/api/contract';
import { extractPdf } from '../../electron/importing/extract/pdf';
import { sharedFixture } from '../helpers/shared-fixtures';
import { createTempLibrary, type TempLibrary } from '../helpers/temp-library';

const MINUTES = fs.readFileSync(sharedFixture('coventry-ecs-minutes-2021-09-16.md'), 'utf8');
const LATER = `Coventry City Council

Minutes of the Meeting of Education and Children's Services Scrutiny Board (2) held at 10.00 am on Thursday, 14 October 2021

Present:

Members: Councillor J Innes (Chair)

## 12. Minutes

The Minutes of the meeting held on 16 September 2021 were agreed as a true record.

Further to Minute 7/21, the Board received the detail regarding the scrutiny of Apprenticeships that had been communicated to the Board.

## 13. Children's Services Action Plan

The Board noted that progress on the action plan had been circulated to Members before the meeting, and that numeric metrics were now included to measure progress against actions.

The Board discussed the recruitment of foster carers.
`;

let library: TempLibrary;

async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const result = await library.dispatch(method, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as OutputOf<M>;
}

async function importText(name: string, text: string): Promise<void> {
  const job = await call('startImport', { files: [{ name, data: new TextEncoder().encode(text) }] });
  const done = await library.imports.finished(job.id);
  expect(done.files[0]?.state).toBe('imported');
}

const rows = (filters: InputOf<'listTracker'> = {}) => call('listTracker', filters);
const find = async (fragment: string) => {
  const row = (await rows()).find((r) => r.text.includes(fragment));
  if (!row) throw new Error(`no outcome with "${fragment}"`);
  return row;
};

beforeAll(async () => {
  library = createTempLibrary();
  await importText('minutes-2021-09-16.md', MINUTES);
});
afterAll(() => library.cleanup());

describe('the chair’s tracker', () => {
  it('lists every outcome with its meeting, item, status and days open', async () => {
    expect(await rows({ chasing: 'all' })).toHaveLength(10);
    // Noting the action plan, and the work programme, asks no one to act: recorded, not chased.
    expect((await rows({ chasing: 'recorded' })).map((r) => r.text)).toEqual([
      'The Scrutiny Board note the Action Plan and thank officers for a comprehensive response to questions.',
      'The Scrutiny Board considered and noted their Work Programme for the 2020/21',
    ]);
    expect(await rows()).toHaveLength(8);
    const request = await find('Progress on the action plan be circulated');
    expect(request).toMatchObject({
      kind: 'request',
      committee: "Education and Children's Services Scrutiny Board (2)",
      meetingDate: '2021-09-16',
      itemNumber: '8',
      status: 'open',
      overdue: false,
    });
    expect(request.daysOpen).toBeGreaterThan(365);
    expect((await rows({ kinds: ['information-request'] })).length).toBe(4);
    expect((await rows({ text: 'metrics' })).map((r) => r.kind)).toEqual(['request']);
    expect(await rows({ committee: 'Cabinet' })).toEqual([]);
  });

  it('moves an outcome through every status with notes and evidence; history only grows', async () => {
    const request = await find('Progress on the action plan be circulated');
    await call('changeOutcomeStatus', {
      outcomeId: request.id,
      status: 'in-progress',
      note: 'Officers are drafting it',
    });
    const evidenceBlock = (await call('search', { query: '"comprehensive response"', kinds: ['paper'] }))[0]
      ?.blockId as number;
    let detail = await call('changeOutcomeStatus', {
      outcomeId: request.id,
      status: 'done',
      note: 'Circulated by email',
      evidenceBlockId: evidenceBlock,
    });
    expect(detail.status).toBe('done');
    expect(detail.history.map((h) => h.status)).toEqual(['open', 'in-progress', 'done']);
    expect(detail.history[2]?.evidence?.quote).toMatch(/comprehensive response/);
    // A mistake is corrected by a new entry, never by editing the old one.
    detail = await call('changeOutcomeStatus', {
      outcomeId: request.id,
      status: 'open',
      note: 'Marked done by mistake',
    });
    expect(detail.history.map((h) => h.status)).toEqual(['open', 'in-progress', 'done', 'open']);
    await call('changeOutcomeStatus', { outcomeId: request.id, status: 'dropped', note: 'No longer needed' });

    const other = await find('numeric metrics');
    await expect(call('changeOutcomeStatus', { outcomeId: other.id, status: 'superseded', note: '' })).rejects.toThrow(
      /which outcome replaces/,
    );
    detail = await call('changeOutcomeStatus', {
      outcomeId: other.id,
      status: 'superseded',
      note: 'Merged',
      supersededBy: request.id,
    });
    expect(detail).toMatchObject({ status: 'superseded', supersededBy: request.id });
    await call('changeOutcomeStatus', { outcomeId: other.id, status: 'open', note: 'Not merged after all' });
  });

  it('sets owners and due dates, saying what a phrase was taken to mean', async () => {
    const info = await find('timescales for test and trace');
    let detail = await call('setOutcomeOwnerDue', {
      outcomeId: info.id,
      owner: 'Director of Public Health',
      due: '31/10/2021',
    });
    expect(detail).toMatchObject({ owner: 'Director of Public Health', dueDate: '2021-10-31', overdue: true });
    detail = await call('setOutcomeOwnerDue', { outcomeId: info.id, due: 'annual' });
    expect(detail.dueMeaning).toMatch(/every year/);
    await expect(call('setOutcomeOwnerDue', { outcomeId: info.id, due: 'when pigs fly' })).rejects.toThrow(
      /cannot tell what date/,
    );
    expect((await rows({ overdue: true })).every((r) => r.overdue)).toBe(true);
  });

  it('keeps a RAG rating and an executive response as the council’s tracker does, and clears them', async () => {
    const info = await find('timescales for test and trace');
    let detail = await call('setOutcomeRagAndResponse', {
      outcomeId: info.id,
      rag: 'amber',
      executiveResponse: { response: 'partly', on: '2021-11-10', text: 'Accepted in part; see the Cabinet report.' },
    });
    expect(detail).toMatchObject({
      rag: 'amber',
      executiveResponse: { response: 'partly', on: '2021-11-10', text: 'Accepted in part; see the Cabinet report.' },
    });
    detail = await call('setOutcomeRagAndResponse', { outcomeId: info.id, rag: 'green' });
    expect(detail.rag).toBe('green');
    expect(detail.executiveResponse?.response).toBe('partly');
    detail = await call('setOutcomeRagAndResponse', { outcomeId: info.id, rag: null, executiveResponse: null });
    expect((await call('getOutcome', { outcomeId: info.id })).rag).toBeNull();
    expect(detail.executiveResponse).toBeNull();
    await expect(call('setOutcomeRagAndResponse', { outcomeId: info.id, rag: 'purple' as 'red' })).rejects.toThrow(
      /not valid/,
    );
  });

  it('proposes later minutes that refer back, and records only what the chair accepts', async () => {
    await importText('minutes-2021-10-14.md', LATER);
    const apprenticeships = await call('getOutcome', { outcomeId: (await find('Apprenticeships')).id });
    const proposal = apprenticeships.proposalList.find((p) => p.reason === 'minute-reference');
    expect(proposal).toBeDefined();
    expect(proposal?.evidence.quote).toMatch(/Further to Minute 7\/21/);
    expect(apprenticeships.status).toBe('open');

    // "next meeting" now has a meeting to mean.
    const due = await call('setOutcomeOwnerDue', { outcomeId: apprenticeships.id, due: 'next meeting' });
    expect(due.dueDate).toBe('2021-10-14');

    const accepted = await call('decideFollowUp', { proposalId: proposal?.id as number, accept: true });
    expect(accepted.status).toBe('open');
    expect(accepted.history.at(-1)?.note).toMatch(/^Evidence accepted/);
    expect(accepted.history.at(-1)?.evidence?.quote).toMatch(/Further to Minute 7\/21/);
    await expect(call('decideFollowUp', { proposalId: proposal?.id as number, accept: false })).rejects.toThrow(
      /already been answered/,
    );

    const metrics = await call('getOutcome', { outcomeId: (await find('numeric metrics')).id });
    const subject = metrics.proposalList.find((p) => p.state === 'proposed');
    expect(subject?.reason).toBe('same-subject');
    const rejected = await call('decideFollowUp', { proposalId: subject?.id as number, accept: false });
    expect(rejected.proposalList.find((p) => p.id === subject?.id)?.state).toBe('rejected');
    expect(rejected.history.length).toBe(metrics.history.length);
  });

  it('shows each outcome’s last update, days open and waiting suggestions as its history says', async () => {
    const fromHistory = library.db
      .prepare(
        `SELECT o.id, COALESCE((SELECT MAX(changed_at) FROM outcome_status_change h WHERE h.outcome_id = o.id), o.created_at) AS lastUpdate,
          (SELECT COUNT(*) FROM outcome_proposal p WHERE p.outcome_id = o.id AND p.state = 'proposed') AS proposals,
          CAST(julianday(CASE WHEN o.status IN ('done', 'dropped', 'superseded')
            THEN (SELECT MAX(changed_at) FROM outcome_status_change h WHERE h.outcome_id = o.id AND h.status IN ('done', 'dropped', 'superseded'))
            ELSE date('now') END) - julianday(m.date) AS INTEGER) AS daysOpen
        FROM outcome o JOIN meeting m ON m.id = o.meeting_id WHERE o.needs_chasing = 1 ORDER BY o.id`,
      )
      .all();
    const shown = (await rows()).map(({ id, lastUpdate, proposals, daysOpen }) => ({
      id,
      lastUpdate,
      proposals,
      daysOpen,
    }));
    expect(shown.sort((a, b) => a.id - b.id)).toEqual(fromHistory);
    expect(shown.some((r) => r.proposals > 0)).toBe(true);
  });

  it('counts open, overdue and done per committee, and how long outcomes have been open', async () => {
    const dashboard = await call('trackerDashboard', {});
    const board = dashboard.committees.find((c) => c.committee.startsWith('Education'));
    expect(board).toMatchObject({ total: 8, recorded: 2 });
    expect(board?.overdue).toBeGreaterThanOrEqual(1);
    expect(dashboard.ageing.reduce((sum, band) => sum + band.count, 0)).toBe(board?.open);
  });

  it('writes the outstanding report as PDF, Word and CSV that read back correctly', async () => {
    await call('setOutcomeRagAndResponse', {
      outcomeId: (await find('timescales for test and trace')).id,
      rag: 'red',
      executiveResponse: { response: 'rejected', on: '2021-11-10', text: 'No money for it this year.' },
    });
    const pdf = await call('outstandingReport', { format: 'pdf' });
    expect(pdf.mediaType).toBe('application/pdf');
    const pdfText = (await extractPdf(pdf.data)).blocks
      .map((b) => b.text)
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(pdfText).toContain('Outstanding resolutions and actions');
    expect(pdfText).toContain("Education and Children's Services Scrutiny Board (2), 16 September 2021");
    expect(pdfText).toContain('10. Any Other Business');
    expect(pdfText).toMatch(/Information request: What are the timescales for test and trace payments\?/);
    expect(pdfText).not.toContain('Progress on the action plan be circulated'); // dropped
    // The RAG rating and the executive's response, with its date and words, as councils print them.
    expect(pdfText).toMatch(
      /timescales for test and trace payments\?.*RAG: Red · Executive response: Rejected, 10 November 2021 “No money for it this year\.”/,
    );
    expect(pdfText).toContain('RAG: Not rated');

    const docx = await call('outstandingReport', { format: 'docx' });
    const { value: docxText } = await mammoth.extractRawText({ buffer: Buffer.from(docx.data) });
    expect(docxText).toContain('Outstanding resolutions and actions');
    expect(docxText).toContain('Director of Public Health');
    expect(docxText).not.toContain('Progress on the action plan be circulated');
    expect(docxText).toMatch(/Ref\s+Recommendation or action\s+Owner\s+Due\s+RAG\s+Response\s+Latest update/);
    expect(docxText).toMatch(
      /timescales for test and trace payments\?.*\s+Red\s+Rejected, 10 November 2021: “No money for it this year\.”/s,
    );

    const csv = await call('outstandingReport', { format: 'csv' });
    expect([...csv.data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(csv.data);
    expect(text.startsWith('Reference,Committee,Meeting date,Item')).toBe(true);
    const lines = text.trim().split('\r\n');
    expect(lines.length).toBe(1 + (await rows({ statuses: ['open', 'in-progress'] })).length);
    expect(lines.find((l) => l.includes('timescales'))).toMatch(
      /,16\/09\/2021,10\. Any Other Business,Information request,.*,Red,Rejected,10\/11\/2021,No money for it this year\.,/,
    );
  });
});
