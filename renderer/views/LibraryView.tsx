import type { MeetingSummary } from '../../shared/domain';
import { useAppState } from '../app-context';
import { useBackupsDialog } from '../backups/backups-dialog-store';
import { useDeviceSync } from '../sync/device-sync-store';
import { ImportButtons } from '../components/ImportButtons';
import { formatMeetingDate } from '../format/dates';

export function LibraryView() {
  const meetings = useAppState((s) => s.meetings);
  const loadError = useAppState((s) => s.loadError);
  const showBackups = useBackupsDialog((s) => s.show);
  const showDeviceSync = useDeviceSync((s) => s.show);

  return (
    <section aria-labelledby="library-title" className="view">
      <div className="view-heading">
        <h1 id="library-title">Library</h1>
        <div className="library-actions">
          <ImportButtons />
          <button type="button" className="secondary" onClick={showBackups}>
            Backups…
          </button>
          <button type="button" className="secondary" onClick={showDeviceSync}>
            Sync…
          </button>
        </div>
      </div>
      {loadError && (
        <p role="alert" className="error">
          {loadError}
        </p>
      )}
      {meetings === null && !loadError && <p aria-live="polite">Loading your library…</p>}
      {meetings?.length === 0 && <EmptyLibrary />}
      {meetings && meetings.length > 0 && <CommitteeList meetings={meetings} />}
    </section>
  );
}

function EmptyLibrary() {
  return (
    <div className="empty-state">
      <h2>Your library is empty</h2>
      <p>Import a meeting pack to start: the agenda, officers’ reports, briefing notes or minutes.</p>
      <ol>
        <li>
          Choose <strong>File › Import pack…</strong> (or press <kbd>Ctrl</kbd>+<kbd>O</kbd>), or drag the files onto
          this window.
        </li>
        <li>Scrutineer reads PDF, Word (.docx), web pages saved from the council’s website, and text files.</li>
        <li>Everything stays on this laptop, so you can read and make notes without a connection.</li>
      </ol>
    </div>
  );
}

function CommitteeList({ meetings }: { meetings: MeetingSummary[] }) {
  const go = useAppState((s) => s.go);
  const committees = new Map<string, MeetingSummary[]>();
  for (const m of meetings) committees.set(m.committee, [...(committees.get(m.committee) ?? []), m]);
  return (
    <>
      {[...committees].map(([committee, list]) => (
        <section key={committee} className="committee" aria-label={committee}>
          <h2>{committee}</h2>
          <ul className="meeting-list">
            {list.map((m) => (
              <li key={m.id} className="meeting-row">
                <button
                  type="button"
                  className="link meeting-date"
                  onClick={() => go({ name: 'meeting', meetingId: m.id })}
                >
                  {formatMeetingDate(m.date)}
                </button>
                <span>{plural(m.itemCount, 'item')}</span>
                <span>{plural(m.openOutcomeCount, 'open outcome')}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
