/** How many backups the library keeps: the member chooses, within these limits. */
export const BACKUPS_KEPT = { default: 14, min: 1, max: 365 } as const;

export function isValidBackupsKept(kept: number): boolean {
  return Number.isInteger(kept) && kept >= BACKUPS_KEPT.min && kept <= BACKUPS_KEPT.max;
}

/** What the Backups dialog shows. */
export interface BackupSettings {
  /** How many of the newest backups are kept. */
  kept: number;
  /** Where backups go now (the chosen folder, or beside the library), or null where backups are not set up. */
  folder: string | null;
  /** The folder beside the library, used when none is chosen or the chosen one is missing. */
  besideLibrary: string | null;
  /** The folder the member chose (a USB stick, a network drive, a cloud-synced folder), or null. */
  chosenFolder: string | null;
  /** Why the chosen folder is not used now, in a sentence; null when all is well. */
  problem: string | null;
  /** The last backup that succeeded: when (ISO moment, UTC) and which file. */
  lastSuccess: { at: string; file: string } | null;
  /** How many backups there are now, and when the newest was taken (UTC, "2026-11-24T18-30-00"). */
  count: number;
  newest: string | null;
  /** The backups in that folder, newest first, to restore from: `name` is the file's name, as restoreBackup takes it. */
  backups: { file: string; name: string; takenAt: string }[];
}
