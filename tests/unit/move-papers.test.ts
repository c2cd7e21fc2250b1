import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf, MethodName, OutputOf } from '../../shared/api/contract';
import { fullTextOf } from '../../shared/anchoring/full-text';
import { sharedFixture } from '../helpers/shared-fixtures';
import { createTempLibrary, type TempLibrary } from '../helpers/temp-library';

const MINUTES = fs.readFileSync(sharedFixture('coventry-ecs-minutes-2021-09-16.md'), 'utf8');
const SUPPLEMENT = [
  'Supplement 1',
  'Children’s Services Ofsted Visit Outcome and Action Plan Progress',
  'Since the report was published, the service has recruited four further social workers.',
  'The caseload per worker has fallen to 17 on average.',
].join('\n\n');

let library: TempLibrary;
beforeEach(() => {
  library = createTempLibrary();
});
afterEach(() => library.cleanup());

async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const result = await library.dispatch(method, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as OutputOf<M>;
}

async function importText(name: string, text: string, meetingId?: number) {
  const job = await call('startImport', { files: [{ name, data: new TextEncoder().encode(text) }], meetingId });
  const done = await library.imports.finished(job.id);
  const file = done.files[0];
  if (!file?.documentId || !file.meetingId) throw new Error(file?.message);
  return { documentId: file.documentId, meetingId: file.meetingId, message: file.message };
}

describe('a paper that does not name its meeting', () => {
  it('says its meeting is not known, and offers the meetings of the library, nearest first', async () => {
    const minutes = await importText('Minutes.md', MINUTES);
    const stranded = await importText('Supplement.txt', SUPPLEMENT);
    expect(stranded.meetingId).not.toBe(minutes.meetingId);
    const choices = await call('meetingChoices', { documentId: stranded.documentId });
    expect(choices.meetingKnown).toBe(false);
    expect(choices.current.committeeUnknown).toBe(true);
    expect(choices.likely.map((m) => m.id)).toEqual([minutes.meetingId]);
    expect((await call('meetingChoices', { documentId: minutes.documentId })).meetingKnown).toBe(true);
  });

  it('moves to its meeting with its notes and questions, under the agenda item it names, and leaves no empty meeting', async () => {
    const minutes = await importText('Minutes.md', MINUTES);
    const stranded = await importText('Supplement.txt', SUPPLEMENT);
    const text = fullTextOf((await call('getDocumentText', { documentId: stranded.documentId })).blocks);
    const quote = 'four further social workers';
    const start = text.indexOf(quote);
    const note = await call('createAnnotation', {
      documentId: stranded.documentId,
      kind: 'question',
      colour: 'yellow',
      body: 'Are they agency staff?',
      start,
      end: start + quote.length,
    });
    await call('createQuestion', {
      meetingId: stranded.meetingId,
      text: 'Are they agency staff?',
      annotationId: note.id,
    });

    const moved = await call('moveDocument', { documentId: stranded.documentId, meetingId: minutes.meetingId });
    expect(moved.agendaItem).toBe("Children's Services Ofsted Visit Outcome and Action Plan Progress");

    const meeting = await call('getMeeting', { meetingId: minutes.meetingId });
    const item = meeting.items.find((i) => i.title === moved.agendaItem);
    expect(item?.documents.map((d) => d.id)).toEqual([stranded.documentId]);
    expect((await call('listAnnotations', { documentId: stranded.documentId })).map((a) => a.body)).toEqual([
      'Are they agency staff?',
    ]);
    const questions = await call('getQuestions', { meetingId: minutes.meetingId });
    expect(JSON.stringify(questions)).toContain('Are they agency staff?');
    // The stranded meeting had nothing else: it is gone, not left empty in the library.
    const meetings = await call('listMeetings', {});
    expect(meetings.map((m) => m.id)).toEqual([minutes.meetingId]);

    // Adding it again finds it where it now is.
    const again = await importText('Supplement.txt', SUPPLEMENT);
    expect(again.message).toMatch(/Already in the library/);
    expect(again.meetingId).toBe(minutes.meetingId);
  });

  it('is tied to its agenda item when added to a meeting directly', async () => {
    const minutes = await importText('Minutes.md', MINUTES);
    const added = await importText('Supplement.txt', SUPPLEMENT, minutes.meetingId);
    const meeting = await call('getMeeting', { meetingId: minutes.meetingId });
    const item = meeting.items.find((i) => i.documents.some((d) => d.id === added.documentId));
    expect(item?.title).toBe("Children's Services Ofsted Visit Outcome and Action Plan Progress");
  });

  it('refuses a move onto a paper of the same title, and changes nothing', async () => {
    const minutes = await importText('Minutes.md', MINUTES);
    const second = await importText('Supplement.txt', SUPPLEMENT);
    const first = await importText('Supplement.txt', `${SUPPLEMENT}\n\nA late correction.`, minutes.meetingId);
    expect(first.documentId).not.toBe(second.documentId);
    const result = await library.dispatch('moveDocument', {
      documentId: second.documentId,
      meetingId: minutes.meetingId,
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(/already has a paper called/);
    expect((await call('getDocumentText', { documentId: second.documentId })).meetingId).toBe(second.meetingId);
  });

  it('becomes the next version of the paper it corrects, in the meeting the paper was moved to', async () => {
    const minutes = await importText('Minutes.md', MINUTES);
    const stranded = await importText('Supplement.txt', SUPPLEMENT);
    await call('moveDocument', { documentId: stranded.documentId, meetingId: minutes.meetingId });
    const corrected = await importText('Supplement.txt', SUPPLEMENT.replace('17 on average', '19 on average'));
    expect(corrected).toMatchObject({ documentId: stranded.documentId, meetingId: minutes.meetingId });
    expect((await call('getDocumentText', { documentId: stranded.documentId })).version).toBe(2);
  });
});
