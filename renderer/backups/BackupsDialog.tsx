import { useState, type FormEvent } from 'react';
import { BACKUPS_KEPT, type BackupSettings } from '../../shared/backups-kept';
import { useApi } from '../app-context';
import { useModalDialog } from '../components/use-modal-dialog';
import { useBackupsDialog } from './backups-dialog-store';
import './backups-dialog.css';

const takenAtFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' });

/** "2026-11-24T18-30-00" (UTC) -> "24 November 2026 at 18:30" in the member's own time zone. */
function formatTakenAt(takenAt: string): string {
  const [day, time = ''] = takenAt.split('T');
  const date = new Date(`${day}T${time.replace(/-/g, ':')}Z`);
  return Number.isNaN(date.getTime()) ? takenAt : takenAtFormat.format(date);
}

/** Backups: how many to keep, and Back up now. */
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
      (error: unknown) => setMessage((error as Error).message),
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
      setMessage((error as Error).message);
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
      setMessage((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} className="backups-dialog" aria-labelledby="backups-title" onClose={closed}>
      <h2 id="backups-title">Backups</h2>
      <p>
        Once a day Scrutineer copies your whole library, with the original file of every paper,
        {settings?.folder ? (
          <>
            {' '}
            into <code>{settings.folder}</code>.
          </>
        ) : (
          ' into a backups folder beside it.'
        )}
      </p>
      {settings && (
        <p>
          {settings.count === 0
            ? 'There are no backups yet.'
            : `${settings.count} backup${settings.count === 1 ? '' : 's'}; the newest was taken ${formatTakenAt(settings.newest ?? '')}.`}
        </p>
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
        <button type="button" className="secondary" onClick={hide}>
          Close
        </button>
      </div>
    </dialog>
  );
}
