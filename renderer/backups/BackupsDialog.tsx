import { useState, type FormEvent } from 'react';
import { BACKUPS_KEPT, type BackupSettings } from '../../shared/backups-kept';
import { useApi } from '../app-context';
import { useModalDialog } from '../components/use-modal-dialog';
import { useBackupsDialog } from './backups-dialog-store';
import { errorText } from '../api/error-text';
import { BackupPlace } from './BackupPlace';
import { ExportAllNotes } from './ExportAllNotes';
import { RestoreBackup } from './RestoreBackup';
import { formatTakenAt } from './taken-at';
import './backups-dialog.css';

/** Backups: where they go, how many to keep, Back up now, Restore, and Export all my notes. */
export function BackupsDialog() {
  const api = useApi();
  const open = useBackupsDialog((s) => s.open);
  const hide = useBackupsDialog((s) => s.hide);
  const [settings, setSettings] = useState<BackupSettings | null>(null);
  const [kept, setKept] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const dialog = useModalDialog(open, () => {
    api.getBackupSettings({}).then(
      (loaded) => {
        setSettings(loaded);
        setKept(String(loaded.kept));
      },
      (error: unknown) => setMessage(errorText(error)),
    );
  });

  const closed = () => {
    setMessage('');
    hide();
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const number = Number(kept);
    if (!/^\d+$/.test(kept.trim()) || number < BACKUPS_KEPT.min || number > BACKUPS_KEPT.max) {
      setMessage(`Enter a whole number from ${BACKUPS_KEPT.min} to ${BACKUPS_KEPT.max}.`);
      return;
    }
    try {
      const saved = await api.setBackupsKept({ kept: number });
      setSettings(saved);
      setMessage(`Saved. Scrutineer will keep the newest ${saved.kept} backups; older ones go at the next backup.`);
    } catch (error) {
      setMessage(errorText(error));
    }
  };

  const backUpNow = async () => {
    setBusy(true);
    setMessage('Backing up…');
    try {
      const backup = await api.backUpNow({});
      setSettings(await api.getBackupSettings({}));
      setMessage(`Backed up to ${backup.file}`);
    } catch (error) {
      setMessage(errorText(error));
      // The folder may have gone missing since the dialog opened: show where backups go now.
      setSettings(await api.getBackupSettings({}).catch(() => settings));
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} className="backups-dialog app-dialog" aria-labelledby="backups-title" onClose={closed}>
      <h2 id="backups-title">Backups</h2>
      <p>Once a day Scrutineer copies your whole library, with the original file of every paper.</p>
      {settings && (
        <>
          <BackupPlace key={settings.chosenFolder ?? ''} settings={settings} onChanged={setSettings} say={setMessage} />
          <p>
            {settings.count === 0
              ? 'There are no backups in that folder yet.'
              : `${settings.count} backup${settings.count === 1 ? '' : 's'}; the newest was taken ${formatTakenAt(settings.newest ?? '')}.`}
          </p>
        </>
      )}
      <form className="backups-kept" noValidate onSubmit={(e) => void save(e)}>
        <label htmlFor="backups-kept">Number of backups to keep</label>
        <input
          id="backups-kept"
          type="number"
          inputMode="numeric"
          min={BACKUPS_KEPT.min}
          max={BACKUPS_KEPT.max}
          step={1}
          required
          aria-describedby="backups-kept-hint"
          value={kept}
          onChange={(e) => setKept(e.target.value)}
        />
        <button type="submit" className="secondary">
          Save
        </button>
        <span id="backups-kept-hint" className="muted">
          From {BACKUPS_KEPT.min} to {BACKUPS_KEPT.max}; the newest are kept.
        </span>
      </form>
      <p role="status" className="backups-message">
        {message}
      </p>
      <div className="button-row">
        <button type="button" disabled={busy} onClick={() => void backUpNow()}>
          Back up now
        </button>
      </div>
      {settings && <RestoreBackup key={settings.newest ?? ''} settings={settings} say={setMessage} />}
      <ExportAllNotes say={setMessage} />
      <div className="button-row dialog-close">
        <button type="button" className="secondary" onClick={hide}>
          Close
        </button>
      </div>
    </dialog>
  );
}
