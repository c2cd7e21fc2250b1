// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MeetingSummary } from '../../shared/domain';
import type { HomeCommittee, HomeOverview } from '../../shared/home';
import { App } from '../../renderer/App';
import { AppProvider } from '../../renderer/app-context';
import { createAppStore } from '../../renderer/stores/app-store';
import { createHomeStore } from '../../renderer/stores/home-store';
import { createFakeApi } from './fake-api';

afterEach(cleanup);

// jsdom's File cannot give its bytes as Chromium's does; read them the older way.
if (!('arrayBuffer' in File.prototype)) {
  Object.defineProperty(File.prototype, 'arrayBuffer', {
    value(this: File) {
      return new Promise<ArrayBuffer>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.readAsArrayBuffer(this);
      });
    },
  });
}

const meetings: MeetingSummary[] = [
  {
    id: 3,
    committee: 'Children’s Services Scrutiny Board',
    council: 'Invented Borough Council',
    date: '2099-03-11',
    time: '18:30',
    venue: null,
    itemCount: 0,
    documentCount: 0,
    openOutcomeCount: 0,
  },
  {
    id: 2,
    committee: 'Children’s Services Scrutiny Board',
    council: 'Invented Borough Council',
    date: '2099-01-14',
    time: '18:30',
    venue: 'Committee Room 1, Town Hall',
    itemCount: 5,
    documentCount: 0,
    openOutcomeCount: 0,
  },
  {
    id: 1,
    committee: 'Children’s Services Scrutiny Board',
    council: 'Invented Borough Council',
    date: '2021-09-16',
    time: '10:30',
    venue: null,
    itemCount: 6,
    documentCount: 2,
    openOutcomeCount: 4,
  },
];

const childrens: HomeCommittee = {
  id: 7,
  name: 'Children’s Services Scrutiny Board',
  council: 'Invented Borough Council',
  followed: false,
  followedOnWebsite: false,
  nextMeeting: {
    id: 2,
    date: '2099-01-14',
    time: '18:30',
    venue: 'Committee Room 1, Town Hall',
    papers: 0,
    unreadPapers: 0,
    questions: 2,
  },
  lastMeeting: null,
  meetingCount: 2,
  outstanding: 4,
  overdue: 1,
};

function renderApp(overview: HomeOverview, extra: Parameters<typeof createFakeApi>[0] = {}) {
  const api = createFakeApi({
    listMeetings: () => Promise.resolve(meetings),
    homeOverview: () => Promise.resolve(overview),
    libraryHealth: () => Promise.resolve({ state: 'sound', message: null }),
    ...extra,
  });
  const store = createAppStore(api);
  render(
    <AppProvider api={api} store={store}>
      <App />
    </AppProvider>,
  );
  return store;
}

/** The app over this API, as main.tsx draws it (under strict mode when asked). */
function renderWith(api: ReturnType<typeof createFakeApi>, strict = false) {
  const app = (
    <AppProvider api={api} store={createAppStore(api)}>
      <App />
    </AppProvider>
  );
  render(strict ? <StrictMode>{app}</StrictMode> : app);
}

