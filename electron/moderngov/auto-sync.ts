import type { CouncilSync } from './council-sync';

const FIRST_SYNC_AFTER_MS = 15_000;
const SYNC_EVERY_MS = 3 * 60 * 60 * 1000;

/**
 * Syncs the followed committees soon after the app starts and every few hours while it
 * runs. Offline, a sync simply ends with a message and the papers stay readable.
 */
export function startAutoSync(councils: CouncilSync): { stop(): void } {
  const tick = () => {
    if (!councils.hasFollowedCommittees()) return;
    try {
      councils.start();
    } catch (error) {
      console.error('Automatic sync did not start:', error);
    }
  };
  // Only committees followed before this start are synced at start; one ticked now is synced by Sync now.
  const followedAtStart = councils.hasFollowedCommittees();
  const first = setTimeout(() => followedAtStart && tick(), FIRST_SYNC_AFTER_MS);
  const every = setInterval(tick, SYNC_EVERY_MS);
  first.unref();
  every.unref();
  return {
    stop: () => {
      clearTimeout(first);
      clearInterval(every);
    },
  };
}
