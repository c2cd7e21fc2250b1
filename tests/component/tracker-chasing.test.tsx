// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutcomeDetail, TrackerFilters, TrackerRow } from '../../shared/domain';
import { AppProvider } from '../../renderer/app-context';
import { createAppStore } from '../../renderer/stores/app-store';
import { OutcomePanel } from '../../renderer/tracker/OutcomePanel';
import { TrackerView } from '../../renderer/tracker/TrackerView';
import { createFakeApi } from './fake-api';

afterEach(cleanup);

function row(id: number, text: string, needsChasing: boolean): TrackerRow {
  return {
    id,
    kind: needsChasing ? 'request' : 'resolution',
    text,
    committee: 'Communities Scrutiny Panel',
    meetingId: 1,
    meetingDate: '2025-03-04',
    itemNumber: '2',
    itemTitle: 'Library Service Update',
    owner: null,
    dueHint: null,
    dueDate: null,
    dueMeaning: null,
    status: 'open',
    daysOpen: needsChasing ? 120 : null,
    lastUpdate: '2025-03-05T09:00:00.000Z',
    overdue: false,
    proposals: 0,
    confidential: false,
    needsChasing,
    rag: null,
    response: null,
    awaitingResponse: false,
  };
}

const TO_CHASE = [row(1, 'Officers provide the opening hours of each branch', true)];
const RECORDED = [row(2, 'The report be noted', false), row(3, 'The minutes be approved as a correct record', false)];

function renderWith(ui: React.ReactNode, api: ReturnType<typeof createFakeApi>) {
  render(
    <AppProvider api={api} store={createAppStore(api)}>
      {ui}
    </AppProvider>,
  );
}

describe('the tracker’s three lists', () => {
  it('opens on what needs chasing, and shows the recorded decisions one click or arrow key away', async () => {
    const asked: TrackerFilters[] = [];
    const api = createFakeApi({
      pageTracker: ({ filters }) => {
        asked.push(filters);
        return Promise.resolve({
          rows: filters.chasing === 'recorded' ? RECORDED : TO_CHASE,
          next: null,
          counts: { needsChasing: 1, recorded: 2, dueSoon: 0 },
        });
      },
      trackerDashboard: () => Promise.resolve({ committees: [], ageing: [] }),
    });
    renderWith(<TrackerView />, api);

    const toChase = await screen.findByRole('tab', { name: 'Needs chasing (1)' });
    const recorded = screen.getByRole('tab', { name: 'Recorded – nothing to chase (2)' });
    expect(toChase.getAttribute('aria-selected')).toBe('true');
    expect(within(screen.getByRole('tabpanel')).getByText('1 outcome to chase').getAttribute('role')).toBe('status');
    expect(asked[0]?.chasing).toBe('needs-chasing');
    expect(screen.getByRole('group', { name: 'Status' })).toBeTruthy();

    await userEvent.click(recorded);
    expect(recorded.getAttribute('aria-selected')).toBe('true');
    const panel = screen.getByRole('tabpanel', { name: 'Recorded – nothing to chase (2)' });
    expect(await within(panel).findByText('2 outcomes on record, nothing to chase')).toBeTruthy();
    expect(asked.at(-1)?.chasing).toBe('recorded');
    // Status and overdue mean nothing for a decision on record.
    expect(screen.queryByRole('group', { name: 'Status' })).toBeNull();
    expect(screen.queryByLabelText('Overdue only')).toBeNull();

    // The tabs are one stop for Tab; the arrow keys move between them.
    await userEvent.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Due soon (0)' }));
    await userEvent.keyboard('{Home}');
    expect(document.activeElement).toBe(toChase);
    expect(toChase.getAttribute('aria-selected')).toBe('true');
    expect(recorded.getAttribute('tabindex')).toBe('-1');
    expect(await screen.findByText('1 outcome to chase')).toBeTruthy();
  });
});

