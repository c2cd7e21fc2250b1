import '../papers/papers.css';
import { useState } from 'react';
import type { AttendanceRole, Attendee, DocumentSummary, MeetingDetail, OutcomeSummary } from '../../shared/domain';
import { OUTCOME_KIND_LABEL } from '../../shared/labels';
import { useApi, useAppState } from '../app-context';
import { ConfidentialBadge, ConfidentialToggle, IncludeConfidential, savedMessage } from '../components/Confidential';
import { downloadText } from '../components/download';
import { ImportButtons } from '../components/ImportButtons';
import { formatMeetingDate } from '../format/dates';
import { UnavailablePapers } from '../councils/UnavailablePapers';
import { MeetingPicker } from '../papers/MeetingPicker';

const ROLE_HEADINGS: [AttendanceRole, string][] = [
  ['member', 'Members'],
  ['co-opted', 'Co-opted members'],
  ['other-member', 'Other members'],
  ['officer', 'Officers'],
  ['apology', 'Apologies'],
];

export function MeetingView() {
  const meeting = useAppState((s) => s.meeting);
  const error = useAppState((s) => s.meetingError);
  const go = useAppState((s) => s.go);

  return (
    <section aria-labelledby="meeting-title" className="view">
      <button type="button" className="link back" onClick={() => go({ name: 'library' })}>
        ‹ Back to the library
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {!meeting && !error && <p aria-live="polite">Opening the meeting…</p>}
      {meeting && <Meeting meeting={meeting} />}
    </section>
  );
}

function Meeting({ meeting: loaded }: { meeting: MeetingDetail }) {
  const go = useAppState((s) => s.go);
  const api = useApi();
  // After a confidential mark the meeting is read again; a newer load from the store wins.
  const [refreshed, setRefreshed] = useState<{ from: MeetingDetail; meeting: MeetingDetail } | null>(null);
  const meeting = refreshed?.from === loaded ? refreshed.meeting : loaded;
  const [confidentialMessage, setConfidentialMessage] = useState('');
  const markConfidential = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      setRefreshed({ from: loaded, meeting: await api.getMeeting({ meetingId: loaded.id }) });
      setConfidentialMessage(done);
    } catch (error) {
      setConfidentialMessage((error as Error).message);
    }
  };
  const markDocument = (d: DocumentSummary, confidential: boolean) =>
    void markConfidential(
      () => api.setDocumentConfidential({ documentId: d.id, confidential }),
      `“${d.title}” is ${confidential ? 'now marked confidential' : 'no longer marked confidential'}.`,
    );
  const when = [formatMeetingDate(meeting.date), meeting.time].filter(Boolean).join(', ');
  return (
    <>
      <h1 id="meeting-title">{meeting.committee}</h1>
      <p className="meeting-when">
        {when}
        {meeting.venue && <> · {meeting.venue}</>}
        {meeting.council && <> · {meeting.council}</>}
      </p>
      <div className="button-row">
        <button type="button" onClick={() => go({ name: 'questions', meetingId: meeting.id })}>
          My questions
        </button>
      </div>
      <ImportButtons meetingId={meeting.id} label="Add papers to this meeting…" />
      <MeetingNotesExport meetingId={meeting.id} />
      <p role="status" className="muted">
        {confidentialMessage}
      </p>

      {(meeting.documents.length > 0 || meeting.unavailablePapers.some((p) => p.agendaItemId === null)) && (
        <section aria-labelledby="papers-title">
          <h2 id="papers-title">Papers</h2>
          <Documents documents={meeting.documents} onMark={markDocument} />
          <UnavailablePapers papers={meeting.unavailablePapers.filter((p) => p.agendaItemId === null)} />
        </section>
      )}

      {meeting.recommendationsToBoard.length > 0 && (
        <section aria-labelledby="asked-title">
          <h2 id="asked-title">What the board is asked to do</h2>
          <ol>
            {meeting.recommendationsToBoard.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ol>
        </section>
      )}

      {meeting.attendance.length > 0 && <Attendance attendance={meeting.attendance} />}

      <section aria-labelledby="items-title">
        <h2 id="items-title">Agenda items</h2>
        {meeting.items.length === 0 && <p>The papers imported so far do not list the agenda items.</p>}
        <ol className="agenda-items">
          {meeting.items.map((item) => (
            <li key={item.id} className="agenda-item">
              <h3>
                {item.number && <span className="item-number">{item.number}.</span>} {item.title}
                {item.confidential && <ConfidentialBadge />}
              </h3>
              <ConfidentialToggle
                name={`${item.number ? `${item.number}. ` : ''}${item.title}`}
                checked={item.confidential}
                onChange={(confidential) =>
                  void markConfidential(
                    () => api.setAgendaItemConfidential({ agendaItemId: item.id, confidential }),
                    `Agenda item “${item.title}” and its papers are ${confidential ? 'now marked confidential' : 'no longer marked confidential'}.`,
                  )
                }
              />
              {item.presenters && <p className="presenters">Presented by {item.presenters}</p>}
              {item.documents.length > 0 && <Documents documents={item.documents} onMark={markDocument} />}
              <UnavailablePapers papers={meeting.unavailablePapers.filter((p) => p.agendaItemId === item.id)} />
              {item.minuteText && (
                <details>
                  <summary>Minute</summary>
                  <div className="minute-text">
                    {item.minuteText.split('\n\n').map((paragraph, i) => (
                      <p key={i}>{paragraph}</p>
                    ))}
                  </div>
                </details>
              )}
              {item.topics.length > 0 && (
                <details>
                  <summary>Discussed ({item.topics.length})</summary>
                  <ul>
                    {item.topics.map((t) => (
                      <li key={t}>{t}</li>
                    ))}
                  </ul>
                </details>
              )}
              {item.outcomes.length > 0 && <Outcomes outcomes={item.outcomes} />}
            </li>
          ))}
        </ol>
      </section>

      {meeting.outcomes.length > 0 && (
        <section aria-labelledby="other-outcomes-title">
          <h2 id="other-outcomes-title">Other outcomes</h2>
          <Outcomes outcomes={meeting.outcomes} />
        </section>
      )}
    </>
  );
}

