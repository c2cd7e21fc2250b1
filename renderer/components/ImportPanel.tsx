import type { ImportFileStatus } from '../../shared/domain';
import { useState } from 'react';
import { useAppState } from '../app-context';
import { MeetingPicker } from '../papers/MeetingPicker';

const STATE_LABEL: Record<ImportFileStatus['state'], string> = {
  waiting: 'Waiting',
  reading: 'Reading',
  imported: 'Imported',
  'new-version': 'New version',
  duplicate: 'Already here',
  failed: 'Not imported',
  cancelled: 'Cancelled',
  skipped: 'Skipped',
};

/** Progress of the current import, each file's result, and Cancel. */
export function ImportPanel() {
  const job = useAppState((s) => s.importJob);
  const error = useAppState((s) => s.importError);
  const cancel = useAppState((s) => s.cancelImport);
  const dismiss = useAppState((s) => s.dismissImport);

  if (error) {
    return (
      <section className="import-panel" aria-label="Import">
        <p role="alert" className="error">
          The import could not start: {error}
        </p>
        <button type="button" className="secondary" onClick={dismiss}>
          Close
        </button>
      </section>
    );
  }
  if (!job) return null;
  const running = job.state === 'running';
  const percent = Math.round(job.progress * 100);
  const count = (states: ImportFileStatus['state'][]) => job.files.filter((f) => states.includes(f.state)).length;

  return (
    <section className="import-panel" aria-label="Import">
      <h2>{running ? 'Importing…' : job.state === 'cancelled' ? 'Import cancelled' : 'Import finished'}</h2>
      <progress max={100} value={percent} aria-label="Import progress" aria-valuetext={`${percent}%`} />
      <p aria-live="polite" className="import-summary">
        {running
          ? `${percent}% – ${count(['imported', 'new-version', 'duplicate', 'failed', 'skipped'])} of ${job.files.length} files done`
          : summary({
              imported: count(['imported', 'new-version']),
              duplicates: count(['duplicate']),
              failed: count(['failed']),
              cancelled: count(['cancelled']),
              skipped: count(['skipped']),
            })}
      </p>
      <ul className="import-files">
        {job.files.map((file, i) => (
          <ImportFileRow key={`${file.name}-${i}`} file={file} running={running} />
        ))}
      </ul>
      {running ? (
        <button type="button" className="secondary" onClick={() => void cancel()}>
          Cancel import
        </button>
      ) : (
        <button type="button" className="secondary" onClick={dismiss}>
          Close
        </button>
      )}
    </section>
  );
}

function ImportFileRow({ file, running }: { file: ImportFileStatus; running: boolean }) {
  const go = useAppState((s) => s.go);
  const refreshMeetings = useAppState((s) => s.refreshMeetings);
  const [answer, setAnswer] = useState<{ text: string; meetingId: number | null } | null>(null);
  const meetingId = answer ? answer.meetingId : file.meetingId;
  return (
    <li className={`import-file state-${file.state}`}>
      <span className="import-file-state">{STATE_LABEL[file.state]}</span>
      <span className="import-file-name">{file.name}</span>
      <span className="import-file-message">{file.message}</span>
      {file.warnings.map((w) => (
        <span key={w} className="warning" role="note">
          Warning: {w}
        </span>
      ))}
      {file.documentId !== null &&
        !running &&
        (answer ? (
          <span className="import-file-message" role="status">
            {answer.text}
          </span>
        ) : (
          // A paper that did not name its meeting: which is it for? The likely ones first, or leave it.
          <MeetingPicker
            documentId={file.documentId}
            title={file.name}
            legend={`Which meeting is ${file.name} for? It does not say.`}
            onlyIfUnknown
            onMoved={(moved) => {
              setAnswer({
                text: moved.agendaItem ? `Moved to its meeting, under “${moved.agendaItem}”.` : 'Moved to its meeting.',
                meetingId: moved.meetingId,
              });
              void refreshMeetings();
            }}
            onLeave={() =>
              setAnswer({ text: 'Left unassigned: you can move it later from its meeting page.', meetingId })
            }
          />
        ))}
      {meetingId !== null && !running && (
        <button type="button" className="link" onClick={() => go({ name: 'meeting', meetingId })}>
          Open meeting<span className="visually-hidden"> for {file.name}</span>
        </button>
      )}
    </li>
  );
}

function summary(counts: Record<'imported' | 'duplicates' | 'failed' | 'cancelled' | 'skipped', number>): string {
  const { imported, duplicates, failed, cancelled, skipped } = counts;
  const parts = [`${imported} imported`];
  if (duplicates) parts.push(`${duplicates} already in the library`);
  if (failed) parts.push(`${failed} could not be imported`);
  if (cancelled) parts.push(`${cancelled} cancelled`);
  if (skipped) parts.push(`${skipped} skipped`);
  return `${parts.join(', ')}.`;
}
