import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf, MethodName, OutputOf } from '../../shared/api/contract';
import type { RawBlock } from '../../electron/importing/blocks';
import { extractPdf } from '../../electron/importing/extract/pdf';
import { parseDocument } from '../../electron/importing/parse-document';
import { findExemption } from '../../electron/importing/structure/exempt';
import { noteOnPassage } from '../helpers/note-on-passage';
import { sharedFixtureFiles } from '../helpers/shared-fixtures';
import { createTempLibrary, type TempLibrary } from '../helpers/temp-library';

const AGENDA = `AGENDA

AUDIT AND SCRUTINY COMMITTEE

Tuesday, 3rd March 2026, at 2.00 pm, Council Chamber, Town Hall

Ask for: Jo Bloggs

Telephone: 01234 567890

Membership: Councillors Amis, Bede and Carr

PART A – UNRESTRICTED ITEMS

1. Apologies

2. Minutes of the Meeting held on 3rd February 2026 (Pages 1 - 6)

3. Housing Repairs Performance (Pages 7 - 30)

4. Exclusion of the Press and Public

That under Section 100A(4) of the Local Government Act 1972 the public be excluded from the meeting for the following item on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A of the Act.

PART B – EXEMPT ITEMS

5. Depot Site Disposal (Pages 31 - 44)
`;

const EXEMPT_REPORT = `# Depot Site Disposal

Report to Audit and Scrutiny Committee – 3rd March 2026

NOT FOR PUBLICATION by virtue of paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972

The depot site was valued at £2.4 million in January.

Officers recommend disposal by informal tender.
`;

const PUBLIC_REPORT = `# Housing Repairs Performance

Report to Audit and Scrutiny Committee – 3rd March 2026

Does the report contain confidential or exempt information? No

Appendix 2 to this report is not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A.

Void turnaround times fell to 31 days in the third quarter.
`;

const MINUTES = `Minutes of the Meeting of Audit and Scrutiny Committee held at 2.00 pm on Tuesday, 3 March 2026

## 3. Housing Repairs Performance

RESOLVED that the Director report back on void turnaround times.

## 4. Exclusion of the Press and Public

RESOLVED that under Section 100A(4) of the Local Government Act 1972 the public be excluded for the following item on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A.

## 5. Depot Site Disposal

RESOLVED that officers provide a revised valuation of the depot site.
`;

const paragraphs = (text: string): RawBlock[] =>
  text.split('\n\n').map((t) => ({ kind: 'paragraph', text: t.trim(), page: 1 }));

async function parse(name: string, text: string) {
  return parseDocument(name, new TextEncoder().encode(text));
}

