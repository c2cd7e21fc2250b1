import { useState } from 'react';
import type { ChangedOnTwoDevices, ConflictVersion } from '../../shared/device-sync';
import { useApi } from '../app-context';
import { formatMoment } from '../format/dates';
import { useDeviceSync } from './device-sync-store';

const WHAT = { annotation: 'note', question: 'question' } as const;

/**
 * "Changed on two devices": the versions side by side, and the member keeps this one,
 * the other, or both (the second becomes a note or question of its own beside the first).
 */
export function ConflictChoice({
  conflict,
  onKept,
  headingLevel = 3,
}: {
  conflict: ChangedOnTwoDevices;
  onKept?: () => void | Promise<void>;
  headingLevel?: 3 | 4;
}) {
  const api = useApi();
  const setConflicts = useDeviceSync((s) => s.setConflicts);
  const setStatus = useDeviceSync((s) => s.setStatus);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const what = WHAT[conflict.entity];
  const shown = conflict.versions.find((v) => v.shown) ?? conflict.versions[0];
  const others = conflict.versions.filter((v) => v !== shown);
  const Heading = `h${headingLevel}` as const;

  const keep = async (versions: ConflictVersion[]) => {
    setBusy(true);
    setProblem(null);
    try {
      setConflicts(
        await api.keepVersions({ entity: conflict.entity, key: conflict.key, keep: versions.map((v) => v.changeId) }),
      );
      await onKept?.();
      // The status line's count of what waits for a choice.
      setStatus(await api.getDeviceSync({}));
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  if (!shown) return null;
  return (
    <section className="conflict-choice" aria-label={`Changed on two devices: ${conflict.label}`}>
      <Heading className="conflict-marker">Changed on two devices</Heading>
      <p>This {what} was changed on two of your devices before they synced. Both versions are kept until you choose.</p>
      <ol className="conflict-versions">
        {[shown, ...others].map((version, index) => (
          <li key={version.changeId}>
            <p className="muted">
              {index === 0 ? 'This version' : 'The other version'}, changed {formatMoment(version.at)}
            </p>
            <p className="conflict-text">{version.deleted ? `(${what} deleted)` : version.text}</p>
          </li>
        ))}
      </ol>
      <div className="button-row compact">
        <button type="button" className="secondary" disabled={busy} onClick={() => void keep([shown])}>
          Keep this version
        </button>
        {others.length === 1 && (
          <button type="button" className="secondary" disabled={busy} onClick={() => void keep(others)}>
            Keep the other version
          </button>
        )}
        <button type="button" className="secondary" disabled={busy} onClick={() => void keep([shown, ...others])}>
          {others.length === 1 ? 'Keep both' : `Keep all ${others.length + 1}`}
        </button>
      </div>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
    </section>
  );
}
