import { useState } from 'react';
import type { Question, QuestionPriority } from '../../shared/domain';
import { ConfidentialBadge } from '../components/Confidential';
import { pageName } from '../../shared/page-names';

interface Props {
  question: Question;
  position: number;
  count: number;
  groups: { id: number | null; heading: string }[];
  onDragStart: () => void;
  onDropBefore: () => void;
  onMove: (itemId: number | null, position: number) => void;
  onSave: (changes: {
    text?: string;
    addressee?: string;
    priority?: QuestionPriority;
    tags?: string;
    privateNote?: string;
  }) => Promise<unknown>;
  onDelete: () => Promise<unknown>;
  onOpenSource: () => void;
}

/** One question: edit its fields, drag it, or move it with the keyboard. */
export function QuestionCard(props: Props) {
  const { question: q, position, count } = props;
  const [draft, setDraft] = useState({
    text: q.text,
    addressee: q.addressee ?? '',
    priority: q.priority,
    tags: q.tags,
    privateNote: q.privateNote,
  });
  const changed =
    draft.text !== q.text ||
    draft.addressee !== (q.addressee ?? '') ||
    draft.priority !== q.priority ||
    draft.tags !== q.tags ||
    draft.privateNote !== q.privateNote;
  const id = `question-${q.id}`;
  return (
    <li
      className="question-card"
      draggable
      onDragStart={props.onDragStart}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        e.stopPropagation();
        props.onDropBefore();
      }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void props.onSave(draft);
        }}
      >
        <label htmlFor={`${id}-text`}>Question {position + 1}</label>
        {q.confidential && <ConfidentialBadge />}
        <textarea
          id={`${id}-text`}
          rows={2}
          value={draft.text}
          onChange={(e) => setDraft({ ...draft, text: e.target.value })}
        />
        {q.quote && (
          <blockquote>
            “{q.quote}”{' '}
            <button type="button" className="link" onClick={props.onOpenSource}>
              {[q.documentTitle, q.page ? pageName(q.page, q.printedPage) : null].filter(Boolean).join(', ') ||
                'Open the passage'}
            </button>
          </blockquote>
        )}
        <div className="question-fields">
          <label>
            To{' '}
            <input
              type="text"
              list="meeting-people"
              value={draft.addressee}
              onChange={(e) => setDraft({ ...draft, addressee: e.target.value })}
            />
          </label>
          <label>
            Priority{' '}
            <select
              value={draft.priority}
              onChange={(e) => setDraft({ ...draft, priority: e.target.value as QuestionPriority })}
            >
              <option value="high">High</option>
              <option value="normal">Normal</option>
              <option value="low">Low</option>
            </select>
          </label>
          <label>
            Tags <input type="text" value={draft.tags} onChange={(e) => setDraft({ ...draft, tags: e.target.value })} />
          </label>
        </div>
        <label htmlFor={`${id}-note`}>Private note (not in the brief)</label>
        <textarea
          id={`${id}-note`}
          rows={1}
          value={draft.privateNote}
          onChange={(e) => setDraft({ ...draft, privateNote: e.target.value })}
        />
        <div className="button-row compact">
          <button type="submit" disabled={!changed}>
            Save
          </button>
          <button
            type="button"
            className="secondary"
            disabled={position === 0}
            onClick={() => props.onMove(q.agendaItemId, position - 1)}
          >
            Move up<span className="visually-hidden"> question {position + 1}</span>
          </button>
          <button
            type="button"
            className="secondary"
            disabled={position === count - 1}
            onClick={() => props.onMove(q.agendaItemId, position + 1)}
          >
            Move down<span className="visually-hidden"> question {position + 1}</span>
          </button>
          <label>
            <span className="visually-hidden">Move question {position + 1} to item</span>
            <select
              value={q.agendaItemId ?? ''}
              onChange={(e) => props.onMove(e.target.value === '' ? null : Number(e.target.value), 9999)}
            >
              {props.groups.map((g) => (
                <option key={g.id ?? 'other'} value={g.id ?? ''}>
                  {g.heading}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="secondary" onClick={() => void props.onDelete()}>
            Delete<span className="visually-hidden"> question {position + 1}</span>
          </button>
        </div>
      </form>
    </li>
  );
}
