import { afterEach, describe, expect, it } from 'vitest';
import { ImportJobs } from '../../electron/importing/import-jobs';
import { parseInline, type ParseRunner } from '../../electron/importing/parse-runner';
import { COVENTRY, readRealFixture } from '../helpers/fixture-files';
import { createTempLibrary, type TempLibrary } from '../helpers/temp-library';

/**
 * A folder of papers is read several files at once (one reader per core in the
 * app), and one writer stores them in the order they were chosen, so the
 * library ends up as if they had been imported one by one.
 */
let library: TempLibrary | undefined;
afterEach(() => library?.cleanup());

describe('reading several papers at once', () => {
  it('reads two at a time and stores them in the order chosen, even when the first is slowest', async () => {
    library = createTempLibrary();
    let reading = 0;
    let mostAtOnce = 0;
    const slowFirst: ParseRunner = async (file, onProgress, signal) => {
      reading++;
      mostAtOnce = Math.max(mostAtOnce, reading);
      try {
        // The first paper takes longest to read, as a long pack does.
        if (file.name === COVENTRY.minutes) await new Promise((resolve) => setTimeout(resolve, 400));
        return await parseInline(file, onProgress, signal);
      } finally {
        reading--;
      }
    };
    const imports = new ImportJobs(library.db, slowFirst, 2);
    const files = [COVENTRY.minutes, COVENTRY.agendaItem, COVENTRY.briefingNote].map(readRealFixture);
    const job = await imports.finished(imports.start(files).id);

    expect(job.state).toBe('finished');
    expect(job.progress).toBe(1);
    expect(job.files.map((f) => f.state)).toEqual(['imported', 'imported', 'imported']);
    expect(mostAtOnce).toBe(2);
    const ids = job.files.map((f) => f.documentId as number);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
  });

  it('goes on reading short papers while a long one is read, instead of leaving a reader idle', async () => {
    library = createTempLibrary();
    const started: string[] = [];
    let longDone = false;
    const longFirst: ParseRunner = async (file, onProgress, signal) => {
      started.push(longDone ? `${file.name} (after)` : file.name);
      if (file.name === COVENTRY.minutes) {
        await new Promise((resolve) => setTimeout(resolve, 400));
        longDone = true;
      }
      return parseInline(file, onProgress, signal);
    };
    const imports = new ImportJobs(library.db, longFirst, 2);
    const notes = Array.from({ length: 6 }, (_, n) => ({
      name: `note-${n + 1}.txt`,
      data: new TextEncoder().encode(`Briefing note ${n + 1}\n\nA short note for members.`),
    }));
    const job = await imports.finished(imports.start([readRealFixture(COVENTRY.minutes), ...notes]).id);

    expect(job.files.every((f) => f.state !== 'failed')).toBe(true);
    // Every note was read while the long minutes were, not only the few that fit beside them.
    expect(started).toEqual([COVENTRY.minutes, ...notes.map((n) => n.name)]);
    const ids = job.files.map((f) => f.documentId as number);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
  });

  it('cancels the files still being read or waiting, and keeps those already stored', async () => {
    library = createTempLibrary();
    const imports = new ImportJobs(library.db, parseInline, 2);
    const files = [COVENTRY.minutes, COVENTRY.agendaItem, COVENTRY.briefingNote].map(readRealFixture);
    const started = imports.start(files);
    imports.cancel(started.id);
    const job = await imports.finished(started.id);
    expect(job.state).toBe('cancelled');
    for (const file of job.files) expect(['imported', 'cancelled']).toContain(file.state);
    const stored = library.db.prepare('SELECT COUNT(*) FROM document').pluck().get() as number;
    expect(stored).toBe(job.files.filter((f) => f.state === 'imported').length);
  });
});
