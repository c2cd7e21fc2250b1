import { useEffect, useRef, useState } from 'react';
import { HIGHLIGHT_COLOURS, type Annotation, type HighlightColour } from '../../shared/domain';
import { useApi } from '../app-context';
import { ConflictChoice } from '../sync/ConflictChoice';
import { useDeviceSync } from '../sync/device-sync-store';
import { useReader } from './reader-context';
import { pageName } from '../../shared/page-names';

const KIND_LABEL = { highlight: 'Highlight', note: 'Note', question: 'Question' } as const;

/** The paper's highlights, notes and questions in reading order. */
export function AnnotationPanel() {
  const annotations = useReader((s) => s.annotations);
  const save = useReader((s) => s.save);
  const lastDeleted = useReader((s) => s.lastDeleted);
  const undoDelete = useReader((s) => s.undoDelete);
  const placed = annotations.filter((a) => a.anchorStatus !== 'orphaned');
  const notPlaced = annotations.filter((a) => a.anchorStatus === 'orphaned');

  return (
    <aside className="annotation-panel" aria-labelledby="annotations-title">
      <h2 id="annotations-title">Your notes ({annotations.length})</h2>
      <p className="save-state" role="status">
        {save.state === 'saving' && 'Saving…'}
        {save.state === 'saved' && 'All changes saved'}
        {save.state === 'failed' && <span className="error">Not saved: {save.message}</span>}
      </p>
      {lastDeleted && (
        <p className="undo" role="status">
          Deleted.{' '}
          <button type="button" className="secondary" onClick={() => void undoDelete()}>
            Undo
          </button>
        </p>
      )}
      {annotations.length === 0 && (
        <p className="muted">Select text in the paper, then choose Highlight, Note or Question above it.</p>
      )}
      <ol className="annotation-list">
        {placed.map((a) => (
          <AnnotationItem key={a.id} annotation={a} />
        ))}
      </ol>
      {notPlaced.length > 0 && (
        <>
          <h3>Could not be placed</h3>
          <p className="muted">These passages are not in the latest version of the paper. Your notes are kept.</p>
          <ol className="annotation-list">
            {notPlaced.map((a) => (
              <AnnotationItem key={a.id} annotation={a} />
            ))}
          </ol>
        </>
      )}
    </aside>
  );
}

function AnnotationItem({ annotation: a }: { annotation: Annotation }) {
  const jumpTo = useReader((s) => s.jumpTo);
  const update = useReader((s) => s.update);
  const remove = useReader((s) => s.remove);
  const editingId = useReader((s) => s.editingId);
  const setEditing = useReader((s) => s.setEditing);
  const editing = editingId === a.id;
  const conflict = useDeviceSync((s) => s.conflicts.find((c) => c.entity === 'annotation' && c.key === a.uuid));
  const reloadAnnotations = useReader((s) => s.reloadAnnotations);

  const quote = a.exact.length > 220 ? `${a.exact.slice(0, 220)}…` : a.exact;
  return (
    <li className={`annotation-item kind-${a.kind} colour-${a.colour}`} data-annotation-item={a.id}>
      <p className="annotation-kind">
        {KIND_LABEL[a.kind]}
        {a.page !== null && <span className="muted"> · {pageName(a.page, a.printedPage)}</span>}
        {a.anchorStatus === 'fuzzy' && <span className="muted"> · passage changed slightly</span>}
      </p>
      {conflict && <ConflictChoice conflict={conflict} onKept={reloadAnnotations} />}
      {a.start !== null ? (
        <button type="button" className="quote link" onClick={() => jumpTo(a.start as number)}>
          <span className="visually-hidden">Go to passage: </span>“{quote}”
        </button>
      ) : (
        <blockquote className="quote">“{quote}”</blockquote>
      )}
      {editing ? (
        <NoteEditor
          annotation={a}
          onSave={(body) => void update(a.id, { body }).then(() => setEditing(null))}
          onCancel={() => setEditing(null)}
        />
      ) : (
        a.body && <p className="annotation-body">{a.body}</p>
      )}
      {!editing && (
        <div className="button-row compact">
          <button type="button" className="secondary" onClick={() => setEditing(a.id)}>
            {a.body ? 'Edit' : a.kind === 'question' ? 'Write question' : 'Add note'}
            <span className="visually-hidden"> for “{a.exact.slice(0, 40)}”</span>
          </button>
          <label className="colour-choice">
            <span className="visually-hidden">Colour for “{a.exact.slice(0, 40)}”</span>
            <select value={a.colour} onChange={(e) => void update(a.id, { colour: e.target.value as HighlightColour })}>
              {HIGHLIGHT_COLOURS.map((c) => (
                <option key={c} value={c}>
                  {c[0]?.toUpperCase() + c.slice(1)}
                </option>
              ))}
            </select>
          </label>
          {a.kind === 'question' && <AddToQuestions annotation={a} />}
          <button type="button" className="secondary" onClick={() => void remove(a.id)}>
            Delete<span className="visually-hidden"> “{a.exact.slice(0, 40)}”</span>
          </button>
        </div>
      )}
    </li>
  );
}

function NoteEditor({
  annotation: a,
  onSave,
  onCancel,
}: {
  annotation: Annotation;
  onSave: (body: string) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(a.body);
  const textarea = useRef<HTMLTextAreaElement>(null);
  useEffect(() => textarea.current?.focus(), []);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSave(draft);
      }}
    >
      <label htmlFor={`note-${a.id}`}>{a.kind === 'question' ? 'Your question' : 'Your note'}</label>
      <textarea id={`note-${a.id}`} ref={textarea} value={draft} rows={3} onChange={(e) => setDraft(e.target.value)} />
      <div className="button-row">
        <button type="submit">Save</button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** A question marked in a paper goes into the meeting's questions, with its quote and page. */
function AddToQuestions({ annotation: a }: { annotation: Annotation }) {
  const api = useApi();
  const document = useReader((s) => s.document);
  const [done, setDone] = useState<string | null>(null);
  if (!document) return null;
  if (done)
    return (
      <span role="status" className="muted">
        {done}
      </span>
    );
  return (
    <button
      type="button"
      className="secondary"
      onClick={() =>
        void api
          .createQuestion({
            meetingId: document.meetingId,
            text: a.body.trim() || `About: “${a.exact.slice(0, 200)}”`,
            annotationId: a.id,
          })
          .then(
            () => setDone('Added to my questions'),
            (e: unknown) => setDone((e as Error).message),
          )
      }
    >
      Add to my questions
    </button>
  );
}
