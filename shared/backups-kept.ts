/** How many backups the library keeps: the member chooses, within these limits. */
export const BACKUPS_KEPT = { default: 14, min: 1, max: 365 } as const;

export function isValidBackupsKept(kept: number): boolean {
  return Number.isInteger(kept) && kept >= BACKUPS_KEPT.min && kept <= BACKUPS_KEPT.max;
}

/** What the Backups dialog shows. */
export interface BackupSettings {
  /** How many of the newest backups are kept. */
  kept: number;
  /** The folder beside the library that holds them, or null where backups are not set up. */
  folder: string | null;
  /** How many backups there are now, and when the newest was taken (UTC, "2026-11-24T18-30-00"). */
  count: number;
  newest: string | null;
}
