// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Api, InputOf } from '../../shared/api/contract';
import { ApiError, DISK_FULL_MESSAGE } from '../../shared/api/errors';
import type { ChangedOnTwoDevices, DeviceSyncStatus } from '../../shared/device-sync';
import { App } from '../../renderer/App';
import { AppProvider } from '../../renderer/app-context';
import { createAppStore } from '../../renderer/stores/app-store';
import { ConflictChoice } from '../../renderer/sync/ConflictChoice';
import { useDeviceSync } from '../../renderer/sync/device-sync-store';
import { createFakeApi } from './fake-api';

const WRONG_PASSWORD =
  'The sync server did not accept your user name or password. Please check them and enter them again.';

// jsdom has no modal dialogs; these stand in for the browser's own.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});

afterEach(() => {
  cleanup();
  useDeviceSync.setState({ open: false, status: null, conflicts: [] });
});

const OFF: DeviceSyncStatus = {
  configured: false,
  url: null,
  userName: null,
  includeConfidential: false,
  passwordKept: false,
  canKeepPassword: false,
  needsPassword: false,
  state: 'off',
  lastSyncedAt: null,
  waiting: 0,
  problem: null,
  refused: [],
  conflicts: 0,
  waitingForPapers: 0,
  trackers: [],
};

const SET_UP: DeviceSyncStatus = {
  ...OFF,
  configured: true,
  url: 'https://sync.mycouncil.gov.uk',
  userName: 'jsmith',
  state: 'synced',
};

function renderApp(partial: Partial<Api>) {
  const api = createFakeApi(partial);
  render(
    <AppProvider api={api} store={createAppStore(api)}>
      <App />
    </AppProvider>,
  );
}

async function openSync() {
  await userEvent.click(within(await screen.findByRole('contentinfo')).getByRole('button', { name: 'Sync…' }));
  return screen.findByRole('dialog', { name: 'Sync' });
}

