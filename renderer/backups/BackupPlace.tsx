import { useState, type FormEvent } from 'react';
import type { BackupSettings } from '../../shared/backups-kept';
import { useApi } from '../app-context';
import { errorText } from '../api/error-text';
import { formatMoment } from '../format/dates';
import { inElectron } from '../platform';

/** Where backups go, whether the last one worked, and choosing another folder. */
export function BackupPlace({
  settings,
  onChanged,
  say,
}: {
  settings: BackupSettings;
  onChanged: (settings: BackupSettings) => void;
  say: (message: string) => void;
}) {
  const api = useApi();
  const [typed, setTyped] = useState(settings.chosenFolder ?? '');
  const [problem, setProblem] = useState<string | null>(null);

  const saveFolder = async (folder: string | null) => {
    try {
      const saved = await api.setBackupFolder({ folder });
      setProblem(null);
      onChanged(saved);
      say(folder === null ? 'Backups will go beside the library.' : `Backups will go into ${saved.folder}.`);
    } catch (error) {
      setProblem(errorText(error));
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim() === '') {
      setProblem('Type the whole path of a folder, or choose Back up beside the library.');
      return;
    }
    void saveFolder(typed.trim());
  };

  const pick = async () => {
    try {
      const before = settings.chosenFolder;
      const saved = await api.pickBackupFolder({});
      setProblem(null);
      onChanged(saved);
      if (saved.chosenFolder !== before) say(`Backups will go into ${saved.folder}.`);
    } catch (error) {
      setProblem(errorText(error));
    }
  };

  return (
    <section aria-labelledby="backup-place-title" className="backup-place">
      <h3 id="backup-place-title">Where backups go</h3>
      {settings.problem ? (
        <div role="alert" className="backup-problem">
          <p className="error">The folder you chose for backups cannot be used now.</p>
          <p>{settings.problem}</p>
          {settings.folder && (
            <p>
              Backups go to <code>{settings.folder}</code> for now.
            </p>
          )}
        </div>
      ) : (
        <p>
          {settings.chosenFolder ? 'Into the folder you chose: ' : 'Beside the library, on this computer’s disk: '}
          <code>{settings.folder}</code>
        </p>
      )}
      {!settings.chosenFolder && (
        <p className="muted">
          A lost or broken laptop takes those backups with it. Choose a USB stick, a network drive or a folder your
          cloud storage keeps in step.
        </p>
      )}
      <p>
        {settings.lastSuccess
          ? `The last backup succeeded on ${formatMoment(settings.lastSuccess.at)}.`
          : 'No backup has succeeded yet.'}
      </p>
      {inElectron() ? (
        <div className="button-row">
          <button type="button" className="secondary" onClick={() => void pick()}>
            Choose a folder…
          </button>
          {settings.chosenFolder && (
            <button type="button" className="secondary" onClick={() => void saveFolder(null)}>
              Back up beside the library
            </button>
          )}
        </div>
      ) : (
        <form className="backup-folder-form" noValidate onSubmit={submit}>
          <label htmlFor="backup-folder">Folder for backups</label>
          <input
            id="backup-folder"
            type="text"
            spellCheck={false}
            autoComplete="off"
            aria-describedby="backup-folder-hint"
            aria-invalid={problem ? true : undefined}
            aria-errormessage={problem ? 'backup-folder-problem' : undefined}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
          />
          <span id="backup-folder-hint" className="muted">
            The whole path, as the computer running Scrutineer sees it, such as <code>E:\Scrutineer backups</code> or{' '}
            <code>/media/usb/Scrutineer backups</code>.
          </span>
          <div className="button-row">
            <button type="submit" className="secondary">
              Use this folder
            </button>
            {settings.chosenFolder && (
              <button type="button" className="secondary" onClick={() => void saveFolder(null)}>
                Back up beside the library
              </button>
            )}
          </div>
        </form>
      )}
      {problem && (
        <p id="backup-folder-problem" role="alert" className="error">
          {problem}
        </p>
      )}
    </section>
  );
}
