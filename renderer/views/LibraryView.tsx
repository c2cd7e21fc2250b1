import { useAppState } from '../app-context';
import { useBackupsDialog } from '../backups/backups-dialog-store';
import { useDeviceSync } from '../sync/device-sync-store';
import { ImportButtons } from '../components/ImportButtons';
import { ErrorMessage } from '../components/ErrorMessage';
import { EmptyLibrary } from '../home/EmptyLibrary';
import { HomeView } from '../home/HomeView';

export function LibraryView() {
  const meetings = useAppState((s) => s.meetings);
  const loadError = useAppState((s) => s.loadError);
  const refreshMeetings = useAppState((s) => s.refreshMeetings);
  const showBackups = useBackupsDialog((s) => s.show);
  const showDeviceSync = useDeviceSync((s) => s.show);

  return (
    <section aria-labelledby="library-title" className="view">
      <div className="view-heading">
        <h1 id="library-title">Library</h1>
        <div className="library-actions">
          {/* Not while the library loads: an empty library offers its own Import buttons, with the other ways in. */}
          {meetings && meetings.length > 0 && <ImportButtons />}
          <button type="button" className="secondary" onClick={showBackups}>
            Backups…
          </button>
          <button type="button" className="secondary" onClick={showDeviceSync}>
            Sync…
          </button>
        </div>
      </div>
      <ErrorMessage error={loadError} onRetry={() => void refreshMeetings()} />
      {meetings === null && !loadError && <p aria-live="polite">Loading your library…</p>}
      {meetings?.length === 0 && <EmptyLibrary />}
      {meetings && meetings.length > 0 && <HomeView meetings={meetings} />}
    </section>
  );
}