function Documents({
  documents,
  onMark,
}: {
  documents: DocumentSummary[];
  onMark: (document: DocumentSummary, confidential: boolean) => void;
}) {
  const go = useAppState((s) => s.go);
  return (
    <ul className="documents">
      {documents.map((d) => (
        <li key={d.id}>
          <button
            type="button"
            className="link document-title"
            onClick={() => go({ name: 'document', documentId: d.id })}
          >
            {d.title}
          </button>
          {d.unread && (
            <span className="badge new-badge" title="Not opened since it arrived">
              {d.version > 1 ? 'New version' : 'New'}
            </span>
          )}
          {d.confidential && <ConfidentialBadge />}{' '}
          <span className="muted">
            {d.fileName}
            {d.pageCount !== null && `, ${d.pageCount} pages`}
            {d.version > 1 && `, version ${d.version}`}
            {d.confidentialByItem && ', confidential because its agenda item is'}
          </span>
          <ConfidentialToggle
            name={d.title}
            checked={d.confidential}
            disabled={d.confidentialByItem}
            onChange={(confidential) => onMark(d, confidential)}
          />
          <MoveDocument document={d} />
          {d.warnings.map((w) => (
            <p key={w} className="warning" role="note">
              Warning: {w}
            </p>
          ))}
        </li>
      ))}
    </ul>
  );
}

/** Moves a paper filed under the wrong meeting (or none) to the right one, with its notes. */
function MoveDocument({ document }: { document: DocumentSummary }) {
  const [open, setOpen] = useState(false);
  const go = useAppState((s) => s.go);
  const refreshMeetings = useAppState((s) => s.refreshMeetings);
  return (
    <>
      <button type="button" className="link move-paper" aria-expanded={open} onClick={() => setOpen(!open)}>
        Move to another meeting…<span className="visually-hidden"> ({document.title})</span>
      </button>
      {open && (
        <MeetingPicker
          documentId={document.id}
          title={document.title}
          legend={`Move “${document.title}” to another meeting`}
          onMoved={(moved) => {
            void refreshMeetings();
            go({ name: 'meeting', meetingId: moved.meetingId });
          }}
        />
      )}
    </>
  );
}

function Attendance({ attendance }: { attendance: Attendee[] }) {
  return (
    <section aria-labelledby="attendance-title">
      <h2 id="attendance-title">Attendance</h2>
      <div className="attendance">
        {ROLE_HEADINGS.map(([role, heading]) => {
          const people = attendance.filter((a) => a.role === role);
          if (people.length === 0) return null;
          return (
            <div key={role}>
              <h3>
                {heading} ({people.length})
              </h3>
              <ul>
                {people.map((p, i) => (
                  <li key={`${p.name}-${i}`}>
                    {p.name}
                    {p.isChair && <strong> (Chair)</strong>}
                    {p.detail && <span className="muted"> – {p.detail}</span>}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </section>
  );
}

function Outcomes({ outcomes }: { outcomes: OutcomeSummary[] }) {
  return (
    <ul className="outcomes" aria-label="Outcomes">
      {outcomes.map((o) => (
        <li key={o.id} className="outcome">
          <span className={`badge kind-${o.kind}`}>{OUTCOME_KIND_LABEL[o.kind]}</span> {o.text}
          {!o.needsChasing && <span className="muted"> · Recorded, nothing to chase</span>}
          {/* A recorded decision has nothing due: "quarterly" in "Quarterly accounts approved" is no deadline. */}
          {(o.owner || (o.due && o.needsChasing)) && (
            <span className="muted">
              {o.owner && ` · Owner: ${o.owner}`}
              {o.due && o.needsChasing && ` · Due: ${o.due}`}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** All the notes on this meeting's papers, to read (Markdown) or to move to another laptop (W3C). */
function MeetingNotesExport({ meetingId }: { meetingId: number }) {
  const api = useApi();
  const [includeConfidential, setIncludeConfidential] = useState(false);
  const [message, setMessage] = useState('');
  const save = async (format: 'md' | 'w3c') => {
    const exported = await api.exportAnnotations({ meetingId, format, includeConfidential });
    downloadText(exported.fileName, exported.mediaType, exported.text);
    setMessage(savedMessage(exported.fileName, exported.leftOut, ['paper', 'papers']));
  };
  return (
    <div className="button-row" role="group" aria-label="Notes on this meeting">
      <button type="button" className="secondary" onClick={() => void save('md')}>
        Export meeting notes (Markdown)
      </button>
      <button type="button" className="secondary" onClick={() => void save('w3c')}>
        Export meeting notes (W3C)
      </button>
      <IncludeConfidential checked={includeConfidential} onChange={setIncludeConfidential} />
      <span role="status" className="muted">
        {message}
      </span>
    </div>
  );
}
