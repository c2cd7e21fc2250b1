import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers';
import { ApiError } from '../../shared/api/errors';
import { createTempLibrary, type TempLibrary } from '../helpers/temp-library';

let library: TempLibrary;
beforeEach(() => {
  library = createTempLibrary();
});
afterEach(() => library.cleanup());

describe('the API registrar', () => {
  it('answers a valid call with a value', async () => {
    expect(await library.dispatch('listMeetings', {})).toEqual({ ok: true, value: [] });
  });

  it('refuses unknown methods, unknown fields and wrong types, as values', async () => {
    expect(await library.dispatch('dropAllTables', {})).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await library.dispatch('listMeetings', { sql: 'DROP TABLE meeting' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await library.dispatch('getMeeting', { meetingId: '1; DROP' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('passes on messages written for people, and hides internal failures', async () => {
    expect(await library.dispatch('getMeeting', { meetingId: 42 })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That meeting is no longer in the library.' },
    });
    const handlers = createHandlers(library.db, { imports: library.imports });
    const broken = createDispatch(
      {
        ...handlers,
        listMeetings: () => {
          throw new Error('SQLITE_CORRUPT at 0x1234');
        },
        listOutcomes: () => {
          throw new ApiError('not-found', 'Nothing here.');
        },
      },
      () => undefined,
    );
    const result = await broken('listMeetings', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('SQLITE_CORRUPT');
    expect(await broken('listOutcomes', {})).toMatchObject({ ok: false, error: { message: 'Nothing here.' } });
  });
});
