import { lazy, Suspense, useEffect } from 'react';
import { useAppState, useHome } from './app-context';
import { DropZone } from './components/DropZone';
import { ImportPanel } from './components/ImportPanel';
import { LibraryView } from './views/LibraryView';
import { MeetingView } from './views/MeetingView';
import { ThemeSwitch } from './components/ThemeSwitch';
import { SearchPalette } from './search/SearchPalette';
import { ReminderNotice } from './tracker/ReminderNotice';
import { SyncBanner } from './councils/SyncBanner';
import { LibraryHealthBanner } from './components/LibraryHealthBanner';
import { BackupsDialog } from './backups/BackupsDialog';
import { useBackupsDialog } from './backups/backups-dialog-store';
import { DeviceSyncDialog } from './sync/DeviceSyncDialog';
import { useDeviceSync } from './sync/device-sync-store';
import { SyncStatusLine } from './sync/SyncStatusLine';

// Views the first screen does not show are loaded when first opened: the app starts sooner.
const ReaderView = lazy(() => import('./reader/ReaderView').then((m) => ({ default: m.ReaderView })));
const SearchView = lazy(() => import('./search/SearchView').then((m) => ({ default: m.SearchView })));
const TrackerView = lazy(() => import('./tracker/TrackerView').then((m) => ({ default: m.TrackerView })));
const QuestionsView = lazy(() => import('./questions/QuestionsView').then((m) => ({ default: m.QuestionsView })));
const MeetingModeView = lazy(() => import('./questions/MeetingModeView').then((m) => ({ default: m.MeetingModeView })));
const CouncilsView = lazy(() => import('./councils/CouncilsView').then((m) => ({ default: m.CouncilsView })));
const HelpView = lazy(() => import('./help/HelpView').then((m) => ({ default: m.HelpView })));
const CompareView = lazy(() => import('./versions/CompareView').then((m) => ({ default: m.CompareView })));

export function App() {
  const route = useAppState((s) => s.route);
  const go = useAppState((s) => s.go);
  const loadFirstScreen = useAppState((s) => s.loadFirstScreen);
  const followImport = useAppState((s) => s.followImport);
  const showBackups = useBackupsDialog((s) => s.show);
  const showDeviceSync = useDeviceSync((s) => s.show);

  const loadHome = useHome((s) => s.loadFirst);

  // The home screen's figures are asked for with the meetings, not after them: the first screen shows sooner.
  useEffect(() => {
    void loadFirstScreen();
    void loadHome();
  }, [loadFirstScreen, loadHome]);

  // Inside Electron, File > Import pack… runs in the main process and tells us the job.
  useEffect(() => {
    const bridge = window.scrutineer;
    if (!bridge) return;
    const offImport = bridge.on('import-started', ({ jobId }) => void followImport(jobId));
    const offMenu = bridge.on('menu-command', ({ command }) => {
      if (command === 'show-library') go({ name: 'library' });
      if (command === 'show-backups') showBackups();
      if (command === 'show-councils') go({ name: 'councils' });
      if (command === 'show-device-sync') showDeviceSync();
      if (command === 'show-tracker') go({ name: 'tracker' });
      if (command === 'show-help') go({ name: 'help' });
    });
    return () => {
      offImport();
      offMenu();
    };
  }, [followImport, go, showBackups, showDeviceSync]);

  return (
    <DropZone>
      <div className="app">
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="app-header">
          <span className="app-name">Scrutineer</span>
          <nav aria-label="Main">
            <button
              type="button"
              className="nav-link"
              aria-current={route.name === 'library' ? 'page' : undefined}
              onClick={() => go({ name: 'library' })}
            >
              Library
            </button>
            <button
              type="button"
              className="nav-link"
              aria-current={route.name === 'tracker' ? 'page' : undefined}
              onClick={() => go({ name: 'tracker' })}
            >
              Tracker
            </button>
            <button
              type="button"
              className="nav-link"
              aria-current={route.name === 'search' ? 'page' : undefined}
              onClick={() => go({ name: 'search', query: '' })}
            >
              Search <kbd>Ctrl</kbd>+<kbd>K</kbd>
            </button>
            <button
              type="button"
              className="nav-link"
              aria-current={route.name === 'councils' ? 'page' : undefined}
              onClick={() => go({ name: 'councils' })}
            >
              Council website
            </button>
            <button
              type="button"
              className="nav-link"
              aria-current={route.name === 'help' ? 'page' : undefined}
              onClick={() => go({ name: 'help' })}
            >
              Help
            </button>
          </nav>
          <ThemeSwitch />
        </header>
        <main id="main" tabIndex={-1}>
          <LibraryHealthBanner />
          <ImportPanel />
          {/* Inside Electron the reminder is an operating-system notification (electron/shell/tracker-notifications.ts). */}
          {!window.scrutineer && <ReminderNotice />}
          {route.name !== 'councils' && <SyncBanner />}
          {route.name === 'meeting' && <MeetingView />}
          <Suspense fallback={<p role="status">Opening…</p>}>
            {route.name === 'document' && (
              <ReaderView
                key={`${route.documentId}-${route.at ?? ''}-${route.version ?? ''}`}
                documentId={route.documentId}
                at={route.at}
                version={route.version}
              />
            )}
            {route.name === 'search' && <SearchView key={route.query} initialQuery={route.query} />}
            {route.name === 'tracker' && <TrackerView />}
            {route.name === 'questions' && <QuestionsView key={route.meetingId} meetingId={route.meetingId} />}
            {route.name === 'meeting-mode' && <MeetingModeView key={route.meetingId} meetingId={route.meetingId} />}
            {route.name === 'library' && <LibraryView />}
            {route.name === 'councils' && <CouncilsView />}
            {route.name === 'help' && <HelpView />}
            {route.name === 'compare' && (
              <CompareView
                key={`${route.documentId}-${route.from}-${route.to}`}
                documentId={route.documentId}
                from={route.from}
                to={route.to}
              />
            )}
          </Suspense>
        </main>
        <SyncStatusLine />
        <SearchPalette />
        <BackupsDialog />
        <DeviceSyncDialog />
      </div>
    </DropZone>
  );
}
