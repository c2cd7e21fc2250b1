import { useCallback, useEffect } from 'react';
import { useApi } from '../app-context';
import { useDeviceSync } from './device-sync-store';

const WHILE_SYNCING_MS = 1_000;
/** Often enough for "Synced 2 minutes ago" to stay true, and to see the two-minute automatic sync. */
const WHILE_IDLE_MS = 20_000;

/** Keeps the sync status (and what changed on two devices) fresh while the app is open. */
export function useDeviceSyncPolling(): void {
  const api = useApi();
  const setStatus = useDeviceSync((s) => s.setStatus);
  const setConflicts = useDeviceSync((s) => s.setConflicts);
  const state = useDeviceSync((s) => s.status?.state);
  const conflictCount = useDeviceSync((s) => s.status?.conflicts ?? 0);

  const check = useCallback(
    () =>
      api.getDeviceSync({}).then(
        setStatus,
        // The next poll tries again; nothing the member needs to act on.
        () => undefined,
      ),
    [api, setStatus],
  );

  useEffect(() => {
    void check();
    const timer = setInterval(() => void check(), state === 'syncing' ? WHILE_SYNCING_MS : WHILE_IDLE_MS);
    return () => clearInterval(timer);
  }, [check, state]);

  useEffect(() => {
    if (conflictCount === 0) {
      setConflicts([]);
      return;
    }
    api.listChangedOnTwoDevices({}).then(setConflicts, () => undefined);
  }, [api, conflictCount, setConflicts]);
}
