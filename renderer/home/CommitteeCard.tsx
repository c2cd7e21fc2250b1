import { useEffect, useRef, useState } from 'react';
import type { MeetingSummary } from '../../shared/domain';
import type { HomeCommittee, HomeMeeting } from '../../shared/home';
import { useAppState, useHome } from '../app-context';
import { formatMeetingDate } from '../format/dates';

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** One committee on the home screen: its next meeting and what to do before it. */
export function CommitteeCard({
  committee,
  past,
  later,
}: {
  committee: HomeCommittee;
  past: MeetingSummary[];
  later: MeetingSummary[];
}) {
  const go = useAppState((s) => s.go);
  const titleId = `committee-${committee.id}`;
  const next = committee.nextMeeting;
  return (
    <section className="committee-card" aria-labelledby={titleId}>
      <div className="committee-card-head">
        <h3 id={titleId}>{committee.name}</h3>
        <FollowButton committee={committee} />
      </div>
      {next ? (
        <NextMeeting meeting={next} />
      ) : (
        <p className="muted">
          No meeting ahead is in the library yet.
          {committee.lastMeeting &&
            (committee.lastMeeting.date ? (
              <> The last was on {formatMeetingDate(committee.lastMeeting.date)}.</>
            ) : (
              <> The papers of the last do not give its date.</>
            ))}
        </p>
      )}
      <p className="home-outcomes">
        {committee.outstanding === 0 ? (
          'Nothing outstanding from earlier meetings.'
        ) : (
          <>
            {plural(committee.outstanding, 'outcome')} outstanding
            {committee.overdue > 0 && (
              <>
                , <strong className="overdue-count">{committee.overdue} overdue</strong>
              </>
            )}
            .{' '}
            <button type="button" className="link" onClick={() => go({ name: 'tracker' })}>
              {'See what needs chasing '}
              <span className="visually-hidden">for {committee.name}</span>
            </button>
          </>
        )}
      </p>
      {/* With nothing ahead, the past meetings are what there is to open: shown unfolded. */}
      <MeetingsList title="Past meetings" committee={committee.name} meetings={past} open={next === null} />
      <MeetingsList title="Later meetings" committee={committee.name} meetings={later} open={false} />
    </section>
  );
}

/** How many meetings a list shows before "Show all": a council's ten years of one committee is 80 or more. */
const FIRST_MEETINGS = 12;

/** Meetings one click away, folded: the past ones newest first, later ones soonest first. */
function MeetingsList({
  title,
  committee,
  meetings,
  open,
}: {
  title: string;
  committee: string;
  meetings: MeetingSummary[];
  open: boolean;
}) {
  const go = useAppState((s) => s.go);
  const [showingAll, setShowingAll] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  // "Show all" goes when pressed: the keyboard carries on from the first meeting it revealed.
  useEffect(() => {
    if (showingAll) list.current?.querySelectorAll<HTMLButtonElement>('button')[FIRST_MEETINGS]?.focus();
  }, [showingAll]);
  if (meetings.length === 0) return null;
  const shown = showingAll ? meetings : meetings.slice(0, FIRST_MEETINGS);
  return (
    <details className="past-meetings" open={open}>
      <summary>
        {`${title} (${meetings.length}) `}
        <span className="visually-hidden">of {committee}</span>
      </summary>
      <ul className="meeting-list" ref={list}>
        {shown.map((m) => (
          <li key={m.id} className="meeting-row">
            <button
              type="button"
              className="link meeting-date"
              onClick={() => go({ name: 'meeting', meetingId: m.id })}
            >
              {formatMeetingDate(m.date)}
            </button>
            <span>{plural(m.itemCount, 'item')}</span>
            <span>{plural(m.openOutcomeCount, 'open outcome')}</span>
          </li>
        ))}
      </ul>
      {shown.length < meetings.length && (
        <button type="button" className="link show-all-meetings" onClick={() => setShowingAll(true)}>
          {`Show all ${meetings.length} ${title.toLowerCase()}`}
          <span className="visually-hidden"> of {committee}</span>
        </button>
      )}
    </details>
  );
}

function NextMeeting({ meeting }: { meeting: HomeMeeting }) {
  const go = useAppState((s) => s.go);
  return (
    <>
      <p className="next-meeting">
        <span className="muted">Next meeting: </span>
        <button
          type="button"
          className="link meeting-date"
          onClick={() => go({ name: 'meeting', meetingId: meeting.id })}
        >
          {formatMeetingDate(meeting.date)}
          {meeting.time && `, ${meeting.time}`}
        </button>
        {meeting.venue && <span className="venue">{meeting.venue}</span>}
      </p>
      <ul className="before-meeting">
        <li>
          {meeting.papers === 0 ? (
            <span className="pack-missing">The pack has not arrived yet.</span>
          ) : (
            <>Pack arrived: {plural(meeting.papers, 'paper')}.</>
          )}
        </li>
        {meeting.unreadPapers > 0 && (
          <li>
            <span className="badge new-badge">New</span>
            {meeting.unreadPapers === meeting.papers
              ? `${plural(meeting.unreadPapers, 'paper')} not opened yet.`
              : `${plural(meeting.unreadPapers, 'paper')} new since you last looked.`}
          </li>
        )}
        <li>
          {meeting.questions === 0
            ? 'No questions prepared yet. '
            : `${plural(meeting.questions, 'question')} prepared. `}
          <button type="button" className="link" onClick={() => go({ name: 'questions', meetingId: meeting.id })}>
            {meeting.questions === 0 ? 'Prepare questions' : 'My questions'}
          </button>
        </li>
      </ul>
    </>
  );
}

function FollowButton({ committee }: { committee: HomeCommittee }) {
  const follow = useHome((s) => s.follow);
  if (committee.followedOnWebsite) {
    return <span className="muted follow-note">Followed on the council’s website</span>;
  }
  return (
    <button
      type="button"
      className="secondary follow-button"
      aria-pressed={committee.followed}
      onClick={() => void follow(committee.id, !committee.followed)}
    >
      {`${committee.followed ? 'Following' : 'Follow'} `}
      <span className="visually-hidden">{committee.name}</span>
    </button>
  );
}
