import { useState } from 'react';
import { syncStatusLine, type DeviceSyncStatus } from '../../shared/device-sync';
import { useApi } from '../app-context';
import { useModalDialog } from '../components/use-modal-dialog';
import { ConflictChoice } from './ConflictChoice';
import { useDeviceSync } from './device-sync-store';
import { PasswordField, SyncServerForm } from './SyncServerForm';
import './device-sync.css';

/** Sync…: set up the server, sync now, choose between versions changed on two devices, remove the server. */
export function DeviceSyncDialog() {
  const api = useApi();
  const open = useDeviceSync((s) => s.open);
  const hide = useDeviceSync((s) => s.hide);
  const status = useDeviceSync((s) => s.status);
  const setStatus = useDeviceSync((s) => s.setStatus);
  const conflicts = useDeviceSync((s) => s.conflicts);
  const [editing, setEditing] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [problem, setProblem] = useState('');
  const [message, setMessage] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const dialog = useModalDialog(open, () => {
    api.getDeviceSync({}).then(setStatus, (error: unknown) => setProblem((error as Error).message));
  });

  const closed = () => {
    setProblem('');
    setMessage('');
    setEditing(false);
    setConfirmRemove(false);
    setPassword('');
    hide();
  };

  /** Runs one action; its problem goes to the alert, its outcome to the status message. */
  const act = async (work: () => Promise<DeviceSyncStatus>, said: (status: DeviceSyncStatus) => string) => {
    setBusy(true);
    setProblem('');
    setMessage('');
    try {
      const next = await work();
      setStatus(next);
      if (next.problem && next.state !== 'synced') setProblem(next.problem);
      else setMessage(said(next));
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const syncNow = () =>
    act(
      () => api.syncDevicesNow(password ? { password } : {}),
      (next) => {
        setPassword('');
        return next.waiting > 0 ? `Sync finished; ${syncStatusLine(next).toLowerCase()}.` : 'Sync finished.';
      },
    );

  const setUp = (next: DeviceSyncStatus) => {
    setStatus(next);
    setEditing(false);
    setMessage(`Sync is set up with ${next.url} as ${next.userName}. Choose Sync now to send and receive.`);
  };

  const configured = status?.configured ?? false;
  // Just above the buttons, where the eye is after pressing one; the alert is read out at once.
  const feedback = (
    <>
      <div role="alert" className="sync-problem">
        {problem && <p className="error">{problem}</p>}
      </div>
      <p role="status" className="sync-message">
        {message}
      </p>
    </>
  );
  return (
    <dialog ref={dialog} className="device-sync-dialog app-dialog" aria-labelledby="device-sync-title" onClose={closed}>
      <h2 id="device-sync-title">Sync</h2>
      <p>
        Sync keeps your notes, questions and reading places the same on each of your laptops, and shares each
        committee’s tracker with its members, through your council’s sync server. Papers are never sent.
      </p>
      {status && (!configured || editing) && (
        <SyncServerForm
          status={status}
          onSetUp={setUp}
          onProblem={setProblem}
          onCancel={editing ? () => setEditing(false) : undefined}
          feedback={feedback}
        />
      )}
      {status && configured && !editing && (
        <SyncDetails status={status} password={password} onPassword={setPassword} onProblem={setProblem} />
      )}
      {(!status || (configured && !editing)) && feedback}
      {configured && !editing && conflicts.length > 0 && (
        <section aria-labelledby="sync-conflicts-title">
          <h3 id="sync-conflicts-title">Changed on two devices ({conflicts.length})</h3>
          {conflicts.map((c) => (
            <div key={`${c.entity}-${c.key}`} className="sync-conflict-item">
              <p>
                <strong>{c.label}</strong>
              </p>
              <ConflictChoice conflict={c} headingLevel={4} />
            </div>
          ))}
        </section>
      )}
      {confirmRemove ? (
        <div className="sync-remove" role="group" aria-labelledby="sync-remove-question">
          <p id="sync-remove-question">
            Stop syncing with {status?.url}? Everything stays in your library on this laptop, and on the server; this
            laptop forgets your password.
          </p>
          <div className="button-row">
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                void act(
                  () => api.removeDeviceSync({}),
                  () => 'Sync is off. Your notes are still here.',
                ).then(() => setConfirmRemove(false))
              }
            >
              Stop syncing
            </button>
            <button type="button" className="secondary" onClick={() => setConfirmRemove(false)}>
              Keep syncing
            </button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          {configured && !editing && (
            <>
              <button type="button" disabled={busy} onClick={() => void syncNow()}>
                {busy ? 'Syncing…' : 'Sync now'}
              </button>
              <button type="button" className="secondary" onClick={() => setEditing(true)}>
                Change server or password…
              </button>
              <button type="button" className="secondary" onClick={() => setConfirmRemove(true)}>
                Remove server…
              </button>
            </>
          )}
          <button type="button" className="secondary" onClick={hide}>
            Close
          </button>
        </div>
      )}
    </dialog>
  );
}

function SyncDetails({
  status,
  password,
  onPassword,
  onProblem,
}: {
  status: DeviceSyncStatus;
  password: string;
  onPassword: (password: string) => void;
  onProblem: (message: string) => void;
}) {
  const api = useApi();
  const setStatus = useDeviceSync((s) => s.setStatus);
  return (
    <div className="sync-details">
      <p>
        Syncing with <strong className="sync-url">{status.url}</strong> as <strong>{status.userName}</strong>.
      </p>
      <p className="sync-line">{syncStatusLine(status)}</p>
      {status.trackers.length > 0 && <p>Committee trackers shared with you: {status.trackers.join(', ')}.</p>}
      {status.waitingForPapers > 0 && (
        <p>
          {status.waitingForPapers === 1 ? '1 change waits' : `${status.waitingForPapers} changes wait`} for its paper
          or meeting to be imported on this laptop.
        </p>
      )}
      {status.refused.map((r) => (
        <p key={r.reason} className="warning">
          The server refused {r.count === 1 ? '1 change' : `${r.count} changes`}: {r.reason}
        </p>
      ))}
      <label className="check">
        <input
          type="checkbox"
          checked={status.includeConfidential}
          onChange={(e) =>
            void api
              .setDeviceSyncConfidential({ includeConfidential: e.target.checked })
              .then(setStatus, (error: unknown) => onProblem((error as Error).message))
          }
        />{' '}
        Include confidential items
      </label>
      {status.needsPassword && (
        <div className="sync-password">
          <PasswordField
            id="sync-now-password"
            label="Your sync password"
            value={password}
            canKeep={status.canKeepPassword}
            onChange={onPassword}
          />
        </div>
      )}
    </div>
  );
}
