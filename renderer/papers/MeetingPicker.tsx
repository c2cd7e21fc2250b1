import { useEffect, useId, useState } from 'react';
import type { MeetingChoice, MeetingChoices, MovedDocument } from '../../shared/domain';
import { useApi } from '../app-context';
import { formatMeetingDate } from '../format/dates';
import './papers.css';

const nameOf = (m: MeetingChoice) => `${m.committee}, ${formatMeetingDate(m.date)}`;

/**
 * Choose the meeting a paper belongs to, from the likely ones (same committee, nearest
 * date) or any other, and move it there with its notes.
 */
export function MeetingPicker({
  documentId,
  title,
  legend,
  onMoved,
  onLeave,
  onlyIfUnknown = false,
}: {
  documentId: number;
  title: string;
  legend: string;
  onMoved: (moved: MovedDocument) => void;
  /** Offers "Leave unassigned" when given. */
  onLeave?: () => void;
  /** Shows nothing when the paper's meeting is known (the import panel asks only about the others). */
  onlyIfUnknown?: boolean;
}) {
  const api = useApi();
  const id = useId();
  const [choices, setChoices] = useState<MeetingChoices | null>(null);
  const [chosen, setChosen] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    api
      .meetingChoices({ documentId })
      .then((c) => {
        if (!current) return;
        setChoices(c);
        setChosen(String(c.likely[0]?.id ?? c.all[0]?.id ?? ''));
      })
      .catch((error: unknown) => current && setMessage((error as Error).message));
    return () => {
      current = false;
    };
  }, [api, documentId]);

  if (!choices) return message ? <p className="error">{message}</p> : null;
  if (onlyIfUnknown && choices.meetingKnown) return null;
  const likely = new Set(choices.likely.map((m) => m.id));
  const rest = choices.all.filter((m) => !likely.has(m.id));

  const move = async () => {
    if (!chosen) {
      setMessage('Choose a meeting first.');
      return;
    }
    setBusy(true);
    try {
      const moved = await api.moveDocument({ documentId, meetingId: Number(chosen) });
      onMoved(moved);
    } catch (error) {
      setMessage((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="meeting-picker">
      <legend>{legend}</legend>
      {choices.all.length === 0 ? (
        <p className="muted">There is no other meeting in the library yet. Import its agenda first.</p>
      ) : (
        <div className="meeting-picker-row">
          <label htmlFor={`${id}-meeting`}>
            Meeting<span className="visually-hidden"> for {title}</span>
          </label>
          <select id={`${id}-meeting`} value={chosen} onChange={(e) => setChosen(e.target.value)}>
            {choices.likely.length > 0 && (
              <optgroup label="Likely">
                {choices.likely.map((m) => (
                  <option key={m.id} value={m.id}>
                    {nameOf(m)}
                  </option>
                ))}
              </optgroup>
            )}
            {rest.length > 0 && (
              <optgroup label="All other meetings">
                {rest.map((m) => (
                  <option key={m.id} value={m.id}>
                    {nameOf(m)}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
          <button type="button" disabled={busy} onClick={() => void move()}>
            Move<span className="visually-hidden"> {title}</span>
          </button>
        </div>
      )}
      {onLeave && (
        <button type="button" className="secondary" onClick={onLeave}>
          Leave unassigned<span className="visually-hidden">: {title}</span>
        </button>
      )}
      <p role="status" className="error">
        {message}
      </p>
    </fieldset>
  );
}
