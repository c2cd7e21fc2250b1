import { Notification } from 'electron';
import type { TrackerReminders } from '../../shared/domain';
import { msUntilNextMorning, reminderNotice } from '../../shared/tracker-reminders';
import type { Dispatch } from '../api/dispatch';

/**
 * Electron only: the tracker's quiet reminder as an operating-system notification, at start and each
 * morning. What it says comes from the same `trackerReminders` the tests run under Node, through the API.
 */
export function startTrackerNotifications(dispatch: Dispatch, openTracker: () => void): () => void {
  let timer: NodeJS.Timeout | undefined;
  const notify = async () => {
    const reply = (await dispatch('trackerReminders', { seen: true })) as
      { ok: true; value: TrackerReminders } | { ok: false };
    const notice = reply.ok ? reminderNotice(reply.value) : null;
    if (notice && Notification.isSupported()) {
      const notification = new Notification({ ...notice, silent: true });
      notification.on('click', openTracker);
      notification.show();
    }
  };
  const schedule = () => {
    timer = setTimeout(() => {
      void notify().finally(schedule);
    }, msUntilNextMorning(new Date()));
  };
  void notify().finally(schedule);
  return () => clearTimeout(timer);
}