describe('the Sync… dialog', () => {
  it('says sync is off, refuses a wrong password in an alert, then sets sync up', async () => {
    const tries: InputOf<'setUpDeviceSync'>[] = [];
    renderApp({
      getDeviceSync: () => Promise.resolve(OFF),
      setUpDeviceSync: (input) => {
        tries.push(input);
        return input.password === 'right'
          ? Promise.resolve({ ...SET_UP, userName: input.userName, state: 'synced' })
          : Promise.reject(new ApiError('invalid-input', WRONG_PASSWORD));
      },
    });
    expect((await screen.findByRole('contentinfo')).textContent).toMatch(/Sync is off/);
    const dialog = await openSync();
    // The browser version says plainly that it keeps no password.
    expect(within(dialog).getByText(/does not keep your password/)).toBeTruthy();

    await userEvent.type(within(dialog).getByLabelText('Server address'), 'https://sync.mycouncil.gov.uk');
    await userEvent.type(within(dialog).getByLabelText('User name'), 'jsmith');
    await userEvent.type(within(dialog).getByLabelText('Password'), 'wrong');
    await userEvent.click(within(dialog).getByLabelText('Include confidential items'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Set up sync' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe(WRONG_PASSWORD);

    const password = within(dialog).getByLabelText('Password');
    await userEvent.clear(password);
    await userEvent.type(password, 'right');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Set up sync' }));
    expect((await within(dialog).findByRole('status')).textContent).toMatch(/Sync is set up with https:\/\//);
    expect(within(dialog).getByRole('alert').textContent).toBe('');
    expect(tries.at(-1)).toEqual({
      url: 'https://sync.mycouncil.gov.uk',
      userName: 'jsmith',
      password: 'right',
      includeConfidential: true,
    });
  });

  it('in the app, says the password is kept in the computer’s secure storage', async () => {
    renderApp({ getDeviceSync: () => Promise.resolve({ ...OFF, canKeepPassword: true }) });
    const dialog = await openSync();
    expect(within(dialog).getByText(/secure storage/).textContent).toMatch(/never in the library/);
  });

  it('asks for the password where none is kept, and says plainly when the disk is full', async () => {
    const passwords: (string | undefined)[] = [];
    renderApp({
      getDeviceSync: () => Promise.resolve({ ...SET_UP, needsPassword: true, state: 'problem', problem: 'x' }),
      syncDevicesNow: ({ password }) => {
        passwords.push(password);
        return Promise.reject(new ApiError('disk-full', DISK_FULL_MESSAGE));
      },
    });
    const dialog = await openSync();
    await userEvent.type(within(dialog).getByLabelText('Your sync password'), 'secret');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Sync now' }));
    expect((await within(dialog).findByRole('alert')).textContent).toMatch(/^Your disk is full/);
    expect(passwords).toEqual(['secret']);
  });

  it('shows a committee tracker the member is not on, and a server that cannot be reached, after Sync now', async () => {
    const offline = 'The sync server cannot be reached. Your changes are kept here and go when it can be reached.';
    const answers: DeviceSyncStatus[] = [
      {
        ...SET_UP,
        state: 'problem',
        problem: 'You are not a member of this committee’s tracker (housing-scrutiny-panel).',
      },
      { ...SET_UP, state: 'offline', problem: offline, waiting: 3 },
    ];
    let current: DeviceSyncStatus = { ...SET_UP, lastSyncedAt: new Date().toISOString() };
    renderApp({
      getDeviceSync: () => Promise.resolve(current),
      syncDevicesNow: () => Promise.resolve((current = answers.shift() ?? current)),
    });
    const dialog = await openSync();
    expect(within(dialog).getByText('Synced just now')).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Sync now' }));
    expect((await within(dialog).findByRole('alert')).textContent).toMatch(
      /You are not a member of this committee’s tracker \(housing-scrutiny-panel\)/,
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Sync now' }));
    await expect.poll(() => within(dialog).getByRole('alert').textContent).toBe(offline);
    expect(screen.getByRole('contentinfo').textContent).toMatch(/Offline – 3 changes waiting/);
  });

  it('removes the server only after asking, and says the notes stay', async () => {
    let removed = false;
    renderApp({
      getDeviceSync: () => Promise.resolve(removed ? OFF : SET_UP),
      removeDeviceSync: () => {
        removed = true;
        return Promise.resolve(OFF);
      },
    });
    const dialog = await openSync();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove server…' }));
    expect(within(dialog).getByText(/Stop syncing with https:\/\/sync.mycouncil.gov.uk\?/)).toBeTruthy();
    expect(removed).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Stop syncing' }));
    expect((await within(dialog).findByRole('status')).textContent).toBe('Sync is off. Your notes are still here.');
    expect(within(dialog).getByLabelText('Server address')).toBeTruthy();
  });
});

describe('a note changed on two devices', () => {
  const conflict: ChangedOnTwoDevices = {
    entity: 'annotation',
    key: 'note-1',
    label: 'Note on “Staff shortages” in Minutes',
    versions: [
      {
        changeId: 'a',
        at: '2026-11-24T18:30:00.000Z',
        device: 'laptop',
        text: 'From the laptop',
        deleted: false,
        shown: false,
      },
      {
        changeId: 'b',
        at: '2026-11-24T19:00:00.000Z',
        device: 'tablet',
        text: 'From the tablet',
        deleted: false,
        shown: true,
      },
    ],
  };

  for (const [choice, kept] of [
    ['Keep this version', ['b']],
    ['Keep the other version', ['a']],
    ['Keep both', ['b', 'a']],
  ] as const) {
    it(`shows both versions and keeps what the member chose: ${choice}`, async () => {
      const asked: string[][] = [];
      let reloaded = 0;
      const api = createFakeApi({
        keepVersions: ({ keep }) => {
          asked.push(keep);
          return Promise.resolve([]);
        },
        getDeviceSync: () => Promise.resolve(OFF),
      });
      render(
        <AppProvider api={api} store={createAppStore(api)}>
          <ConflictChoice conflict={conflict} onKept={() => void reloaded++} />
        </AppProvider>,
      );
      const region = screen.getByRole('region', { name: /Changed on two devices/ });
      expect(within(region).getByRole('heading', { name: 'Changed on two devices' })).toBeTruthy();
      const texts = within(region)
        .getAllByRole('listitem')
        .map((li) => li.textContent);
      expect(texts[0]).toMatch(/^This version, changed 24 November 2026 at \d\d:\d\dFrom the tablet$/);
      expect(texts[1]).toMatch(/^The other version, changed 24 November 2026 at \d\d:\d\dFrom the laptop$/);
      await userEvent.click(within(region).getByRole('button', { name: choice }));
      await expect.poll(() => reloaded).toBe(1);
      expect(asked).toEqual([kept]);
    });
  }
});