describe('finding exempt papers and items by the shape of their words', () => {
  it('marks a paper that says it is not for publication, and not one that only mentions an exempt appendix', async () => {
    expect((await parse('depot.md', EXEMPT_REPORT)).exempt).toEqual({ document: true, items: [] });
    expect((await parse('repairs.md', PUBLIC_REPORT)).exempt).toEqual({ document: false, items: [] });
    const marking = paragraphs('CONFIDENTIAL\n\nPolice liaison briefing\n\nWhat the police told us.');
    expect(findExemption(marking, [], 'briefing-note', 'Police liaison briefing').document).toBe(true);
    for (const answer of [
      'Exempt information: None',
      'Not for publication: No',
      'Is this report exempt? N/A',
      'This report does not contain exempt information.',
    ]) {
      expect(findExemption(paragraphs(`Title\n\n${answer}`), [], 'report', 'Title').document).toBe(false);
    }
    expect(findExemption(paragraphs('Title\n\nExempt information: Yes, paragraph 3'), [], 'report', 'T').document).toBe(
      true,
    );
  });

  it('marks only the items in an agenda’s private part, not the agenda or the item that excludes the public', async () => {
    const agenda = await parse('agenda.md', AGENDA);
    expect(agenda.kind).toBe('agenda');
    expect(agenda.items.map((i) => i.title)).toEqual([
      'Apologies',
      'Minutes of the Meeting held on 3rd February 2026',
      'Housing Repairs Performance',
      'Exclusion of the Press and Public',
      'Depot Site Disposal',
    ]);
    expect(agenda.exempt).toEqual({ document: false, items: [4] });
    const minutes = await parse('minutes.md', MINUTES);
    expect(minutes.exempt).toEqual({ document: false, items: [2] });
  });

  it('marks an item by its own title, and goes back to public business after a public heading', () => {
    const blocks = paragraphs(
      'Agenda\n\nPRIVATE ITEMS\n\n6. Contract Award\n\nPUBLIC ITEMS\n\n7. Work Programme\n\n8. Land at Mill Lane (Exempt)',
    );
    const item = (number: string, title: string, start: number) => ({
      number,
      minuteNumber: null,
      title,
      presenters: null,
      start,
      end: start + 1,
      topics: [],
    });
    const items = [
      item('6', 'Contract Award', 2),
      item('7', 'Work Programme', 4),
      item('8', 'Land at Mill Lane (Exempt)', 5),
    ];
    expect(findExemption(blocks, items, 'agenda', 'Agenda').items).toEqual([0, 2]);
  });

  it('finds nothing exempt in the real, public fixtures (Kent’s agenda has an empty “Exempt items” section)', async () => {
    for (const file of sharedFixtureFiles()) {
      const name = path.basename(file);
      const parsed = await parseDocument(name, fs.readFileSync(file));
      expect({ name, ...parsed.exempt }).toEqual({ name, document: false, items: [] });
    }
  });
});

let library: TempLibrary;

async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const result = await library.dispatch(method, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as OutputOf<M>;
}

async function importText(name: string, text: string, meetingId?: number) {
  const job = await call('startImport', {
    files: [{ name, data: new TextEncoder().encode(text) }],
    ...(meetingId ? { meetingId } : {}),
  });
  const file = (await library.imports.finished(job.id)).files[0];
  return { meetingId: file?.meetingId as number, documentId: file?.documentId as number };
}

const note = (documentId: number, phrase: string, body: string) => noteOnPassage(call, documentId, phrase, body);

const decode = (data: Uint8Array) => new TextDecoder().decode(data);

