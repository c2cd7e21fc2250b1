/** Sync of a member's work and their committees' trackers between devices, through a CouchDB server. */

export interface DeviceSyncStatus {
  /** False until the member sets up a server under Sync…. */
  configured: boolean;
  url: string | null;
  userName: string | null;
  includeConfidential: boolean;
  /** Whether the password is kept on this device (in the OS secure storage). */
  passwordKept: boolean;
  /** Whether this device can keep a password at all (the app can; the browser version and the command line cannot). */
  canKeepPassword: boolean;
  /** Whether the member must type the password to sync: none is kept, and none was given since Scrutineer started. */
  needsPassword: boolean;
  state: 'off' | 'syncing' | 'synced' | 'offline' | 'problem';
  lastSyncedAt: string | null;
  /** Changes made here that the server does not have yet. */
  waiting: number;
  /** A plain sentence about the last attempt's problem, if it failed. */
  problem: string | null;
  /** Changes the server refused, with its reason in plain words. */
  refused: { reason: string; count: number }[];
  /** Notes and questions changed on two devices, waiting for the member to choose. */
  conflicts: number;
  /** Changes from other devices whose paper or meeting is not in this library yet. */
  waitingForPapers: number;
  /** The committees whose trackers are shared with this user. */
  trackers: string[];
}

export interface ConflictVersion {
  changeId: string;
  at: string;
  device: string;
  /** What the member reads: the note's text, or the question and its answer. */
  text: string;
  deleted: boolean;
  /** Whether this is the version the app shows meanwhile. */
  shown: boolean;
}

export interface ChangedOnTwoDevices {
  entity: 'annotation' | 'question';
  key: string;
  /** Which note or question: its paper and passage, or its meeting. */
  label: string;
  versions: ConflictVersion[];
}

const MINUTE = 60_000;

/** The quiet status line: "Synced 2 minutes ago", "Offline – 3 changes waiting". */
export function syncStatusLine(status: DeviceSyncStatus, now: Date = new Date()): string {
  if (!status.configured) return 'Sync is off';
  const waiting = status.waiting === 1 ? '1 change waiting' : `${status.waiting} changes waiting`;
  if (status.state === 'syncing') return 'Syncing…';
  if (status.state === 'offline') return `Offline – ${waiting}`;
  if (status.state === 'problem') return `Not synced – ${status.problem ?? 'a problem'}`;
  if (!status.lastSyncedAt) return status.waiting > 0 ? `Not synced yet – ${waiting}` : 'Not synced yet';
  const minutes = Math.floor((now.getTime() - Date.parse(status.lastSyncedAt)) / MINUTE);
  const ago =
    minutes < 1
      ? 'just now'
      : minutes === 1
        ? '1 minute ago'
        : minutes < 60
          ? `${minutes} minutes ago`
          : minutes < 120
            ? '1 hour ago'
            : minutes < 60 * 48
              ? `${Math.floor(minutes / 60)} hours ago`
              : `on ${new Date(status.lastSyncedAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}`;
  return status.waiting > 0 ? `Synced ${ago} – ${waiting}` : `Synced ${ago}`;
}
