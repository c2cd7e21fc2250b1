import type { MeetingGroup } from './SearchView';
import { formatMeetingDate } from '../format/dates';

const DAY = 24 * 60 * 60 * 1000;

/** A subject's history at a glance: each meeting with results, placed by its date. */
export function Timeline({ groups }: { groups: MeetingGroup[] }) {
  const dated = groups.filter((g) => g.meetingDate !== null);
  if (dated.length === 0) return null;
  const times = dated.map((g) => Date.parse(`${g.meetingDate}T00:00:00Z`));
  const firstYear = new Date(Math.min(...times)).getUTCFullYear();
  const lastYear = new Date(Math.max(...times)).getUTCFullYear();
  const start = Date.UTC(firstYear, 0, 1);
  const span = Date.UTC(lastYear + 1, 0, 1) - start || DAY;
  const most = Math.max(...dated.map((g) => g.results.length));
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);

  return (
    <figure className="timeline" aria-labelledby="timeline-caption">
      <figcaption id="timeline-caption">When this subject came up</figcaption>
      <ol className="timeline-track">
        {dated.map((g, i) => {
          const left = (((times[i] ?? start) - start) / span) * 100;
          const height = 20 + (g.results.length / most) * 80;
          return (
            <li key={g.key} style={{ left: `${left}%` }}>
              <a
                href={`#meeting-${g.key}`}
                className="timeline-mark"
                style={{ height: `${height}%` }}
                aria-label={`${formatMeetingDate(g.meetingDate)}, ${g.committee}: ${g.results.length} passage${g.results.length === 1 ? '' : 's'}`}
                title={`${formatMeetingDate(g.meetingDate)} – ${g.committee}: ${g.results.length}`}
              />
            </li>
          );
        })}
      </ol>
      <div className="timeline-years" aria-hidden="true">
        {years.map((y) => (
          <span key={y} style={{ left: `${((Date.UTC(y, 0, 1) - start) / span) * 100}%` }}>
            {y}
          </span>
        ))}
      </div>
    </figure>
  );
}
