import { useEffect, useState } from 'react';
import type { Question } from '../../shared/domain';
import type { Api } from '../../shared/api/contract';
import { useAppState, useQuestions } from '../app-context';
import { ErrorMessage } from '../components/ErrorMessage';

/** Large type for the meeting itself: the current item, its questions, and what was said. */
export function MeetingModeView({ meetingId }: { meetingId: number }) {
  const go = useAppState((s) => s.go);
  const loaded = useQuestions((s) => s.workspace);
  const workspace = loaded?.meetingId === meetingId ? loaded : null;
  const message = useQuestions((s) => s.message);
  const error = useQuestions((s) => s.error);
  const load = useQuestions((s) => s.load);
  const change = useQuestions((s) => s.change);
  const [index, setIndex] = useState(0);
  useEffect(() => {
    void load(meetingId);
  }, [load, meetingId]);
  if (!workspace) {
    return error ? (
      <section className="view">
        <ErrorMessage error={error} onRetry={() => void load(meetingId)} />
      </section>
    ) : (
      <p aria-live="polite">Opening…</p>
    );
  }

  const groups = [
    ...workspace.items.map((i) => ({
      id: i.id,
      heading: `${i.number ? `${i.number}. ` : ''}${i.title}`,
    })),
    { id: null, heading: 'Other questions' },
  ].filter((g) => workspace.questions.some((q) => q.agendaItemId === g.id));
  const current = groups[Math.min(index, Math.max(0, groups.length - 1))];
  const questions = workspace.questions.filter((q) => q.agendaItemId === (current?.id ?? null));
  const save = async (q: Question, changes: Omit<Parameters<Api['updateQuestion']>[0], 'questionId'>) => {
    await change((api) => api.updateQuestion({ questionId: q.id, ...changes }), 'Saved.');
  };

  return (
    <section className="view meeting-mode" aria-labelledby="meeting-mode-title">
      <div className="button-row">
        <button type="button" className="secondary" onClick={() => go({ name: 'questions', meetingId })}>
          Leave meeting mode
        </button>
        <button type="button" className="secondary" disabled={index === 0} onClick={() => setIndex(index - 1)}>
          ‹ Previous item
        </button>
        <button
          type="button"
          className="secondary"
          disabled={index >= groups.length - 1}
          onClick={() => setIndex(index + 1)}
        >
          Next item ›
        </button>
        <span role="status" className="muted">
          {message}
        </span>
      </div>
      <ErrorMessage error={error} />
      {!current && <p>No questions prepared for this meeting.</p>}
      {current && (
        <>
          <h1 id="meeting-mode-title">{current.heading}</h1>
          <ol className="meeting-questions">
            {questions.map((q) => (
              <MeetingQuestion
                key={q.id}
                question={q}
                onSave={save}
                onFollowUp={async () => {
                  await change(
                    (api) => api.followUpQuestion({ questionId: q.id }),
                    'Added to the tracker as a request.',
                  );
                }}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function MeetingQuestion({
  question: q,
  onSave,
  onFollowUp,
}: {
  question: Question;
  onSave: (
    q: Question,
    changes: { asked?: Question['asked']; answer?: string; satisfied?: boolean | null },
  ) => Promise<void>;
  onFollowUp: () => Promise<void>;
}) {
  const [answer, setAnswer] = useState(q.answer);
  return (
    <li className={`meeting-question asked-${q.asked}`}>
      <p className="meeting-question-text">{q.text}</p>
      {q.addressee && <p className="muted">To {q.addressee}</p>}
      <div className="button-row" role="group" aria-label="Was it asked?">
        <button
          type="button"
          className="toggle"
          aria-pressed={q.asked === 'asked'}
          onClick={() => void onSave(q, { asked: 'asked' })}
        >
          Asked
        </button>
        <button
          type="button"
          className="toggle"
          aria-pressed={q.asked === 'not-reached'}
          onClick={() => void onSave(q, { asked: 'not-reached' })}
        >
          Not reached
        </button>
      </div>
      <label htmlFor={`answer-${q.id}`}>Answer given</label>
      <textarea
        id={`answer-${q.id}`}
        rows={3}
        value={answer}
        onChange={(e) => setAnswer(e.target.value)}
        onBlur={() => answer !== q.answer && void onSave(q, { answer })}
      />
      <div className="button-row" role="group" aria-label="Satisfied with the answer?">
        <button
          type="button"
          className="toggle"
          aria-pressed={q.satisfied === true}
          onClick={() => void onSave(q, { answer, satisfied: true })}
        >
          Satisfied
        </button>
        <button
          type="button"
          className="toggle"
          aria-pressed={q.satisfied === false}
          onClick={() => void onSave(q, { answer, satisfied: false })}
        >
          Not satisfied
        </button>
        {q.outcomeId === null ? (
          <button type="button" className="secondary" onClick={() => void onSave(q, { answer }).then(onFollowUp)}>
            Follow up
          </button>
        ) : (
          <span className="muted">In the tracker as outcome {q.outcomeId}</span>
        )}
      </div>
    </li>
  );
}
