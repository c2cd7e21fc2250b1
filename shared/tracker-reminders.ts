import type { TrackerReminders } from './domain';

/** The morning's reminder comes at this hour, the member's own time (or at start, when later). */
export const REMINDER_HOUR = 8;

/** How long until the next morning's reminder. */
export function msUntilNextMorning(now: Date, hour = REMINDER_HOUR): number {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate(), hour, 0, 0, 0);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  return next.getTime() - now.getTime();
}

function outcomes(n: number): string {
  return `${n} outcome${n === 1 ? '' : 's'}`;
}

/**
 * The quiet notice in words, the same in the browser and in the operating system's notification:
 * null when there is nothing new to say (due-soon outcomes are named once a day, with the first notice).
 */
export function reminderNotice(reminders: TrackerReminders): { title: string; body: string } | null {
  const overdue = reminders.becameOverdue.length;
  const soon = reminders.firstToday ? reminders.dueSoon.length : 0;
  if (overdue === 0 && soon === 0) return null;
  const parts = [
    ...(overdue ? [`${outcomes(overdue)} became overdue`] : []),
    ...(soon ? [`${outcomes(soon)} ${soon === 1 ? 'is' : 'are'} due in the next two weeks`] : []),
  ];
  const committees = reminders.committees;
  const where =
    committees.length === 1
      ? ` for ${committees[0]}`
      : committees.length > 1
        ? ` for ${committees.length} committees`
        : '';
  return { title: 'Tracker reminder', body: `${parts.join('; ')}${where}.` };
}
