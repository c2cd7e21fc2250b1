const takenAtFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' });

/** "2026-11-24T18-30-00" (UTC) -> "24 November 2026 at 18:30" in the member's own time zone. */
export function formatTakenAt(takenAt: string): string {
  const [day, time = ''] = takenAt.split('T');
  const date = new Date(`${day}T${time.replace(/-/g, ':')}Z`);
  return Number.isNaN(date.getTime()) ? takenAt : takenAtFormat.format(date);
}