describe('the home screen', () => {
  it('says what to do before the next meeting: date, venue, pack, questions, outstanding and overdue', async () => {
    renderApp({ committees: [childrens], showingAll: true });
    const card = await screen.findByRole('region', { name: 'Children’s Services Scrutiny Board' });
    const inCard = within(card);
    expect(inCard.getByRole('button', { name: 'Wednesday 14 January 2099, 18:30' })).toBeTruthy();
    expect(inCard.getByText('Committee Room 1, Town Hall')).toBeTruthy();
    expect(inCard.getByText('The pack has not arrived yet.')).toBeTruthy();
    expect(inCard.getByText(/2 questions prepared/)).toBeTruthy();
    expect(card.textContent).toMatch(/4 outcomes outstanding, 1 overdue\./);
    expect(inCard.getByRole('button', { name: /See what needs chasing/ })).toBeTruthy();
    // The meeting in 2021 is one click away; the next one is not listed twice.
    const past = inCard.getByText(/Past meetings \(1\)/);
    await userEvent.click(past);
    expect(inCard.getByRole('button', { name: 'Thursday 16 September 2021' })).toBeTruthy();
    // Meetings after the next one (a council website lists the year ahead) are folded away too.
    await userEvent.click(inCard.getByText(/Later meetings \(1\)/));
    expect(inCard.getByRole('button', { name: 'Wednesday 11 March 2099' })).toBeTruthy();
    expect(screen.getByText(/You follow no committee yet/)).toBeTruthy();
  });

  it('says when the last meeting was, or that its papers do not give its date', async () => {
    const last = { id: 1, date: '2021-09-16', time: null, venue: null, papers: 1, unreadPapers: 0, questions: 0 };
    const dated: HomeCommittee = { ...childrens, nextMeeting: null, lastMeeting: last };
    const undated: HomeCommittee = {
      ...childrens,
      id: 8,
      name: 'Committee not named in the papers',
      nextMeeting: null,
      lastMeeting: { ...last, id: 4, date: null },
    };
    renderApp({ committees: [dated, undated], showingAll: true });
    const card = await screen.findByRole('region', { name: 'Children’s Services Scrutiny Board' });
    expect(card.textContent).toMatch(
      /No meeting ahead is in the library yet\. The last was on Thursday 16 September 2021\./,
    );
    const other = screen.getByRole('region', { name: 'Committee not named in the papers' });
    expect(other.textContent).toMatch(/The papers of the last do not give its date\./);
    expect(other.textContent).not.toMatch(/The last was on Date/);
  });

  it('shows the twelve newest past meetings and the rest on request, the keyboard moving on to the first revealed', async () => {
    const past: MeetingSummary[] = Array.from({ length: 20 }, (_, i) => ({
      ...meetings[2]!,
      id: 100 + i,
      date: `20${String(20 - i).padStart(2, '0')}-06-01`,
    }));
    const api = createFakeApi({
      listMeetings: () => Promise.resolve([meetings[1]!, ...past]),
      homeOverview: () => Promise.resolve({ committees: [childrens], showingAll: true }),
      libraryHealth: () => Promise.resolve({ state: 'sound', message: null }),
    });
    renderWith(api);
    const card = within(await screen.findByRole('region', { name: 'Children’s Services Scrutiny Board' }));
    const summary = card.getByText(/Past meetings \(20\)/);
    await userEvent.click(summary);
    const list = within(summary.closest('details')!);
    expect(list.getAllByRole('listitem')).toHaveLength(12);
    expect(card.getByRole('button', { name: 'Monday 1 June 2020' })).toBeTruthy();
    await userEvent.click(card.getByRole('button', { name: /Show all 20 past meetings/ }));
    expect(list.getAllByRole('listitem')).toHaveLength(20);
    expect(card.queryByRole('button', { name: /Show all/ })).toBeNull();
    expect(document.activeElement?.textContent).toBe('Sunday 1 June 2008');
  });

  it('takes today as the member’s own day: at half past midnight in summer time, yesterday’s meeting is past', async () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Europe/London';
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-06-30T23:30:00Z')); // 00:30 on 1 July in London
    try {
      const yesterday: MeetingSummary = { ...meetings[2]!, id: 9, date: '2026-06-30' };
      renderWith(
        createFakeApi({
          listMeetings: () => Promise.resolve([meetings[0]!, meetings[1]!, yesterday]),
          homeOverview: () => Promise.resolve({ committees: [childrens], showingAll: true }),
          libraryHealth: () => Promise.resolve({ state: 'sound', message: null }),
        }),
      );
      const card = within(await screen.findByRole('region', { name: 'Children’s Services Scrutiny Board' }));
      expect(card.getByText(/Past meetings \(1\)/)).toBeTruthy();
      expect(card.getByText(/Later meetings \(1\)/)).toBeTruthy();
    } finally {
      vi.useRealTimers();
      process.env.TZ = zone;
    }
  });

  it('asks for the home screen’s figures without waiting for the list of meetings', async () => {
    let asked = 0;
    const api = createFakeApi({
      listMeetings: () => new Promise<MeetingSummary[]>(() => {}),
      homeOverview: () => {
        asked++;
        return Promise.resolve({ committees: [childrens], showingAll: true });
      },
      libraryHealth: () => Promise.resolve({ state: 'sound', message: null }),
    });
    renderWith(api);
    await waitFor(() => expect(asked).toBe(1));
  });

  it('asks for the list of meetings once when the window opens, even under React’s strict mode', async () => {
    let listed = 0;
    const api = createFakeApi({
      listMeetings: () => {
        listed++;
        return Promise.resolve(meetings);
      },
      homeOverview: () => Promise.resolve({ committees: [childrens], showingAll: true }),
      libraryHealth: () => Promise.resolve({ state: 'sound', message: null }),
    });
    renderWith(api, true);
    await screen.findByRole('region', { name: 'Children’s Services Scrutiny Board' });
    expect(listed).toBe(1);
  });

  it('draws the first screen from the questions asked as the window opened, and asks again when the member comes back', async () => {
    let overviews = 0;
    let listed = 0;
    const api = createFakeApi({
      listMeetings: () => {
        listed++;
        return Promise.resolve(meetings);
      },
      homeOverview: () => {
        overviews++;
        return Promise.resolve({ committees: [childrens], showingAll: true });
      },
      libraryHealth: () => Promise.resolve({ state: 'sound', message: null }),
    });
    // As main.tsx does: both questions go out before React draws anything.
    const firstScreen = { meetings: api.listMeetings({}), overview: api.homeOverview({}) };
    const store = createAppStore(api, firstScreen.meetings);
    const home = createHomeStore(api, firstScreen);
    // Not under strict mode, which shows every screen twice in development.
    render(
      <AppProvider api={api} store={store} home={home}>
        <App />
      </AppProvider>,
    );
    await screen.findByRole('region', { name: 'Children’s Services Scrutiny Board' });
    expect([listed, overviews]).toEqual([1, 1]);

    fireEvent.click(screen.getByRole('button', { name: 'Tracker' }));
    await screen.findByRole('heading', { name: 'Tracker', level: 1 });
    fireEvent.click(screen.getByRole('button', { name: 'Library' }));
    await screen.findByRole('region', { name: 'Children’s Services Scrutiny Board' });
    await waitFor(() => expect(overviews).toBe(2));
  });

  it('follows a committee with one press, and says so', async () => {
    let followed = false;
    renderApp(
      { committees: [childrens], showingAll: true },
      {
        setCommitteeFollowed: ({ follow }) => {
          followed = follow;
          return Promise.resolve({ committees: [{ ...childrens, followed: true }], showingAll: false });
        },
      },
    );
    await screen.findByRole('region', { name: 'Children’s Services Scrutiny Board' });
    const follow = await screen.findByRole('button', { name: 'Follow Children’s Services Scrutiny Board' });
    expect(follow.getAttribute('aria-pressed')).toBe('false');
    await userEvent.click(follow);
    const following = await screen.findByRole('button', { name: 'Following Children’s Services Scrutiny Board' });
    expect(following.getAttribute('aria-pressed')).toBe('true');
    expect(followed).toBe(true);
    expect(screen.queryByText(/You follow no committee yet/)).toBeNull();
  });

  it('counts unread papers, and keeps unfollowed committees one click away', async () => {
    const other: HomeCommittee = {
      ...childrens,
      id: 8,
      name: 'Planning Committee',
      followed: false,
      nextMeeting: null,
    };
    renderApp({
      committees: [
        { ...childrens, followed: true, nextMeeting: { ...childrens.nextMeeting!, papers: 5, unreadPapers: 2 } },
        other,
      ],
      showingAll: false,
    });
    expect(await screen.findByText('Pack arrived: 5 papers.')).toBeTruthy();
    expect(screen.getByText('2 papers new since you last looked.')).toBeTruthy();
    expect(screen.getByText('Other committees in the library (1)')).toBeTruthy();
  });

  it('offers three ways in when the library is empty, the sample pack among them', async () => {
    const imported: string[] = [];
    renderApp(
      { committees: [], showingAll: true },
      {
        listMeetings: () => Promise.resolve([]),
        startImport: ({ files }) => {
          imported.push(...files.map((f) => f.name));
          return Promise.reject(new Error('not in this test'));
        },
      },
    );
    await screen.findByRole('heading', { name: 'Your library is empty' });
    expect(screen.getByRole('button', { name: 'Add your council’s website' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Import pack…' })).toBeTruthy();
    // The browser version names its own buttons, not the Electron menu.
    expect(screen.queryByText(/File ›/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Open a sample pack' }));
    // The import starts once the click's handler has run, which a busy machine may not have done yet.
    await waitFor(() => expect(imported).toHaveLength(2));
    expect(imported[0]).toMatch(/^Sample agenda \d{4}-\d{2}-\d{2}\.txt$/);
  });

  it('imports the files chosen even when the first meeting arrives while the chooser is open', async () => {
    const imported: string[] = [];
    let listed: MeetingSummary[] = [];
    const store = renderApp(
      { committees: [], showingAll: true },
      {
        listMeetings: () => Promise.resolve(listed),
        startImport: ({ files }) => {
          imported.push(...files.map((f) => f.name));
          return Promise.reject(new Error('not in this test'));
        },
      },
    );
    await screen.findByRole('heading', { name: 'Your library is empty' });
    const chooser = screen.getByTestId<HTMLInputElement>('import-files-input');
    // A council sync adds the first meeting: the empty library, and its buttons, give way to the home screen.
    listed = meetings;
    await act(() => store.getState().refreshMeetings());
    expect(chooser.isConnected).toBe(false);
    fireEvent.change(chooser, { target: { files: [new File(['RESOLVED'], 'Minutes.txt')] } });
    await waitFor(() => expect(imported).toEqual(['Minutes.txt']));
  });

  it('gets the readers ready as soon as the member opens the chooser or drags files over the window', async () => {
    let prepared = 0;
    renderApp(
      { committees: [], showingAll: true },
      {
        listMeetings: () => Promise.resolve([]),
        prepareImport: () => {
          prepared++;
          return Promise.resolve(null);
        },
      },
    );
    await screen.findByRole('heading', { name: 'Your library is empty' });
    await userEvent.click(screen.getByRole('button', { name: 'Import pack…' }));
    expect(prepared).toBe(1);
    await userEvent.click(screen.getByRole('button', { name: 'Import a folder…' }));
    expect(prepared).toBe(2);
    // Dragging files over the window asks once, however many times the drag moves.
    const carrying = { dataTransfer: { types: ['Files'] } };
    fireEvent.dragOver(window, carrying);
    fireEvent.dragOver(window, carrying);
    expect(prepared).toBe(3);
  });

  it('offers no Import buttons in the heading until the library has loaded', async () => {
    let answer: (list: MeetingSummary[]) => void = () => undefined;
    renderApp(
      { committees: [], showingAll: true },
      { listMeetings: () => new Promise((resolve) => (answer = resolve)) },
    );
    await screen.findByText('Loading your library…');
    expect(screen.queryByRole('button', { name: 'Import pack…' })).toBeNull();
    act(() => answer([]));
    await screen.findByRole('heading', { name: 'Your library is empty' });
    expect(screen.getAllByRole('button', { name: 'Import pack…' })).toHaveLength(1);
  });

  it('imports chosen files once, even under React’s strict mode', async () => {
    const imported: string[] = [];
    const api = createFakeApi({
      listMeetings: () => Promise.resolve([]),
      libraryHealth: () => Promise.resolve({ state: 'sound', message: null }),
      startImport: ({ files }) => {
        imported.push(...files.map((f) => f.name));
        return Promise.reject(new Error('not in this test'));
      },
    });
    renderWith(api, true);
    await screen.findByRole('heading', { name: 'Your library is empty' });
    const chooser = screen.getByTestId<HTMLInputElement>('import-files-input');
    fireEvent.change(chooser, { target: { files: [new File(['RESOLVED'], 'Minutes.txt')] } });
    await waitFor(() => expect(imported).toEqual(['Minutes.txt']));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(imported).toEqual(['Minutes.txt']);
  });
});
