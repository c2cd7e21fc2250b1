import { useEffect, useState } from 'react';
import type { Question } from '../../shared/domain';
import { useApi, useAppState, useQuestions } from '../app-context';
import { ErrorMessage } from '../components/ErrorMessage';
import { IncludeConfidential, ConfidentialBadge, savedMessage } from '../components/Confidential';
import { downloadBytes } from '../components/download';
import { formatMeetingDate } from '../format/dates';
import type { WorkspaceChange } from '../stores/questions-store';
import { QuestionCard } from './QuestionCard';

/** The member's questions for a meeting, by agenda item, in the order they will be asked. */
export function QuestionsView({ meetingId }: { meetingId: number }) {
  const api = useApi();
  const go = useAppState((s) => s.go);
  const loaded = useQuestions((s) => s.workspace);
  const workspace = loaded?.meetingId === meetingId ? loaded : null;
  const message = useQuestions((s) => s.message);
  const error = useQuestions((s) => s.error);
  const load = useQuestions((s) => s.load);
  const change = useQuestions((s) => s.change);
  const say = useQuestions((s) => s.say);
  const fail = useQuestions((s) => s.fail);
  const [dragging, setDragging] = useState<number | null>(null);
  const [includeConfidential, setIncludeConfidential] = useState(false);

  useEffect(() => {
    void load(meetingId);
  }, [load, meetingId]);

  const run = (work: () => Promise<WorkspaceChange>, done: string) => change(work, done);

  if (!workspace) {
    return error ? (
      <section className="view">
        <ErrorMessage error={error} onRetry={() => void load(meetingId)} />
      </section>
    ) : (
      <p aria-live="polite">Opening your questions…</p>
    );
  }
  const groups = [
    ...workspace.items.map((item) => ({
      id: item.id,
      heading: `${item.number ? `${item.number}. ` : ''}${item.title}`,
      confidential: item.confidential,
    })),
    { id: null, heading: 'Other questions', confidential: false },
  ];
  const inGroup = (id: number | null) => workspace.questions.filter((q) => q.agendaItemId === id);
  const move = (q: Question, itemId: number | null, position: number) =>
    run(() => api.moveQuestion({ questionId: q.id, agendaItemId: itemId, position }), 'Moved.');
  const exportBrief = async (format: 'pdf' | 'docx' | 'md') => {
    try {
      const file = await api.exportBrief({ meetingId, format, includeConfidential });
      downloadBytes(file.fileName, file.mediaType, file.data);
      say(savedMessage(file.fileName, file.leftOut, ['question', 'questions']));
    } catch (e) {
      fail(e);
    }
  };

  return (
    <section className="view questions" aria-labelledby="questions-title">
      <button type="button" className="link back" onClick={() => go({ name: 'meeting', meetingId })}>
        ‹ {workspace.committee}, {formatMeetingDate(workspace.meetingDate)}
      </button>
      <h1 id="questions-title">My questions</h1>
      <div className="button-row">
        <button type="button" onClick={() => go({ name: 'meeting-mode', meetingId })}>
          Meeting mode
        </button>
        <button type="button" className="secondary" onClick={() => void exportBrief('pdf')}>
          Brief (PDF)
        </button>
        <button type="button" className="secondary" onClick={() => void exportBrief('docx')}>
          Brief (Word)
        </button>
        <button type="button" className="secondary" onClick={() => void exportBrief('md')}>
          Brief (Markdown)
        </button>
        <IncludeConfidential checked={includeConfidential} onChange={setIncludeConfidential} />
        <button
          type="button"
          className="secondary"
          onClick={() =>
            void run(async () => {
              const result = await api.carryOverQuestions({ meetingId });
              say(`${result.moved} question${result.moved === 1 ? '' : 's'} moved to the next meeting.`);
            }, '')
          }
        >
          Carry over questions not reached
        </button>
      </div>
      <ErrorMessage error={error} />
      <p role="status" className="muted">
        {message}
      </p>
      <datalist id="meeting-people">
        {workspace.people.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      {groups.map((group) => {
        const questions = inGroup(group.id);
        return (
          <section
            key={group.id ?? 'other'}
            className="question-group"
            aria-label={group.heading}
            onDragOver={(e) => dragging !== null && e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              const q = workspace.questions.find((x) => x.id === dragging);
              if (q) void move(q, group.id, questions.length);
              setDragging(null);
            }}
          >
            <h2>
              {group.heading}
              {group.confidential && <ConfidentialBadge />}
            </h2>
            <ol className="question-list">
              {questions.map((q, index) => (
                <QuestionCard
                  key={q.id}
                  question={q}
                  position={index}
                  count={questions.length}
                  groups={groups}
                  onDragStart={() => setDragging(q.id)}
                  onDropBefore={() => {
                    const dragged = workspace.questions.find((x) => x.id === dragging);
                    if (dragged && dragged.id !== q.id) void move(dragged, group.id, index);
                    setDragging(null);
                  }}
                  onMove={(itemId, position) => void move(q, itemId, position)}
                  onSave={(changes) =>
                    run(async () => {
                      const saved = await api.updateQuestion({ questionId: q.id, ...changes });
                      return (shown) => ({
                        ...shown,
                        questions: shown.questions.map((x) => (x.id === saved.id ? saved : x)),
                      });
                    }, 'Saved.')
                  }
                  onDelete={() =>
                    run(async () => {
                      await api.deleteQuestion({ questionId: q.id });
                      return (shown) => ({ ...shown, questions: shown.questions.filter((x) => x.id !== q.id) });
                    }, 'Question deleted.')
                  }
                  onOpenSource={() =>
                    q.documentId &&
                    go({ name: 'document', documentId: q.documentId, ...(q.offset !== null ? { at: q.offset } : {}) })
                  }
                />
              ))}
            </ol>
            <NewQuestion
              label={group.heading}
              onAdd={(text) =>
                run(async () => {
                  await api.createQuestion({ meetingId, agendaItemId: group.id, text });
                }, 'Question added.')
              }
            />
          </section>
        );
      })}
    </section>
  );
}

function NewQuestion({ label, onAdd }: { label: string; onAdd: (text: string) => Promise<boolean> }) {
  const [text, setText] = useState('');
  return (
    <form
      className="new-question"
      onSubmit={(e) => {
        e.preventDefault();
        // What was typed stays in the box unless the question was saved.
        if (text.trim()) void onAdd(text).then((saved) => saved && setText(''));
      }}
    >
      <label>
        <span className="visually-hidden">New question under {label}</span>
        <input type="text" placeholder="Add a question…" value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <button type="submit" className="secondary">
        Add<span className="visually-hidden"> question under {label}</span>
      </button>
    </form>
  );
}
