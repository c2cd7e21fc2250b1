import { useState } from 'react';
import type { SyncJobStatus } from '../../shared/domain';

/** A quiet note of what the last sync brought, or of its progress, with Cancel. */
export function SyncNotice({ job, onCancel }: { job: SyncJobStatus | null; onCancel: () => void }) {
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (!job || dismissed === job.id) return null;
  if (job.state === 'running') {
    const percent = Math.round(job.progress * 100);
    return (
      <section className="sync-notice" aria-label="Council website sync">
        <progress max={100} value={percent} aria-label="Sync progress" aria-valuetext={`${percent}%`} />
        <p aria-live="polite">{job.message}</p>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel sync
        </button>
      </section>
    );
  }
  const quiet = job.state === 'finished' && job.arrived.length === 0 && job.problems.length === 0;
  if (quiet) return null;
  return (
    <section className="sync-notice" aria-label="Council website sync">
      <div role="status">
        {job.arrived.length > 0 ? (
          <ul className="sync-arrived">
            {job.arrived.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : (
          <p>{job.message}</p>
        )}
      </div>
      {job.problems.length > 0 && (
        <ul className="sync-problems" aria-label="Problems during the sync">
          {job.problems.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <button type="button" className="secondary" onClick={() => setDismissed(job.id)}>
        Dismiss
      </button>
    </section>
  );
}
