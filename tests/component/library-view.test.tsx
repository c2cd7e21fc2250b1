// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/App';
import { AppProvider } from '../../renderer/app-context';
import { createAppStore } from '../../renderer/stores/app-store';
import { createFakeApi } from './fake-api';

afterEach(cleanup);

function renderApp(api = createFakeApi()) {
  render(
    <AppProvider api={api} store={createAppStore(api)}>
      <App />
    </AppProvider>,
  );
}

describe('the library screen', () => {
  it('warns at once, in plain words, when the background check finds the library file damaged', async () => {
    renderApp(
      createFakeApi({
        libraryHealth: () =>
          Promise.resolve({ state: 'damaged', message: 'The library file library.sqlite is damaged (page 7).' }),
      }),
    );
    const alert = await screen.findByRole('alert', { name: 'Library file damaged' });
    expect(alert.textContent).toMatch(/is damaged \(page 7\)/);
    expect(alert.textContent).toMatch(/Restore from backup/);
  });

  it('says nothing about the library file while it is sound', async () => {
    renderApp(createFakeApi({ libraryHealth: () => Promise.resolve({ state: 'sound', message: null }) }));
    await screen.findByRole('heading', { name: 'Your library is empty' });
    expect(screen.queryByRole('alert', { name: 'Library file damaged' })).toBeNull();
  });

  it('tells a councillor how to import a pack when the library is empty', async () => {
    renderApp();
    expect(await screen.findByRole('heading', { name: 'Your library is empty' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Import pack…' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Import a folder…' })).toBeTruthy();
  });

  it('lists meetings under their committee, newest first as the library gives them', async () => {
    renderApp(
      createFakeApi({
        listMeetings: () =>
          Promise.resolve([
            {
              id: 1,
              committee: 'Education and Children’s Services Scrutiny Board (2)',
              council: 'Coventry City Council',
              date: '2021-09-16',
              time: '10:30',
              venue: null,
              itemCount: 5,
              documentCount: 1,
              openOutcomeCount: 9,
            },
          ]),
      }),
    );
    expect(
      await screen.findByRole('heading', { name: 'Education and Children’s Services Scrutiny Board (2)' }),
    ).toBeTruthy();
    expect(screen.getByText('Thursday 16 September 2021')).toBeTruthy();
    expect(screen.getByText('9 open outcomes')).toBeTruthy();
  });

  it('shows the reason when the library cannot be read', async () => {
    renderApp(createFakeApi({ listMeetings: () => Promise.reject(new Error('The library file is damaged.')) }));
    expect((await screen.findByRole('alert')).textContent).toBe('The library file is damaged.');
  });
});
