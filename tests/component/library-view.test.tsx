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
    expect(alert.textContent).toMatch(/Backups… in the library, then Restore/);
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

  it('shows the reason when the library cannot be read', async () => {
    renderApp(createFakeApi({ listMeetings: () => Promise.reject(new Error('The library file is damaged.')) }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^The library file is damaged\./);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