describe('the tracker’s date filters', () => {
  it('take dd/mm/yyyy and ask for ISO dates, and never filter by half a date', async () => {
    const asked: TrackerFilters[] = [];
    const api = createFakeApi({
      pageTracker: ({ filters }) => {
        asked.push(filters);
        return Promise.resolve({ rows: TO_CHASE, next: null, counts: { needsChasing: 1, recorded: 0, dueSoon: 0 } });
      },
      trackerDashboard: () => Promise.resolve({ committees: [], ageing: [] }),
    });
    renderWith(<TrackerView />, api);
    await screen.findByText('1 outcome to chase');
    const from = screen.getByLabelText<HTMLInputElement>('From');
    const to = screen.getByLabelText<HTMLInputElement>('To');
    expect(from.type).toBe('text');
    expect(from.placeholder).toBe('dd/mm/yyyy');

    await userEvent.type(from, '1/9/2021{Enter}');
    await waitFor(() => expect(asked.at(-1)?.from).toBe('2021-09-01'));
    expect(from.value).toBe('01/09/2021');

    const before = asked.length;
    for (const typed of ['31/02/2025', 'next week', '09/16/2021']) {
      await userEvent.clear(to);
      await userEvent.type(to, typed);
      await userEvent.tab();
      expect(screen.getByRole('alert').textContent).toMatch(/^To: /);
      expect(to.value).toBe(typed);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(asked.length).toBe(before);

    await userEvent.clear(to);
    await userEvent.type(to, '16/09/2021');
    await userEvent.tab();
    await waitFor(() => expect(asked.at(-1)).toMatchObject({ from: '2021-09-01', to: '2021-09-16' }));
    expect(screen.queryByRole('alert')).toBeNull();

    // Emptying a box takes its filter away.
    await userEvent.clear(from);
    await userEvent.tab();
    await waitFor(() => expect(asked.at(-1)?.from).toBeUndefined());
    expect(asked.at(-1)?.to).toBe('2021-09-16');
  });
});

describe('the chair’s word on an outcome', () => {
  const detail: OutcomeDetail = {
    ...row(2, 'The report be noted', false),
    sourceQuote: 'RESOLVED that the report be noted.',
    source: null,
    supersededBy: null,
    chasingSetBy: 'rule',
    chasingReading: 'It notes something; it asks no one to act.',
    rag: null,
    executiveResponse: null,
    history: [
      {
        id: 1,
        status: 'open',
        needsChasing: null,
        note: 'Found in minutes.md when it was imported.',
        evidence: null,
        changedAt: '2025-03-05T09:00:00.000Z',
      },
    ],
    proposalList: [],
  };

  it('says how the wording was read, and records the chair’s change with a note', async () => {
    const saved: unknown[] = [];
    const api = createFakeApi({
      getOutcome: () => Promise.resolve(detail),
      setOutcomeNeedsChasing: (input) => {
        saved.push(input);
        return Promise.resolve({
          ...detail,
          needsChasing: true,
          chasingSetBy: 'chair',
          history: [
            ...detail.history,
            {
              id: 2,
              status: 'open',
              needsChasing: true,
              note: input.note ?? '',
              evidence: null,
              changedAt: '2025-03-06T12:00:00.000Z',
            },
          ],
        });
      },
    });
    renderWith(<OutcomePanel outcomeId={2} />, api);

    expect(await screen.findByRole('heading', { name: 'Resolution – Recorded' })).toBeTruthy();
    expect(screen.getByText(/Sorted by Scrutineer\. It notes something; it asks no one to act\./)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Nothing to chase' }).getAttribute('aria-pressed')).toBe('true');
    // Nothing to own, date or close while it is only on record.
    expect(screen.queryByRole('button', { name: 'Record change' })).toBeNull();

    await userEvent.type(screen.getByLabelText(/Note for the history/), 'Officers promised figures');
    await userEvent.click(screen.getByRole('button', { name: 'Needs chasing' }));
    expect(saved).toMatchObject([{ outcomeId: 2, needsChasing: true, note: 'Officers promised figures' }]);
    expect(await screen.findByText(/Marked as needing chasing/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Resolution – Open' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Needs chasing' }).getAttribute('aria-pressed')).toBe('true');
    const latest = within(screen.getByRole('list', { name: 'History' })).getAllByRole('listitem')[0];
    expect(latest?.textContent).toMatch(/Needs chasing.*6 March 2025.*Officers promised figures/);
  });
});
