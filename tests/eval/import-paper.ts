import path from 'node:path';
import { UNNAMED_COMMITTEE } from '../../electron/importing/store-document';
import type { OutcomeSummary } from '../../shared/domain';
import { api, importBatch, type FixtureFile } from '../helpers/fixture-files';
import { createTempLibrary } from '../helpers/temp-library';
import type { PredictedItem, PredictedMeeting, PredictedOutcome } from './score-minutes';

export interface ImportedPaper {
  meeting: PredictedMeeting;
  /** The document's text as the library stores it, its blocks one a line. */
  text: string;
  /** Why the file did not import, when it did not. */
  failure: string | null;
}

const NOTHING: PredictedMeeting = { date: null, committee: null, items: [], outcomes: [] };

/**
 * Imports one paper into a fresh library through the app's import (the API's
 * startImport), under a neutral name that keeps only the extension so a date in
 * the corpus file name cannot be read as the meeting's, and reads back what the
 * app shows: the meeting, its items and its outcomes.
 */
export async function importPaper(fileName: string, data: FixtureFile['data']): Promise<ImportedPaper> {
  const library = createTempLibrary();
  try {
    const job = await importBatch(library, [{ name: `paper${path.extname(fileName)}`, data }]);
    const file = job.files[0];
    if (!file?.meetingId || !file.documentId) {
      return { meeting: NOTHING, text: '', failure: `${file?.state ?? 'no file'}: ${file?.message ?? ''}` };
    }
    const meeting = await api(library, 'getMeeting', { meetingId: file.meetingId });
    const document = await api(library, 'getDocumentText', { documentId: file.documentId });
    const placed: { outcome: OutcomeSummary; item: PredictedItem | null }[] = [
      ...meeting.items.flatMap((item) =>
        item.outcomes.map((outcome) => ({ outcome, item: { number: item.number, minuteNumber: item.minuteNumber } })),
      ),
      ...meeting.outcomes.map((outcome) => ({ outcome, item: null })),
    ];
    const outcomes: PredictedOutcome[] = placed
      .sort((a, b) => a.outcome.id - b.outcome.id)
      .map(({ outcome, item }) => ({ kind: outcome.kind, text: outcome.text, sourceQuote: outcome.sourceQuote, item }));
    return {
      meeting: {
        date: meeting.date,
        committee: meeting.committee === UNNAMED_COMMITTEE ? null : meeting.committee,
        items: meeting.items.map((i) => ({ number: i.number, minuteNumber: i.minuteNumber })),
        outcomes,
      },
      text: document.blocks.map((b) => b.text).join('\n'),
      failure: null,
    };
  } finally {
    library.cleanup();
  }
}
