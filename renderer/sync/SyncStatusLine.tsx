import { syncStatusLine } from '../../shared/device-sync';
import { useDeviceSync } from './device-sync-store';
import { useDeviceSyncPolling } from './use-device-sync-status';

/** The quiet line at the foot of every screen: "Synced 2 minutes ago", "Offline – 3 changes waiting". */
export function SyncStatusLine() {
  useDeviceSyncPolling();
  const status = useDeviceSync((s) => s.status);
  const show = useDeviceSync((s) => s.show);
  if (!status) return null;
  const conflicts = status.conflicts;
  return (
    <footer className="sync-footer" aria-label="Sync with your other devices">
      <span className={status.state === 'problem' ? 'sync-line problem' : 'sync-line'}>{syncStatusLine(status)}</span>
      {conflicts > 0 && (
        <span className="sync-conflicts">
          {conflicts === 1 ? '1 note changed on two devices' : `${conflicts} notes changed on two devices`}
        </span>
      )}
      <button type="button" className="secondary" onClick={show}>
        Sync…
      </button>
    </footer>
  );
}
