import { useState } from 'react';
import type { BackupSettings } from '../../shared/backups-kept';
import { useApi } from '../app-context';
import { errorText } from '../api/error-text';
import { inElectron } from '../platform';
import { formatTakenAt } from './taken-at';

/** Puts a backup back in place of the library: chosen, confirmed, then the app reloads on the restored library. */
export function RestoreBackup({ settings, say }: { settings: BackupSettings; say: (message: string) => void }) {
  const api = useApi();
  const [chosen, setChosen] = useState(settings.backups[0]?.name ?? '');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  if (inElectron()) {
    return (
      <section aria-labelledby="restore-title">
        <h3 id="restore-title">Restore</h3>
        <p>
          To put a backup back, choose <strong>File › Restore from backup…</strong>. The library it replaces is kept.
        </p>
      </section>
    );
  }
  const label = settings.backups.find((b) => b.name === chosen);

  const restore = async () => {
    setBusy(true);
    say('Restoring…');
    try {
      const { replacedKeptAs } = await api.restoreBackup({ backup: chosen });
      say(
        `Restored the backup of ${formatTakenAt(label?.takenAt ?? '')}.${replacedKeptAs ? ` The library it replaced is kept as ${replacedKeptAs}.` : ''} Reloading…`,
      );
      window.setTimeout(() => window.location.reload(), 1500);
    } catch (error) {
      say(errorText(error));
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <section aria-labelledby="restore-title">
      <h3 id="restore-title">Restore</h3>
      {settings.backups.length === 0 ? (
        <p>There is no backup to restore from yet.</p>
      ) : (
        <>
          <div className="restore-choice">
            <label htmlFor="restore-backup">Backup to restore</label>
            <select
              id="restore-backup"
              value={chosen}
              onChange={(e) => {
                setChosen(e.target.value);
                setConfirming(false);
              }}
            >
              {settings.backups.map((b) => (
                <option key={b.name} value={b.name}>
                  {formatTakenAt(b.takenAt)}
                </option>
              ))}
            </select>
            {!confirming && (
              <button type="button" className="secondary" onClick={() => setConfirming(true)}>
                Restore…
              </button>
            )}
          </div>
          {confirming && (
            <div className="restore-confirm" role="group" aria-labelledby="restore-confirm-text">
              <p id="restore-confirm-text">
                Replace your library with the backup of {formatTakenAt(label?.takenAt ?? '')}? Work since then will not
                be in it; the library it replaces is kept beside it, whole.
              </p>
              <div className="button-row">
                <button type="button" disabled={busy} onClick={() => void restore()}>
                  Yes, restore this backup
                </button>
                <button type="button" className="secondary" disabled={busy} onClick={() => setConfirming(false)}>
                  Cancel
                </button>
              </div>
            </div>
          )}
        </>
      )}
    </section>
  );
}
