import { useEffect } from 'react';
import type { MeetingSummary } from '../../shared/domain';
import { localDate } from '../../shared/local-date';
import { useHome } from '../app-context';
import { ErrorMessage } from '../components/ErrorMessage';
import { CommitteeCard } from './CommitteeCard';
import './home.css';

/** "What do I need to do before my next meeting?", for each committee the member follows. */
export function HomeView({ meetings }: { meetings: MeetingSummary[] }) {
  const overview = useHome((s) => s.overview);
  const error = useHome((s) => s.error);
  const load = useHome((s) => s.load);
  const showWith = useHome((s) => s.showWith);

  // Again whenever the library changes (an import, a sync), and whenever the home screen is shown again.
  useEffect(() => {
    void showWith(meetings);
  }, [showWith, meetings]);

  if (error) return <ErrorMessage error={error} onRetry={() => void load()} />;
  if (!overview) return <p aria-live="polite">Loading your committees…</p>;
  // The member's own day, as the home overview counts it (not UTC's, which is yesterday until 1 am in summer).
  const today = localDate();
  const othersOf = (name: string, nextId: number | undefined) => {
    const rest = meetings.filter((m) => m.committee === name && m.id !== nextId);
    return {
      past: rest.filter((m) => m.date === null || m.date < today),
      // Meetings after the next one (a council website lists the year's dates ahead).
      later: rest.filter((m) => m.date !== null && m.date >= today).reverse(),
    };
  };
  const followed = overview.committees.filter((c) => overview.showingAll || c.followed);
  const others = overview.committees.filter((c) => !overview.showingAll && !c.followed);

  return (
    <div className="home">
      <h2>Before your next meetings</h2>
      {overview.showingAll && (
        <p className="muted">
          You follow no committee yet, so every committee is shown. Choose <strong>Follow</strong> on the ones you sit
          on to keep them here, first.
        </p>
      )}
      <div className="committee-cards">
        {followed.map((c) => (
          <CommitteeCard key={c.id} committee={c} {...othersOf(c.name, c.nextMeeting?.id)} />
        ))}
      </div>
      {others.length > 0 && (
        <details className="other-committees">
          <summary>Other committees in the library ({others.length})</summary>
          <div className="committee-cards">
            {others.map((c) => (
              <CommitteeCard key={c.id} committee={c} {...othersOf(c.name, c.nextMeeting?.id)} />
            ))}
          </div>
        </details>
      )}
    </div>
  );
}
