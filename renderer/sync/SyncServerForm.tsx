import { useState, type FormEvent, type ReactNode } from 'react';
import type { DeviceSyncStatus } from '../../shared/device-sync';
import { useApi } from '../app-context';

/** Where the password goes, said plainly: the app keeps it in the OS secure storage; the browser version does not. */
function PasswordHint({ canKeep, id }: { canKeep: boolean; id: string }) {
  return (
    <p id={id} className="muted">
      {canKeep
        ? 'Scrutineer keeps your password in this computer’s secure storage (the Keychain on a Mac, Windows’ own protection, or the desktop keyring on Linux), never in the library.'
        : 'The browser version of Scrutineer does not keep your password on this computer. It remembers it only until Scrutineer is closed; after that it asks for it when you sync.'}
    </p>
  );
}

/** A password box with what Scrutineer does with the password under it. */
export function PasswordField(props: {
  id: string;
  label: string;
  value: string;
  canKeep: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <>
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="password"
        autoComplete="current-password"
        aria-describedby={`${props.id}-hint`}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
      <PasswordHint canKeep={props.canKeep} id={`${props.id}-hint`} />
    </>
  );
}

/** The server's address, the member's user name and password: checked with the server before they are kept. */
export function SyncServerForm({
  status,
  onSetUp,
  onProblem,
  onCancel,
  feedback,
}: {
  status: DeviceSyncStatus;
  /** What the last try said, shown just above the button that tries again. */
  feedback: ReactNode;
  onSetUp: (status: DeviceSyncStatus) => void;
  onProblem: (message: string) => void;
  onCancel?: () => void;
}) {
  const api = useApi();
  const [url, setUrl] = useState(status.url ?? '');
  const [userName, setUserName] = useState(status.userName ?? '');
  const [password, setPassword] = useState('');
  const [includeConfidential, setIncludeConfidential] = useState(status.includeConfidential);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = !url.trim()
      ? 'Type the server’s address.'
      : !userName.trim()
        ? 'Type your user name.'
        : !password
          ? 'Type your password.'
          : null;
    if (missing) return onProblem(missing);
    setBusy(true);
    onProblem('');
    try {
      onSetUp(await api.setUpDeviceSync({ url, userName, password, includeConfidential }));
      setPassword('');
    } catch (error) {
      onProblem((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="sync-server-form" noValidate onSubmit={(e) => void submit(e)}>
      <p>Ask your council’s IT for the server’s address, your user name and your password.</p>
      <label htmlFor="sync-url">Server address</label>
      <input
        id="sync-url"
        type="text"
        inputMode="url"
        autoComplete="url"
        spellCheck={false}
        placeholder="https://sync.mycouncil.gov.uk"
        value={url}
        onChange={(e) => setUrl(e.target.value)}
      />
      <label htmlFor="sync-user">User name</label>
      <input
        id="sync-user"
        type="text"
        autoComplete="username"
        spellCheck={false}
        value={userName}
        onChange={(e) => setUserName(e.target.value)}
      />
      <PasswordField
        id="sync-password"
        label="Password"
        value={password}
        canKeep={status.canKeepPassword}
        onChange={setPassword}
      />
      <label className="check">
        <input
          type="checkbox"
          checked={includeConfidential}
          onChange={(e) => setIncludeConfidential(e.target.checked)}
        />{' '}
        Include confidential items
      </label>
      <p className="muted">
        Without this tick, notes and tracker changes on confidential (exempt) papers stay on this laptop.
      </p>
      {feedback}
      <div className="button-row">
        <button type="submit" disabled={busy}>
          {busy ? 'Checking…' : status.configured ? 'Save and check' : 'Set up sync'}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