describe('confidential papers and items in the library', () => {
  let meetingId: number;
  let agendaId: number;
  let depotId: number;
  let repairsId: number;

  beforeAll(async () => {
    library = createTempLibrary();
    ({ meetingId, documentId: agendaId } = await importText('agenda.md', AGENDA));
    depotId = (await importText('depot.md', EXEMPT_REPORT, meetingId)).documentId;
    repairsId = (await importText('repairs.md', PUBLIC_REPORT, meetingId)).documentId;
    await importText('minutes.md', MINUTES);
  });
  afterAll(() => library.cleanup());

  it('marks what the papers say is exempt, and a paper under a confidential item counts as confidential', async () => {
    const meeting = await call('getMeeting', { meetingId });
    const byTitle = (title: string) => meeting.items.find((i) => i.title === title);
    expect(byTitle('Depot Site Disposal')?.confidential).toBe(true);
    expect(byTitle('Exclusion of the Press and Public')?.confidential).toBe(false);
    expect(meeting.items.filter((i) => i.confidential)).toHaveLength(1);
    const papers = [...meeting.documents, ...meeting.items.flatMap((i) => i.documents)];
    expect(papers.find((d) => d.id === agendaId)?.confidential).toBe(false);
    expect(papers.find((d) => d.id === depotId)?.confidential).toBe(true);
    expect(papers.find((d) => d.id === repairsId)?.confidential).toBe(false);
    expect((await call('getDocumentText', { documentId: depotId })).confidential).toBe(true);

    const item = byTitle('Housing Repairs Performance')?.id as number;
    library.db.prepare('UPDATE document SET agenda_item_id = ? WHERE id = ?').run(item, repairsId);
    await call('setAgendaItemConfidential', { agendaItemId: item, confidential: true });
    const underItem = await call('getMeeting', { meetingId });
    const repairs = underItem.items.flatMap((i) => i.documents).find((d) => d.id === repairsId);
    expect(repairs).toMatchObject({ confidential: true, confidentialByItem: true });
    await call('setAgendaItemConfidential', { agendaItemId: item, confidential: false });
    expect((await call('getDocumentText', { documentId: repairsId })).confidential).toBe(false);
  });

  it('lets the member unmark a paper, and a corrected version does not mark it again', async () => {
    expect(await call('setDocumentConfidential', { documentId: depotId, confidential: false })).toEqual({
      confidential: false,
      byItem: false,
    });
    await importText('depot-v2.md', `${EXEMPT_REPORT}\nA late correction.\n`, meetingId);
    expect((await call('getDocumentText', { documentId: depotId })).confidential).toBe(false);
    expect(await call('setDocumentConfidential', { documentId: depotId, confidential: true })).toEqual({
      confidential: true,
      byItem: false,
    });
    const refused = await library.dispatch('setDocumentConfidential', {
      documentId: depotId,
      confidential: true,
      reason: 'x',
    });
    expect(refused.ok).toBe(false);
  });

  it('leaves notes on confidential papers out of exports unless included, and then marks them', async () => {
    await note(depotId, 'valued at £2.4 million', 'Ask who valued it.');
    await note(repairsId, 'Void turnaround times', 'Compare with last year.');

    const md = await call('exportAnnotations', { meetingId, format: 'md' });
    expect(md.leftOut).toBe(1);
    expect(md.text).toContain('Compare with last year.');
    expect(md.text).not.toContain('Ask who valued it.');
    expect(md.text).toContain('1 confidential paper was left out.');

    const withIt = await call('exportAnnotations', { meetingId, format: 'md', includeConfidential: true });
    expect(withIt.leftOut).toBe(0);
    expect(withIt.text).toContain('## Depot Site Disposal – CONFIDENTIAL');
    expect(withIt.text).toContain('Ask who valued it.');
    expect(withIt.text).toContain('CONFIDENTIAL – contains exempt information, not for publication.');

    const w3c = JSON.parse((await call('exportAnnotations', { documentId: depotId, format: 'w3c' })).text) as {
      total: number;
    };
    expect(w3c.total).toBe(0);
    const included = await call('exportAnnotations', { documentId: depotId, format: 'w3c', includeConfidential: true });
    const collection = JSON.parse(included.text) as {
      label: string;
      first: { items: { target: { 'scrutineer:document': { confidential?: boolean } } }[] };
    };
    expect(collection.label).toMatch(/^CONFIDENTIAL – Notes on Depot Site Disposal/);
    expect(collection.first.items[0]?.target['scrutineer:document'].confidential).toBe(true);
  });

  it('keeps a paper confidential when its notes are moved to another laptop', async () => {
    await call('setDocumentConfidential', { documentId: repairsId, confidential: true });
    const exported = await call('exportAnnotations', {
      documentId: repairsId,
      format: 'w3c',
      includeConfidential: true,
    });
    await call('setDocumentConfidential', { documentId: repairsId, confidential: false });
    const home = library;
    library = createTempLibrary();
    try {
      const { meetingId: there } = await importText('agenda.md', AGENDA);
      const { documentId } = await importText('repairs.md', PUBLIC_REPORT, there);
      expect((await call('getDocumentText', { documentId })).confidential).toBe(false);
      expect((await call('importAnnotations', { json: exported.text })).added).toBe(1);
      expect((await call('getDocumentText', { documentId })).confidential).toBe(true);
    } finally {
      library.cleanup();
      library = home;
    }
  });

  it('leaves questions on confidential material out of the brief unless included', async () => {
    const passage = await note(depotId, 'informal tender', '');
    await call('createQuestion', { meetingId, text: 'Why not a public auction?', annotationId: passage.id });
    await call('createQuestion', { meetingId, text: 'When will voids fall below 28 days?' });
    const workspace = await call('getQuestions', { meetingId });
    expect(workspace.questions.map((q) => q.confidential)).toEqual([true, false]);

    const brief = await call('exportBrief', { meetingId, format: 'md' });
    expect(brief.leftOut).toBe(1);
    expect(decode(brief.data)).not.toContain('public auction');
    expect(decode(brief.data)).toContain('1 confidential question was left out.');
    const full = decode((await call('exportBrief', { meetingId, format: 'md', includeConfidential: true })).data);
    expect(full).toContain('**CONFIDENTIAL** Why not a public auction?');
    expect(full).toContain('5. Depot Site Disposal – CONFIDENTIAL');

    const pdf = await call('exportBrief', { meetingId, format: 'pdf' });
    const pdfText = (await extractPdf(pdf.data)).blocks.map((b) => b.text).join(' ');
    expect(pdfText).not.toContain('public auction');
    expect(pdfText).toContain('1 confidential question was left out');
    const docx = await call('exportBrief', { meetingId, format: 'docx', includeConfidential: true });
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(docx.data) });
    expect(value).toContain('CONFIDENTIAL: Why not a public auction?');
  });

  it('marks confidential outcomes and search results, and leaves them out of the outstanding report', async () => {
    const rows = await call('listTracker', {});
    const depot = rows.find((r) => r.text.includes('revised valuation'));
    expect(depot?.confidential).toBe(true);
    expect(rows.find((r) => r.text.includes('void turnaround'))?.confidential).toBe(false);

    const results = await call('search', { query: 'depot' });
    const sources = (kind: string) =>
      results.filter((r) => r.kind === kind).map((r) => [r.documentTitle, r.confidential]);
    expect(sources('outcome')).toEqual([['Minutes', true]]);
    expect(sources('title')).toEqual([['Depot Site Disposal', true]]);
    expect(sources('paper')).toContainEqual(['Depot Site Disposal', true]);
    expect((await call('search', { query: 'turnaround' })).some((r) => !r.confidential)).toBe(true);

    const csv = await call('outstandingReport', { format: 'csv' });
    expect(csv.leftOut).toBe(1);
    expect(decode(csv.data)).not.toContain('revised valuation');
    const csvAll = decode((await call('outstandingReport', { format: 'csv', includeConfidential: true })).data);
    expect(csvAll.split('\r\n')[0]).toMatch(/,Confidential$/);
    expect(csvAll).toMatch(/revised valuation.*,CONFIDENTIAL\r\n/);

    const docx = await call('outstandingReport', { format: 'docx' });
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(docx.data) });
    expect(value).toContain('1 confidential item was left out.');
    expect(value).not.toContain('revised valuation');
    const pdf = await call('outstandingReport', { format: 'pdf', includeConfidential: true });
    const pdfText = (await extractPdf(pdf.data)).blocks.map((b) => b.text).join(' ');
    expect(pdfText).toContain('CONFIDENTIAL');
    expect(pdfText).toContain('revised valuation');
  });

  it('does the same from the command line, with --include-confidential', () => {
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args, '--db', library.file], {
        encoding: 'utf8',
      });
    const notes = cli('annotations', String(depotId), '--format', 'md');
    expect(notes.status).toBe(0);
    expect(notes.stdout).not.toContain('Ask who valued it.');
    expect(notes.stderr).toContain('1 confidential paper was left out. Add --include-confidential to include it.');
    expect(cli('annotations', String(depotId), '--format', 'md', '--include-confidential').stdout).toContain(
      'Ask who valued it.',
    );
    const out = path.join(library.dir, 'outstanding.csv');
    expect(cli('report', 'outstanding', '--format', 'csv', '--out', out).stdout).toBe(
      `Saved ${out}. 1 confidential item was left out. Add --include-confidential to include it.\n`,
    );
    const brief = path.join(library.dir, 'brief.md');
    cli('brief', '--meeting', String(meetingId), '--format', 'md', '--out', brief, '--include-confidential');
    expect(fs.readFileSync(brief, 'utf8')).toContain('Why not a public auction?');
    expect(cli('confidential', String(depotId), '--confidential', 'off').stdout).toBe(
      `Paper ${depotId} is not marked confidential.\n`,
    );
  });
});
