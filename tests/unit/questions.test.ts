import fs from 'node:fs';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf, MethodName, OutputOf } from '../../shared/api/contract';
import { fullTextOf } from '../../shared/anchoring/full-text';
import { extractPdf } from '../../electron/importing/extract/pdf';
import { sharedFixture } from '../helpers/shared-fixtures';
import { createTempLibrary, type TempLibrary } from '../helpers/temp-library';

const MINUTES = fs.readFileSync(sharedFixture('coventry-ecs-minutes-2021-09-16.md'), 'utf8');
const NEXT = `Minutes of the Meeting of Education and Children's Services Scrutiny Board (2) held at 10.00 am on Thursday, 14 October 2021

## 12. Minutes

The minutes were agreed.
`;

let library: TempLibrary;
let meetingId: number;
let documentId: number;

async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const result = await library.dispatch(method, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as OutputOf<M>;
}

async function importText(name: string, text: string) {
  const job = await call('startImport', { files: [{ name, data: new TextEncoder().encode(text) }] });
  return (await library.imports.finished(job.id)).files[0];
}

beforeAll(async () => {
  library = createTempLibrary();
  const file = await importText('minutes.md', MINUTES);
  meetingId = file?.meetingId as number;
  documentId = file?.documentId as number;
});
afterAll(() => library.cleanup());

describe('preparing questions', () => {
  it('makes questions typed fresh or from a passage, grouped by agenda item in asking order', async () => {
    const workspace = await call('getQuestions', { meetingId });
    expect(workspace.items.map((i) => i.number)).toEqual(['6', '7', '8', '9', '10']);
    expect(workspace.people).toContain("Director of Children's Services");
    expect(workspace.people).toContain("J Gregg (Director of Children's Services)");
    const item8 = workspace.items[2]?.id as number;
    const item10 = workspace.items[4]?.id as number;

    const text = fullTextOf((await call('getDocumentText', { documentId })).blocks);
    const phrase = 'Staff shortages contributed to delays';
    const start = text.indexOf(phrase);
    const note = await call('createAnnotation', {
      documentId,
      kind: 'question',
      colour: 'yellow',
      body: '',
      start,
      end: start + phrase.length,
    });
    const fromPassage = await call('createQuestion', {
      meetingId,
      text: 'How many social work vacancies are there now?',
      annotationId: note.id,
    });
    expect(fromPassage).toMatchObject({ agendaItemId: item8, quote: phrase, documentId });

    await call('createQuestion', {
      meetingId,
      agendaItemId: item8,
      text: 'When will the action plan be complete?',
      addressee: 'J Gregg',
      priority: 'high',
    });
    const third = await call('createQuestion', {
      meetingId,
      agendaItemId: item10,
      text: 'How many families used the food hubs?',
    });
    await expect(call('createQuestion', { meetingId, text: '   ' })).rejects.toThrow(/write the question/);

    const moved = await call('moveQuestion', { questionId: third.id, agendaItemId: item8, position: 0 });
    expect(moved.questions.map((q) => q.text.slice(0, 20))).toEqual([
      'How many families us',
      'How many social work',
      'When will the action',
    ]);
    await call('moveQuestion', { questionId: third.id, agendaItemId: item10, position: 0 });
  });

  it('exports the brief as PDF, Word and Markdown with items, questions and quotes with pages', async () => {
    const md = new TextDecoder().decode((await call('exportBrief', { meetingId, format: 'md' })).data);
    expect(md).toContain(
      "# My questions for Education and Children's Services Scrutiny Board (2), Thursday 16 September 2021",
    );
    expect(md).toContain("## 8. Children's Services Ofsted Visit Outcome and Action Plan Progress");
    expect(md).toMatch(
      /1\. How many social work vacancies are there now\?\n\n {3}> Staff shortages contributed to delays \(Minutes\)/,
    );
    expect(md).toContain('2. When will the action plan be complete? *(to J Gregg)* – High priority');
    expect(md).toContain('## 10. Any Other Business');

    const pdf = await call('exportBrief', { meetingId, format: 'pdf' });
    const pdfText = (await extractPdf(pdf.data)).blocks.map((b) => b.text).join(' ');
    expect(pdfText).toContain('My questions for');
    expect(pdfText).toContain('When will the action plan be complete?');
    expect(pdfText).toContain('Staff shortages contributed to delays');

    const docx = await call('exportBrief', { meetingId, format: 'docx' });
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(docx.data) });
    expect(value).toContain('How many families used the food hubs?');
    expect(value).toContain('(to J Gregg)');
  });

  it('runs the meeting: asked, answered, not satisfied, followed up into the tracker; the rest carried over', async () => {
    const { questions } = await call('getQuestions', { meetingId });
    const asked = questions.find((q) => q.text.startsWith('When will')) as OutputOf<'createQuestion'>;
    await call('updateQuestion', {
      questionId: asked.id,
      asked: 'asked',
      answer: 'By March, said the Director',
      satisfied: false,
    });
    const followed = await call('followUpQuestion', { questionId: asked.id });
    expect(followed.outcomeId).not.toBeNull();
    const outcome = (await call('listTracker', {})).find((o) => o.id === followed.outcomeId);
    expect(outcome).toMatchObject({
      kind: 'request',
      owner: 'J Gregg',
      status: 'open',
      itemNumber: '8',
      needsChasing: true,
    });
    expect(outcome?.text).toContain('By March, said the Director');

    const notReached = questions.find((q) => q.text.startsWith('How many families')) as OutputOf<'createQuestion'>;
    await call('updateQuestion', { questionId: notReached.id, asked: 'not-reached' });
    await expect(call('carryOverQuestions', { meetingId })).rejects.toThrow(
      /next meeting of this committee is not in the library/,
    );
    const next = await importText('next.md', NEXT);
    const carried = await call('carryOverQuestions', { meetingId });
    expect(carried).toEqual({ moved: 1, toMeetingId: next?.meetingId });
    const nextQuestions = await call('getQuestions', { meetingId: next?.meetingId as number });
    expect(nextQuestions.questions.map((q) => [q.text, q.asked])).toEqual([
      ['How many families used the food hubs?', 'pending'],
    ]);
  });
});
