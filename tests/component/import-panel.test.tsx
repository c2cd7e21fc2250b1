// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportJobStatus } from '../../shared/domain';
import { AppProvider } from '../../renderer/app-context';
import { ImportPanel } from '../../renderer/components/ImportPanel';
import { createAppStore } from '../../renderer/stores/app-store';
import { createFakeApi } from './fake-api';

afterEach(cleanup);

const running: ImportJobStatus = {
  id: '8d3c1f8e-4b7a-4a51-9b1e-6f1f2f3a4b5c',
  state: 'running',
  progress: 0.5,
  files: [
    {
      name: 'Minutes.pdf',
      state: 'imported',
      message: 'Imported. 9 outcomes found.',
      meetingId: 1,
      documentId: 1,
      warnings: [],
    },
    { name: 'Scan.pdf', state: 'reading', message: 'Reading…', meetingId: null, documentId: null, warnings: [] },
  ],
};

function renderPanel(job: ImportJobStatus, cancelled: string[] = []) {
  const api = createFakeApi({
    cancelImport: ({ jobId }) => {
      cancelled.push(jobId);
      return Promise.resolve({ ...job, state: 'cancelled' });
    },
  });
  const store = createAppStore(api);
  store.setState({ importJob: job });
  render(
    <AppProvider api={api} store={store}>
      <ImportPanel />
    </AppProvider>,
  );
}

describe('the import panel', () => {
  it('shows progress and lets the councillor cancel a running import', async () => {
    const cancelled: string[] = [];
    renderPanel(running, cancelled);
    expect(screen.getByRole('progressbar', { name: 'Import progress' }).getAttribute('value')).toBe('50');
    expect(screen.getByText('50% – 1 of 2 files done')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel import' }));
    expect(cancelled).toEqual([running.id]);
    expect(await screen.findByRole('heading', { name: 'Import cancelled' })).toBeTruthy();
  });

  it('names each file that could not be imported with its reason, and shows warnings', () => {
    renderPanel({
      ...running,
      state: 'finished',
      progress: 1,
      files: [
        {
          name: 'Locked.pdf',
          state: 'failed',
          message: 'Could not be imported: it is protected by a password. Ask the clerk for a copy without one.',
          meetingId: null,
          documentId: null,
          warnings: [],
        },
        {
          name: 'Scan.pdf',
          state: 'imported',
          message: 'Imported.',
          meetingId: 2,
          documentId: 3,
          warnings: ['This PDF has no text layer (it may be a scan), so it cannot be searched or annotated as text.'],
        },
      ],
    });
    expect(screen.getByText('1 imported, 1 could not be imported.')).toBeTruthy();
    const locked = screen.getByText('Locked.pdf').closest('li') as HTMLElement;
    expect(within(locked).getByText(/protected by a password/)).toBeTruthy();
    expect(screen.getByRole('note').textContent).toMatch(/no text layer/);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toContain('Open meeting for Scan.pdf');
  });

  it('lists a file skipped from a folder, with why, apart from those that failed', () => {
    renderPanel({
      ...running,
      state: 'finished',
      progress: 1,
      files: [
        { ...(running.files[0] as ImportJobStatus['files'][number]) },
        {
          name: 'x.txt',
          state: 'skipped',
          message: 'Skipped: it is a shortcut (symbolic link) to somewhere else, so it was not imported.',
          meetingId: null,
          documentId: null,
          warnings: [],
        },
      ],
    });
    expect(screen.getByText('1 imported, 1 skipped.')).toBeTruthy();
    const link = screen.getByText('x.txt').closest('li') as HTMLElement;
    expect(within(link).getByText('Skipped')).toBeTruthy();
    expect(within(link).getByText(/symbolic link/)).toBeTruthy();
  });
});
