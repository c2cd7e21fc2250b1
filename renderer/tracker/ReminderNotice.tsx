import { useEffect } from 'react';
import { msUntilNextMorning } from '../../shared/tracker-reminders';
import { useAppState } from '../app-context';
import { useTracker, useTrackerStore } from './use-tracker';
import './tracker.css';

/**
 * The browser version's quiet reminder, at start and each morning: what became overdue, and what falls due
 * in the next two weeks, for the committees the member follows. It waits to be read; it never takes the focus.
 */
export function ReminderNotice() {
  const store = useTrackerStore();
  const go = useAppState((s) => s.go);
  const reminder = useTracker((s) => s.reminder);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const check = () => {
      void store.getState().checkReminders();
      timer = setTimeout(check, msUntilNextMorning(new Date()));
    };
    check();
    return () => clearTimeout(timer);
  }, [store]);

  if (!reminder) return null;
  return (
    <div role="status" className="reminder-notice">
      <p>
        <strong>{reminder.title}:</strong> {reminder.body}
      </p>
      <div className="button-row compact">
        <button
          type="button"
          className="secondary"
          onClick={() => {
            go({ name: 'tracker' });
            store.getState().setFilters({ tab: 'due-soon' });
            store.getState().dismissReminder();
          }}
        >
          Show what is due soon
        </button>
        <button type="button" className="link" onClick={() => store.getState().dismissReminder()}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
