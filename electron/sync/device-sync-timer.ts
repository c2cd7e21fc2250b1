import type { DeviceSync } from './device-sync';

const FIRST_AFTER_MS = 15_000;
const EVERY_MS = 2 * 60_000;

/** Syncs quietly a little after start and every two minutes, when a server is set up. */
export function startDeviceSyncTimer(devices: DeviceSync): { stop(): void } {
  const tick = () => {
    if (!devices.status().configured) return;
    devices.syncNow().catch((error: unknown) => console.error('Sync with the server failed:', error));
  };
  const first = setTimeout(tick, FIRST_AFTER_MS);
  const every = setInterval(tick, EVERY_MS);
  first.unref();
  every.unref();
  return {
    stop() {
      clearTimeout(first);
      clearInterval(every);
    },
  };
}
