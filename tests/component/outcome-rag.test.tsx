// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/api/contract';
import type { OutcomeDetail } from '../../shared/domain';
import { AppProvider } from '../../renderer/app-context';
import { createAppStore } from '../../renderer/stores/app-store';
import { OutcomePanel } from '../../renderer/tracker/OutcomePanel';
import { createFakeApi } from './fake-api';

afterEach(cleanup);

const recommendation: OutcomeDetail = {
  id: 7,
  kind: 'recommendation',
  text: 'The Cabinet be recommended to fund two more social workers',
  committee: 'Communities Scrutiny Panel',
  meetingId: 1,
  meetingDate: '2025-03-04',
  itemNumber: '5',
  itemTitle: 'Children’s Services',
  owner: null,
  dueHint: null,
  dueDate: null,
  dueMeaning: null,
  status: 'open',
  daysOpen: 40,
  lastUpdate: '2025-03-05T09:00:00.000Z',
  overdue: false,
  proposals: 0,
  confidential: false,
  needsChasing: true,
  response: null,
  awaitingResponse: false,
  sourceQuote: 'RECOMMENDED that the Cabinet fund two more social workers.',
  source: null,
  supersededBy: null,
  chasingSetBy: 'rule',
  chasingReading: 'It asks the Cabinet to act.',
  rag: null,
  executiveResponse: null,
  history: [],
  proposalList: [],
};

describe('a recommendation’s RAG rating and the executive’s response', () => {
  it('records both, and asks for the response’s date before saving', async () => {
    const saved: InputOf<'setOutcomeRagAndResponse'>[] = [];
    const api = createFakeApi({
      getOutcome: () => Promise.resolve(recommendation),
      setOutcomeRagAndResponse: (input) => {
        saved.push(input);
        return Promise.resolve({ ...recommendation, rag: input.rag ?? null });
      },
    });
    render(
      <AppProvider api={api} store={createAppStore(api)}>
        <OutcomePanel outcomeId={7} />
      </AppProvider>,
    );
    await userEvent.selectOptions(await screen.findByLabelText('RAG rating'), 'Red – progress not acceptable');
    await userEvent.selectOptions(screen.getByLabelText(/Executive’s response/), 'Partly accepted');
    await userEvent.click(screen.getByRole('button', { name: 'Save rating and response' }));
    expect(screen.getByRole('alert').textContent).toBe('Give the date of the executive’s response.');
    expect(saved).toEqual([]);

    await userEvent.type(screen.getByLabelText('Date of the response'), '30/04/2025');
    await userEvent.type(screen.getByLabelText('What the executive said'), 'One post funded from April.');
    await userEvent.type(screen.getByLabelText('Why (kept in the history)'), 'Waiting list still growing');
    await userEvent.click(screen.getByRole('button', { name: 'Save rating and response' }));
    expect(await screen.findByText('RAG rating and response saved.')).toBeTruthy();
    expect(saved).toEqual([
      {
        outcomeId: 7,
        rag: 'red',
        executiveResponse: { response: 'partly', on: '2025-04-30', text: 'One post funded from April.' },
        note: 'Waiting list still growing',
        view: { chasing: 'needs-chasing', statuses: ['open', 'in-progress'], sort: 'meeting', descending: true },
      },
    ]);
    // The note has gone into the history; the box is ready for the next one.
    expect(screen.getByLabelText<HTMLTextAreaElement>('Why (kept in the history)').value).toBe('');
  });

  it('takes the response’s date as dd/mm/yyyy, and saves nothing while it is not a date', async () => {
    const saved: InputOf<'setOutcomeRagAndResponse'>[] = [];
    const api = createFakeApi({
      getOutcome: () => Promise.resolve(recommendation),
      setOutcomeRagAndResponse: (input) => {
        saved.push(input);
        return Promise.resolve(recommendation);
      },
    });
    render(
      <AppProvider api={api} store={createAppStore(api)}>
        <OutcomePanel outcomeId={7} />
      </AppProvider>,
    );
    await userEvent.selectOptions(await screen.findByLabelText(/Executive’s response/), 'Accepted');
    const date = screen.getByLabelText<HTMLInputElement>('Date of the response');
    const save = screen.getByRole('button', { name: 'Save rating and response' });

    for (const typed of ['31/02/2025', 'next week', '04/30/2025']) {
      await userEvent.clear(date);
      await userEvent.type(date, typed);
      await userEvent.click(save);
      expect(screen.getByRole('alert').textContent).toMatch(/^Date of the response: /);
      expect(date.getAttribute('aria-invalid')).toBe('true');
      // What was typed stays, to be put right; the focus goes back to it.
      expect(date.value).toBe(typed);
      expect(document.activeElement).toBe(date);
    }
    // Enter in the field does not send the form with the date half-typed either.
    await userEvent.clear(date);
    await userEvent.type(date, '31/02/2025{Enter}');
    expect(screen.getByRole('alert').textContent).toBe(
      'Date of the response: 31/02/2025 is not a date in the calendar. Check the day and the month.',
    );
    expect(saved).toEqual([]);

    await userEvent.clear(date);
    await userEvent.type(date, '2/5/2025{Enter}');
    expect(await screen.findByText('RAG rating and response saved.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(date.value).toBe('02/05/2025');
    expect(saved.map((s) => s.executiveResponse)).toEqual([{ response: 'accepted', on: '2025-05-02', text: '' }]);
  });
});
